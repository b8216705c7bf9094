#pragma once

#include "ClusterLauncher.h"
#include "ClusterProbe.h"
#include "ComposeProgress.h"
#include "ComposeProject.h"
#include "ComposeResources.h"
#include "ComposeTool.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace shardscope {

class ComposeInventory;
class ComposeToolFinder;
class ProcessGroup;

// The cluster of docker/docker-compose.yml, driven with `docker compose` or docker-compose:
// up starts the coordinator and the workers and waits until the coordinator has every
// worker registered and reachable; status asks Compose for the coordinator's port and the
// coordinator for its workers; down removes the containers (and with removeData the
// volumes). Failures are told apart from the tools' output (ComposeOutputClassifier).
//
// Before up starts anything it lists what the project already has (ComposeInventory) and
// checks the coordinator's port: taken by anything but this project's coordinator, up
// fails with PortInUse and nothing started. When up fails or is cancelled once Compose
// ran, the error says what is left; cleanUp() removes it, and the volumes too unless the
// project had some before (they hold the data of an earlier cluster).
//
// The .env beside the compose file is written with a random password on the first up when
// there is none; the connection strings name a pass file beside it.
class ComposeLauncher : public ClusterLauncher
{
    Q_OBJECT

public:
    static constexpr int defaultPort = 5432;

    explicit ComposeLauncher(const ComposeProject &project, QObject *parent = nullptr);

    const ComposeProject &project() const { return m_project; }

protected:
    void startUp(int workers, int port) override;
    void startStatus() override;
    void startDown(bool removeData) override;
    void startStopWorker(int index) override;
    void startCleanUp() override;
    void settleFailure(LaunchError error) override;
    void abort() override;
    QString waitingFor() const override;

private:
    enum class Phase { Idle, Finding, Inventory, Compose, Probe };
    using ComposeDone = std::function<void(int exitCode, const QStringList &output)>;
    using ProbeDone = std::function<void(const ClusterProbe::Result &result)>;
    // Nothing when the docker CLI is missing or did not answer.
    using InventoryDone = std::function<void(const std::optional<ComposeResources> &resources)>;

    void findTool(std::function<void()> then);
    void takeInventory(InventoryDone then);
    void checkPortThenUp();
    void runDown(bool removeVolumes, const QString &doneLabel);
    // then, once the tool abort() stopped has exited: what it made is all there.
    void afterStoppedTool(std::function<void()> then);
    // exitCode is -1 when a signal ended the tool.
    void runCompose(const QStringList &arguments, const QProcessEnvironment &environment, ComposeDone then);
    void composeUp();
    void probe(int port, const QList<WorkerNode> &expected, bool wait, ProbeDone then);
    ClusterEndpoint endpoint(int port, const QList<WorkerNode> &workers) const;
    QString password() const;

    ComposeProject m_project;
    ComposeToolFinder *m_finder;
    ClusterProbe *m_probe;
    ComposeInventory *m_inventory;
    ProcessGroup *m_process = nullptr;
    QPointer<ProcessGroup> m_stoppedTool; // abort() ended it; gone once it has exited
    Phase m_phase = Phase::Idle;
    std::function<void()> m_toolFound;
    ProbeDone m_probeDone;
    InventoryDone m_inventoryDone;
    std::optional<ComposeResources> m_before; // what the project had before the last up
    bool m_composeUpRan = false;               // this operation is an up that ran Compose
    std::optional<LaunchError> m_settling;     // the failure being settled
    ComposeTool m_tool;
    std::optional<ComposeProgress> m_progress; // of up
    int m_workers = 0;
    int m_port = 0;
};

} // namespace shardscope
