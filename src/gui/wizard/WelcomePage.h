#pragma once

#include "LaunchChoice.h"
#include "PrerequisiteChecker.h"
#include "SqlSnapshot.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWizardPage>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;

namespace shardscope {

class ClusterSession;
class SqlPanel;
class StatusLabel;

// The first page: what the wizard will do, and whether this machine has what each way of
// starting a cluster needs, each with what to do when it has not. Once the session is
// connected, which PostgreSQL and Citus its cluster runs (read in a short session of its
// own, off the UI thread).
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(ClusterSession *session, QWidget *parent = nullptr);

    StatusLabel *status(PrerequisiteChecker::Item item) const { return m_status.value(item); }
    PrerequisiteChecker *checker() const { return m_checker; }
    // "This cluster runs PostgreSQL 18.4 with Citus 14.1.0.": hidden until read.
    QLabel *clusterVersions() const { return m_versions; }
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
    void readVersions();
    void showVersions();

    PrerequisiteChecker *m_checker;
    QHash<PrerequisiteChecker::Item, StatusLabel *> m_status;
    QPushButton *m_recheck;
    QLabel *m_intro;
    QGroupBox *m_box;
    SqlPanel *m_panel;
    ClusterSession *m_session;
    QLabel *m_versions;
    QFutureWatcher<SqlSnapshot::Result> m_versionReader;
    QString m_postgresVersion; // "18.4"; empty until read
    QString m_citusVersion;    // "14.1.0"
    bool m_checked = false;
};

} // namespace shardscope
