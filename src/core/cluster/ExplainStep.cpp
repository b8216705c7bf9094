#include "ExplainStep.h"

#include "Milliseconds.h"
#include "PlanReader.h"
#include "SqlStatementInfo.h"

namespace shardscope {

namespace {

const QString rollbackSql = QStringLiteral("ROLLBACK");

} // namespace

ExplainStep::ExplainStep(PgConnection *connection, QObject *parent)
    : TutorialStep(connection, parent)
{
}

QString ExplainStep::title() const
{
    return tr("Explain");
}

QString ExplainStep::explanation() const
{
    return tr("EXPLAIN ANALYZE runs the statement and shows how: the coordinator's Citus Adaptive scan sends one "
              "task per shard involved to the worker holding it. A query for one user_id needs one shard, so one "
              "task on one worker (a router query); without a user_id filter every shard gets a task.");
}

QString ExplainStep::tutorialStatement(const QString &quotedTable, int userId)
{
    return QStringLiteral("SELECT * FROM %1 WHERE user_id = %2").arg(quotedTable).arg(userId);
}

QString ExplainStep::explainSql(const QString &statement, bool analyze)
{
    return (analyze ? QStringLiteral("EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) ")
                    : QStringLiteral("EXPLAIN (VERBOSE, FORMAT JSON) "))
        + statement;
}

QString ExplainStep::transactionSql(bool analyze) const
{
    // SET LOCAL ends with the transaction, leaving the shared session as it was. On plain
    // PostgreSQL the setting is a harmless placeholder.
    return QStringLiteral("BEGIN;\nSET LOCAL citus.explain_all_tasks = %1;\n%2")
        .arg(m_allTasks ? QStringLiteral("on") : QStringLiteral("off"),
             explainSql(SqlStatementInfo::of(m_statement).body, analyze));
}

QString ExplainStep::countsBeforeSql() const
{
    const QString read = RoutingCounters::readQuery();
    return m_counters.support == RoutingCounters::Support::TurnedOn
        ? RoutingCounters::enableSql() + QStringLiteral(";\n") + read
        : read;
}

QString ExplainStep::sql() const
{
    const QString transaction = transactionSql(true) + QStringLiteral(";\n") + rollbackSql + QLatin1Char(';');
    if (!m_counters.canRead())
        return transaction;
    return countsBeforeSql() + QStringLiteral(";\n") + transaction + QLatin1Char('\n') + RoutingCounters::readQuery()
        + QLatin1Char(';');
}

bool ExplainStep::writes() const
{
    return SqlStatementInfo::of(m_statement).writes;
}

QString ExplainStep::rollbackNotice() const
{
    return writes() ? tr("This statement changes data: it ran inside a transaction that was rolled back, so the "
                         "data is as it was.")
                    : QString();
}

void ExplainStep::detect()
{
    using Problem = ErrorDiagnosis::Problem;
    // Nothing is ever "already explained"; this only catches what cannot be explained.
    const SqlStatementInfo info = SqlStatementInfo::of(m_statement);
    if (info.statementCount == 0)
        return fail(ErrorDiagnosis::because(Problem::Other, tr("There is no statement to explain.")));
    if (info.statementCount > 1)
        return fail(ErrorDiagnosis::because(Problem::Other, tr("Explain one statement at a time.")));
    if (info.keyword == QLatin1String("EXPLAIN"))
        return fail(ErrorDiagnosis::because(Problem::Other,
                                            tr("Type the statement without EXPLAIN: ShardScope adds it, with the "
                                               "options it needs.")));
    // Asked again each time: the session may have moved to another cluster since.
    query(RoutingCounters::supportQuery(), {}, [this](const StatementRunner::Reply &reply) {
        m_counters = RoutingCounters::fromResult(reply.results.value(0));
        detected(false);
    });
}

void ExplainStep::perform()
{
    m_raw.clear();
    m_plan.reset();
    m_analysis = PlanAnalysis();
    m_fallback.reset();
    m_countsBefore.reset();
    m_routing.reset();
    if (!m_counters.canRead())
        return explain(true);
    query(countsBeforeSql(), {}, [this](const StatementRunner::Reply &reply) {
        m_countsBefore = RoutingCounters::countsFrom(reply.results.value(reply.results.size() - 1));
        explain(true);
    });
}

void ExplainStep::explain(bool analyze)
{
    attempt(transactionSql(analyze), {}, [this, analyze](const StatementRunner::Reply &reply) {
        if (reply.ok()) {
            const QByteArray output = reply.results.value(reply.results.size() - 1).value(0, 0).toUtf8();
            rollBack([this, output] { read(output); });
            return;
        }
        const ErrorDiagnosis error = ErrorDiagnosis::of(*reply.error);
        rollBack([this, error, analyze] {
            if (analyze && error.problem == ErrorDiagnosis::Problem::ExplainAnalyzeUnsupported && !cancelRequested()) {
                m_fallback = error;
                explain(false);
            } else {
                fail(error);
            }
        });
    });
}

void ExplainStep::rollBack(std::function<void()> then)
{
    // Straight through the runner: after a cancel too, the transaction must end.
    runner()->run(rollbackSql, {}, [this, then = std::move(then)](const StatementRunner::Reply &reply) {
        // A lost connection has rolled back by itself; the error before it is the news.
        if (!reply.ok() && reply.error->kind != PgError::Kind::ConnectionLost)
            return fail(ErrorDiagnosis::of(*reply.error));
        then();
    });
}

void ExplainStep::read(const QByteArray &output)
{
    PlanParseError error;
    m_plan = PlanReader::read(output, &error);
    if (!m_plan)
        return fail(ErrorDiagnosis::because(ErrorDiagnosis::Problem::Other,
                                            tr("The server's EXPLAIN output could not be read: %1").arg(error.toString())));
    m_raw = output;
    m_analysis = PlanAnalyzer::analyze(*m_plan);
    finish();
}

void ExplainStep::finish()
{
    if (!m_countsBefore)
        return succeed(describe());
    query(RoutingCounters::readQuery(), {}, [this](const StatementRunner::Reply &reply) {
        if (const std::optional<RoutingCounts> after = RoutingCounters::countsFrom(reply.results.value(0)))
            m_routing.emplace(*m_countsBefore, *after);
        succeed(describe());
    });
}

StepResult ExplainStep::describe() const
{
    StepResult result;
    QString summary;
    if (m_plan->isDistributed()) {
        QStringList workers;
        for (const WorkerTotals &worker : m_analysis.workers)
            workers << worker.worker.toString();
        const int tasks = int(m_analysis.taskCount.value_or(m_analysis.tasksShown));
        summary = workers.isEmpty()
            ? tr("%1 query, %2").arg(planKindName(m_analysis.kind), tr("%n task(s)", nullptr, tasks))
            : tr("%1 query, %2 on %3")
                  .arg(planKindName(m_analysis.kind), tr("%n task(s)", nullptr, tasks),
                       workers.join(QStringLiteral(", ")));
    } else {
        summary = tr("not distributed: PostgreSQL ran it alone");
    }
    if (m_plan->executionTimeMs)
        summary = tr("%1, %2", "what ran, then how long it took")
                      .arg(summary, Milliseconds::text(*m_plan->executionTimeMs));
    result.summary = summary;
    if (writes())
        result.notes << rollbackNotice();
    if (m_fallback)
        result.notes << m_fallback->explanation;
    if (m_plan->isDistributed() && !m_allTasks)
        result.notes << tr("citus.explain_all_tasks is off: one task per job is shown.");
    if (m_routing) {
        result.notes << m_routing->explanation();
        result.tables << m_routing->table();
    } else if (const QString why = m_counters.whyNot(); !why.isEmpty()) {
        result.notes << why;
    }
    return result;
}

} // namespace shardscope
