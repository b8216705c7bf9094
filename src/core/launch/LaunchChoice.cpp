#include "LaunchChoice.h"

namespace shardscope {

QString LaunchChoice::name(Kind kind)
{
    switch (kind) {
    case Kind::Docker:
        return QStringLiteral("docker");
    case Kind::Local:
        return QStringLiteral("local");
    case Kind::Existing:
        break;
    }
    return QStringLiteral("existing");
}

std::optional<LaunchChoice::Kind> LaunchChoice::kindNamed(const QString &name)
{
    for (Kind kind : {Kind::Docker, Kind::Local, Kind::Existing}) {
        if (LaunchChoice::name(kind) == name)
            return kind;
    }
    return std::nullopt;
}

bool LaunchChoice::operator==(const LaunchChoice &other) const
{
    return kind == other.kind && workers == other.workers && port == other.port
        && localDirectory == other.localDirectory && composeDirectory == other.composeDirectory
        && citusRelease == other.citusRelease;
}

} // namespace shardscope
