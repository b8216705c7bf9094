#include "PrerequisiteChecker.h"

#include "CitusDetector.h"
#include "ComposeToolFinder.h"
#include "PostgresInstallation.h"
#include "ProgramPath.h"

#include <QProcess>

namespace shardscope {

using Status = StatusLabel::Status;

PrerequisiteChecker::PrerequisiteChecker(QObject *parent)
    : QObject(parent)
    , m_finder(new ComposeToolFinder(this))
{
    connect(m_finder, &ComposeToolFinder::found, this, [this](const ComposeTool &tool) {
        report(Item::Compose, Status::Ok, tr("Docker Compose found: %1").arg(tool.name()));
    });
    connect(m_finder, &ComposeToolFinder::failed, this, [this](const LaunchError &error) {
        report(Item::Compose, Status::Error, tr("Docker Compose is not available"), error.message);
    });
}

PrerequisiteChecker::~PrerequisiteChecker()
{
    stopProcesses();
    m_finder->stop();
}

// The checks still running end now, unanswered; their processes are gone before the
// checker is (Qt warns about a QProcess destroyed while its program runs).
void PrerequisiteChecker::stopProcesses()
{
    for (QProcess *process : std::as_const(m_processes)) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
        process->deleteLater();
    }
    m_processes.clear();
}

void PrerequisiteChecker::check(const QProcessEnvironment &environment)
{
    stopProcesses();
    m_finder->stop();
    m_environment = environment;
    m_pending = 4;
    checkDocker();
    checkCompose();
    checkPostgres();
}

void PrerequisiteChecker::checkDocker()
{
    const QString docker = ProgramPath::find(QStringLiteral("docker"), m_environment);
    if (docker.isEmpty()) {
        report(Item::Docker, Status::Error, tr("Docker is not installed"),
               tr("Install Docker Engine (https://docs.docker.com/engine/install/), or start the cluster on "
                  "local PostgreSQL servers or use an existing one."));
        return;
    }
    run(docker, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}")},
        [this](int exitCode, const QString &output) {
            if (exitCode == 0) {
                report(Item::Docker, Status::Ok, tr("Docker Engine %1 is running").arg(output.trimmed()));
            } else if (output.contains(QLatin1String("permission denied"), Qt::CaseInsensitive)) {
                report(Item::Docker, Status::Error, tr("Docker is installed, but you may not use it"),
                       tr("Add yourself to the docker group (sudo usermod -aG docker $USER), then log in again."));
            } else {
                report(Item::Docker, Status::Error, tr("Docker is installed, but its daemon is not running"),
                       tr("Start it: sudo systemctl start docker (or open Docker Desktop)."));
            }
        });
}

void PrerequisiteChecker::checkCompose()
{
    m_finder->find(m_environment);
}

void PrerequisiteChecker::checkPostgres()
{
    QString error;
    const auto installation = PostgresInstallation::find(m_environment, &error);
    if (!installation) {
        report(Item::Postgres, Status::Warning, tr("No local PostgreSQL server found"),
               tr("Only needed for a cluster of local servers: install postgresql (sudo apt install "
                  "postgresql). %1")
                   .arg(error));
        report(Item::Citus, Status::Warning, tr("Citus cannot be looked for without a local PostgreSQL"));
        return;
    }
    report(Item::Postgres, Status::Ok, tr("PostgreSQL server programs in %1").arg(installation->binDir()));
    run(installation->binDir() + QStringLiteral("/pg_config"), CitusDetector::pgConfigArguments(),
        [this](int exitCode, const QString &output) {
            if (exitCode != 0) {
                report(Item::Citus, Status::Warning, tr("pg_config failed: whether Citus is installed is unknown"));
                return;
            }
            if (const auto missing = CitusDetector::check(output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)))
                report(Item::Citus, Status::Warning, tr("Citus is not installed for the local PostgreSQL"),
                       missing->message);
            else
                report(Item::Citus, Status::Ok, tr("Citus is installed for the local PostgreSQL"));
        });
}

void PrerequisiteChecker::run(const QString &program, const QStringList &arguments,
                              std::function<void(int, const QString &)> then)
{
    auto *process = new QProcess(this);
    m_processes.append(process);
    process->setProcessEnvironment(m_environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto finish = [this, process, then](int exitCode) {
        m_processes.removeOne(process);
        process->deleteLater();
        then(exitCode, QString::fromLocal8Bit(process->readAll()));
    };
    connect(process, &QProcess::finished, this, [process, finish](int exitCode, QProcess::ExitStatus exitStatus) {
        finish(exitStatus == QProcess::NormalExit ? exitCode : -1);
    });
    connect(process, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1);
    });
    process->start(program, arguments);
}

void PrerequisiteChecker::report(Item item, Status status, const QString &text, const QString &hint)
{
    emit result(item, status, text, hint);
    if (--m_pending == 0)
        emit done();
}

} // namespace shardscope
