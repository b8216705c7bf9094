#include "WorkerRegistration.h"

namespace shardscope {

QList<SqlScript::Statement> WorkerRegistration::statements(int coordinatorPort, const QList<int> &workerPorts)
{
    QList<SqlScript::Statement> statements;
    statements.append({QStringLiteral("SELECT citus_set_coordinator_host('127.0.0.1', $1::int) "
                                      "WHERE NOT EXISTS (SELECT FROM pg_dist_node WHERE groupid = 0)"),
                       {coordinatorPort}});
    for (const int port : workerPorts) {
        statements.append({QStringLiteral("SELECT citus_add_node('127.0.0.1', $1::int) "
                                          "WHERE NOT EXISTS (SELECT FROM pg_dist_node "
                                          "WHERE nodename = '127.0.0.1' AND nodeport = $1::int)"),
                           {port}});
    }
    return statements;
}

} // namespace shardscope
