#include "SqlScript.h"

#include "PgConnection.h"

#include <utility>

namespace shardscope {

SqlScript::SqlScript(QObject *parent)
    : QObject(parent)
{
}

void SqlScript::run(const ConnectionProfile &profile, const QList<Statement> &statements)
{
    stop();
    m_statements = statements;
    m_results.clear();
    m_error.reset();
    m_connected = false;
    // A new connection per run: a connection that failed or was stopped may still deliver
    // signals of its own, which must not reach the next run.
    m_connection = new PgConnection(this);
    m_connection->setConnectTimeout(m_connectTimeout);
    connect(m_connection, &PgConnection::connected, this, [this] {
        m_connected = true;
        next();
    });
    connect(m_connection, &PgConnection::failed, this,
            [this](const PgError &error) { report(error, !m_connected); });
    connect(m_connection, &PgConnection::resultReady, this, [this](const PgResult &result) { m_last = result; });
    connect(m_connection, &PgConnection::queryFailed, this, [this](const PgError &error) { m_error = error; });
    connect(m_connection, &PgConnection::finished, this, [this] {
        if (m_error) {
            report(*m_error, false);
            return;
        }
        m_results << std::exchange(m_last, {});
        next();
    });
    m_connection->connectToServer(profile);
}

void SqlScript::stop()
{
    if (m_connection) {
        disconnect(m_connection, nullptr, this, nullptr);
        m_connection->disconnectFromServer();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
}

void SqlScript::next()
{
    if (m_results.size() == m_statements.size()) {
        const QList<PgResult> results = m_results;
        stop();
        emit finished(results);
        return;
    }
    const Statement &statement = m_statements.at(m_results.size());
    m_connection->execute(statement.sql, statement.params);
}

void SqlScript::report(const PgError &error, bool connecting)
{
    stop();
    emit failed(error, connecting);
}

} // namespace shardscope
