#pragma once

#include "PrerequisiteChecker.h"

#include <QHash>
#include <QWizardPage>

class QPushButton;

namespace shardscope {

class StatusLabel;

// The first page: what the wizard will do, and whether this machine has what each way of
// starting a cluster needs, each with what to do when it has not.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    StatusLabel *status(PrerequisiteChecker::Item item) const { return m_status.value(item); }
    PrerequisiteChecker *checker() const { return m_checker; }

    void initializePage() override;

private:
    void recheck();

    PrerequisiteChecker *m_checker;
    QHash<PrerequisiteChecker::Item, StatusLabel *> m_status;
    QPushButton *m_recheck;
    bool m_checked = false;
};

} // namespace shardscope
