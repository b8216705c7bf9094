#pragma once

#include "ClusterInfo.h"
#include "ConnectionProfile.h"
#include "TutorialStep.h"

namespace shardscope {

class ClusterInspector;

// Step 1: is this a Citus coordinator, which workers does it know, and do they answer?
// Done when Citus is there, at least one worker is registered and every worker answers.
// Workers the user expects (setExpectedWorkers) that the coordinator can reach but has not
// registered are what run() adds, with citus_add_node, skipping any registered meanwhile.
class ClusterCheckStep : public TutorialStep
{
    Q_OBJECT

public:
    explicit ClusterCheckStep(PgConnection *connection, QObject *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    QString sql() const override;

    // Also checks each worker from this machine, as the coordinator's user.
    void setCredentials(const ConnectionProfile &profile);
    void setExpectedWorkers(const QList<NodeAddress> &workers) { m_expected = workers; }

    const ClusterInfo &cluster() const;
    // Expected, answering and not registered: what run() registers.
    const QList<NodeAddress> &missingWorkers() const { return m_missing; }
    // Expected, but the coordinator cannot reach them: left alone.
    const QList<NodeAddress> &absentWorkers() const { return m_absent; }
    // Registered by the last run().
    const QList<NodeAddress> &registeredWorkers() const { return m_registered; }

    // Adds a worker unless pg_dist_node has it: $1 host, $2 port.
    static QString registerSql();

protected:
    void detect() override;
    void perform() override;
    bool cancelOwnWork() override;

private:
    void inspect(std::function<void()> then);
    void findMissing(qsizetype next);
    void registerMissing(qsizetype next);
    // Done when the cluster is usable, failed otherwise.
    void judge(bool asDetected);
    StepResult describe() const;

    ClusterInspector *m_inspector;
    QList<NodeAddress> m_expected;
    QList<NodeAddress> m_missing;
    QList<NodeAddress> m_absent;
    QList<NodeAddress> m_registered;
};

} // namespace shardscope
