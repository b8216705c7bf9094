#include "ComposeLauncher.h"

#include "ComposeEnvFile.h"
#include "ComposeInventory.h"
#include "ComposeOutputClassifier.h"
#include "ComposeToolFinder.h"
#include "LoopbackPorts.h"
#include "PassFile.h"
#include "ProcessGroup.h"

#include <QRegularExpression>

#include <utility>

namespace shardscope {

namespace {

const QString passwordKey = QStringLiteral("POSTGRES_PASSWORD");

// The kind and message from Compose's output; the log, the whole operation's, is added by
// fail(): it also holds the command that was run.
LaunchError classify(const QStringList &output, int exitCode, int port)
{
    LaunchError error = ComposeOutputClassifier::classify(output, exitCode, port);
    error.log.clear();
    return error;
}

} // namespace

ComposeLauncher::ComposeLauncher(const ComposeProject &project, QObject *parent)
    : ClusterLauncher(parent)
    , m_project(project)
    , m_finder(new ComposeToolFinder(this))
    , m_probe(new ClusterProbe(this))
    , m_inventory(new ComposeInventory(this))
{
    // Pulling the image takes minutes on a slow line.
    setTimeout(15 * 60 * 1000);
    connect(m_finder, &ComposeToolFinder::found, this, [this](const ComposeTool &tool) {
        m_tool = tool;
        std::exchange(m_toolFound, nullptr)();
    });
    connect(m_finder, &ComposeToolFinder::failed, this, [this](const LaunchError &error) {
        m_phase = Phase::Idle;
        fail(error);
    });
    connect(m_probe, &ClusterProbe::finished, this, [this](const ClusterProbe::Result &result) {
        m_phase = Phase::Idle;
        std::exchange(m_probeDone, nullptr)(result);
    });
    connect(m_inventory, &ComposeInventory::taken, this, [this](const ComposeResources &resources) {
        m_phase = Phase::Idle;
        std::exchange(m_inventoryDone, nullptr)(resources);
    });
    connect(m_inventory, &ComposeInventory::failed, this, [this](const QString &why) {
        m_phase = Phase::Idle;
        addLog(why);
        std::exchange(m_inventoryDone, nullptr)(std::nullopt);
    });
}

void ComposeLauncher::startUp(int workers, int port)
{
    m_workers = workers;
    m_port = port > 0 ? port : defaultPort;
    m_composeUpRan = false;
    m_progress.emplace(workers, m_project.name());
    reportProgress(0, m_progress->total(), tr("Looking for Docker Compose"));
    findTool([this] {
        takeInventory([this](const std::optional<ComposeResources> &resources) {
            m_before = resources;
            checkPortThenUp();
        });
    });
}

// Docker finds a taken port only once it starts the coordinator, the workers already
// started: looked at first, nothing is left to clean up. Taken by this project's own
// coordinator, the cluster runs and up only makes sure of it.
void ComposeLauncher::checkPortThenUp()
{
    if (!LoopbackPorts::isFree(m_port) && !(m_before && m_before->publishes(m_port))) {
        fail({LaunchError::Kind::PortInUse, ComposeOutputClassifier::portInUse(m_port), {}});
        return;
    }
    composeUp();
}

void ComposeLauncher::composeUp()
{
    QString error;
    if (!ComposeEnvFile::ensure(m_project.envFile(), &error)) {
        fail({LaunchError::Kind::Failed, tr("Cannot write the cluster's settings: %1").arg(error), {}});
        return;
    }
    const QString secret = password();
    if (secret.isEmpty()) {
        fail({LaunchError::Kind::InvalidSettings,
              tr("%1 is not set in %2: give the cluster a password there.").arg(passwordKey, m_project.envFile()),
              {}});
        return;
    }
    if (!PassFile::write(m_project.passFile(), secret, &error)) {
        fail({LaunchError::Kind::Failed, error, {}});
        return;
    }
    m_composeUpRan = true;
    runCompose(m_project.upArguments(m_tool, m_workers), m_project.upEnvironment(environment(), m_workers, m_port),
               [this](int exitCode, const QStringList &output) {
                   if (exitCode != 0) {
                       fail(classify(output, exitCode, m_port));
                       return;
                   }
                   m_progress->composeDone();
                   reportProgress(m_progress->step(), m_progress->total(), m_progress->label());
                   QList<WorkerNode> expected;
                   for (int i = 1; i <= m_workers; ++i)
                       expected.append({QStringLiteral("worker%1").arg(i), defaultPort, true});
                   probe(m_port, expected, true, [this](const ClusterProbe::Result &result) {
                       if (!result.isReady()) {
                           fail({result.kind, result.problem, {}});
                           return;
                       }
                       m_progress->registered();
                       reportProgress(m_progress->step(), m_progress->total(), m_progress->label());
                       succeed(endpoint(m_port, result.workers));
                   });
               });
}

void ComposeLauncher::startStatus()
{
    m_progress.reset();
    m_composeUpRan = false;
    findTool([this] {
        runCompose(m_project.portArguments(m_tool), m_project.otherEnvironment(environment()),
                   [this](int exitCode, const QStringList &output) {
                       // "127.0.0.1:5432"
                       static const QRegularExpression published(QStringLiteral(R"(:(\d+)\s*$)"));
                       const QRegularExpressionMatch match = published.match(output.value(output.size() - 1));
                       if (exitCode != 0 || !match.hasMatch()) {
                           const LaunchError error = classify(output, exitCode, 0);
                           if (error.kind == LaunchError::Kind::DaemonNotRunning
                               || error.kind == LaunchError::Kind::DockerPermissionDenied) {
                               fail(error);
                               return;
                           }
                           ClusterStatus status;
                           status.problem = tr("The cluster is not running.");
                           succeed(status);
                           return;
                       }
                       const int port = match.captured(1).toInt();
                       probe(port, {}, false, [this, port](const ClusterProbe::Result &result) {
                           ClusterStatus status;
                           if (result.connected)
                               status.coordinator = endpoint(port, result.workers);
                           status.problem = result.problem;
                           succeed(status);
                       });
                   });
    });
}

void ComposeLauncher::startDown(bool removeData)
{
    reportProgress(0, 1, tr("Stopping the cluster"));
    runDown(removeData, tr("Cluster stopped"));
}

void ComposeLauncher::startStopWorker(int index)
{
    const QString service = QStringLiteral("worker%1").arg(index);
    m_progress.reset();
    m_composeUpRan = false;
    reportProgress(0, 1, tr("Stopping %1").arg(service));
    findTool([this, service] {
        runCompose(m_project.stopArguments(m_tool, service), m_project.otherEnvironment(environment()),
                   [this, service](int exitCode, const QStringList &output) {
                       if (exitCode != 0) {
                           fail(classify(output, exitCode, 0));
                           return;
                       }
                       reportProgress(1, 1, tr("%1 stopped").arg(service));
                       succeedDown();
                   });
    });
}

void ComposeLauncher::startCleanUp()
{
    reportProgress(0, 1, tr("Removing what the start left"));
    // Volumes the project had before hold an earlier cluster's data; unknown, they are kept.
    runDown(m_before && m_before->volumes.isEmpty(), tr("Removed what the start left"));
}

void ComposeLauncher::runDown(bool removeVolumes, const QString &doneLabel)
{
    m_progress.reset();
    m_composeUpRan = false;
    findTool([this, removeVolumes, doneLabel] {
        runCompose(m_project.downArguments(m_tool, removeVolumes), m_project.otherEnvironment(environment()),
                   [this, doneLabel](int exitCode, const QStringList &output) {
                       if (exitCode != 0) {
                           fail(classify(output, exitCode, 0));
                           return;
                       }
                       reportProgress(1, 1, doneLabel);
                       succeedDown();
                   });
    });
}

void ComposeLauncher::settleFailure(LaunchError error)
{
    if (m_settling) {
        // Cancelled while looking at what was left: the first failure is the one to tell.
        reportFailure(*std::exchange(m_settling, std::nullopt));
        return;
    }
    // Without Docker, or without the right to use it, Compose made nothing.
    const bool mayHaveMade = std::exchange(m_composeUpRan, false) && error.kind != LaunchError::Kind::DaemonNotRunning
        && error.kind != LaunchError::Kind::DockerPermissionDenied;
    if (!mayHaveMade) {
        reportFailure(std::move(error));
        return;
    }
    m_settling = std::move(error);
    afterStoppedTool([this] {
        takeInventory([this](const std::optional<ComposeResources> &resources) {
            LaunchError settled = *std::exchange(m_settling, std::nullopt);
            if (resources)
                settled.leftovers = resources->describe();
            else if (m_tool.docker.isEmpty()) // Compose v1 alone: no command lists what it made
                settled.leftovers = tr("whatever Compose made before it stopped (without the docker command it "
                                       "cannot be listed)");
            reportFailure(std::move(settled));
        });
    });
}

void ComposeLauncher::afterStoppedTool(std::function<void()> then)
{
    if (m_stoppedTool && m_stoppedTool->isRunning())
        connect(m_stoppedTool, &ProcessGroup::finished, this, std::move(then), Qt::SingleShotConnection);
    else
        then();
}

void ComposeLauncher::abort()
{
    m_phase = Phase::Idle;
    m_toolFound = nullptr;
    m_probeDone = nullptr;
    m_inventoryDone = nullptr;
    m_finder->stop();
    m_probe->stop();
    m_inventory->stop();
    if (ProcessGroup *process = std::exchange(m_process, nullptr)) {
        // Kept until it has exited: terminate() escalates to SIGKILL after the grace period.
        disconnect(process, nullptr, this, nullptr);
        connect(process, &ProcessGroup::finished, process, &QObject::deleteLater);
        process->terminate();
        m_stoppedTool = process;
    }
}

QString ComposeLauncher::waitingFor() const
{
    switch (m_phase) {
    case Phase::Finding:
        return tr("`docker compose version` did not answer.");
    case Phase::Inventory:
        return tr("Docker did not list the cluster's containers.");
    case Phase::Compose:
        return m_progress ? m_progress->label() : tr("Docker Compose did not finish.");
    case Phase::Probe:
        if (!m_progress) // status
            return m_probe->lastProblem();
        return tr("%1 The registration's log: %2 -p %3 logs register-%4")
            .arg(m_probe->lastProblem(), m_tool.name(), m_project.name())
            .arg(m_workers);
    case Phase::Idle:
        break;
    }
    return {};
}

void ComposeLauncher::findTool(std::function<void()> then)
{
    m_phase = Phase::Finding;
    m_toolFound = std::move(then);
    m_finder->find(environment());
}

void ComposeLauncher::takeInventory(InventoryDone then)
{
    if (m_tool.docker.isEmpty()) {
        then(std::nullopt);
        return;
    }
    m_phase = Phase::Inventory;
    m_inventoryDone = std::move(then);
    m_inventory->take(m_tool.docker, m_project.otherEnvironment(environment()), m_project.name());
}

void ComposeLauncher::runCompose(const QStringList &arguments, const QProcessEnvironment &environment, ComposeDone then)
{
    m_phase = Phase::Compose;
    addLog(QStringLiteral("$ %1 %2").arg(m_tool.program, arguments.join(QLatin1Char(' '))));
    m_process = new ProcessGroup(this);
    m_process->setEnvironment(environment);
    m_process->setWorkingDirectory(m_project.directory());
    m_process->setKillGrace(killGrace());
    connect(m_process, &ProcessGroup::line, this, [this](const QString &line) {
        addLog(line);
        if (m_progress && m_progress->take(line))
            reportProgress(m_progress->step(), m_progress->total(), m_progress->label());
    });
    connect(m_process, &ProcessGroup::finished, this, [this, then = std::move(then)](int exitCode) {
        ProcessGroup *process = std::exchange(m_process, nullptr);
        const QStringList output = process->output();
        process->deleteLater();
        m_phase = Phase::Idle;
        then(exitCode, output);
    });
    connect(m_process, &ProcessGroup::failedToStart, this, [this](const QString &why) {
        std::exchange(m_process, nullptr)->deleteLater();
        m_phase = Phase::Idle;
        fail({LaunchError::Kind::Failed, tr("Cannot run %1: %2").arg(m_tool.program, why), {}});
    });
    m_process->start(m_tool.program, arguments);
}

void ComposeLauncher::probe(int port, const QList<WorkerNode> &expected, bool wait, ProbeDone then)
{
    m_phase = Phase::Probe;
    m_probeDone = std::move(then);
    ConnectionProfile coordinator;
    coordinator.dsn = ClusterEndpoint::loopbackDsn(port, m_project.passFile());
    coordinator.password = password();
    m_probe->start(coordinator, expected, wait);
}

ClusterEndpoint ComposeLauncher::endpoint(int port, const QList<WorkerNode> &workers) const
{
    return {ClusterEndpoint::loopbackDsn(port, m_project.passFile()), password(), workers};
}

QString ComposeLauncher::password() const
{
    // As Compose does: the environment wins over .env.
    const QString fromEnvironment = environment().value(passwordKey);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString unreadable; // then there is no password to give
    const auto values = ComposeEnvFile::read(m_project.envFile(), &unreadable);
    return values ? values->value(passwordKey) : QString();
}

} // namespace shardscope
