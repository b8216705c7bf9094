#include "ClusterCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "ClusterInspector.h"
#include "PgConnection.h"
#include "SubcommandArguments.h"
#include "TableTypeText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace shardscope {

namespace {

QJsonValue reachabilityJson(Reachability reachability)
{
    switch (reachability) {
    case Reachability::Reachable:
        return true;
    case Reachability::Unreachable:
        return false;
    case Reachability::Unknown:
        break;
    }
    return QJsonValue::Null;
}

QString reachabilityText(const WorkerInfo &worker)
{
    switch (worker.reachability()) {
    case Reachability::Reachable:
        return ClusterCommand::tr("reachable");
    case Reachability::Unreachable:
        return worker.unreachableReason.isEmpty()
            ? ClusterCommand::tr("UNREACHABLE")
            : ClusterCommand::tr("UNREACHABLE (%1)").arg(worker.unreachableReason.simplified());
    case Reachability::Unknown:
        break;
    }
    return ClusterCommand::tr("reachability unknown");
}

} // namespace

QJsonObject ClusterCommand::toJson(const ClusterInfo &info)
{
    QJsonArray workers;
    for (const WorkerInfo &worker : info.workers) {
        workers.append(QJsonObject{
            {QStringLiteral("worker"), worker.address.toString()},
            {QStringLiteral("node_id"), worker.nodeId},
            {QStringLiteral("active"), worker.active},
            {QStringLiteral("listed_active"), worker.listedActive},
            {QStringLiteral("reachable"), reachabilityJson(worker.reachability())},
            {QStringLiteral("reachable_from_coordinator"), reachabilityJson(worker.fromCoordinator)},
            {QStringLiteral("reachable_from_here"), reachabilityJson(worker.fromHere)},
            {QStringLiteral("unreachable_reason"),
             worker.unreachableReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(worker.unreachableReason)},
            {QStringLiteral("shard_count"), worker.shardCount},
        });
    }
    QJsonArray tables;
    for (const DistributedTableInfo &table : info.tables) {
        tables.append(QJsonObject{
            {QStringLiteral("table"), table.name},
            {QStringLiteral("type"), table.type},
            {QStringLiteral("distribution_column"),
             table.distributionColumn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(table.distributionColumn)},
            {QStringLiteral("colocation_id"), table.colocationId},
            {QStringLiteral("shard_count"), table.shardCount},
        });
    }
    return QJsonObject{
        {QStringLiteral("citus_version"), info.citusVersion},
        {QStringLiteral("extension_version"), info.extensionVersion},
        {QStringLiteral("coordinator"),
         QJsonObject{{QStringLiteral("node"), info.coordinator.toString()},
                     {QStringLiteral("node_id"), info.coordinatorNodeId ? QJsonValue(*info.coordinatorNodeId)
                                                                        : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("workers"), workers},
        {QStringLiteral("tables"), tables},
    };
}

QString ClusterCommand::toText(const ClusterInfo &info)
{
    QStringList lines;
    lines << tr("%1 (extension %2)").arg(info.citusVersion, info.extensionVersion);
    lines << (info.coordinatorNodeId ? tr("Coordinator: %1 (node %2)").arg(info.coordinator.toString()).arg(*info.coordinatorNodeId)
                                     : tr("Coordinator: %1 (not registered as a node)").arg(info.coordinator.toString()));
    lines << tr("Workers: %1 of %2 reachable").arg(info.reachableWorkers()).arg(info.workers.size());
    for (const WorkerInfo &worker : info.workers) {
        lines << tr("  %1  node %2  %3  %4  %5")
                     .arg(worker.address.toString())
                     .arg(worker.nodeId)
                     .arg(worker.active ? tr("active") : tr("inactive"), reachabilityText(worker),
                          tr("%n shard(s)", nullptr, int(worker.shardCount)));
    }
    lines << tr("Distributed tables: %1").arg(info.tables.size());
    for (const DistributedTableInfo &table : info.tables) {
        const QString how = TableTypeText::withColumn(table.type, table.distributionColumn);
        lines << tr("  %1  %2  %3  colocation group %4")
                     .arg(table.name, how, tr("%n shard(s)", nullptr, int(table.shardCount)))
                     .arg(table.colocationId);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int ClusterCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, tr("Show a Citus cluster: version, coordinator, workers and whether each one "
                                              "really answers, distributed tables."));
    const QCommandLineOption dsn = CliConnection::dsnOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({dsn, json});
    if (const auto done = SubcommandArguments::parse(parser, command, arguments))
        return *done;

    const ConnectionProfile profile = CliConnection::profile(parser.value(dsn));
    PgConnection connection;
    if (!CliConnection::open(connection, profile, command))
        return CliOutput::failureStatus;
    ClusterInspector inspector(&connection);
    inspector.setCredentials(profile);
    ErrorDiagnosis error;
    if (!inspector.inspectBlocking(&error))
        return CliOutput::fail(command, error.explanation);
    if (parser.isSet(json))
        CliOutput::out(QString::fromUtf8(QJsonDocument(toJson(inspector.info())).toJson(QJsonDocument::Compact))
                       + QLatin1Char('\n'));
    else
        CliOutput::out(toText(inspector.info()));
    return 0;
}

} // namespace shardscope
