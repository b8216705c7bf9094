#include "LaunchSession.h"

#include "CitusVersions.h"
#include "CliOutput.h"
#include "InterruptNotifier.h"
#include "LaunchChoice.h"
#include "LauncherFactory.h"

#include <QEventLoop>

#include <cstdio>

namespace shardscope {

namespace {

const QString docker = LaunchChoice::name(LaunchChoice::Kind::Docker);

} // namespace

LaunchSession::LaunchSession(QCommandLineParser &parser)
    : m_parser(parser)
    , m_mode(QStringLiteral("mode"), tr("docker (the default) or local (PostgreSQL servers of this machine)."),
             tr("MODE"), docker)
    , m_dataDir(QStringLiteral("data-dir"), tr("Directory of the local servers (--mode local)."), tr("DIR"))
    , m_composeDir(QStringLiteral("compose-dir"),
                   tr("Directory of docker-compose.yml and its .env (--mode docker)."), tr("DIR"))
    , m_timeout(QStringLiteral("timeout"), tr("Give up after this many seconds."), tr("SECONDS"))
    , m_verbose(QStringLiteral("verbose"), tr("Show the output of docker, initdb and pg_ctl as it comes."))
{
    parser.addOptions({m_mode, m_dataDir, m_composeDir, m_timeout, m_verbose});
}

std::unique_ptr<ClusterLauncher> LaunchSession::launcher(QString *error, const std::optional<QString> &citusVersion) const
{
    const QString mode = m_parser.value(m_mode);
    LaunchChoice choice;
    const std::optional<LaunchChoice::Kind> kind = LaunchChoice::kindNamed(mode);
    if (kind == LaunchChoice::Kind::Docker) {
        if (m_parser.isSet(m_dataDir)) {
            *error = tr("--data-dir is for --mode local");
            return nullptr;
        }
        choice.composeDirectory = m_parser.value(m_composeDir);
        if (citusVersion) {
            const std::optional<CitusVersions::Entry> entry = CitusVersions::find(*citusVersion);
            if (!entry) {
                *error = tr("--citus-version must be one of %1, not \"%2\"")
                             .arg(CitusVersions::describeAll(), *citusVersion);
                return nullptr;
            }
            choice.citusRelease = entry->release;
        }
    } else if (kind == LaunchChoice::Kind::Local) {
        if (m_parser.value(m_dataDir).isEmpty()) {
            *error = tr("--mode local needs --data-dir DIR, the directory for the servers' data");
            return nullptr;
        }
        if (m_parser.isSet(m_composeDir)) {
            *error = tr("--compose-dir is for --mode docker");
            return nullptr;
        }
        if (citusVersion) {
            *error = tr("--citus-version is for --mode docker: local servers run the Citus installed here");
            return nullptr;
        }
        choice.localDirectory = m_parser.value(m_dataDir);
    } else {
        *error = tr("--mode must be docker or local, not \"%1\"").arg(mode);
        return nullptr;
    }
    choice.kind = *kind;
    std::unique_ptr<ClusterLauncher> launcher = LauncherFactory::create(choice);
    if (m_parser.isSet(m_timeout)) {
        bool ok = false;
        const int seconds = m_parser.value(m_timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            *error = tr("--timeout must be a number of seconds, from 1 to 86400");
            return nullptr;
        }
        launcher->setTimeout(seconds * 1000);
    }
    return launcher;
}

LaunchSession::Outcome LaunchSession::run(ClusterLauncher &launcher, const std::function<void()> &start) const
{
    Outcome outcome;
    QEventLoop loop;
    QString lastLabel;
    QObject::connect(&launcher, &ClusterLauncher::progress, &loop,
                     [&lastLabel](int step, int total, const QString &label) {
                         if (label != lastLabel)
                             printDiagnostic(QStringLiteral("[%1/%2] %3").arg(step).arg(total).arg(label));
                         lastLabel = label;
                     });
    if (m_parser.isSet(m_verbose))
        QObject::connect(&launcher, &ClusterLauncher::logLine, &loop, [](const QString &line) { printDiagnostic(line); });
    QObject::connect(&launcher, &ClusterLauncher::ready, &loop, [&](const ClusterEndpoint &endpoint) {
        outcome.endpoint = endpoint;
        loop.quit();
    });
    QObject::connect(&launcher, &ClusterLauncher::statusKnown, &loop, [&](const ClusterStatus &status) {
        outcome.status = status;
        loop.quit();
    });
    QObject::connect(&launcher, &ClusterLauncher::stopped, &loop, [&] {
        outcome.stopped = true;
        loop.quit();
    });
    QObject::connect(&launcher, &ClusterLauncher::failed, &loop, [&](const LaunchError &error) {
        outcome.error = error;
        loop.quit();
    });
    const InterruptNotifier interrupt([&launcher] { launcher.cancel(); });
    start();
    loop.exec();
    return outcome;
}

int LaunchSession::fail(const QString &command, const LaunchError &error) const
{
    // The one line of the tools' output that says why; the rest (a Python traceback from
    // docker-compose v1 runs to a hundred lines) --verbose has shown as it came.
    if (!m_parser.isSet(m_verbose) && !error.log.isEmpty()) {
        if (!error.cause.isEmpty())
            printDiagnostic(QStringLiteral("  ") + error.cause);
        printDiagnostic(tr("  (--verbose shows the output of the tools)"));
    }
    if (!error.leftovers.isEmpty())
        printDiagnostic(tr("Still in Docker: %1. `shardscope down` removes them (with --volumes, their data too); "
                           "`shardscope up` again uses them.")
                            .arg(error.leftovers));
    return CliOutput::fail(command, error.message);
}

void LaunchSession::printDiagnostic(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace shardscope
