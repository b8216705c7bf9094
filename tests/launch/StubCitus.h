#pragma once

// Just enough of Citus's SQL interface, in plain SQL, for code that registers workers and
// asks the coordinator about them, so that it can be tested against a throwaway PostgreSQL
// server (TestServer) where Citus is not installed. A worker listed in
// stub_unreachable is reported as not answering.

#include "PgConnection.h"
#include "TestServer.h"

#include <QString>

namespace stubcitus {

inline const char *schema = R"sql(
CREATE TABLE pg_dist_node (nodeid serial, groupid int NOT NULL, nodename text NOT NULL, nodeport int NOT NULL);
CREATE TABLE stub_unreachable (nodename text, nodeport int);
CREATE FUNCTION citus_set_coordinator_host(host text, port int DEFAULT 5432) RETURNS void
    LANGUAGE sql AS $$ INSERT INTO pg_dist_node (groupid, nodename, nodeport) VALUES (0, host, port) $$;
CREATE FUNCTION citus_add_node(host text, port int) RETURNS int
    LANGUAGE sql AS $$ INSERT INTO pg_dist_node (groupid, nodename, nodeport)
                       SELECT coalesce(max(groupid), 0) + 1, host, port FROM pg_dist_node RETURNING nodeid $$;
CREATE FUNCTION run_command_on_workers(command text, parallel bool DEFAULT true, OUT nodename text,
                                       OUT nodeport int, OUT success bool, OUT result text) RETURNS SETOF record
    LANGUAGE sql AS $$ SELECT n.nodename, n.nodeport,
                              NOT EXISTS (SELECT FROM stub_unreachable u
                                          WHERE u.nodename = n.nodename AND u.nodeport = n.nodeport), '1'
                       FROM pg_dist_node n WHERE n.groupid <> 0 $$;
CREATE FUNCTION citus_get_active_worker_nodes(OUT node_name text, OUT node_port bigint) RETURNS SETOF record
    LANGUAGE sql AS $$ SELECT nodename, nodeport FROM pg_dist_node WHERE groupid <> 0 $$;
)sql";

inline shardscope::ConnectionProfile profile(const TestServer &server)
{
    shardscope::ConnectionProfile profile;
    profile.dsn = server.dsn();
    profile.password = server.password();
    return profile;
}

// Runs sql on the server; the error text, empty when it worked.
inline QString run(const TestServer &server, const QString &sql)
{
    shardscope::PgConnection connection;
    shardscope::PgError error;
    if (!connection.connectBlocking(profile(server), &error))
        return error.toString();
    const auto outcome = connection.runBlocking(sql);
    return outcome.ok() ? QString() : outcome.error->toString();
}

// The first column of the first row of a query's result.
inline QString value(const TestServer &server, const QString &sql)
{
    shardscope::PgConnection connection;
    if (!connection.connectBlocking(profile(server)))
        return {};
    const auto outcome = connection.runBlocking(sql);
    return outcome.ok() && !outcome.results.isEmpty() ? outcome.results.constLast().value(0, 0) : QString();
}

inline QString install(const TestServer &server)
{
    return run(server, QString::fromUtf8(schema));
}

} // namespace stubcitus
