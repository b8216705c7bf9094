#pragma once

#include "ComposeTool.h"
#include "KeychainResult.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace shardscope {

class ClusterLauncher;
class ComposeToolFinder;
class ConnectionProfile;
class KeychainPasswords;
class SqlPanel;
class StatusLabel;
class WizardSession;
struct ClusterEndpoint;
struct LaunchError;

// Gets a Citus cluster to talk to: starts one with Docker Compose or as local servers,
// following the tools' output live, or connects to one that exists. Complete once the
// session is connected to the coordinator. A start that fails or is cancelled says what
// it left in Docker and offers to remove it; a cluster stopped from the Cluster menu is
// said to be gone.
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
    QPushButton *cancelButton() const { return m_cancel; }
    // Shown when a start left containers, volumes or networks behind.
    QPushButton *cleanUpButton() const { return m_cleanUp; }
    SqlPanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void initializePage() override;
    void retranslateUi();
    void updateForm();
    void showDockerCommands();
    void start();
    void cancel();
    void launch(ClusterLauncher *launcher);
    void onReady(const ClusterEndpoint &endpoint);
    void onFailed(const LaunchError &error);
    void cleanUp();
    void onCleanedUp();
    void onClusterStopped();
    void connectExisting();
    void connectWith(const ConnectionProfile &profile);
    void connectSession();
    void onConnected();
    void onPasswordStored(const KeychainResult &result);
    void setBusy(bool busy);
    // Until the keychain is known to be missing, offered.
    bool keychainUsable() const { return !m_keychainCheck || m_keychainCheck->ok(); }

    WizardSession *m_session;
    ClusterLauncher *m_launcher = nullptr;
    // The launcher of a start that left something behind, kept to remove it.
    QPointer<ClusterLauncher> m_leftBehind;
    bool m_cleaningUp = false;
    ComposeToolFinder *m_toolFinder;
    std::optional<ComposeTool> m_tool; // what the Docker commands run with, once found
    bool m_connecting = false;
    bool m_lookingUpPassword = false;
    bool m_storingPassword = false;
    // Whether this machine has a keychain at all, once known.
    std::optional<KeychainResult> m_keychainCheck;
    // Why an empty password field got no password from the keychain, for a failed connection.
    std::optional<KeychainResult> m_keychainLookup;

    QFormLayout *m_form = nullptr;
    QComboBox *m_mode;
    QSpinBox *m_workers;
    QSpinBox *m_port;
    QLineEdit *m_directory;
    QLineEdit *m_dsn;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_noKeychain;
    KeychainPasswords *m_keychain;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_cleanUp;
    QProgressBar *m_progress;
    QToolButton *m_details;
    QPlainTextEdit *m_log;
    StatusLabel *m_status;
    SqlPanel *m_panel;
};

} // namespace shardscope
