#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace shardscope {

class ClusterLauncher;
class ConnectionProfile;
class KeychainPasswords;
class SqlPanel;
class StatusLabel;
class WizardSession;
struct ClusterEndpoint;
struct LaunchError;

// Gets a Citus cluster to talk to: starts one with Docker Compose or as local servers,
// following the tools' output live, or connects to one that exists. Complete once the
// session is connected to the coordinator.
class StartClusterPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Mode { Docker, Local, Existing };
    Q_ENUM(Mode)

    explicit StartClusterPage(WizardSession *session, QWidget *parent = nullptr);

    Mode mode() const;
    bool isBusy() const;
    bool isComplete() const override;
    void cleanupPage() override;

    StatusLabel *status() const { return m_status; }
    QPlainTextEdit *log() const { return m_log; }
    QPushButton *startButton() const { return m_start; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateForm();
    void start();
    void cancel();
    void launch(ClusterLauncher *launcher);
    void onReady(const ClusterEndpoint &endpoint);
    void onFailed(const LaunchError &error);
    void connectExisting();
    void connectWith(const ConnectionProfile &profile);
    void connectSession();
    void setBusy(bool busy);

    WizardSession *m_session;
    ClusterLauncher *m_launcher = nullptr;
    bool m_connecting = false;
    bool m_lookingUpPassword = false;

    QFormLayout *m_form = nullptr;
    QComboBox *m_mode;
    QSpinBox *m_workers;
    QSpinBox *m_port;
    QLineEdit *m_directory;
    QLineEdit *m_dsn;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    KeychainPasswords *m_keychain;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    StatusLabel *m_status;
    SqlPanel *m_panel;
};

} // namespace shardscope
