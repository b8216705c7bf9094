#pragma once

#include <QString>
#include <QStringList>

namespace shardscope {

// How to run Docker Compose here: the v2 plugin (`docker compose`) or v1 (`docker-compose`).
struct ComposeTool {
    QString program;    // absolute path of docker or docker-compose
    QStringList prefix; // {"compose"} for the plugin, nothing for v1
    // The docker CLI, which lists what a project has in the engine; empty when there is
    // none (v1 talks to the daemon without it).
    QString docker;

    QString name() const { return prefix.isEmpty() ? QStringLiteral("docker-compose") : QStringLiteral("docker compose"); }
};

} // namespace shardscope
