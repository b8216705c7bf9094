#include "CitusNaming.h"

#include <QRegularExpression>
#include <QStringList>

namespace shardscope {

std::optional<CitusNaming::Endpoint> CitusNaming::endpointFromConnInfo(const QString &connInfo)
{
    QString host;
    QString port;
    QString database;
    const auto words = connInfo.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto &word : words) {
        const int eq = word.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const auto key = word.left(eq);
        const auto value = word.mid(eq + 1);
        if (key == QLatin1String("host"))
            host = value;
        else if (key == QLatin1String("port"))
            port = value;
        else if (key == QLatin1String("dbname"))
            database = value;
    }
    bool isNumber = false;
    const int portNumber = port.toInt(&isNumber);
    if (host.isEmpty() || !isNumber || portNumber <= 0 || portNumber > 65535)
        return std::nullopt;
    return Endpoint{NodeAddress{host, portNumber}, database};
}

std::optional<CitusNaming::ShardName> CitusNaming::splitShardName(const QString &relation)
{
    const int underscore = relation.lastIndexOf(QLatin1Char('_'));
    if (underscore <= 0 || underscore + 1 >= relation.size())
        return std::nullopt;
    bool ok = false;
    const qint64 id = relation.mid(underscore + 1).toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return ShardName{relation.left(underscore), id};
}

std::optional<qint64> CitusNaming::shardIdInQuery(const QString &query)
{
    static const QRegularExpression shardRelation(
        QStringLiteral(R"((?:FROM|JOIN|INTO|UPDATE)\s+(?:[A-Za-z_][A-Za-z0-9_$]*\.)?[A-Za-z_][A-Za-z0-9_$]*_(\d+)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // Digits past what a shard id (a bigint) holds make no shard id: the next relation may.
    auto matches = shardRelation.globalMatch(query);
    while (matches.hasNext()) {
        bool ok = false;
        const qint64 id = matches.next().captured(1).toLongLong(&ok);
        if (ok)
            return id;
    }
    return std::nullopt;
}

std::optional<qint64> CitusNaming::bytes(const QString &text)
{
    const auto parts = text.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = parts.first().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = parts.size() > 1 ? parts.at(1).toLower() : QStringLiteral("bytes");
    double factor = 1;
    if (unit == QLatin1String("kb"))
        factor = 1024.0;
    else if (unit == QLatin1String("mb"))
        factor = 1024.0 * 1024.0;
    else if (unit == QLatin1String("gb"))
        factor = 1024.0 * 1024.0 * 1024.0;
    else if (unit == QLatin1String("tb"))
        factor = 1024.0 * 1024.0 * 1024.0 * 1024.0;
    // A size no qint64 holds (or no size at all: negative, "inf", "nan") is bad input, kept
    // only as the text the server sent; converting it would be undefined behaviour.
    const double bytes = value * factor;
    constexpr double limit = 9223372036854775808.0; // 2^63, exact in a double
    if (!(bytes >= 0 && bytes < limit))
        return std::nullopt;
    return qint64(bytes);
}

} // namespace shardscope
