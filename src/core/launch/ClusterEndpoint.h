#pragma once

#include "WorkerNode.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace shardscope {

// How to reach a running cluster: the coordinator's connection string (without the
// password, which is in the pass file it names) and the workers it has registered.
struct ClusterEndpoint {
    QString dsn;
    QString password;
    QList<WorkerNode> workers;

    // The superuser on the loopback address, with passfile= so that the string can be
    // printed and stored.
    static QString loopbackDsn(int port, const QString &passFile);
};

} // namespace shardscope

Q_DECLARE_METATYPE(shardscope::ClusterEndpoint)
