#pragma once

#include <QWizard>

class QSettings;

namespace shardscope {

class WizardSession;

// The tutorial as a wizard, one page per step. It remembers, in the settings it is given,
// the page the user was on and the choices made (never a password), and comes back to them
// when opened again.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomeId, StartClusterId, VerifyWorkersId, CreateTableId, DistributeId };

    explicit SetupWizard(QSettings *settings, QWidget *parent = nullptr);

    WizardSession *session() const { return m_session; }

private:
    void restore();
    void save();

    QSettings *m_settings;
    WizardSession *m_session;
};

} // namespace shardscope
