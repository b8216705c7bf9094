#include "ShardsCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "PgConnection.h"
#include "ShardMapReader.h"
#include "ShardMapText.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace shardscope {

QString ShardsCommand::tableForValue(const ShardMap &map, const QString &given, QString *why)
{
    if (!given.isEmpty())
        return map.tables.value(0).name; // read() kept that table alone
    QStringList distributed;
    for (const ShardMapTable &table : map.tables) {
        if (table.isHashDistributed())
            distributed << table.name;
    }
    if (distributed.size() == 1)
        return distributed.first();
    *why = distributed.isEmpty() ? tr("--value needs a distributed table, and there is none")
                                 : tr("--value needs --table: there are %n distributed tables (%1)", nullptr,
                                      int(distributed.size()))
                                       .arg(distributed.join(QStringLiteral(", ")));
    return {};
}

int ShardsCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(parser, tr("Show the shard map of a Citus cluster: each shard's hash range, the "
                                              "workers holding it and its rows, and where a value goes."));
    const QCommandLineOption dsn = CliConnection::dsnOption();
    const QCommandLineOption table(QStringLiteral("table"), tr("Only this table."), tr("TABLE"));
    const QCommandLineOption value(QStringLiteral("value"),
                                   tr("A value of the distribution column: show its hash, shard and worker."),
                                   tr("VALUE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({dsn, table, value, json});
    if (const auto done = SubcommandArguments::parse(parser, command, arguments))
        return *done;

    const ConnectionProfile profile = CliConnection::profile(parser.value(dsn));
    PgConnection connection;
    if (!CliConnection::open(connection, profile, command))
        return CliOutput::failureStatus;
    ShardMapReader reader(&connection);
    ErrorDiagnosis error;
    if (!reader.readBlocking(parser.value(table), true, &error))
        return CliOutput::fail(command, error.explanation);

    std::optional<ValueLocation> location;
    QString locationTable;
    if (parser.isSet(value)) {
        QString why;
        locationTable = tableForValue(reader.map(), parser.value(table), &why);
        if (locationTable.isEmpty())
            return CliOutput::fail(command, why);
        if (!reader.locateBlocking(locationTable, {parser.value(value)}, &error))
            return CliOutput::fail(command, error.explanation);
        location = reader.locations().value(0);
    }
    if (parser.isSet(json))
        CliOutput::out(QString::fromUtf8(QJsonDocument(ShardMapText::toJson(reader.map(), location, locationTable))
                                             .toJson(QJsonDocument::Compact))
                       + QLatin1Char('\n'));
    else
        CliOutput::out(ShardMapText::toText(reader.map(), location, locationTable));
    return 0;
}

} // namespace shardscope
