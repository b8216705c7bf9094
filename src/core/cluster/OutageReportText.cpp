#include "OutageReportText.h"

#include "PgError.h"

#include <algorithm>
#include <limits>

namespace shardscope {

namespace {

// tr() counts in an int; no table of the tutorial comes near its end.
QString rowsText(qint64 rows)
{
    return OutageReportText::tr("%Ln row(s)", nullptr, int(std::min<qint64>(rows, std::numeric_limits<int>::max())));
}

QString shardIds(const QList<qint64> &ids)
{
    QStringList text;
    for (const qint64 id : ids)
        text << QString::number(id);
    return text.join(QStringLiteral(", "));
}

} // namespace

QString OutageReportText::workerLine(const WorkerInfo &worker)
{
    const QString listed = worker.listedActive ? tr("listed as active by Citus") : tr("not listed as active by Citus");
    QString answers;
    switch (worker.reachability()) {
    case Reachability::Reachable:
        answers = tr("answers");
        break;
    case Reachability::Unreachable:
        answers = PgError::isConnectionRefused(worker.unreachableReason) ? tr("does not answer: connection refused")
                                                    : tr("does not answer: %1").arg(worker.unreachableReason.simplified());
        break;
    case Reachability::Unknown:
        answers = tr("not checked");
        break;
    }
    return tr("%1: %2, %3").arg(worker.address.toString(), listed, answers);
}

QString OutageReportText::listedButLostNote(const OutageReport &report)
{
    QStringList lost;
    for (const WorkerInfo &worker : report.workers) {
        if (worker.listedActive && worker.reachability() == Reachability::Unreachable)
            lost << worker.address.toString();
    }
    if (lost.isEmpty())
        return {};
    return tr("Citus still lists %1 as active (citus_get_active_worker_nodes()): it does not notice by itself that "
              "a worker stopped. Only connecting to it tells, as ShardScope's own check did.")
        .arg(lost.join(QStringLiteral(", ")));
}

QString OutageReportText::userLine(const UserQuery &user)
{
    const QString where = tr("shard %1 on %2").arg(user.shardId).arg(user.worker.toString());
    if (!user.ok())
        return tr("User %1: fails (%2)").arg(user.userId).arg(where);
    return tr("User %1: %Ln row(s) (%2)", nullptr, int(user.rows.value_or(0))).arg(user.userId).arg(where);
}

QString OutageReportText::failureExplanation(const UserQuery &user)
{
    if (user.ok())
        return {};
    const ErrorDiagnosis &error = *user.error;
    if (error.problem != ErrorDiagnosis::Problem::WorkerUnreachable)
        return error.explanation.isEmpty() ? error.error.message : error.explanation;
    const NodeAddress worker = ErrorDiagnosis::workerIn(error.error.message).value_or(user.worker);
    const QString why = PgError::isConnectionRefused(error.error.message)
        ? tr("the coordinator's connection to %1 was refused: nothing listens on port %2 any more").arg(worker.toString()).arg(worker.port)
        : tr("the coordinator cannot reach %1").arg(worker.toString());
    return tr("User %1's rows are in shard %2, which only %3 holds, and %4. The query needs that shard, so it "
              "fails; the users of the other workers are served as before. The server said: %5")
        .arg(user.userId)
        .arg(user.shardId)
        .arg(user.worker.toString(), why, error.error.message.simplified());
}

QString OutageReportText::countsLine(const OutageReport &report)
{
    const int shards = int(report.table.shards.size());
    const ShardRowCounts counts = report.counts();
    const QString counted = tr("%1 of %Ln shard(s) counted", nullptr, shards).arg(counts.shards());
    const QString rows = rowsText(counts.rows());
    if (counts.shards() == shards)
        return tr("Rows of %1: %2, %3.").arg(report.table.name, counted, rows);
    QStringList lost;
    for (const NodeAddress &worker : report.unreachableWorkers())
        lost << worker.toString();
    return tr("Rows of %1: %2, %3; the shards of %4 cannot be counted while it does not answer.")
        .arg(report.table.name, counted, rows, lost.isEmpty() ? tr("a worker") : lost.join(QStringLiteral(", ")));
}

QString OutageReportText::comparisonLine(const ShardRowCounts::Comparison &comparison)
{
    if (comparison.equal())
        return tr("Row counts per shard are the same as before: %n shard(s), %1. Nothing was lost.", nullptr,
                  comparison.same)
            .arg(rowsText(comparison.rowsNow));
    QStringList parts;
    if (!comparison.changed.isEmpty())
        parts << tr("%n shard(s) hold a different number of rows (%1)", nullptr, int(comparison.changed.size()))
                     .arg(shardIds(comparison.changed));
    if (!comparison.uncounted.isEmpty())
        parts << tr("%n shard(s) cannot be counted now (%1)", nullptr, int(comparison.uncounted.size()))
                     .arg(shardIds(comparison.uncounted));
    if (!comparison.unknown.isEmpty())
        parts << tr("%n shard(s) were not counted before (%1)", nullptr, int(comparison.unknown.size()))
                     .arg(shardIds(comparison.unknown));
    if (parts.isEmpty())
        parts << tr("no shard was counted");
    return tr("Row counts per shard differ from before: %1. Before: %2; now: %3.")
        .arg(parts.join(QStringLiteral("; ")), rowsText(comparison.rowsBefore), rowsText(comparison.rowsNow));
}

QString OutageReportText::toText(const OutageReport &report, const std::optional<ShardRowCounts::Comparison> &comparison)
{
    QStringList lines;
    lines << tr("Workers:");
    for (const WorkerInfo &worker : report.workers)
        lines << QStringLiteral("  ") + workerLine(worker);
    if (const QString note = listedButLostNote(report); !note.isEmpty())
        lines << note;
    lines << tr("The tutorial's query for each user:");
    for (const UserQuery &user : report.users) {
        lines << QStringLiteral("  %1 %2").arg(user.ok() ? QStringLiteral("✓") : QStringLiteral("✗"), userLine(user));
        lines << QStringLiteral("    ") + user.statement;
        if (const QString why = failureExplanation(user); !why.isEmpty())
            lines << QStringLiteral("    ") + why;
    }
    lines << countsLine(report);
    if (comparison)
        lines << comparisonLine(*comparison);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace shardscope
