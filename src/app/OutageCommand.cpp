#include "OutageCommand.h"

#include "CliConnection.h"
#include "CliOutput.h"
#include "DemoTable.h"
#include "OutageCheck.h"
#include "OutageReportText.h"
#include "SubcommandArguments.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace shardscope {

namespace {

// "1,2" as user ids; nothing when it is not a list of positive numbers.
std::optional<QList<int>> userIds(const QString &text)
{
    QList<int> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok || id < 1)
            return std::nullopt;
        ids << id;
    }
    return ids.isEmpty() ? std::nullopt : std::optional<QList<int>>(ids);
}

} // namespace

int OutageCommand::run(const QStringList &arguments)
{
    const QString command = QLatin1String(name);
    QCommandLineParser parser;
    SubcommandArguments::describe(
        parser, tr("Show what a Citus cluster does without one of its workers (stop one with shardscope down --worker "
                   "N, start it again with shardscope up): which workers answer while Citus still lists them as "
                   "active, which users' queries fail and why, and the rows of each shard. Exit 1 when a worker "
                   "does not answer, a query fails or the counts differ from those saved."));
    const QCommandLineOption dsn = CliConnection::dsnOption();
    const QCommandLineOption table(QStringLiteral("table"), tr("The tutorial's table (default: %1).").arg(DemoTable().name),
                                   tr("TABLE"), DemoTable().name);
    const QCommandLineOption users(QStringLiteral("users"), tr("The users whose query to run, comma-separated."),
                                   tr("IDS"), QStringLiteral("1,2"));
    const QCommandLineOption save(QStringLiteral("save-counts"),
                                  tr("Write the rows of each shard to FILE, to compare them later."), tr("FILE"));
    const QCommandLineOption compare(QStringLiteral("compare-counts"),
                                     tr("Compare the rows of each shard with those saved in FILE."), tr("FILE"));
    parser.addOptions({dsn, table, users, save, compare});
    if (const auto done = SubcommandArguments::parse(parser, command, arguments))
        return *done;

    const auto ids = userIds(parser.value(users));
    if (!ids)
        return CliOutput::fail(command, tr("--users must be user ids separated by commas, not \"%1\"").arg(parser.value(users)));
    std::optional<ShardRowCounts> before;
    if (parser.isSet(compare)) {
        QFile file(parser.value(compare));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return CliOutput::fail(command, tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        before = ShardRowCounts::fromText(QString::fromUtf8(file.readAll()));
        if (!before)
            return CliOutput::fail(command, tr("%1 does not hold counts saved with --save-counts").arg(file.fileName()));
    }

    OutageCheck check;
    ErrorDiagnosis error;
    if (!check.checkBlocking(CliConnection::profile(parser.value(dsn)), parser.value(table), *ids, &error))
        return CliOutput::fail(command, error.explanation);
    const OutageReport &report = check.report();
    std::optional<ShardRowCounts::Comparison> comparison;
    if (before)
        comparison = before->compareWith(report.counts());
    CliOutput::out(OutageReportText::toText(report, comparison));

    if (parser.isSet(save)) {
        QSaveFile file(parser.value(save));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(report.counts().toText().toUtf8()) < 0
            || !file.commit())
            return CliOutput::fail(command, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        CliOutput::note(command, tr("rows of %n shard(s) saved in %1", nullptr, report.counts().shards()).arg(file.fileName()));
    }
    return report.healthy() && (!comparison || comparison->equal()) ? 0 : outageStatus;
}

} // namespace shardscope
