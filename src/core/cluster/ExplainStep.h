#pragma once

#include "Plan.h"
#include "PlanAnalysis.h"
#include "RoutingProof.h"
#include "TutorialStep.h"

#include <QByteArray>

#include <optional>

namespace shardscope {

// Step 5: EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) of one statement, with
// citus.explain_all_tasks on unless switched off, inside BEGIN ... ROLLBACK: a statement
// that changes data (writes()) really runs under ANALYZE, and the rollback undoes it.
// Where Citus refuses EXPLAIN ANALYZE (INSERT ... SELECT via the coordinator or with
// repartitioning, MERGE with repartitioning) it falls back to EXPLAIN (VERBOSE, FORMAT
// JSON) and fallbackReason() says why. The server's output is kept byte for byte and read
// with PlanReader. Where Citus counts queries (citus_stat_counters, 13.1 and later), it
// reads the counters before and after, and routing() tells which one the statement moved.
class ExplainStep : public TutorialStep
{
    Q_OBJECT

public:
    explicit ExplainStep(PgConnection *connection, QObject *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    // What is sent, transaction included.
    QString sql() const override;

    void setStatement(const QString &statement) { m_statement = statement; }
    const QString &statement() const { return m_statement; }
    // citus.explain_all_tasks: every task in the plan, or only one per job (Citus's default).
    void setAllTasks(bool all) { m_allTasks = all; }
    bool allTasks() const { return m_allTasks; }

    // The tutorial's query for one user, for a table name already quoted as an identifier.
    static QString tutorialStatement(const QString &quotedTable, int userId);
    static QString explainSql(const QString &statement, bool analyze);

    // The statement may change data, so it ran inside a transaction that was rolled back.
    bool writes() const;
    // What to tell the user when writes(); empty otherwise.
    QString rollbackNotice() const;

    // Of the last successful run().
    const QByteArray &rawOutput() const { return m_raw; }
    const std::optional<Plan> &plan() const { return m_plan; }
    const PlanAnalysis &analysis() const { return m_analysis; }
    bool analyzed() const { return m_plan && m_plan->analyzed; }
    // Why the plan is without ANALYZE, when Citus refused it.
    const std::optional<ErrorDiagnosis> &fallbackReason() const { return m_fallback; }
    // Whether the connected database counts queries, as the last check or run found.
    const RoutingCounters &routingCounters() const { return m_counters; }
    // Which routing counter the last successful run() moved, where they could be read.
    const std::optional<RoutingProof> &routing() const { return m_routing; }

protected:
    void detect() override;
    void perform() override;

private:
    QString transactionSql(bool analyze) const;
    // The first reading of the routing counters, turning counting on first where need be.
    QString countsBeforeSql() const;
    void explain(bool analyze);
    // Ends the transaction, whatever state it is in, then goes on.
    void rollBack(std::function<void()> then);
    void read(const QByteArray &output);
    // Reads the routing counters after the statement, when they were read before it.
    void finish();
    StepResult describe() const;

    QString m_statement;
    bool m_allTasks = true;
    QByteArray m_raw;
    std::optional<Plan> m_plan;
    PlanAnalysis m_analysis;
    std::optional<ErrorDiagnosis> m_fallback;
    RoutingCounters m_counters;
    std::optional<RoutingCounts> m_countsBefore;
    std::optional<RoutingProof> m_routing;
};

} // namespace shardscope
