#pragma once

#include "LaunchChoice.h"
#include "PrerequisiteChecker.h"

#include <QHash>
#include <QWizardPage>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;

namespace shardscope {

class SqlPanel;
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
    // The way of getting a cluster the checks found working here: Docker when its daemon
    // answers and Compose is there, else local servers when PostgreSQL and Citus are
    // installed, else an existing cluster. Nothing until the checks are done.
    std::optional<LaunchChoice::Kind> workingLaunch() const;

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void recheck();

    PrerequisiteChecker *m_checker;
    QHash<PrerequisiteChecker::Item, StatusLabel *> m_status;
    QPushButton *m_recheck;
    QLabel *m_intro;
    QGroupBox *m_box;
    SqlPanel *m_panel;
    bool m_checked = false;
};

} // namespace shardscope
