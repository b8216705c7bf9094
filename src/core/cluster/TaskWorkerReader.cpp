#include "TaskWorkerReader.h"

#include "ExplainStep.h"
#include "PgConnection.h"
#include "PlanAnalysis.h"
#include "PlanReader.h"

namespace shardscope {

TaskWorkerReader::TaskWorkerReader(PgConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    qRegisterMetaType<ErrorDiagnosis>();
    qRegisterMetaType<QList<UserTask>>();
    // The connection may be shared: only the answers to this reader's statements count.
    connect(m_connection, &PgConnection::resultReady, this, [this](const PgResult &result) {
        if (m_busy && result.rowCount() > 0)
            m_output += result.value(0, 0).toUtf8();
    });
    connect(m_connection, &PgConnection::queryFailed, this, [this](const PgError &error) {
        if (m_busy)
            m_error = error;
    });
    connect(m_connection, &PgConnection::finished, this, [this] {
        if (m_busy)
            onFinished();
    });
    // Closed under a statement (a run cancelled, then begun again): no answer will come.
    connect(m_connection, &PgConnection::stateChanged, this, [this](PgConnection::State state) {
        if (state != PgConnection::State::Disconnected || !m_busy)
            return;
        m_busy = false;
        PgError error;
        error.message = tr("The connection to the coordinator was closed.");
        emit failed(ErrorDiagnosis::of(error));
    });
}

void TaskWorkerReader::read(const QString &table, const QList<int> &users)
{
    if (m_busy)
        return;
    m_busy = true;
    m_quotedTable = m_connection->quoteIdentifier(table);
    m_users = users;
    m_tasks.clear();
    next();
}

void TaskWorkerReader::next()
{
    if (m_tasks.size() == m_users.size()) {
        m_busy = false;
        emit tasksRead(m_tasks);
        return;
    }
    m_output.clear();
    m_error.reset();
    const QString statement = ExplainStep::tutorialStatement(m_quotedTable, m_users.at(m_tasks.size()));
    if (m_connection->execute(ExplainStep::explainSql(statement, false)))
        return;
    m_busy = false;
    PgError error;
    error.message = tr("The connection to the coordinator is not ready for another statement.");
    emit failed(ErrorDiagnosis::of(error));
}

void TaskWorkerReader::onFinished()
{
    if (m_error) {
        m_busy = false;
        emit failed(ErrorDiagnosis::of(*m_error));
        return;
    }
    m_tasks << UserTask{m_users.at(m_tasks.size()), workerOf(m_output)};
    next();
}

std::optional<NodeAddress> TaskWorkerReader::workerOf(const QByteArray &explainOutput)
{
    PlanParseError error;
    const std::optional<Plan> plan = PlanReader::read(explainOutput, &error);
    if (!plan)
        return std::nullopt;
    const PlanAnalysis analysis = PlanAnalyzer::analyze(*plan);
    // "Tasks Shown: One of 32" names one worker of many: only a plan of one task has one.
    if (analysis.taskCount != 1 || analysis.workers.size() != 1)
        return std::nullopt;
    return analysis.workers.front().worker;
}

} // namespace shardscope
