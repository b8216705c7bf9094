#pragma once

#include "PlanDocument.h"

#include <QObject>

namespace shardscope {

class ClusterSession;
class ExplainStep;

// "Show every task" for a plan ShardScope explained itself: the same statement explained
// again on the session's cluster with citus.explain_all_tasks on (ExplainStep: a statement
// that writes still runs inside BEGIN ... ROLLBACK), off the UI thread, as a new document
// under the same name.
class EveryTaskExplainer : public QObject
{
    Q_OBJECT

public:
    explicit EveryTaskExplainer(ClusterSession *session, QObject *parent = nullptr);

    // Whether document can be explained again: ShardScope ran it, so it has the statement.
    static bool canExplain(const PlanDocumentPtr &document);
    // Explains the document's statement again; ignored while a run is under way.
    void explain(PlanDocumentPtr document);
    bool isBusy() const;

signals:
    void explained(shardscope::PlanDocumentPtr document);
    void failed(const QString &why);

private:
    void run();
    void finish();

    ClusterSession *m_session;
    ExplainStep *m_step;
    PlanDocumentPtr m_original;
    bool m_waitingForConnection = false;
};

} // namespace shardscope
