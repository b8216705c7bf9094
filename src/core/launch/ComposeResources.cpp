#include "ComposeResources.h"

namespace shardscope {

bool ComposeResources::publishes(int port) const
{
    const QString published = QStringLiteral("127.0.0.1:%1->").arg(port);
    for (const Container &container : containers) {
        if (container.ports.contains(published))
            return true;
    }
    return false;
}

QString ComposeResources::describe() const
{
    QStringList running;
    QStringList other;
    for (const Container &container : containers)
        (container.state == QLatin1String("running") ? running : other) << container.service;
    QStringList parts;
    if (!running.isEmpty())
        parts << tr("%n container(s) running (%1)", nullptr, int(running.size())).arg(running.join(QStringLiteral(", ")));
    if (!other.isEmpty())
        parts << tr("%n container(s) not running (%1)", nullptr, int(other.size())).arg(other.join(QStringLiteral(", ")));
    if (!networks.isEmpty())
        parts << tr("%n network(s)", nullptr, int(networks.size()));
    if (!volumes.isEmpty())
        parts << tr("%n volume(s)", nullptr, int(volumes.size()));
    return parts.join(QStringLiteral(", "));
}

} // namespace shardscope
