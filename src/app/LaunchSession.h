#pragma once

#include "ClusterEndpoint.h"
#include "ClusterLauncher.h"
#include "ClusterStatus.h"
#include "LaunchError.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace shardscope {

// What `up`, `status` and `down` share: the options choosing the cluster (--mode,
// --data-dir, --compose-dir, --timeout, --verbose), and running one launcher operation to
// its end with progress on stderr, Ctrl-C cancelling it (the tools run in their own
// process group, out of the terminal's reach).
class LaunchSession
{
    Q_DECLARE_TR_FUNCTIONS(LaunchSession)

public:
    // How an operation ended: exactly one of these is set.
    struct Outcome {
        std::optional<ClusterEndpoint> endpoint;
        std::optional<ClusterStatus> status;
        bool stopped = false;
        std::optional<LaunchError> error;
    };

    explicit LaunchSession(QCommandLineParser &parser);

    // The launcher the parsed options ask for; nothing, and *error, when they do not fit.
    // citusVersion: up's --citus-version, for --mode docker only; empty: the default.
    std::unique_ptr<ClusterLauncher> launcher(QString *error, const std::optional<QString> &citusVersion = std::nullopt) const;
    // Starts the operation with start and waits for its end.
    Outcome run(ClusterLauncher &launcher, const std::function<void()> &start) const;
    // Prints the error (with the one line of the tools' output that says why, unless
    // --verbose showed it all, and what a failed start left in Docker) and returns the exit
    // status.
    int fail(const QString &command, const LaunchError &error) const;

    // One line on stderr: progress, the tools' output.
    static void printDiagnostic(const QString &line);

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_mode;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_composeDir;
    QCommandLineOption m_timeout;
    QCommandLineOption m_verbose;
};

} // namespace shardscope
