#include "NodeAddress.h"

#include <QDebug>

namespace shardscope {

QString NodeAddress::toString() const
{
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shownHost + QLatin1Char(':') + QString::number(port);
}

std::optional<NodeAddress> NodeAddress::parse(QStringView text)
{
    text = text.trimmed();
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return std::nullopt;
    QStringView host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty() || host.contains(QLatin1Char('[')) || host.contains(QLatin1Char(']')))
        return std::nullopt;
    return NodeAddress{host.toString(), port};
}

QDebug operator<<(QDebug debug, const NodeAddress &address)
{
    const QDebugStateSaver saver(debug);
    debug.noquote() << address.toString();
    return debug;
}

} // namespace shardscope
