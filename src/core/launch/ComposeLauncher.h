#pragma once

#include "ClusterLauncher.h"
#include "ClusterProbe.h"
#include "ComposeProgress.h"
#include "ComposeProject.h"
#include "ComposeTool.h"

#include <functional>
#include <optional>

namespace shardscope {

class ComposeToolFinder;
class ProcessGroup;

// The cluster of docker/docker-compose.yml, driven with `docker compose` or docker-compose:
// up starts the coordinator and the workers and waits until the coordinator has every
// worker registered and reachable; status asks Compose for the coordinator's port and the
// coordinator for its workers; down removes the containers (and with removeData the
// volumes). Failures are told apart from the tools' output (ComposeOutputClassifier).
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
    void abort() override;
    QString waitingFor() const override;

private:
    enum class Phase { Idle, Finding, Compose, Probe };
    using ComposeDone = std::function<void(int exitCode, const QStringList &output)>;
    using ProbeDone = std::function<void(const ClusterProbe::Result &result)>;

    void findTool(std::function<void()> then);
    // exitCode is -1 when a signal ended the tool.
    void runCompose(const QStringList &arguments, const QProcessEnvironment &environment, ComposeDone then);
    void composeUp();
    void probe(int port, const QList<WorkerNode> &expected, bool wait, ProbeDone then);
    ClusterEndpoint endpoint(int port, const QList<WorkerNode> &workers) const;
    QString password() const;

    ComposeProject m_project;
    ComposeToolFinder *m_finder;
    ClusterProbe *m_probe;
    ProcessGroup *m_process = nullptr;
    Phase m_phase = Phase::Idle;
    std::function<void()> m_toolFound;
    ProbeDone m_probeDone;
    ComposeTool m_tool;
    std::optional<ComposeProgress> m_progress; // of up
    int m_workers = 0;
    int m_port = 0;
};

} // namespace shardscope
