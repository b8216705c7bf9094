#pragma once

#include <QString>

#include <optional>

namespace shardscope {

// How the cluster of a session is got: started by ShardScope with Docker Compose or as
// local PostgreSQL servers, or one that already runs elsewhere. What a start runs with.
struct LaunchChoice {
    // In the order the wizard lists them; kept in the settings by this number.
    enum class Kind { Docker, Local, Existing };

    LaunchChoice() = default;
    explicit LaunchChoice(Kind kind)
        : kind(kind)
    {
    }

    Kind kind = Kind::Docker;
    int workers = 2;
    int port = 0; // 0: the launcher's default
    QString localDirectory;   // Local: where the servers keep their data
    QString composeDirectory; // Docker: docker-compose.yml's; empty: the project shipped
    QString citusRelease;     // Docker: a CitusVersions release; empty: the default

    // Whether ShardScope starts (and may stop) the cluster itself.
    bool startsCluster() const { return kind != Kind::Existing; }

    // "docker", "local", "existing": the command line's --mode.
    static QString name(Kind kind);
    static std::optional<Kind> kindNamed(const QString &name);

    bool operator==(const LaunchChoice &other) const;
    bool operator!=(const LaunchChoice &other) const { return !(*this == other); }
};

} // namespace shardscope
