// Bulk load rate of the tutorial's rows (BulkRows) into activity_log on a throwaway
// PostgreSQL server: PgConnection::copyIn, streaming from a generator, next to psql's
// \copy of the same rows from a file. psql's time includes starting the process and
// connecting (a few ms), which only matters for the smallest loads.
//
//   build/default/tests/bench/bench_copy --benchmark_filter=Copy

#include "BulkRows.h"
#include "CreateTableStep.h"
#include "PgConnection.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace shardscope;

namespace {

constexpr int users = 1000;

// One server for the whole run, started on first use.
class Server
{
public:
    static Server &instance()
    {
        static Server server;
        return server;
    }

    const QString &error() const { return m_error; }
    const TestServer &server() const { return m_server; }
    PgConnection &connection() { return *m_connection; }
    const QTemporaryDir &dir() const { return m_dir; }

    bool reset()
    {
        return m_connection->runBlocking(QStringLiteral("TRUNCATE activity_log")).ok();
    }

private:
    Server()
    {
        if (!m_server.start()) {
            m_error = m_server.error();
            return;
        }
        ConnectionProfile profile;
        profile.dsn = m_server.dsn();
        profile.password = m_server.password();
        m_connection = std::make_unique<PgConnection>();
        PgError error;
        if (!m_connection->connectBlocking(profile, &error)) {
            m_error = error.toString();
            return;
        }
        const auto created =
            m_connection->runBlocking(CreateTableStep::tutorialSql(m_connection->quoteIdentifier(QStringLiteral("activity_log"))));
        if (!created.ok())
            m_error = created.error->toString();
    }

    TestServer m_server;
    std::unique_ptr<PgConnection> m_connection;
    QTemporaryDir m_dir;
    QString m_error;
};

bool copyIn(PgConnection &connection, qint64 rows, QString *error)
{
    QEventLoop loop;
    QObject::connect(&connection, &PgConnection::queryFailed, &loop,
                     [error](const PgError &failure) { *error = failure.toString(); });
    QObject::connect(&connection, &PgConnection::finished, &loop, &QEventLoop::quit);
    const QString table = connection.quoteIdentifier(QStringLiteral("activity_log"));
    if (!connection.copyIn(BulkRows::copySql(table), BulkRows::source(1, rows, users))) {
        *error = QStringLiteral("the connection is not ready");
        return false;
    }
    loop.exec();
    return error->isEmpty();
}

void BM_CopyIn(benchmark::State &state)
{
    Server &server = Server::instance();
    if (!server.error().isEmpty()) {
        state.SkipWithError(qPrintable(server.error()));
        return;
    }
    const qint64 rows = state.range(0);
    for (auto _ : state) {
        state.PauseTiming();
        server.reset();
        state.ResumeTiming();
        QString error;
        if (!copyIn(server.connection(), rows, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

void BM_PsqlCopy(benchmark::State &state)
{
    Server &server = Server::instance();
    if (!server.error().isEmpty()) {
        state.SkipWithError(qPrintable(server.error()));
        return;
    }
    QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty())
        psql = QStandardPaths::findExecutable(QStringLiteral("psql"), {QStringLiteral("/usr/lib/postgresql/15/bin")});
    if (psql.isEmpty()) {
        state.SkipWithError("psql not found");
        return;
    }
    const qint64 rows = state.range(0);
    const QString path = server.dir().filePath(QStringLiteral("rows_%1.txt").arg(rows));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        state.SkipWithError(qPrintable(file.errorString()));
        return;
    }
    QByteArray buffer;
    CopyRowSource source = BulkRows::source(1, rows, users);
    while (source(buffer)) {
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    file.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), server.server().password());
    const QStringList arguments{server.server().dsn(), QStringLiteral("-X"), QStringLiteral("-q"),
                                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                                QStringLiteral("\\copy activity_log (user_id, action_description, log_timestamp) "
                                               "FROM '%1'")
                                    .arg(path)};
    for (auto _ : state) {
        state.PauseTiming();
        server.reset();
        state.ResumeTiming();
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(psql, arguments);
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            state.SkipWithError(process.readAllStandardError().constData());
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

BENCHMARK(BM_CopyIn)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_PsqlCopy)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // for PgConnection's event loop
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
