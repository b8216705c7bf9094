#pragma once

#include "SqlScript.h"

#include <QList>

namespace shardscope {

// What registers the workers of a local cluster with its coordinator, all on 127.0.0.1.
// Each statement checks pg_dist_node first, so running them again adds nothing twice.
class WorkerRegistration
{
public:
    static QList<SqlScript::Statement> statements(int coordinatorPort, const QList<int> &workerPorts);
};

} // namespace shardscope
