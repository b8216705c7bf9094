#include "CitusValueText.h"

#include <QLocale>
#include <QRegularExpression>

namespace shardscope {

// As Citus 13.2 words them (multi_explain.c).
QString CitusValueText::tasksShown(const QString &raw)
{
    if (raw == QLatin1String("All"))
        return tr("all");
    if (raw == QLatin1String("None, not supported for re-partition queries"))
        return tr("none (re-partition)");
    static const QRegularExpression oneOf(QStringLiteral("^One of (\\d+)$"));
    if (const QRegularExpressionMatch match = oneOf.match(raw); match.hasMatch())
        return tr("one of %1").arg(QLocale().toString(match.captured(1).toInt()));
    return raw;
}

QString CitusValueText::resultDestination(const QString &raw)
{
    if (raw == QLatin1String("Write locally"))
        return tr("written locally");
    static const QRegularExpression sendTo(QStringLiteral("^Send to (\\d+) nodes?(, write locally)?$"));
    const QRegularExpressionMatch match = sendTo.match(raw);
    if (!match.hasMatch())
        return raw;
    const int nodes = match.captured(1).toInt();
    return match.capturedLength(2) > 0 ? tr("sent to %n node(s) and written locally", nullptr, nodes)
                                       : tr("sent to %n node(s)", nullptr, nodes);
}

} // namespace shardscope
