#include "OutageCheck.h"

#include "ClusterInspector.h"
#include "ExplainStep.h"
#include "PgConnection.h"
#include "RowLocator.h"
#include "ShardMapReader.h"
#include "StatementRunner.h"

#include <QEventLoop>

namespace shardscope {

OutageCheck::OutageCheck(QObject *parent)
    : QObject(parent)
    , m_connection(new PgConnection(this))
    , m_inspector(new ClusterInspector(m_connection, this))
    , m_reader(new ShardMapReader(m_connection, this))
    , m_runner(new StatementRunner(m_connection, this))
{
    connect(m_connection, &PgConnection::connected, this, &OutageCheck::inspect);
    connect(m_connection, &PgConnection::failed, this, [this](const PgError &error) {
        // Failures of statements come through their own callbacks.
        if (m_busy && m_connection->state() == PgConnection::State::Disconnected)
            fail(ErrorDiagnosis::of(error));
    });
    // After a failure (the connection lost, say) whatever still comes is of no use.
    connect(m_inspector, &ClusterInspector::finished, this, [this] {
        if (!m_busy)
            return;
        m_report.workers = m_inspector->info().workers;
        readShards();
    });
    connect(m_inspector, &ClusterInspector::failed, this, &OutageCheck::fail);
    connect(m_reader, &ShardMapReader::mapRead, this, [this] {
        if (!m_busy)
            return;
        m_report.table = m_reader->map().tables.value(0);
        locateUsers();
    });
    connect(m_reader, &ShardMapReader::failed, this, &OutageCheck::fail);
}

void OutageCheck::check(const ConnectionProfile &coordinator, const QString &table, const QList<int> &users)
{
    if (m_busy)
        return;
    m_busy = true;
    m_table = table;
    m_users = users;
    m_report = OutageReport();
    m_inspector->setCredentials(coordinator);
    // A stopped worker refuses at once; one that runs may answer slowly on a busy machine,
    // and should not be called lost for that.
    m_inspector->setCheckTimeout(10000);
    m_connection->connectToServer(coordinator);
}

void OutageCheck::inspect()
{
    if (m_busy)
        m_inspector->inspect();
}

void OutageCheck::readShards()
{
    // The rows of a shard whose worker does not answer stay unknown: the read goes on.
    m_reader->read(m_table, true);
}

void OutageCheck::locateUsers()
{
    // Where Citus routes each user comes from the coordinator's metadata alone, so it is
    // known for the users of a worker that does not answer too.
    const SqlStatement where = RowLocator::userShards(m_report.table.name, m_users);
    m_runner->run(where.sql, where.params, [this](const StatementRunner::Reply &reply) {
        if (!m_busy)
            return;
        if (!reply.ok())
            return fail(ErrorDiagnosis::of(*reply.error));
        const QList<UserPlacement> placements = RowLocator::readUserShards(reply.results.value(0));
        for (const int user : m_users) {
            UserQuery query;
            query.userId = user;
            query.statement = ExplainStep::tutorialStatement(m_report.table.name, user);
            for (const UserPlacement &placement : placements) {
                if (placement.userId == user) {
                    query.shardId = placement.shardId;
                    query.worker = placement.worker;
                }
            }
            m_report.users << query;
        }
        queryUser(0);
    });
}

void OutageCheck::queryUser(int index)
{
    if (index == m_report.users.size()) {
        m_busy = false;
        m_connection->disconnectFromServer();
        emit finished();
        return;
    }
    m_runner->run(m_report.users.at(index).statement, {}, [this, index](const StatementRunner::Reply &reply) {
        if (!m_busy)
            return;
        UserQuery &query = m_report.users[index];
        if (reply.ok())
            query.rows = reply.results.value(0).rowCount();
        else if (reply.error->kind == PgError::Kind::QueryCanceled)
            return fail(ErrorDiagnosis::of(*reply.error));
        else
            query.error = ErrorDiagnosis::of(*reply.error);
        queryUser(index + 1);
    });
}

void OutageCheck::fail(const ErrorDiagnosis &error)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_connection->disconnectFromServer();
    emit failed(error);
}

bool OutageCheck::checkBlocking(const ConnectionProfile &coordinator, const QString &table, const QList<int> &users,
                                ErrorDiagnosis *error)
{
    if (m_busy)
        return false;
    QEventLoop loop;
    bool ok = false;
    const auto done = connect(this, &OutageCheck::finished, &loop, [&] {
        ok = true;
        loop.quit();
    });
    const auto failure = connect(this, &OutageCheck::failed, &loop, [&](const ErrorDiagnosis &diagnosis) {
        if (error)
            *error = diagnosis;
        loop.quit();
    });
    check(coordinator, table, users);
    loop.exec();
    disconnect(done);
    disconnect(failure);
    return ok;
}

} // namespace shardscope
