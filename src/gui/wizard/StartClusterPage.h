#pragma once

#include "ComposeTool.h"
#include "KeychainResult.h"
#include "LaunchChoice.h"

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
class ClusterSession;
struct ClusterEndpoint;
struct LaunchError;

// Gets a Citus cluster to talk to: starts one with Docker Compose or as local servers,
// following the tools' output live, or connects to one that exists, and makes it the
// session's cluster. Complete once the session is connected to a cluster got the way the
// form shows. A start that fails or is cancelled says what it left in Docker and offers
// to remove it; a cluster stopped from the Cluster menu is said to be gone. What the page
// says belongs to the way chosen: choosing another clears it.
class StartClusterPage : public QWizardPage
{
    Q_OBJECT

public:
    using Mode = LaunchChoice::Kind;

    explicit StartClusterPage(ClusterSession *session, QWidget *parent = nullptr);

    Mode mode() const;
    // The form as a launch choice.
    LaunchChoice choice() const;
    // What works on this machine (the Welcome page's checks): said in the list, and chosen
    // while the session has no cluster yet.
    void setRecommended(std::optional<Mode> mode);
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
    // The form shows the session's cluster, as it was got.
    void showSession();
    void onModeChanged();
    // The status, the tools' output and the clean-up belong to one way of getting a
    // cluster: cleared for another.
    void clearOutcome();
    void showConnected();
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

    ClusterSession *m_session;
    ClusterLauncher *m_launcher = nullptr;
    // What the running start was asked, for the session once it is ready.
    LaunchChoice m_launching;
    std::optional<Mode> m_recommended;
    // The way of getting a cluster the status and the output shown are about.
    std::optional<Mode> m_outcomeMode;
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
    QComboBox *m_citus; // Docker: the CitusVersions entry, by release
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
