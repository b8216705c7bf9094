#include "SqlLiteral.h"

#include <QRegularExpression>

namespace shardscope {

QString SqlLiteral::of(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toString();
    default:
        break;
    }
    // Standard-conforming strings (PostgreSQL's default since 9.1): only the quote doubles.
    return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QString SqlLiteral::inlined(const QString &sql, const QVariantList &params)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$(\\d+)"));
    QString text;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(sql)) {
        const int index = match.captured(1).toInt() - 1;
        if (index < 0 || index >= params.size())
            continue;
        text += QStringView(sql).mid(from, match.capturedStart() - from);
        text += of(params.at(index));
        from = match.capturedEnd();
    }
    text += QStringView(sql).mid(from);
    return text;
}

} // namespace shardscope
