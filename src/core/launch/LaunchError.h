#pragma once

#include <QMetaType>
#include <QString>

#include <utility>

namespace shardscope {

// Why starting, checking or stopping a cluster did not work: what kind of trouble (for the
// code deciding what to offer next), a translated explanation with what to do about it,
// and the raw output of the tools that were run, for the curious and for bug reports.
struct LaunchError {
    enum class Kind {
        Failed,                 // none of the below; the log tells
        InvalidSettings,        // worker count, port or directory out of range
        DockerMissing,          // neither `docker compose` nor `docker-compose`
        DaemonNotRunning,
        DockerPermissionDenied, // the user may not use the Docker socket
        PortInUse,
        ImagePullFailed,
        PostgresMissing,        // no initdb / pg_ctl
        CitusMissing,           // PostgreSQL without the Citus extension
        WorkersNotReady,        // the coordinator runs but workers are missing or unreachable
        Timeout,
        Cancelled,
    };

    LaunchError() = default;
    // A constructor, not an aggregate: leftovers stays out of every brace list.
    LaunchError(Kind kind, QString message, QString log = {})
        : kind(kind)
        , message(std::move(message))
        , log(std::move(log))
    {
    }

    Kind kind = Kind::Failed;
    QString message;
    QString log;
    // The one line of the tools' output that says why (the exception at the end of a
    // Python traceback, Docker's own sentence); empty when none tells.
    QString cause;
    // What a start that failed or was cancelled left in place, in words (as
    // ComposeResources::describe() says it); empty when nothing is left, or nothing can be
    // told. ClusterLauncher::cleanUp() removes it.
    QString leftovers;
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::LaunchError)
