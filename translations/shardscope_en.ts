<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CitusDetector</name>
    <message>
        <source>pg_config did not say where PostgreSQL keeps its extensions.</source>
        <translation>pg_config did not say where PostgreSQL keeps its extensions.</translation>
    </message>
    <message>
        <source>Citus is not installed for %1 on this machine: %2 is missing. Install it from the Citus package repository (Debian and Ubuntu: curl https://install.citusdata.com/community/deb.sh | sudo bash, then sudo apt install %3), or build it from source (https://github.com/citusdata/citus), or start the cluster with Docker instead.</source>
        <translation>Citus is not installed for %1 on this machine: %2 is missing. Install it from the Citus package repository (Debian and Ubuntu: curl https://install.citusdata.com/community/deb.sh | sudo bash, then sudo apt install %3), or build it from source (https://github.com/citusdata/citus), or start the cluster with Docker instead.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>CitusExtensionState</name>
    <message>
        <source>Citus is not installed on this server: it is plain PostgreSQL, without workers or distributed tables. Connect to the coordinator of a Citus cluster.</source>
        <translation>Citus is not installed on this server: it is plain PostgreSQL, without workers or distributed tables. Connect to the coordinator of a Citus cluster.</translation>
    </message>
    <message>
        <source>Citus %1 is installed on this server but not loaded: put citus first in shared_preload_libraries in postgresql.conf, restart the server, then run CREATE EXTENSION citus; in database "%2".</source>
        <translation>Citus %1 is installed on this server but not loaded: put citus first in shared_preload_libraries in postgresql.conf, restart the server, then run CREATE EXTENSION citus; in database "%2".</translation>
    </message>
    <message>
        <source>Citus %1 is installed on this server but not enabled in database "%2": run CREATE EXTENSION citus; in it.</source>
        <translation>Citus %1 is installed on this server but not enabled in database "%2": run CREATE EXTENSION citus; in it.</translation>
    </message>
</context>
<context>
    <name>CitusValueText</name>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>none (re-partition)</source>
        <translation>none (re-partition)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>written locally</source>
        <translation>written locally</translation>
    </message>
    <message numerus="yes">
        <source>sent to %n node(s) and written locally</source>
        <translation>
            <numerusform>sent to %n node and written locally</numerusform>
            <numerusform>sent to %n nodes and written locally</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent to %n node(s)</source>
        <translation>
            <numerusform>sent to %n node</numerusform>
            <numerusform>sent to %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitusVersions</name>
    <message>
        <source>%1 (PostgreSQL %2)</source>
        <translation>%1 (PostgreSQL %2)</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>libpq connection string of the coordinator: "host=... port=... dbname=... user=..." or postgresql://...</source>
        <translation>libpq connection string of the coordinator: "host=... port=... dbname=... user=..." or postgresql://...</translation>
    </message>
    <message>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
</context>
<context>
    <name>ClusterCommand</name>
    <message>
        <source>reachable</source>
        <translation>reachable</translation>
    </message>
    <message>
        <source>UNREACHABLE</source>
        <translation>UNREACHABLE</translation>
    </message>
    <message>
        <source>UNREACHABLE (%1)</source>
        <translation>UNREACHABLE (%1)</translation>
    </message>
    <message>
        <source>reachability unknown</source>
        <translation>reachability unknown</translation>
    </message>
    <message>
        <source>%1 (extension %2)</source>
        <translation>%1 (extension %2)</translation>
    </message>
    <message>
        <source>Coordinator: %1 (node %2)</source>
        <translation>Coordinator: %1 (node %2)</translation>
    </message>
    <message>
        <source>Coordinator: %1 (not registered as a node)</source>
        <translation>Coordinator: %1 (not registered as a node)</translation>
    </message>
    <message>
        <source>Workers: %1 of %2 reachable</source>
        <translation>Workers: %1 of %2 reachable</translation>
    </message>
    <message>
        <source>  %1  node %2  %3  %4  %5</source>
        <translation>  %1  node %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n shard</numerusform>
            <numerusform>%n shards</numerusform>
        </translation>
    </message>
    <message>
        <source>Distributed tables: %1</source>
        <translation>Distributed tables: %1</translation>
    </message>
    <message>
        <source>  %1  %2  %3  colocation group %4</source>
        <translation>  %1  %2  %3  colocation group %4</translation>
    </message>
    <message>
        <source>Show a Citus cluster: version, coordinator, workers and whether each one really answers, distributed tables.</source>
        <translation>Show a Citus cluster: version, coordinator, workers and whether each one really answers, distributed tables.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command</source>
        <translation>unknown command</translation>
    </message>
</context>
<context>
    <name>ComposeEnvFile</name>
    <message>
        <source>cannot create the directory of %1</source>
        <translation>cannot create the directory of %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ComposeOutputClassifier</name>
    <message>
        <source>You may not use Docker: permission denied on its socket (/var/run/docker.sock). Add yourself to the docker group (sudo usermod -aG docker $USER, then log out and in again) or use rootless Docker.</source>
        <translation>You may not use Docker: permission denied on its socket (/var/run/docker.sock). Add yourself to the docker group (sudo usermod -aG docker $USER, then log out and in again) or use rootless Docker.</translation>
    </message>
    <message>
        <source>The Docker daemon is not running. Start it (sudo systemctl start docker, or open Docker Desktop) and try again.</source>
        <translation>The Docker daemon is not running. Start it (sudo systemctl start docker, or open Docker Desktop) and try again.</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use, perhaps by another PostgreSQL server or container. Stop what uses it or choose another port for the coordinator.</source>
        <translation>Port %1 on 127.0.0.1 is already in use, perhaps by another PostgreSQL server or container. Stop what uses it or choose another port for the coordinator.</translation>
    </message>
    <message>
        <source>The Citus image could not be downloaded. Check the network connection, the image name and tag (CITUS_IMAGE in .env) and Docker Hub's download limits.</source>
        <translation>The Citus image could not be downloaded. Check the network connection, the image name and tag (CITUS_IMAGE in .env) and Docker Hub's download limits.</translation>
    </message>
    <message>
        <source>Docker Compose was stopped by a signal.</source>
        <translation>Docker Compose was stopped by a signal.</translation>
    </message>
    <message>
        <source>Docker Compose failed with exit status %1.</source>
        <translation>Docker Compose failed with exit status %1.</translation>
    </message>
    <message>
        <source>Docker Compose failed with exit status %1: %2</source>
        <translation>Docker Compose failed with exit status %1: %2</translation>
    </message>
</context>
<context>
    <name>ComposeProgress</name>
    <message>
        <source>Creating %1</source>
        <translation>Creating %1</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Starting %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept connections</source>
        <translation>Waiting for %1 to accept connections</translation>
    </message>
    <message>
        <source>Downloading the Citus image (the first time takes a few minutes)</source>
        <translation>Downloading the Citus image (the first time takes a few minutes)</translation>
    </message>
    <message>
        <source>Registering the workers with the coordinator</source>
        <translation>Registering the workers with the coordinator</translation>
    </message>
    <message>
        <source>Cluster ready</source>
        <translation>Cluster ready</translation>
    </message>
    <message>
        <source>%1 accepts connections</source>
        <translation>%1 accepts connections</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 started</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 created</translation>
    </message>
    <message>
        <source>the worker registration</source>
        <translation>the worker registration</translation>
    </message>
</context>
<context>
    <name>ComposeResources</name>
    <message numerus="yes">
        <source>%n container(s) running (%1)</source>
        <translation>
            <numerusform>%n container running (%1)</numerusform>
            <numerusform>%n containers running (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) not running (%1)</source>
        <translation>
            <numerusform>%n container not running (%1)</numerusform>
            <numerusform>%n containers not running (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>invalid connection string: %1</source>
        <translation>invalid connection string: %1</translation>
    </message>
</context>
<context>
    <name>DownCommand</name>
    <message>
        <source>Stop the Citus cluster.</source>
        <translation>Stop the Citus cluster.</translation>
    </message>
    <message>
        <source>Also delete the cluster's data.</source>
        <translation>Also delete the cluster's data.</translation>
    </message>
    <message>
        <source>Stop only this worker (1 to 8), keeping its data, to see what the cluster does without it; shardscope up starts it again.</source>
        <translation>Stop only this worker (1 to 8), keeping its data, to see what the cluster does without it; shardscope up starts it again.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--worker must be a worker's number, not "%1"</source>
        <translation>--worker must be a worker's number, not "%1"</translation>
    </message>
    <message>
        <source>--volumes deletes the whole cluster's data: not with --worker</source>
        <translation>--volumes deletes the whole cluster's data: not with --worker</translation>
    </message>
</context>
<context>
    <name>ErrorDiagnosis</name>
    <message>
        <source>This database has no Citus: %1. Either Citus is not installed on this server, or CREATE EXTENSION citus was not run in this database. Connect to the coordinator of a Citus cluster.</source>
        <translation>This database has no Citus: %1. Either Citus is not installed on this server, or CREATE EXTENSION citus was not run in this database. Connect to the coordinator of a Citus cluster.</translation>
    </message>
    <message>
        <source>Citus is installed on this server but not enabled in this database: run CREATE EXTENSION citus; in it.</source>
        <translation>Citus is installed on this server but not enabled in this database: run CREATE EXTENSION citus; in it.</translation>
    </message>
    <message>
        <source>Citus is installed, but the server did not load it at startup: put citus first in shared_preload_libraries in postgresql.conf, restart the server, then run CREATE EXTENSION citus;.</source>
        <translation>Citus is installed, but the server did not load it at startup: put citus first in shared_preload_libraries in postgresql.conf, restart the server, then run CREATE EXTENSION citus;.</translation>
    </message>
    <message>
        <source>No worker node is registered with the coordinator: add each one with SELECT citus_add_node('host', port);.</source>
        <translation>No worker node is registered with the coordinator: add each one with SELECT citus_add_node('host', port);.</translation>
    </message>
    <message>
        <source>The worker %1 does not answer: queries that need one of its shards fail until it is back. Citus still lists it as an active node, since it does not notice by itself. The server said: %2</source>
        <translation>The worker %1 does not answer: queries that need one of its shards fail until it is back. Citus still lists it as an active node, since it does not notice by itself. The server said: %2</translation>
    </message>
    <message>
        <source>The table "%1" does not exist: create it first, or check its name.</source>
        <translation>The table "%1" does not exist: create it first, or check its name.</translation>
    </message>
    <message>
        <source>The table "%1" cannot be distributed: its primary key (or a unique constraint) does not include the distribution column. Each worker can only check uniqueness within its own shards, so every primary key and unique constraint must contain the distribution column: the tutorial declares PRIMARY KEY (user_id, log_id) for this reason.</source>
        <translation>The table "%1" cannot be distributed: its primary key (or a unique constraint) does not include the distribution column. Each worker can only check uniqueness within its own shards, so every primary key and unique constraint must contain the distribution column: the tutorial declares PRIMARY KEY (user_id, log_id) for this reason.</translation>
    </message>
    <message>
        <source>The table "%1" is already distributed: create_distributed_table runs once per table. To start over, reset the demo, which drops the table.</source>
        <translation>The table "%1" is already distributed: create_distributed_table runs once per table. To start over, reset the demo, which drops the table.</translation>
    </message>
    <message>
        <source>The table "%2" has no column "%1": the distribution column must be one of its columns, spelled exactly as it was created.</source>
        <translation>The table "%2" has no column "%1": the distribution column must be one of its columns, spelled exactly as it was created.</translation>
    </message>
    <message>
        <source>Citus cannot run EXPLAIN ANALYZE for this statement ("%1"), so only its plan is shown: estimates, without actual rows or times.</source>
        <translation>Citus cannot run EXPLAIN ANALYZE for this statement ("%1"), so only its plan is shown: estimates, without actual rows or times.</translation>
    </message>
    <message>
        <source>Citus cannot run this join: the distributed tables are not all joined on their distribution columns with the same type. Join on the distribution column, or enable repartition joins (SET citus.enable_repartition_joins = on) with columns of equal types.</source>
        <translation>Citus cannot run this join: the distributed tables are not all joined on their distribution columns with the same type. Join on the distribution column, or enable repartition joins (SET citus.enable_repartition_joins = on) with columns of equal types.</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>The connection to the server was lost: %1</translation>
    </message>
    <message>
        <source>The statement was cancelled.</source>
        <translation>The statement was cancelled.</translation>
    </message>
    <message>
        <source>The statement took too long and was cancelled: %1</source>
        <translation>The statement took too long and was cancelled: %1</translation>
    </message>
    <message>
        <source>Citus cannot move the shards of the table "%1" while it stays writable: it has neither a primary key nor a REPLICA IDENTITY, which logical replication needs to copy updates and deletes. Move the shards with writes blocked while each one is copied (shard_transfer_mode =&gt; 'block_writes'), or give the table a primary key (or ALTER TABLE ... REPLICA IDENTITY FULL).</source>
        <translation>Citus cannot move the shards of the table "%1" while it stays writable: it has neither a primary key nor a REPLICA IDENTITY, which logical replication needs to copy updates and deletes. Move the shards with writes blocked while each one is copied (shard_transfer_mode =&gt; 'block_writes'), or give the table a primary key (or ALTER TABLE ... REPLICA IDENTITY FULL).</translation>
    </message>
    <message>
        <source>Citus cannot move shards while they stay writable here: that uses logical replication, and the worker %1 runs with a wal_level lower than logical. Move the shards with writes blocked while each one is copied (shard_transfer_mode =&gt; 'block_writes'), or set wal_level = logical on every worker and restart them.</source>
        <translation>Citus cannot move shards while they stay writable here: that uses logical replication, and the worker %1 runs with a wal_level lower than logical. Move the shards with writes blocked while each one is copied (shard_transfer_mode =&gt; 'block_writes'), or set wal_level = logical on every worker and restart them.</translation>
    </message>
</context>
<context>
    <name>ExamplePlans</name>
    <message>
        <source>Router query: user 1</source>
        <translation>Router query: user 1</translation>
    </message>
    <message>
        <source>One user's rows live in one shard: the coordinator sends a single task to one worker.</source>
        <translation>One user's rows live in one shard: the coordinator sends a single task to one worker.</translation>
    </message>
    <message>
        <source>Router query: user 2</source>
        <translation>Router query: user 2</translation>
    </message>
    <message>
        <source>The same query for another user goes to another shard, here on the other worker.</source>
        <translation>The same query for another user goes to another shard, here on the other worker.</translation>
    </message>
    <message>
        <source>Count over every shard</source>
        <translation>Count over every shard</translation>
    </message>
    <message>
        <source>count(*) runs as one task per shard on every worker; the coordinator adds up the results.</source>
        <translation>count(*) runs as one task per shard on every worker; the coordinator adds up the results.</translation>
    </message>
    <message>
        <source>Subplan of a CTE</source>
        <translation>Subplan of a CTE</translation>
    </message>
    <message>
        <source>The CTE runs first as a subplan; its result is sent to the workers for the main query.</source>
        <translation>The CTE runs first as a subplan; its result is sent to the workers for the main query.</translation>
    </message>
    <message>
        <source>Repartition join</source>
        <translation>Repartition join</translation>
    </message>
    <message>
        <source>Joined on columns that are not the distribution column: both tables are reshuffled between workers first.</source>
        <translation>Joined on columns that are not the distribution column: both tables are reshuffled between workers first.</translation>
    </message>
    <message>
        <source>INSERT … SELECT within each shard</source>
        <translation>INSERT … SELECT within each shard</translation>
    </message>
    <message>
        <source>Source and target are co-located: every shard copies its own rows, nothing goes through the coordinator.</source>
        <translation>Source and target are co-located: every shard copies its own rows, nothing goes through the coordinator.</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unknown image format: use .png, .svg or .pdf</source>
        <translation>%1: unknown image format: use .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>Run EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) on a server and summarise the plan. A statement that changes data runs inside a transaction that is rolled back.</source>
        <translation>Run EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) on a server and summarise the plan. A statement that changes data runs inside a transaction that is rolled back.</translation>
    </message>
    <message>
        <source>Write the server's EXPLAIN output, as received, here.</source>
        <translation>Write the server's EXPLAIN output, as received, here.</translation>
    </message>
    <message>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <source>Draw the plan into this image; its extension (.png, .svg, .pdf) picks the format.</source>
        <translation>Draw the plan into this image; its extension (.png, .svg, .pdf) picks the format.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Show one task per job (citus.explain_all_tasks off) instead of all.</source>
        <translation>Show one task per job (citus.explain_all_tasks off) instead of all.</translation>
    </message>
    <message>
        <source>The statement, or - to read it from standard input.</source>
        <translation>The statement, or - to read it from standard input.</translation>
    </message>
    <message>
        <source>expected the statement to explain</source>
        <translation>expected the statement to explain</translation>
    </message>
    <message>
        <source>unknown image format: use .png, .svg or .pdf</source>
        <translation>unknown image format: use .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>ExplainOutput</name>
    <message>
        <source>Plan %1 of %2</source>
        <translation>Plan %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n server message(s)</source>
        <translation>
            <numerusform>%n server message</numerusform>
            <numerusform>%n server messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) that are not plan: %1.</source>
        <translation>
            <numerusform>Skipped %n line that is not plan: %1.</numerusform>
            <numerusform>Skipped %n lines that are not plan: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message>
        <source>The tutorial's queries:</source>
        <translation>The tutorial's queries:</translation>
    </message>
    <message>
        <source>User &amp;1</source>
        <translation>User &amp;1</translation>
    </message>
    <message>
        <source>Put the query for user 1 in the editor</source>
        <translation>Put the query for user 1 in the editor</translation>
    </message>
    <message>
        <source>User &amp;2</source>
        <translation>User &amp;2</translation>
    </message>
    <message>
        <source>Put the query for user 2 in the editor</source>
        <translation>Put the query for user 2 in the editor</translation>
    </message>
    <message>
        <source>Show &amp;every task (citus.explain_all_tasks)</source>
        <translation>Show &amp;every task (citus.explain_all_tasks)</translation>
    </message>
    <message>
        <source>On: every task Citus sends appears in the plan, so every worker involved shows. Off: Citus shows one task per job.</source>
        <translation>On: every task Citus sends appears in the plan, so every worker involved shows. Off: Citus shows one task per job.</translation>
    </message>
    <message>
        <source>Statement to explain</source>
        <translation>Statement to explain</translation>
    </message>
    <message>
        <source>A single SQL statement, without EXPLAIN</source>
        <translation>A single SQL statement, without EXPLAIN</translation>
    </message>
    <message>
        <source>This statement changes data. EXPLAIN ANALYZE really runs it, so ShardScope wraps it in BEGIN … ROLLBACK: the data stays as it was.</source>
        <translation>This statement changes data. EXPLAIN ANALYZE really runs it, so ShardScope wraps it in BEGIN … ROLLBACK: the data stays as it was.</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
</context>
<context>
    <name>GhostTasksItem</name>
    <message numerus="yes">
        <source>Citus ran %n task(s) for this job; EXPLAIN shows %1 (citus.explain_all_tasks is off). The faint frames stand for the others: their shards and workers come from the shard map.</source>
        <translation>
            <numerusform>Citus ran %n task for this job; EXPLAIN shows %1 (citus.explain_all_tasks is off). The faint frames stand for the others: their shards and workers come from the shard map.</numerusform>
            <numerusform>Citus ran %n tasks for this job; EXPLAIN shows %1 (citus.explain_all_tasks is off). The faint frames stand for the others: their shards and workers come from the shard map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citus ran %n task(s) for this job; EXPLAIN shows %1 (citus.explain_all_tasks is off). The faint frames stand for the others; the shard map of the cluster the plan ran on names their shards and workers.</source>
        <translation>
            <numerusform>Citus ran %n task for this job; EXPLAIN shows %1 (citus.explain_all_tasks is off). The faint frames stand for the others; the shard map of the cluster the plan ran on names their shards and workers.</numerusform>
            <numerusform>Citus ran %n tasks for this job; EXPLAIN shows %1 (citus.explain_all_tasks is off). The faint frames stand for the others; the shard map of the cluster the plan ran on names their shards and workers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every task</source>
        <translation>Show every task</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) not shown</source>
        <translation>
            <numerusform>%n task not shown</numerusform>
            <numerusform>%n tasks not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Task · shard %1</source>
        <translation>Task · shard %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>The PostgreSQL server with Citus that you connect to. It keeps the metadata (which shard is on which worker), plans each query and sends its pieces to the workers.</source>
        <translation>The PostgreSQL server with Citus that you connect to. It keeps the metadata (which shard is on which worker), plans each query and sends its pieces to the workers.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>A PostgreSQL server with Citus that stores shards and runs the pieces of queries the coordinator sends it.</source>
        <translation>A PostgreSQL server with Citus that stores shards and runs the pieces of queries the coordinator sends it.</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>A piece of a distributed table: an ordinary table on a worker (named like users_102008) holding the rows whose distribution column hashes into its range.</source>
        <translation>A piece of a distributed table: an ordinary table on a worker (named like users_102008) holding the rows whose distribution column hashes into its range.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Where a shard lives: the worker that holds a copy of it. A reference table's shard has a placement on every node.</source>
        <translation>Where a shard lives: the worker that holds a copy of it. A reference table's shard has a placement on every node.</translation>
    </message>
    <message>
        <source>Distribution column</source>
        <translation>Distribution column</translation>
    </message>
    <message>
        <source>The column whose value decides a row's shard (create_distributed_table's second argument). Queries that filter on it go to one shard.</source>
        <translation>The column whose value decides a row's shard (create_distributed_table's second argument). Queries that filter on it go to one shard.</translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation>Colocation</translation>
    </message>
    <message>
        <source>Tables distributed on columns of the same type keep the rows of the same value in shards on the same worker, so joins and foreign keys between them stay on one node.</source>
        <translation>Tables distributed on columns of the same type keep the rows of the same value in shards on the same worker, so joins and foreign keys between them stay on one node.</translation>
    </message>
    <message>
        <source>Reference table</source>
        <translation>Reference table</translation>
    </message>
    <message>
        <source>A small table copied whole to every node, so any shard can join with it locally.</source>
        <translation>A small table copied whole to every node, so any shard can join with it locally.</translation>
    </message>
    <message>
        <source>Router query</source>
        <translation>Router query</translation>
    </message>
    <message>
        <source>A query that needs one shard only (it filters on one value of the distribution column): the coordinator sends it whole to the worker that holds that shard.</source>
        <translation>A query that needs one shard only (it filters on one value of the distribution column): the coordinator sends it whole to the worker that holds that shard.</translation>
    </message>
    <message>
        <source>Multi-shard query</source>
        <translation>Multi-shard query</translation>
    </message>
    <message>
        <source>A query that needs many shards: it runs as one task per shard on the workers, in parallel, and the coordinator merges their results.</source>
        <translation>A query that needs many shards: it runs as one task per shard on the workers, in parallel, and the coordinator merges their results.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>The piece of a distributed query that runs on one shard, on the worker holding it. EXPLAIN shows its plan; Task Count says how many there were.</source>
        <translation>The piece of a distributed query that runs on one shard, on the worker holding it. EXPLAIN shows its plan; Task Count says how many there were.</translation>
    </message>
    <message>
        <source>Subplan</source>
        <translation>Subplan</translation>
    </message>
    <message>
        <source>A subquery or CTE that Citus runs first on its own; its result goes to the workers as an intermediate result for the rest of the query.</source>
        <translation>A subquery or CTE that Citus runs first on its own; its result goes to the workers as an intermediate result for the rest of the query.</translation>
    </message>
    <message>
        <source>Repartition</source>
        <translation>Repartition</translation>
    </message>
    <message>
        <source>For a join that is not on the distribution columns, Citus moves the rows between workers by the join column first, then joins them where they meet.</source>
        <translation>For a join that is not on the distribution columns, Citus moves the rows between workers by the join column first, then joins them where they meet.</translation>
    </message>
    <message>
        <source>Rebalance</source>
        <translation>Rebalance</translation>
    </message>
    <message>
        <source>Moving shards between workers so each holds a fair share, for example after adding a worker (citus_rebalance_start).</source>
        <translation>Moving shards between workers so each holds a fair share, for example after adding a worker (citus_rebalance_start).</translation>
    </message>
</context>
<context>
    <name>InsertDataPage</name>
    <message>
        <source>The tutorial's five rows, for users 1, 2 and 3. Each goes in only if it is not there yet, so running this step again adds nothing twice.</source>
        <translation>The tutorial's five rows, for users 1, 2 and 3. Each goes in only if it is not there yet, so running this step again adds nothing twice.</translation>
    </message>
    <message>
        <source>Also load &amp;bulk rows with COPY</source>
        <translation>Also load &amp;bulk rows with COPY</translation>
    </message>
    <message>
        <source>Bulk load</source>
        <translation>Bulk load</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <source>Bulk rows</source>
        <translation>Bulk rows</translation>
    </message>
    <message>
        <source>spread over &amp;users:</source>
        <translation>spread over &amp;users:</translation>
    </message>
    <message>
        <source>Bulk users</source>
        <translation>Bulk users</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Summarise an EXPLAIN plan (JSON, TEXT, YAML or XML).</source>
        <translation>Summarise an EXPLAIN plan (JSON, TEXT, YAML or XML).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Plan file, or - for standard input.</source>
        <translation>Plan file, or - for standard input.</translation>
    </message>
    <message>
        <source>expected one plan file</source>
        <translation>expected one plan file</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>JsonPlanParser</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>the document is empty</translation>
    </message>
    <message>
        <source>more text follows the end of the JSON document</source>
        <translation>more text follows the end of the JSON document</translation>
    </message>
    <message>
        <source>not a JSON value here</source>
        <translation>not a JSON value here</translation>
    </message>
    <message>
        <source>a name in quotes is missing in an object</source>
        <translation>a name in quotes is missing in an object</translation>
    </message>
    <message>
        <source>a colon is missing after a name in an object</source>
        <translation>a colon is missing after a name in an object</translation>
    </message>
    <message>
        <source>a comma or '}' is missing after a member of an object</source>
        <translation>a comma or '}' is missing after a member of an object</translation>
    </message>
    <message>
        <source>a comma or ']' is missing after an element of an array</source>
        <translation>a comma or ']' is missing after an element of an array</translation>
    </message>
    <message>
        <source>a wrong hexadecimal digit after \u in a string</source>
        <translation>a wrong hexadecimal digit after \u in a string</translation>
    </message>
    <message>
        <source>an invalid surrogate pair in a string</source>
        <translation>an invalid surrogate pair in a string</translation>
    </message>
    <message>
        <source>an invalid escape character in a string</source>
        <translation>an invalid escape character in a string</translation>
    </message>
    <message>
        <source>a string has no closing quotation mark</source>
        <translation>a string has no closing quotation mark</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>a string is not valid UTF-8</translation>
    </message>
    <message>
        <source>a number too large</source>
        <translation>a number too large</translation>
    </message>
    <message>
        <source>a number has no digits after its decimal point</source>
        <translation>a number has no digits after its decimal point</translation>
    </message>
    <message>
        <source>a number has no digits in its exponent</source>
        <translation>a number has no digits in its exponent</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>a syntax error</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message>
        <source>The desktop keychain holds no password for this connection.</source>
        <translation>The desktop keychain holds no password for this connection.</translation>
    </message>
    <message>
        <source>No desktop keychain is available (%1), so passwords cannot be remembered or looked up: start GNOME Keyring, KWallet or another Secret Service in your desktop session.</source>
        <translation>No desktop keychain is available (%1), so passwords cannot be remembered or looked up: start GNOME Keyring, KWallet or another Secret Service in your desktop session.</translation>
    </message>
    <message>
        <source>The desktop keychain failed: %1</source>
        <translation>The desktop keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>KeyringPresence</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>there is no D-Bus session bus</translation>
    </message>
    <message>
        <source>nothing on the D-Bus session bus offers the Secret Service or KWallet</source>
        <translation>nothing on the D-Bus session bus offers the Secret Service or KWallet</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>Language of the texts: es or en (default: the system's).</source>
        <translation>Language of the texts: es or en (default: the system's).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>unknown language "%1": use es or en</source>
        <translation>unknown language "%1": use es or en</translation>
    </message>
</context>
<context>
    <name>LaunchSession</name>
    <message>
        <source>docker (the default) or local (PostgreSQL servers of this machine).</source>
        <translation>docker (the default) or local (PostgreSQL servers of this machine).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Directory of the local servers (--mode local).</source>
        <translation>Directory of the local servers (--mode local).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Directory of docker-compose.yml and its .env (--mode docker).</source>
        <translation>Directory of docker-compose.yml and its .env (--mode docker).</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Give up after this many seconds.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Show the output of docker, initdb and pg_ctl as it comes.</source>
        <translation>Show the output of docker, initdb and pg_ctl as it comes.</translation>
    </message>
    <message>
        <source>--data-dir is for --mode local</source>
        <translation>--data-dir is for --mode local</translation>
    </message>
    <message>
        <source>--mode local needs --data-dir DIR, the directory for the servers' data</source>
        <translation>--mode local needs --data-dir DIR, the directory for the servers' data</translation>
    </message>
    <message>
        <source>--compose-dir is for --mode docker</source>
        <translation>--compose-dir is for --mode docker</translation>
    </message>
    <message>
        <source>--mode must be docker or local, not "%1"</source>
        <translation>--mode must be docker or local, not "%1"</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, from 1 to 86400</source>
        <translation>--timeout must be a number of seconds, from 1 to 86400</translation>
    </message>
    <message>
        <source>Still in Docker: %1. `shardscope down` removes them (with --volumes, their data too); `shardscope up` again uses them.</source>
        <translation>Still in Docker: %1. `shardscope down` removes them (with --volumes, their data too); `shardscope up` again uses them.</translation>
    </message>
    <message>
        <source>  (--verbose shows the output of the tools)</source>
        <translation>  (--verbose shows the output of the tools)</translation>
    </message>
    <message>
        <source>--citus-version must be one of %1, not "%2"</source>
        <translation>--citus-version must be one of %1, not "%2"</translation>
    </message>
    <message>
        <source>--citus-version is for --mode docker: local servers run the Citus installed here</source>
        <translation>--citus-version is for --mode docker: local servers run the Citus installed here</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <source>Where each part ran</source>
        <translation>Where each part ran</translation>
    </message>
</context>
<context>
    <name>LocalClusterDirectory</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
</context>
<context>
    <name>Milliseconds</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>NodeCardText</name>
    <message>
        <source>using %1</source>
        <translation>using %1</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>never executed</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>rows: %1</translation>
    </message>
    <message>
        <source> · est. %1</source>
        <translation> · est. %1</translation>
    </message>
    <message>
        <source>rows: est. %1</source>
        <translation>rows: est. %1</translation>
    </message>
    <message>
        <source>self %1 · total %2</source>
        <translation>self %1 · total %2</translation>
    </message>
    <message>
        <source>cost %1 … %2</source>
        <translation>cost %1 … %2</translation>
    </message>
    <message>
        <source>loops: %1</source>
        <translation>loops: %1</translation>
    </message>
    <message>
        <source>ran in %1</source>
        <translation>ran in %1</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>tasks: %1</translation>
    </message>
    <message>
        <source> · shown: %1</source>
        <translation> · shown: %1</translation>
    </message>
    <message>
        <source>%1 intermediate result</source>
        <translation>%1 intermediate result</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>took %1</translation>
    </message>
    <message>
        <source>%1 map → %2 merge tasks</source>
        <translation>%1 map → %2 merge tasks</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>shard %1</translation>
    </message>
    <message>
        <source> · fixed est. %1</source>
        <translation> · fixed est. %1</translation>
    </message>
    <message>
        <source>kept in memory, at most %1</source>
        <translation>kept in memory, at most %1</translation>
    </message>
    <message>
        <source>spilled to disk, at most %1</source>
        <translation>spilled to disk, at most %1</translation>
    </message>
    <message>
        <source>storage: %1, at most %2</source>
        <translation>storage: %1, at most %2</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>window %1</translation>
    </message>
    <message>
        <source>WAL: %1 records</source>
        <translation>WAL: %1 records</translation>
    </message>
    <message>
        <source>disabled by a planner setting</source>
        <translation>disabled by a planner setting</translation>
    </message>
    <message>
        <source>index searches: %1</source>
        <translation>index searches: %1</translation>
    </message>
</context>
<context>
    <name>NodeColoring</name>
    <message>
        <source>Time in the node itself</source>
        <translation>Time in the node itself</translation>
    </message>
    <message>
        <source>Rows: planner's estimate against actual</source>
        <translation>Rows: planner's estimate against actual</translation>
    </message>
    <message>
        <source>%1 too high</source>
        <translation>%1 too high</translation>
    </message>
    <message>
        <source>%1 too low</source>
        <translation>%1 too low</translation>
    </message>
</context>
<context>
    <name>NodeFigures</name>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>never: the executor did not need this part</source>
        <translation>never: the executor did not need this part</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>%1 to first row, %2 in total</source>
        <translation>%1 to first row, %2 in total</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>the coordinator</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>worker %1 · shard %2</source>
        <translation>worker %1 · shard %2</translation>
    </message>
    <message>
        <source>Time in this node</source>
        <translation>Time in this node</translation>
    </message>
    <message>
        <source>Time with its children</source>
        <translation>Time with its children</translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation>Execution time</translation>
    </message>
    <message>
        <source>Planning time</source>
        <translation>Planning time</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>%1 actual, %2 estimated (per loop)</source>
        <translation>%1 actual, %2 estimated (per loop)</translation>
    </message>
    <message>
        <source>%1 actual (per loop)</source>
        <translation>%1 actual (per loop)</translation>
    </message>
    <message>
        <source>%1 estimated</source>
        <translation>%1 estimated</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>Loops</translation>
    </message>
    <message>
        <source>Rows in all loops</source>
        <translation>Rows in all loops</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>Row estimate</translation>
    </message>
    <message>
        <source>%1× too low: more rows came than planned</source>
        <translation>%1× too low: more rows came than planned</translation>
    </message>
    <message>
        <source>%1× too high: fewer rows came than planned</source>
        <translation>%1× too high: fewer rows came than planned</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Data received</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Tasks shown</source>
        <translation>Tasks shown</translation>
    </message>
    <message>
        <source>Subplan</source>
        <translation>Subplan</translation>
    </message>
    <message>
        <source>Subplan duration</source>
        <translation>Subplan duration</translation>
    </message>
    <message>
        <source>Intermediate result</source>
        <translation>Intermediate result</translation>
    </message>
    <message>
        <source>Map tasks</source>
        <translation>Map tasks</translation>
    </message>
    <message>
        <source>Merge tasks</source>
        <translation>Merge tasks</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Citus' fixed figure, not the planner's: Citus' Custom Scan tells PostgreSQL the same row count for any query (100,000, or 0 for a router query), and a node above it may pass that figure on. A gap between it and the actual rows is no misestimate.</source>
        <translation>Citus' fixed figure, not the planner's: Citus' Custom Scan tells PostgreSQL the same row count for any query (100,000, or 0 for a router query), and a node above it may pass that figure on. A gap between it and the actual rows is no misestimate.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>NodeLabel</name>
    <message>
        <source>Distributed Subplan</source>
        <translation>Distributed Subplan</translation>
    </message>
    <message>
        <source>Distributed Subplan %1</source>
        <translation>Distributed Subplan %1</translation>
    </message>
    <message>
        <source>Distributed Job</source>
        <translation>Distributed Job</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Repartition (MapMergeJob)</source>
        <translation>Repartition (MapMergeJob)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>OutageCommand</name>
    <message>
        <source>Show what a Citus cluster does without one of its workers (stop one with shardscope down --worker N, start it again with shardscope up): which workers answer while Citus still lists them as active, which users' queries fail and why, and the rows of each shard. Exit 1 when a worker does not answer, a query fails or the counts differ from those saved.</source>
        <translation>Show what a Citus cluster does without one of its workers (stop one with shardscope down --worker N, start it again with shardscope up): which workers answer while Citus still lists them as active, which users' queries fail and why, and the rows of each shard. Exit 1 when a worker does not answer, a query fails or the counts differ from those saved.</translation>
    </message>
    <message>
        <source>The tutorial's table (default: %1).</source>
        <translation>The tutorial's table (default: %1).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>The users whose query to run, comma-separated.</source>
        <translation>The users whose query to run, comma-separated.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Write the rows of each shard to FILE, to compare them later.</source>
        <translation>Write the rows of each shard to FILE, to compare them later.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Compare the rows of each shard with those saved in FILE.</source>
        <translation>Compare the rows of each shard with those saved in FILE.</translation>
    </message>
    <message>
        <source>--users must be user ids separated by commas, not "%1"</source>
        <translation>--users must be user ids separated by commas, not "%1"</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 does not hold counts saved with --save-counts</source>
        <translation>%1 does not hold counts saved with --save-counts</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>rows of %n shard(s) saved in %1</source>
        <translation>
            <numerusform>rows of %n shard saved in %1</numerusform>
            <numerusform>rows of %n shards saved in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageReportText</name>
    <message>
        <source>listed as active by Citus</source>
        <translation>listed as active by Citus</translation>
    </message>
    <message>
        <source>not listed as active by Citus</source>
        <translation>not listed as active by Citus</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>does not answer: connection refused</source>
        <translation>does not answer: connection refused</translation>
    </message>
    <message>
        <source>does not answer: %1</source>
        <translation>does not answer: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Citus still lists %1 as active (citus_get_active_worker_nodes()): it does not notice by itself that a worker stopped. Only connecting to it tells, as ShardScope's own check did.</source>
        <translation>Citus still lists %1 as active (citus_get_active_worker_nodes()): it does not notice by itself that a worker stopped. Only connecting to it tells, as ShardScope's own check did.</translation>
    </message>
    <message>
        <source>shard %1 on %2</source>
        <translation>shard %1 on %2</translation>
    </message>
    <message>
        <source>User %1: fails (%2)</source>
        <translation>User %1: fails (%2)</translation>
    </message>
    <message numerus="yes">
        <source>User %1: %Ln row(s) (%2)</source>
        <translation>
            <numerusform>User %1: %Ln row (%2)</numerusform>
            <numerusform>User %1: %Ln rows (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>the coordinator's connection to %1 was refused: nothing listens on port %2 any more</source>
        <translation>the coordinator's connection to %1 was refused: nothing listens on port %2 any more</translation>
    </message>
    <message>
        <source>the coordinator cannot reach %1</source>
        <translation>the coordinator cannot reach %1</translation>
    </message>
    <message>
        <source>User %1's rows are in shard %2, which only %3 holds, and %4. The query needs that shard, so it fails; the users of the other workers are served as before. The server said: %5</source>
        <translation>User %1's rows are in shard %2, which only %3 holds, and %4. The query needs that shard, so it fails; the users of the other workers are served as before. The server said: %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln shard(s) counted</source>
        <translation>
            <numerusform>%1 of %Ln shard counted</numerusform>
            <numerusform>%1 of %Ln shards counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of %1: %2, %3.</source>
        <translation>Rows of %1: %2, %3.</translation>
    </message>
    <message>
        <source>Rows of %1: %2, %3; the shards of %4 cannot be counted while it does not answer.</source>
        <translation>Rows of %1: %2, %3; the shards of %4 cannot be counted while it does not answer.</translation>
    </message>
    <message>
        <source>a worker</source>
        <translation>a worker</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s) hold a different number of rows (%1)</source>
        <translation>
            <numerusform>%n shard holds a different number of rows (%1)</numerusform>
            <numerusform>%n shards hold a different number of rows (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s) cannot be counted now (%1)</source>
        <translation>
            <numerusform>%n shard cannot be counted now (%1)</numerusform>
            <numerusform>%n shards cannot be counted now (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s) were not counted before (%1)</source>
        <translation>
            <numerusform>%n shard was not counted before (%1)</numerusform>
            <numerusform>%n shards were not counted before (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no shard was counted</source>
        <translation>no shard was counted</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Workers:</translation>
    </message>
    <message>
        <source>The tutorial's query for each user:</source>
        <translation>The tutorial's query for each user:</translation>
    </message>
    <message numerus="yes">
        <source>Row counts per shard are the same as before: %n shard(s), %1. Nothing was lost.</source>
        <translation>
            <numerusform>Row counts per shard are the same as before: %n shard, %1. Nothing was lost.</numerusform>
            <numerusform>Row counts per shard are the same as before: %n shards, %1. Nothing was lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row counts per shard differ from before: %1. Before: %2; now: %3.</source>
        <translation>Row counts per shard differ from before: %1. Before: %2; now: %3.</translation>
    </message>
</context>
<context>
    <name>PassFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>Keep the password of a connection in the desktop keychain (GNOME Keyring, KWallet or another Secret Service; the macOS Keychain; the Windows Credential Manager), where the wizard finds it. store reads it from standard input. check exits with 0 when one is saved, 1 when none is; every action exits with 2 when there is no keychain.</source>
        <translation>Keep the password of a connection in the desktop keychain (GNOME Keyring, KWallet or another Secret Service; the macOS Keychain; the Windows Credential Manager), where the wizard finds it. store reads it from standard input. check exits with 0 when one is saved, 1 when none is; every action exits with 2 when there is no keychain.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>store, check or forget.</source>
        <translation>store, check or forget.</translation>
    </message>
    <message>
        <source>expected one action: store, check or forget</source>
        <translation>expected one action: store, check or forget</translation>
    </message>
    <message>
        <source>--dsn is required: the password is kept for that connection</source>
        <translation>--dsn is required: the password is kept for that connection</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no password on standard input</translation>
    </message>
    <message>
        <source>The desktop keychain holds no password for %1.
</source>
        <translation>The desktop keychain holds no password for %1.
</translation>
    </message>
    <message>
        <source>The password for %1 is saved in the desktop keychain.
</source>
        <translation>The password for %1 is saved in the desktop keychain.
</translation>
    </message>
    <message>
        <source>The desktop keychain holds a password for %1.
</source>
        <translation>The desktop keychain holds a password for %1.
</translation>
    </message>
    <message>
        <source>The desktop keychain holds no password for %1 any more.
</source>
        <translation>The desktop keychain holds no password for %1 any more.
</translation>
    </message>
</context>
<context>
    <name>PgCancelRequest</name>
    <message>
        <source>could not cancel the statement: %1</source>
        <translation>could not cancel the statement: %1</translation>
    </message>
</context>
<context>
    <name>PgError</name>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hint: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Context: %1</translation>
    </message>
    <message>
        <source>Is the server running on that host and accepting TCP/IP connections?</source>
        <translation>Is the server running on that host and accepting TCP/IP connections?</translation>
    </message>
    <message>
        <source>Is the server running locally and accepting connections on that socket?</source>
        <translation>Is the server running locally and accepting connections on that socket?</translation>
    </message>
    <message>
        <source>nothing accepts connections there</source>
        <translation>nothing accepts connections there</translation>
    </message>
    <message>
        <source>the time allowed to connect ran out</source>
        <translation>the time allowed to connect ran out</translation>
    </message>
    <message>
        <source>the server asks for a password and none was given</source>
        <translation>the server asks for a password and none was given</translation>
    </message>
    <message>
        <source>there is no such socket</source>
        <translation>there is no such socket</translation>
    </message>
    <message>
        <source>could not connect to the server at %1, port %2: %3</source>
        <translation>could not connect to the server at %1, port %2: %3</translation>
    </message>
    <message>
        <source>could not connect to the server on socket %1: %2</source>
        <translation>could not connect to the server on socket %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlanComparison</name>
    <message>
        <source>an unnamed worker</source>
        <translation>an unnamed worker</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>worker %1 (shard %2)</source>
        <translation>worker %1 (shard %2)</translation>
    </message>
    <message>
        <source>a plain PostgreSQL plan</source>
        <translation>a plain PostgreSQL plan</translation>
    </message>
    <message>
        <source>a router query</source>
        <translation>a router query</translation>
    </message>
    <message>
        <source>a multi-shard query</source>
        <translation>a multi-shard query</translation>
    </message>
    <message>
        <source>a repartition join</source>
        <translation>a repartition join</translation>
    </message>
    <message>
        <source>a query with distributed subplans</source>
        <translation>a query with distributed subplans</translation>
    </message>
    <message>
        <source>a distributed INSERT … SELECT</source>
        <translation>a distributed INSERT … SELECT</translation>
    </message>
    <message>
        <source>plain PostgreSQL plans</source>
        <translation>plain PostgreSQL plans</translation>
    </message>
    <message>
        <source>router queries</source>
        <translation>router queries</translation>
    </message>
    <message>
        <source>multi-shard queries</source>
        <translation>multi-shard queries</translation>
    </message>
    <message>
        <source>repartition joins</source>
        <translation>repartition joins</translation>
    </message>
    <message>
        <source>queries with distributed subplans</source>
        <translation>queries with distributed subplans</translation>
    </message>
    <message>
        <source>distributed INSERT … SELECT statements</source>
        <translation>distributed INSERT … SELECT statements</translation>
    </message>
    <message>
        <source>%1, without Citus</source>
        <translation>%1, without Citus</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Neither plan is distributed: PostgreSQL ran each on the coordinator alone, without Citus.</source>
        <translation>Neither plan is distributed: PostgreSQL ran each on the coordinator alone, without Citus.</translation>
    </message>
    <message>
        <source>Both plans ran %1.</source>
        <translation>Both plans ran %1.</translation>
    </message>
    <message>
        <source>Both plans would run %1.</source>
        <translation>Both plans would run %1.</translation>
    </message>
    <message>
        <source>ran %1</source>
        <translation>ran %1</translation>
    </message>
    <message>
        <source>would run %1</source>
        <translation>would run %1</translation>
    </message>
    <message>
        <source>Plan A %1; plan B %2.</source>
        <translation>Plan A %1; plan B %2.</translation>
    </message>
    <message>
        <source>on the coordinator alone</source>
        <translation>on the coordinator alone</translation>
    </message>
    <message>
        <source>%1 (EXPLAIN does not show where)</source>
        <translation>%1 (EXPLAIN does not show where)</translation>
    </message>
    <message>
        <source>%1 (EXPLAIN shows one, on %2)</source>
        <translation>%1 (EXPLAIN shows one, on %2)</translation>
    </message>
    <message>
        <source>%1 (EXPLAIN shows %2)</source>
        <translation>%1 (EXPLAIN shows %2)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>%1 on worker %2</source>
        <translation>%1 on worker %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan A is %1; plan B is %2.</source>
        <translation>Plan A is %1; plan B is %2.</translation>
    </message>
    <message>
        <source>Both are %1: %2 each.</source>
        <translation>Both are %1: %2 each.</translation>
    </message>
    <message>
        <source>Both are %1: %2 in plan A, %3 in plan B.</source>
        <translation>Both are %1: %2 in plan A, %3 in plan B.</translation>
    </message>
    <message>
        <source>Neither plan was run (EXPLAIN without ANALYZE), so there are no times to compare.</source>
        <translation>Neither plan was run (EXPLAIN without ANALYZE), so there are no times to compare.</translation>
    </message>
    <message>
        <source>Only plan A has an execution time (%1): plan B was explained without ANALYZE.</source>
        <translation>Only plan A has an execution time (%1): plan B was explained without ANALYZE.</translation>
    </message>
    <message>
        <source>Only plan B has an execution time (%1): plan A was explained without ANALYZE.</source>
        <translation>Only plan B has an execution time (%1): plan A was explained without ANALYZE.</translation>
    </message>
    <message>
        <source>Both took %1.</source>
        <translation>Both took %1.</translation>
    </message>
    <message>
        <source>Plan B took %1 less: %2 against %3.</source>
        <translation>Plan B took %1 less: %2 against %3.</translation>
    </message>
    <message>
        <source>Plan B took %1 more: %2 against %3.</source>
        <translation>Plan B took %1 more: %2 against %3.</translation>
    </message>
    <message>
        <source>Both plans have the same nodes: %1.</source>
        <translation>Both plans have the same nodes: %1.</translation>
    </message>
    <message>
        <source>Only plan A has %1.</source>
        <translation>Only plan A has %1.</translation>
    </message>
    <message>
        <source>Only plan B has %1.</source>
        <translation>Only plan B has %1.</translation>
    </message>
    <message>
        <source>Both returned %1.</source>
        <translation>Both returned %1.</translation>
    </message>
    <message>
        <source>Plan A returned %1; plan B returned %2.</source>
        <translation>Plan A returned %1; plan B returned %2.</translation>
    </message>
    <message>
        <source>The workers sent %1 to the coordinator in each plan.</source>
        <translation>The workers sent %1 to the coordinator in each plan.</translation>
    </message>
    <message>
        <source>The workers sent %1 to the coordinator in plan A and %2 in plan B.</source>
        <translation>The workers sent %1 to the coordinator in plan A and %2 in plan B.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is a router query, sent whole to the one shard holding its rows: plan A ran on %1, plan B on %2.</source>
        <translation>Each is a router query, sent whole to the one shard holding its rows: plan A ran on %1, plan B on %2.</translation>
    </message>
    <message>
        <source>Each is a router query, sent whole to the one shard holding its rows: plan A would run on %1, plan B on %2.</source>
        <translation>Each is a router query, sent whole to the one shard holding its rows: plan A would run on %1, plan B on %2.</translation>
    </message>
    <message>
        <source>Plan A took %1 and plan B %2: a difference this small is noise between runs, not a difference between the plans.</source>
        <translation>Plan A took %1 and plan B %2: a difference this small is noise between runs, not a difference between the plans.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln worker(s): %2</source>
        <translation>
            <numerusform>%1 on %Ln worker: %2</numerusform>
            <numerusform>%1 on %Ln workers: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Both plans use the same kinds of node (%1) but not as many: %2 in plan A, %3 in plan B.</source>
        <translation>Both plans use the same kinds of node (%1) but not as many: %2 in plan A, %3 in plan B.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan node(s)</source>
        <translation>
            <numerusform>%Ln plan node</numerusform>
            <numerusform>%Ln plan nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExporter</name>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>not enough memory for a %1 × %2 image</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>Query plan</translation>
    </message>
    <message>
        <source>Drawn by ShardScope</source>
        <translation>Drawn by ShardScope</translation>
    </message>
    <message>
        <source>cannot start the SVG writer</source>
        <translation>cannot start the SVG writer</translation>
    </message>
    <message>
        <source>cannot use a %1 × %2 pt page</source>
        <translation>cannot use a %1 × %2 pt page</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>cannot start the PDF writer</translation>
    </message>
</context>
<context>
    <name>PlanHeadline</name>
    <message>
        <source>PostgreSQL plan (no Citus)</source>
        <translation>PostgreSQL plan (no Citus)</translation>
    </message>
    <message>
        <source>Router query</source>
        <translation>Router query</translation>
    </message>
    <message>
        <source>Multi-shard query</source>
        <translation>Multi-shard query</translation>
    </message>
    <message>
        <source>Repartition join</source>
        <translation>Repartition join</translation>
    </message>
    <message>
        <source>Query with distributed subplans</source>
        <translation>Query with distributed subplans</translation>
    </message>
    <message>
        <source>INSERT … SELECT</source>
        <translation>INSERT … SELECT</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>tasks: %1</translation>
    </message>
    <message>
        <source>workers: %1</source>
        <translation>workers: %1</translation>
    </message>
    <message>
        <source>distributed subplans: %1</source>
        <translation>distributed subplans: %1</translation>
    </message>
    <message>
        <source>plan nodes: %1</source>
        <translation>plan nodes: %1</translation>
    </message>
    <message>
        <source>execution %1</source>
        <translation>execution %1</translation>
    </message>
    <message>
        <source>planning %1</source>
        <translation>planning %1</translation>
    </message>
    <message>
        <source>estimates only (no ANALYZE)</source>
        <translation>estimates only (no ANALYZE)</translation>
    </message>
    <message>
        <source>coloured by worker</source>
        <translation>coloured by worker</translation>
    </message>
    <message>
        <source>coloured by time in each node</source>
        <translation>coloured by time in each node</translation>
    </message>
    <message>
        <source>coloured by row misestimate</source>
        <translation>coloured by row misestimate</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) in one output</source>
        <translation>
            <numerusform>%n plan in one output</numerusform>
            <numerusform>%n plans in one output</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n shown)</numerusform>
            <numerusform> (%n shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <source>the document is empty</source>
        <translation>the document is empty</translation>
    </message>
    <message>
        <source>binary data, not an EXPLAIN document</source>
        <translation>binary data, not an EXPLAIN document</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>the text is not valid UTF-8</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>the file is too large (%1 MB; at most %2 MB)</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Format: %1%2</source>
        <translation>Format: %1%2</translation>
    </message>
    <message>
        <source> (EXPLAIN ANALYZE)</source>
        <translation> (EXPLAIN ANALYZE)</translation>
    </message>
    <message>
        <source> (estimates only)</source>
        <translation> (estimates only)</translation>
    </message>
    <message>
        <source>Planning time: %1</source>
        <translation>Planning time: %1</translation>
    </message>
    <message>
        <source>Execution time: %1</source>
        <translation>Execution time: %1</translation>
    </message>
    <message>
        <source>Plan nodes: %1</source>
        <translation>Plan nodes: %1</translation>
    </message>
    <message>
        <source>Distributed query: %1</source>
        <translation>Distributed query: %1</translation>
    </message>
    <message>
        <source>Tasks: %1 shown of %2</source>
        <translation>Tasks: %1 shown of %2</translation>
    </message>
    <message>
        <source>Distributed subplans: %1</source>
        <translation>Distributed subplans: %1</translation>
    </message>
    <message>
        <source>Not distributed: PostgreSQL ran it alone</source>
        <translation>Not distributed: PostgreSQL ran it alone</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>Slowest node: %1 (%2), %3 of its own</source>
        <translation>Slowest node: %1 (%2), %3 of its own</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Workers:</translation>
    </message>
    <message>
        <source>Plan nodes are the steps PostgreSQL planned (Aggregate, Sort, Custom Scan, Seq Scan…), on the coordinator and in the plan of each task shown on its worker. Citus' jobs, tasks, subplans and MapMergeJobs are counted as tasks and subplans, not as plan nodes. The coordinator's plan nodes and the workers' add up to the plan nodes in the heading.</source>
        <translation>Plan nodes are the steps PostgreSQL planned (Aggregate, Sort, Custom Scan, Seq Scan…), on the coordinator and in the plan of each task shown on its worker. Citus' jobs, tasks, subplans and MapMergeJobs are counted as tasks and subplans, not as plan nodes. The coordinator's plan nodes and the workers' add up to the plan nodes in the heading.</translation>
    </message>
    <message>
        <source>Plan nodes: %1 (coordinator: %2, workers: %3)</source>
        <translation>Plan nodes: %1 (coordinator: %2, workers: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation>rows unknown</translation>
    </message>
    <message>
        <source>  %1: %2, %3, %4, %5</source>
        <translation>  %1: %2, %3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan node(s)</source>
        <translation>
            <numerusform>%Ln plan node</numerusform>
            <numerusform>%Ln plan nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PngFileWriter</name>
    <message>
        <source>not enough memory to write a PNG image</source>
        <translation>not enough memory to write a PNG image</translation>
    </message>
    <message>
        <source>libpng could not write the image</source>
        <translation>libpng could not write the image</translation>
    </message>
</context>
<context>
    <name>PostgresInstallation</name>
    <message>
        <source>PostgreSQL's server programs (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin, on PATH or in $SHARDSCOPE_PG_BINDIR. Install them (Debian and Ubuntu: sudo apt install postgresql-15) or set SHARDSCOPE_PG_BINDIR to their directory.</source>
        <translation>PostgreSQL's server programs (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin, on PATH or in $SHARDSCOPE_PG_BINDIR. Install them (Debian and Ubuntu: sudo apt install postgresql-15) or set SHARDSCOPE_PG_BINDIR to their directory.</translation>
    </message>
    <message>
        <source>Running as root, the servers must run as the user %1 (initdb refuses root), which needs runuser and a user %1. Run ShardScope as another user, or create the user %1.</source>
        <translation>Running as root, the servers must run as the user %1 (initdb refuses root), which needs runuser and a user %1. Run ShardScope as another user, or create the user %1.</translation>
    </message>
    <message>
        <source>cannot hand %1 over to the user %2</source>
        <translation>cannot hand %1 over to the user %2</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Draw an EXPLAIN plan as a PNG, SVG or PDF file.</source>
        <translation>Draw an EXPLAIN plan as a PNG, SVG or PDF file.</translation>
    </message>
    <message>
        <source>Image to write; its extension (.png, .svg, .pdf) picks the format.</source>
        <translation>Image to write; its extension (.png, .svg, .pdf) picks the format.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>What the card colours show: worker, time or misestimate.</source>
        <translation>What the card colours show: worker, time or misestimate.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>Background: white or palette.</source>
        <translation>Background: white or palette.</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COLOR</translation>
    </message>
    <message>
        <source>The cluster's workers as host:port, comma-separated, in pg_dist_node order: each gets the same colour in every image, whichever of them a plan uses.</source>
        <translation>The cluster's workers as host:port, comma-separated, in pg_dist_node order: each gets the same colour in every image, whichever of them a plan uses.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Plan file (JSON, TEXT, YAML or XML).</source>
        <translation>Plan file (JSON, TEXT, YAML or XML).</translation>
    </message>
    <message>
        <source>expected one plan file</source>
        <translation>expected one plan file</translation>
    </message>
    <message>
        <source>missing -o OUT</source>
        <translation>missing -o OUT</translation>
    </message>
    <message>
        <source>unknown value "%1": use worker, time or misestimate</source>
        <translation>unknown value "%1": use worker, time or misestimate</translation>
    </message>
    <message>
        <source>unknown value "%1": use white or palette</source>
        <translation>unknown value "%1": use white or palette</translation>
    </message>
    <message>
        <source>expected host:port[,host:port...], got "%1"</source>
        <translation>expected host:port[,host:port...], got "%1"</translation>
    </message>
    <message>
        <source>unknown image format: use .png, .svg or .pdf</source>
        <translation>unknown image format: use .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PNG pixels per drawing unit, from 0.25 to 8 (default 1: as the viewer shows it at 100%; 2 for print).</source>
        <translation>PNG pixels per drawing unit, from 0.25 to 8 (default 1: as the viewer shows it at 100%; 2 for print).</translation>
    </message>
    <message>
        <source>PNG resolution in dots per inch, instead of --scale (96 is scale 1, 300 prints sharply): from 24 to 768.</source>
        <translation>PNG resolution in dots per inch, instead of --scale (96 is scale 1, 300 prints sharply): from 24 to 768.</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>--scale and --dpi say the same: give one of them</source>
        <translation>--scale and --dpi say the same: give one of them</translation>
    </message>
    <message>
        <source>--dpi: "%1" is not a number from 24 to 768</source>
        <translation>--dpi: "%1" is not a number from 24 to 768</translation>
    </message>
    <message>
        <source>--scale: "%1" is not a number from 0.25 to 8</source>
        <translation>--scale: "%1" is not a number from 0.25 to 8</translation>
    </message>
</context>
<context>
    <name>RoutingCounters</name>
    <message>
        <source>Citus %1 has no citus_stat_counters (Citus 13.1 and later count single-shard and multi-shard queries): the routing counters are left out.</source>
        <translation>Citus %1 has no citus_stat_counters (Citus 13.1 and later count single-shard and multi-shard queries): the routing counters are left out.</translation>
    </message>
    <message>
        <source>citus.enable_stat_counters is off on this server and only a superuser may turn it on: the routing counters are left out. ALTER SYSTEM SET citus.enable_stat_counters = on; and SELECT pg_reload_conf(); turn them on for everyone.</source>
        <translation>citus.enable_stat_counters is off on this server and only a superuser may turn it on: the routing counters are left out. ALTER SYSTEM SET citus.enable_stat_counters = on; and SELECT pg_reload_conf(); turn them on for everyone.</translation>
    </message>
</context>
<context>
    <name>RoutingProof</name>
    <message>
        <source>citus_stat_counters: the single-shard counter moved (%1 → %2), the multi-shard one stayed at %3: Citus routed the query to the one shard that holds its rows, a router query.</source>
        <translation>citus_stat_counters: the single-shard counter moved (%1 → %2), the multi-shard one stayed at %3: Citus routed the query to the one shard that holds its rows, a router query.</translation>
    </message>
    <message>
        <source>citus_stat_counters: the multi-shard counter moved (%1 → %2), the single-shard one stayed at %3: Citus sent the query to several shards.</source>
        <translation>citus_stat_counters: the multi-shard counter moved (%1 → %2), the single-shard one stayed at %3: Citus sent the query to several shards.</translation>
    </message>
    <message>
        <source>citus_stat_counters: both counters moved (single-shard %1 → %2, multi-shard %3 → %4): the query ran in several distributed steps (subplans), or other sessions ran queries at the same time.</source>
        <translation>citus_stat_counters: both counters moved (single-shard %1 → %2, multi-shard %3 → %4): the query ran in several distributed steps (subplans), or other sessions ran queries at the same time.</translation>
    </message>
    <message>
        <source>citus_stat_counters: neither counter moved (single-shard %1, multi-shard %2): no distributed query ran, so PostgreSQL ran it alone or it was only planned.</source>
        <translation>citus_stat_counters: neither counter moved (single-shard %1, multi-shard %2): no distributed query ran, so PostgreSQL ran it alone or it was only planned.</translation>
    </message>
    <message>
        <source>Routing counters</source>
        <translation>Routing counters</translation>
    </message>
    <message>
        <source>citus_stat_counters</source>
        <translation>citus_stat_counters</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>single-shard queries</source>
        <translation>single-shard queries</translation>
    </message>
    <message>
        <source>multi-shard queries</source>
        <translation>multi-shard queries</translation>
    </message>
</context>
<context>
    <name>ScaleCommand</name>
    <message numerus="yes">
        <source>%1 of %n shard move(s) done</source>
        <translation>
            <numerusform>%1 of %n shard move done</numerusform>
            <numerusform>%1 of %n shard moves done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; moving a shard from %2 to %3</source>
        <translation>%1; moving a shard from %2 to %3</translation>
    </message>
    <message>
        <source>Add a worker to a running Citus cluster, move shards between its workers, or drain a worker and remove it.</source>
        <translation>Add a worker to a running Citus cluster, move shards between its workers, or drain a worker and remove it.</translation>
    </message>
    <message>
        <source>Register this worker with the coordinator.</source>
        <translation>Register this worker with the coordinator.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Move every shard off this worker, then remove it from the cluster.</source>
        <translation>Move every shard off this worker, then remove it from the cluster.</translation>
    </message>
    <message>
        <source>Move shards so that every worker holds about as many (after --add).</source>
        <translation>Move shards so that every worker holds about as many (after --add).</translation>
    </message>
    <message>
        <source>Copy each shard while writes to it wait, instead of with logical replication (which needs wal_level = logical and a primary key or replica identity on every table).</source>
        <translation>Copy each shard while writes to it wait, instead of with logical replication (which needs wal_level = logical and a primary key or replica identity on every table).</translation>
    </message>
    <message>
        <source>--add and --remove go in separate commands</source>
        <translation>--add and --remove go in separate commands</translation>
    </message>
    <message>
        <source>say what to do: --add HOST:PORT, --remove HOST:PORT or --rebalance</source>
        <translation>say what to do: --add HOST:PORT, --remove HOST:PORT or --rebalance</translation>
    </message>
    <message>
        <source>"%1" is not a worker's address: give it as HOST:PORT</source>
        <translation>"%1" is not a worker's address: give it as HOST:PORT</translation>
    </message>
    <message>
        <source>cancelled: the shards moved so far stay where they went</source>
        <translation>cancelled: the shards moved so far stay where they went</translation>
    </message>
    <message>
        <source>%1 Run it again with --block-writes to do that.</source>
        <translation>%1 Run it again with --block-writes to do that.</translation>
    </message>
</context>
<context>
    <name>ShardMapText</name>
    <message>
        <source>? (%1)</source>
        <translation>? (%1)</translation>
    </message>
    <message>
        <source>no range</source>
        <translation>no range</translation>
    </message>
    <message>
        <source>%1: every row is in shard %2, on %3</source>
        <translation>%1: every row is in shard %2, on %3</translation>
    </message>
    <message>
        <source>%1 = %2: hash %3 → segment %4 → shard %5 → %6</source>
        <translation>%1 = %2: hash %3 → segment %4 → shard %5 → %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>rows: %1</translation>
    </message>
    <message>
        <source>rows not all counted</source>
        <translation>rows not all counted</translation>
    </message>
    <message>
        <source>%1  %2  colocation group %3  %4  %5</source>
        <translation>%1  %2  colocation group %3  %4  %5</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n shard</numerusform>
            <numerusform>%n shards</numerusform>
        </translation>
    </message>
    <message>
        <source>  one shard, a copy on every node</source>
        <translation>  one shard, a copy on every node</translation>
    </message>
    <message>
        <source>  colocated with %1: the same hash ranges on the same workers</source>
        <translation>  colocated with %1: the same hash ranges on the same workers</translation>
    </message>
    <message>
        <source>shard</source>
        <translation>shard</translation>
    </message>
    <message>
        <source>hash range</source>
        <translation>hash range</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
</context>
<context>
    <name>ShardsCommand</name>
    <message>
        <source>--value needs a distributed table, and there is none</source>
        <translation>--value needs a distributed table, and there is none</translation>
    </message>
    <message>
        <source>Show the shard map of a Citus cluster: each shard's hash range, the workers holding it and its rows, and where a value goes.</source>
        <translation>Show the shard map of a Citus cluster: each shard's hash range, the workers holding it and its rows, and where a value goes.</translation>
    </message>
    <message>
        <source>Only this table.</source>
        <translation>Only this table.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>A value of the distribution column: show its hash, shard and worker.</source>
        <translation>A value of the distribution column: show its hash, shard and worker.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message numerus="yes">
        <source>--value needs --table: there are %n distributed tables (%1)</source>
        <translation>
            <numerusform>--value needs --table: there is %n distributed table (%1)</numerusform>
            <numerusform>--value needs --table: there are %n distributed tables (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlPanel</name>
    <message>
        <source>What runs, and why</source>
        <translation>What runs, and why</translation>
    </message>
    <message>
        <source>Show what runs, and why</source>
        <translation>Show what runs, and why</translation>
    </message>
    <message>
        <source>Sent to the server:</source>
        <translation>Sent to the server:</translation>
    </message>
    <message>
        <source>Statement sent to the server</source>
        <translation>Statement sent to the server</translation>
    </message>
    <message>
        <source>The same from a terminal:</source>
        <translation>The same from a terminal:</translation>
    </message>
    <message>
        <source>Terminal equivalent</source>
        <translation>Terminal equivalent</translation>
    </message>
    <message>
        <source>Citus documentation link</source>
        <translation>Citus documentation link</translation>
    </message>
</context>
<context>
    <name>SqlSnapshot</name>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed; on Debian it is the package libqt6sql6-psql</source>
        <translation>Qt's PostgreSQL driver (QPSQL) is not installed; on Debian it is the package libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The connection option %1 has a ";" in its value, which Qt's PostgreSQL driver (QPSQL) cannot pass on. Change that value or leave the option out.</source>
        <translation>The connection option %1 has a ";" in its value, which Qt's PostgreSQL driver (QPSQL) cannot pass on. Change that value or leave the option out.</translation>
    </message>
</context>
<context>
    <name>StatementFigures</name>
    <message>
        <source>buffers %1</source>
        <translation>buffers %1</translation>
    </message>
    <message>
        <source>memory %1 used of %2 allocated</source>
        <translation>memory %1 used of %2 allocated</translation>
    </message>
    <message>
        <source>Planning: %1</source>
        <translation>Planning: %1</translation>
    </message>
    <message>
        <source>%1 sent as %2</source>
        <translation>%1 sent as %2</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 sent</translation>
    </message>
    <message>
        <source>sent as %1</source>
        <translation>sent as %1</translation>
    </message>
    <message>
        <source>Serialization: %1</source>
        <translation>Serialization: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) compiled</source>
        <translation>
            <numerusform>%n function compiled</numerusform>
            <numerusform>%n functions compiled</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <source>JIT: %1</source>
        <translation>JIT: %1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>%1 full-page images</source>
        <translation>%1 full-page images</translation>
    </message>
    <message>
        <source>WAL buffers full %1 times</source>
        <translation>WAL buffers full %1 times</translation>
    </message>
    <message>
        <source>WAL: %1</source>
        <translation>WAL: %1</translation>
    </message>
    <message>
        <source>hit %1</source>
        <translation>hit %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>read %1</translation>
    </message>
    <message>
        <source>dirtied %1</source>
        <translation>dirtied %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>written %1</translation>
    </message>
    <message>
        <source>temp read %1</source>
        <translation>temp read %1</translation>
    </message>
    <message>
        <source>temp written %1</source>
        <translation>temp written %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether the Citus cluster runs and reaches its workers.</source>
        <translation>Show whether the Citus cluster runs and reaches its workers.</translation>
    </message>
</context>
<context>
    <name>StructuredPlanBuilder</name>
    <message>
        <source>no query plan found: the document has no "Plan"</source>
        <translation>no query plan found: the document has no "Plan"</translation>
    </message>
    <message>
        <source>no query plan found: "Plan" is not an object</source>
        <translation>no query plan found: "Plan" is not an object</translation>
    </message>
    <message>
        <source>a plan node has no "Node Type"</source>
        <translation>a plan node has no "Node Type"</translation>
    </message>
</context>
<context>
    <name>SubcommandArguments</name>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>unexpected argument "%1"</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
</context>
<context>
    <name>TableTypeText</name>
    <message>
        <source>distributed</source>
        <translation>distributed</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>distributed by %1</source>
        <translation>distributed by %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
</context>
<context>
    <name>TaskMoveText</name>
    <message>
        <source>The plan for user %1 runs on no single worker: nothing to compare.</source>
        <translation>The plan for user %1 runs on no single worker: nothing to compare.</translation>
    </message>
    <message>
        <source>User %1's task still runs on %2: its shard stayed there.</source>
        <translation>User %1's task still runs on %2: its shard stayed there.</translation>
    </message>
    <message>
        <source>User %1's task moved from %2 to %3, with its shard: the same query now runs on another worker.</source>
        <translation>User %1's task moved from %2 to %3, with its shard: the same query now runs on another worker.</translation>
    </message>
    <message>
        <source>no single worker</source>
        <translation>no single worker</translation>
    </message>
</context>
<context>
    <name>TextPlanParser</name>
    <message>
        <source>the document is empty</source>
        <translation>the document is empty</translation>
    </message>
    <message>
        <source>expected a plan node, found "%1"</source>
        <translation>expected a plan node, found "%1"</translation>
    </message>
    <message>
        <source>a plan node without a name</source>
        <translation>a plan node without a name</translation>
    </message>
    <message>
        <source>a plan node outside the plan tree</source>
        <translation>a plan node outside the plan tree</translation>
    </message>
    <message>
        <source>unexpected text after the plan</source>
        <translation>unexpected text after the plan</translation>
    </message>
</context>
<context>
    <name>TutorialCommand</name>
    <message>
        <source>    user %1 → shard %2 on %3
</source>
        <translation>    user %1 → shard %2 on %3
</translation>
    </message>
    <message>
        <source>    %1: %2, %3
</source>
        <translation>    %1: %2, %3
</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n shard</numerusform>
            <numerusform>%n shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>      (some shards could not be counted)
</source>
        <translation>      (some shards could not be counted)
</translation>
    </message>
    <message>
        <source>    user %1: %2 → %3.json, %3.png</source>
        <translation>    user %1: %2 → %3.json, %3.png</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>✗ %1
</source>
        <translation>✗ %1
</translation>
    </message>
    <message>
        <source>✓ %1: %2
</source>
        <translation>✓ %1: %2
</translation>
    </message>
    <message>
        <source>Run the sharding tutorial on a Citus coordinator: check the cluster, create and distribute activity_log, insert rows, explain the queries for users 1 and 2. Steps already done are skipped.</source>
        <translation>Run the sharding tutorial on a Citus coordinator: check the cluster, create and distribute activity_log, insert rows, explain the queries for users 1 and 2. Steps already done are skipped.</translation>
    </message>
    <message>
        <source>Directory for the plans and their drawings.</source>
        <translation>Directory for the plans and their drawings.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Drop the tutorial's table first, to start over. Its rows are lost.</source>
        <translation>Drop the tutorial's table first, to start over. Its rows are lost.</translation>
    </message>
    <message>
        <source>Also load this many generated rows through COPY.</source>
        <translation>Also load this many generated rows through COPY.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Spread the generated rows over this many users.</source>
        <translation>Spread the generated rows over this many users.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>A worker to register when it runs but the coordinator lacks it; repeatable.</source>
        <translation>A worker to register when it runs but the coordinator lacks it; repeatable.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>missing --out DIR</source>
        <translation>missing --out DIR</translation>
    </message>
    <message>
        <source>expected a number of rows, 0 or more</source>
        <translation>expected a number of rows, 0 or more</translation>
    </message>
    <message>
        <source>expected a number of users, 1 or more</source>
        <translation>expected a number of users, 1 or more</translation>
    </message>
    <message>
        <source>expected HOST:PORT, not "%1"</source>
        <translation>expected HOST:PORT, not "%1"</translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation>cannot create the directory</translation>
    </message>
    <message>
        <source>plans written to %1</source>
        <translation>plans written to %1</translation>
    </message>
</context>
<context>
    <name>UpCommand</name>
    <message>
        <source>Start a Citus cluster and print the coordinator's connection string once every worker is registered and reachable.</source>
        <translation>Start a Citus cluster and print the coordinator's connection string once every worker is registered and reachable.</translation>
    </message>
    <message>
        <source>Number of workers, %1 to %2.</source>
        <translation>Number of workers, %1 to %2.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Coordinator port on 127.0.0.1 (Docker: 5432; local: a free one).</source>
        <translation>Coordinator port on 127.0.0.1 (Docker: 5432; local: a free one).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>--workers must be a number from %1 to %2, not "%3"</source>
        <translation>--workers must be a number from %1 to %2, not "%3"</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not "%1"</source>
        <translation>--port must be a number from 1 to 65535, not "%1"</translation>
    </message>
    <message>
        <source>Citus of the Docker cluster: %1; the default is %2 (image %3). CITUS_IMAGE, in the environment or the .env, overrides it.</source>
        <translation>Citus of the Docker cluster: %1; the default is %2 (image %3). CITUS_IMAGE, in the environment or the .env, overrides it.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message numerus="yes">
        <source>added %n worker(s) to the running cluster</source>
        <translation>
            <numerusform>added %n worker to the running cluster</numerusform>
            <numerusform>added %n workers to the running cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cluster runs with %n worker(s) already: nothing to add</source>
        <translation>
            <numerusform>the cluster runs with %n worker already: nothing to add</numerusform>
            <numerusform>the cluster runs with %n workers already: nothing to add</numerusform>
        </translation>
    </message>
    <message>
        <source>up never removes workers: remove one with shardscope scale --remove HOST:PORT</source>
        <translation>up never removes workers: remove one with shardscope scale --remove HOST:PORT</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped worker(s) started again: %1</source>
        <translation>
            <numerusform>%n stopped worker started again: %1</numerusform>
            <numerusform>%n stopped workers started again: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewerOptions</name>
    <message>
        <source>Start in presenter mode: large text, strong contrast, the workers' legend always shown.</source>
        <translation>Start in presenter mode: large text, strong contrast, the workers' legend always shown.</translation>
    </message>
    <message>
        <source>Plan to open (JSON, text, YAML or XML).</source>
        <translation>Plan to open (JSON, text, YAML or XML).</translation>
    </message>
    <message>
        <source>expected at most one plan file</source>
        <translation>expected at most one plan file</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>See and teach PostgreSQL sharding with Citus. Without a command, opens the plan viewer; commands (shardscope COMMAND --help for each): inspect, render, cluster, shards, explain, tutorial, up, status, down, scale, outage, password.</source>
        <translation>See and teach PostgreSQL sharding with Citus. Without a command, opens the plan viewer; commands (shardscope COMMAND --help for each): inspect, render, cluster, shards, explain, tutorial, up, status, down, scale, outage, password.</translation>
    </message>
</context>
<context>
    <name>XmlPlanParser</name>
    <message>
        <source>invalid XML: %1</source>
        <translation>invalid XML: %1</translation>
    </message>
    <message>
        <source>not EXPLAIN (FORMAT XML) output: the root element is &lt;%1&gt;, not &lt;explain&gt;</source>
        <translation>not EXPLAIN (FORMAT XML) output: the root element is &lt;%1&gt;, not &lt;explain&gt;</translation>
    </message>
    <message>
        <source>text mixed with elements inside "%1"</source>
        <translation>text mixed with elements inside "%1"</translation>
    </message>
</context>
<context>
    <name>YamlPlanParser</name>
    <message>
        <source>more than one YAML document</source>
        <translation>more than one YAML document</translation>
    </message>
    <message>
        <source>a mapping key is empty</source>
        <translation>a mapping key is empty</translation>
    </message>
    <message>
        <source>YAML aliases are not supported</source>
        <translation>YAML aliases are not supported</translation>
    </message>
    <message>
        <source>a mapping key is not plain text</source>
        <translation>a mapping key is not plain text</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>the document is empty</translation>
    </message>
    <message>
        <source>the document is nested too deeply (%1 levels)</source>
        <translation>the document is nested too deeply (%1 levels)</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>invalid YAML: %1</translation>
    </message>
    <message>
        <source>cannot read the YAML document: %1</source>
        <translation>cannot read the YAML document: %1</translation>
    </message>
    <message>
        <source>cannot read the YAML document</source>
        <translation>cannot read the YAML document</translation>
    </message>
    <message>
        <source>a mapping is not closed</source>
        <translation>a mapping is not closed</translation>
    </message>
    <message>
        <source>a '{' has no matching '}'</source>
        <translation>a '{' has no matching '}'</translation>
    </message>
    <message>
        <source>a list is not closed</source>
        <translation>a list is not closed</translation>
    </message>
    <message>
        <source>a '[' has no matching ']'</source>
        <translation>a '[' has no matching ']'</translation>
    </message>
    <message>
        <source>text YAML does not allow here</source>
        <translation>text YAML does not allow here</translation>
    </message>
    <message>
        <source>a document marker inside a value</source>
        <translation>a document marker inside a value</translation>
    </message>
    <message>
        <source>the text ends inside a value</source>
        <translation>the text ends inside a value</translation>
    </message>
    <message>
        <source>a character not allowed in a value</source>
        <translation>a character not allowed in a value</translation>
    </message>
    <message>
        <source>a tab in the indentation</source>
        <translation>a tab in the indentation</translation>
    </message>
    <message>
        <source>a closing bracket with none open</source>
        <translation>a closing bracket with none open</translation>
    </message>
    <message>
        <source>a list entry where none can be</source>
        <translation>a list entry where none can be</translation>
    </message>
    <message>
        <source>a key where none can be</source>
        <translation>a key where none can be</translation>
    </message>
    <message>
        <source>a value where none can be (check the indentation)</source>
        <translation>a value where none can be (check the indentation)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>display</source>
        <translation>display</translation>
    </message>
    <message>
        <source>no graphical display to open the viewer in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: shardscope --help lists them.</source>
        <translation>no graphical display to open the viewer in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: shardscope --help lists them.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterCheckStep</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Cluster check</source>
        <translation>Cluster check</translation>
    </message>
    <message>
        <source>A Citus cluster is a coordinator, the server you connect to, and workers, which hold the shards of distributed tables. citus_get_active_worker_nodes() lists the workers the coordinator knows; a worker that stops stays in that list, so ShardScope also has the coordinator connect to each one.</source>
        <translation>A Citus cluster is a coordinator, the server you connect to, and workers, which hold the shards of distributed tables. citus_get_active_worker_nodes() lists the workers the coordinator knows; a worker that stops stays in that list, so ShardScope also has the coordinator connect to each one.</translation>
    </message>
    <message>
        <source>No worker node is registered with the coordinator: add each one with SELECT citus_add_node('host', port);.</source>
        <translation>No worker node is registered with the coordinator: add each one with SELECT citus_add_node('host', port);.</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 does not answer</translation>
    </message>
    <message>
        <source>%1 does not answer (%2)</source>
        <translation>%1 does not answer (%2)</translation>
    </message>
    <message>
        <source>%1. Queries that need a shard on an unreachable worker fail until it is back; Citus still lists it as active, since it does not notice by itself.</source>
        <translation>%1. Queries that need a shard on an unreachable worker fail until it is back; Citus still lists it as active, since it does not notice by itself.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) reachable</source>
        <translation>
            <numerusform>%n worker reachable</numerusform>
            <numerusform>%n workers reachable</numerusform>
        </translation>
    </message>
    <message>
        <source>; registered %1</source>
        <translation>; registered %1</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Node id</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Listed as active</source>
        <translation>Listed as active</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Distributed tables</source>
        <translation>Distributed tables</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Distribution column</source>
        <translation>Distribution column</translation>
    </message>
    <message>
        <source>Colocation group</source>
        <translation>Colocation group</translation>
    </message>
    <message>
        <source>Citus extension %1 on the coordinator %2</source>
        <translation>Citus extension %1 on the coordinator %2</translation>
    </message>
    <message>
        <source>Running but not registered: %1</source>
        <translation>Running but not registered: %1</translation>
    </message>
    <message>
        <source>Expected but not reachable from the coordinator, so not registered: %1</source>
        <translation>Expected but not reachable from the coordinator, so not registered: %1</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterControl</name>
    <message>
        <source>Stop the Cluster</source>
        <translation>Stop the Cluster</translation>
    </message>
    <message>
        <source>Stop the coordinator and the workers? Stopped, the cluster keeps its tables and starts again with them; deleting its data starts the next one empty.</source>
        <translation>Stop the coordinator and the workers? Stopped, the cluster keeps its tables and starts again with them; deleting its data starts the next one empty.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop and &amp;Delete Data</source>
        <translation>Stop and &amp;Delete Data</translation>
    </message>
    <message>
        <source>Reset the Demo</source>
        <translation>Reset the Demo</translation>
    </message>
    <message>
        <source>Drop the table %1 with all its shards and rows, so that the tutorial can start over?</source>
        <translation>Drop the table %1 with all its shards and rows, so that the tutorial can start over?</translation>
    </message>
    <message>
        <source>ShardScope did not start this cluster: stop it where it runs.</source>
        <translation>ShardScope did not start this cluster: stop it where it runs.</translation>
    </message>
    <message>
        <source>Stopping the cluster…</source>
        <translation>Stopping the cluster…</translation>
    </message>
    <message>
        <source>Cluster stopped and its data deleted.</source>
        <translation>Cluster stopped and its data deleted.</translation>
    </message>
    <message>
        <source>Cluster stopped.</source>
        <translation>Cluster stopped.</translation>
    </message>
    <message>
        <source>The cluster did not stop: %1</source>
        <translation>The cluster did not stop: %1</translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>Dropping %1…</translation>
    </message>
    <message>
        <source>The demo was not reset: %1</source>
        <translation>The demo was not reset: %1</translation>
    </message>
    <message>
        <source>Table %1 dropped: the tutorial can start over.</source>
        <translation>Table %1 dropped: the tutorial can start over.</translation>
    </message>
    <message>
        <source>No cluster yet: start or choose one in the tutorial wizard.</source>
        <translation>No cluster yet: start or choose one in the tutorial wizard.</translation>
    </message>
    <message>
        <source>Connecting to the cluster…</source>
        <translation>Connecting to the cluster…</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterInspector</name>
    <message>
        <source>unexpected answer to the cluster metadata queries</source>
        <translation>unexpected answer to the cluster metadata queries</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterLauncher</name>
    <message>
        <source>Gave up after %1 s.</source>
        <translation>Gave up after %1 s.</translation>
    </message>
    <message>
        <source>Gave up after %1 s: %2</source>
        <translation>Gave up after %1 s: %2</translation>
    </message>
    <message>
        <source>The number of workers must be between %1 and %2, not %3.</source>
        <translation>The number of workers must be between %1 and %2, not %3.</translation>
    </message>
    <message>
        <source>%1 is not a TCP port (1 to 65535).</source>
        <translation>%1 is not a TCP port (1 to 65535).</translation>
    </message>
    <message>
        <source>Another operation on the cluster is still running.</source>
        <translation>Another operation on the cluster is still running.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>There is no worker %1: workers are numbered from %2 to %3.</source>
        <translation>There is no worker %1: workers are numbered from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the cluster's tables again (%1)</source>
        <translation>Read the cluster's tables again (%1)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Rows per worker</source>
        <translation>Rows per worker</translation>
    </message>
    <message>
        <source>Cluster tables</source>
        <translation>Cluster tables</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Node id</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Rows of %1</translation>
    </message>
    <message>
        <source>Not connected. Start or choose a cluster in the tutorial wizard.</source>
        <translation>Not connected. Start or choose a cluster in the tutorial wizard.</translation>
    </message>
    <message>
        <source>Reading the cluster's tables from %1…</source>
        <translation>Reading the cluster's tables from %1…</translation>
    </message>
    <message>
        <source>Cannot read the cluster: %1</source>
        <translation>Cannot read the cluster: %1</translation>
    </message>
    <message>
        <source>%1 is not a Citus cluster: the citus extension is not installed in this database.</source>
        <translation>%1 is not a Citus cluster: the citus extension is not installed in this database.</translation>
    </message>
    <message>
        <source>%1: no rows per worker for %2 (%3)</source>
        <translation>%1: no rows per worker for %2 (%3)</translation>
    </message>
    <message>
        <source>%1:%2, database %3, user %4</source>
        <translation>%1:%2, database %3, user %4</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>local socket</translation>
    </message>
    <message>
        <source>the coordinator cannot connect to it</source>
        <translation>the coordinator cannot connect to it</translation>
    </message>
    <message>
        <source>unknown: the worker does not answer</source>
        <translation>unknown: the worker does not answer</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Why it does not answer</source>
        <translation>Why it does not answer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n worker(s) do not answer, so the shards there cannot be read or queried: %2</source>
        <translation>
            <numerusform>%1: %n worker does not answer, so the shards there cannot be read or queried: %2</numerusform>
            <numerusform>%1: %n workers do not answer, so the shards there cannot be read or queried: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the cluster…</source>
        <translation>Starting the cluster…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start this cluster again, as the tutorial wizard started it</source>
        <translation>Start this cluster again, as the tutorial wizard started it</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Forget</translation>
    </message>
    <message>
        <source>Forget this cluster: the tutorial wizard starts or chooses another</source>
        <translation>Forget this cluster: the tutorial wizard starts or chooses another</translation>
    </message>
    <message>
        <source>The cluster did not start: %1</source>
        <translation>The cluster did not start: %1</translation>
    </message>
    <message>
        <source>This cluster is not running: nothing answers at %1.</source>
        <translation>This cluster is not running: nothing answers at %1.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterProbe</name>
    <message>
        <source>The coordinator has no Citus extension (CREATE EXTENSION citus was not run there, or the server is plain PostgreSQL).</source>
        <translation>The coordinator has no Citus extension (CREATE EXTENSION citus was not run there, or the server is plain PostgreSQL).</translation>
    </message>
    <message>
        <source>Cannot connect to the coordinator: %1</source>
        <translation>Cannot connect to the coordinator: %1</translation>
    </message>
    <message>
        <source>The coordinator could not list its workers: %1</source>
        <translation>The coordinator could not list its workers: %1</translation>
    </message>
    <message>
        <source>Not registered with the coordinator yet: %1.</source>
        <translation>Not registered with the coordinator yet: %1.</translation>
    </message>
    <message>
        <source>The coordinator cannot reach: %1.</source>
        <translation>The coordinator cannot reach: %1.</translation>
    </message>
    <message>
        <source>No worker is registered with the coordinator.</source>
        <translation>No worker is registered with the coordinator.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterScaleControl</name>
    <message>
        <source>Again, with writes blocked while each shard is copied.</source>
        <translation>Again, with writes blocked while each shard is copied.</translation>
    </message>
    <message>
        <source>No plans to compare before and after: %1</source>
        <translation>No plans to compare before and after: %1</translation>
    </message>
    <message>
        <source>The plans after the change could not be read: %1</source>
        <translation>The plans after the change could not be read: %1</translation>
    </message>
    <message>
        <source>No cluster yet: start or choose one in the tutorial wizard.</source>
        <translation>No cluster yet: start or choose one in the tutorial wizard.</translation>
    </message>
    <message>
        <source>Connecting to the coordinator…</source>
        <translation>Connecting to the coordinator…</translation>
    </message>
    <message>
        <source>The connection to the coordinator is not ready for another statement.</source>
        <translation>The connection to the coordinator is not ready for another statement.</translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n worker(s): its shards need at least one left.</source>
        <translation>
            <numerusform>The cluster has %n worker: its shards need at least one left.</numerusform>
            <numerusform>The cluster has %n workers: its shards need at least one left.</numerusform>
        </translation>
    </message>
    <message>
        <source>No worker chosen: nothing changed.</source>
        <translation>No worker chosen: nothing changed.</translation>
    </message>
    <message>
        <source>Reading on which worker the tutorial's query runs for users 1 and 2…</source>
        <translation>Reading on which worker the tutorial's query runs for users 1 and 2…</translation>
    </message>
    <message numerus="yes">
        <source>ShardScope starts at most %n worker(s).</source>
        <translation>
            <numerusform>ShardScope starts at most %n worker.</numerusform>
            <numerusform>ShardScope starts at most %n workers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting worker %1 and registering it with the coordinator…</source>
        <translation>Starting worker %1 and registering it with the coordinator…</translation>
    </message>
    <message>
        <source>%1 runs and is a worker of the cluster.</source>
        <translation>%1 runs and is a worker of the cluster.</translation>
    </message>
    <message>
        <source>The new worker did not start: %1</source>
        <translation>The new worker did not start: %1</translation>
    </message>
    <message>
        <source>Reading the plans again…</source>
        <translation>Reading the plans again…</translation>
    </message>
    <message>
        <source>Add a Worker</source>
        <translation>Add a Worker</translation>
    </message>
    <message>
        <source>The new worker's host and port, as the coordinator reaches it (a PostgreSQL server with Citus, e.g. worker3:5432):</source>
        <translation>The new worker's host and port, as the coordinator reaches it (a PostgreSQL server with Citus, e.g. worker3:5432):</translation>
    </message>
    <message>
        <source>"%1" is not a worker's address: give it as HOST:PORT</source>
        <translation>"%1" is not a worker's address: give it as HOST:PORT</translation>
    </message>
    <message>
        <source>Remove a Worker</source>
        <translation>Remove a Worker</translation>
    </message>
    <message>
        <source>Move every shard off this worker, then remove it:</source>
        <translation>Move every shard off this worker, then remove it:</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterScaler</name>
    <message>
        <source>%1 is a worker of this cluster already (node %2).</source>
        <translation>%1 is a worker of this cluster already (node %2).</translation>
    </message>
    <message>
        <source>Added %1 to the cluster as node %2.</source>
        <translation>Added %1 to the cluster as node %2.</translation>
    </message>
    <message>
        <source>%1 is not a worker of this cluster.</source>
        <translation>%1 is not a worker of this cluster.</translation>
    </message>
    <message>
        <source>%1 takes no new shards; moving its shards to the other workers.</source>
        <translation>%1 takes no new shards; moving its shards to the other workers.</translation>
    </message>
    <message>
        <source>Removed %1 from the cluster.</source>
        <translation>Removed %1 from the cluster.</translation>
    </message>
    <message>
        <source>Another change of the cluster's workers is still running.</source>
        <translation>Another change of the cluster's workers is still running.</translation>
    </message>
    <message>
        <source>The connection to the coordinator is not ready for another statement.</source>
        <translation>The connection to the coordinator is not ready for another statement.</translation>
    </message>
    <message>
        <source>The worker holds no shards: nothing to move.</source>
        <translation>The worker holds no shards: nothing to move.</translation>
    </message>
    <message>
        <source>Nothing to move: the shards are balanced already.</source>
        <translation>Nothing to move: the shards are balanced already.</translation>
    </message>
    <message>
        <source>Citus moves the shards in background job %1.</source>
        <translation>Citus moves the shards in background job %1.</translation>
    </message>
    <message>
        <source>A shard move failed; Citus tries it again. It said: %1</source>
        <translation>A shard move failed; Citus tries it again. It said: %1</translation>
    </message>
    <message>
        <source>The rebalance job failed.</source>
        <translation>The rebalance job failed.</translation>
    </message>
    <message>
        <source>%1 stays in the cluster and takes shards again; the shards moved off it stay where they went.</source>
        <translation>%1 stays in the cluster and takes shards again; the shards moved off it stay where they went.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterSession</name>
    <message>
        <source>No cluster chosen yet: go back to the page that starts or picks the cluster.</source>
        <translation>No cluster chosen yet: go back to the page that starts or picks the cluster.</translation>
    </message>
</context>
<context>
    <name>shardscope::ComposeInventory</name>
    <message>
        <source>Docker did not list the cluster's containers within %1 s.</source>
        <translation>Docker did not list the cluster's containers within %1 s.</translation>
    </message>
</context>
<context>
    <name>shardscope::ComposeLauncher</name>
    <message>
        <source>Looking for Docker Compose</source>
        <translation>Looking for Docker Compose</translation>
    </message>
    <message>
        <source>Cannot write the cluster's settings: %1</source>
        <translation>Cannot write the cluster's settings: %1</translation>
    </message>
    <message>
        <source>%1 is not set in %2: give the cluster a password there.</source>
        <translation>%1 is not set in %2: give the cluster a password there.</translation>
    </message>
    <message>
        <source>The cluster is not running.</source>
        <translation>The cluster is not running.</translation>
    </message>
    <message>
        <source>Stopping the cluster</source>
        <translation>Stopping the cluster</translation>
    </message>
    <message>
        <source>Cluster stopped</source>
        <translation>Cluster stopped</translation>
    </message>
    <message>
        <source>`docker compose version` did not answer.</source>
        <translation>`docker compose version` did not answer.</translation>
    </message>
    <message>
        <source>Docker Compose did not finish.</source>
        <translation>Docker Compose did not finish.</translation>
    </message>
    <message>
        <source>%1 The registration's log: %2 -p %3 logs register-%4</source>
        <translation>%1 The registration's log: %2 -p %3 logs register-%4</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Cannot run %1: %2</translation>
    </message>
    <message>
        <source>Removing what the start left</source>
        <translation>Removing what the start left</translation>
    </message>
    <message>
        <source>Removed what the start left</source>
        <translation>Removed what the start left</translation>
    </message>
    <message>
        <source>whatever Compose made before it stopped (without the docker command it cannot be listed)</source>
        <translation>whatever Compose made before it stopped (without the docker command it cannot be listed)</translation>
    </message>
    <message>
        <source>Docker did not list the cluster's containers.</source>
        <translation>Docker did not list the cluster's containers.</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>Stopping %1</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 stopped</translation>
    </message>
</context>
<context>
    <name>shardscope::ComposeToolFinder</name>
    <message>
        <source>Docker is not installed: neither `docker compose` nor `docker-compose` was found. Install Docker Engine with its Compose plugin (https://docs.docker.com/engine/install/), or run the cluster on local PostgreSQL servers instead.</source>
        <translation>Docker is not installed: neither `docker compose` nor `docker-compose` was found. Install Docker Engine with its Compose plugin (https://docs.docker.com/engine/install/), or run the cluster on local PostgreSQL servers instead.</translation>
    </message>
    <message>
        <source>Docker Compose is not installed: `docker compose` does not work here and `docker-compose` was not found. Install the Compose plugin (package docker-compose-plugin) or docker-compose, or run the cluster on local PostgreSQL servers instead.</source>
        <translation>Docker Compose is not installed: `docker compose` does not work here and `docker-compose` was not found. Install the Compose plugin (package docker-compose-plugin) or docker-compose, or run the cluster on local PostgreSQL servers instead.</translation>
    </message>
</context>
<context>
    <name>shardscope::CreateTablePage</name>
    <message>
        <source>An ordinary PostgreSQL table first; Citus shards it on the next page.</source>
        <translation>An ordinary PostgreSQL table first; Citus shards it on the next page.</translation>
    </message>
    <message>
        <source>&amp;Create table</source>
        <translation>&amp;Create table</translation>
    </message>
    <message>
        <source>Create the table</source>
        <translation>Create the table</translation>
    </message>
    <message>
        <source>CREATE TABLE statement</source>
        <translation>CREATE TABLE statement</translation>
    </message>
    <message>
        <source>Why PRIMARY KEY (user_id, log_id)? Once the table is sharded by user_id, each worker can only check uniqueness among its own rows, so Citus requires the distribution column in every primary key and unique constraint.</source>
        <translation>Why PRIMARY KEY (user_id, log_id)? Once the table is sharded by user_id, each worker can only check uniqueness among its own rows, so Citus requires the distribution column in every primary key and unique constraint.</translation>
    </message>
    <message>
        <source>The table %1 does not exist yet: review the statement above, then create it.</source>
        <translation>The table %1 does not exist yet: review the statement above, then create it.</translation>
    </message>
</context>
<context>
    <name>shardscope::CreateTableStep</name>
    <message>
        <source>Create the table</source>
        <translation>Create the table</translation>
    </message>
    <message>
        <source>The table is created like any PostgreSQL table; Citus comes in at the next step. Its primary key is (user_id, log_id), not just log_id: once distributed by user_id, each worker can only check uniqueness among the rows of its own shards, so Citus requires the distribution column in every primary key and unique constraint. log_id alone would need a look at every shard for each insert.</source>
        <translation>The table is created like any PostgreSQL table; Citus comes in at the next step. Its primary key is (user_id, log_id), not just log_id: once distributed by user_id, each worker can only check uniqueness among the rows of its own shards, so Citus requires the distribution column in every primary key and unique constraint. log_id alone would need a look at every shard for each insert.</translation>
    </message>
    <message>
        <source>The statement ran, but there is still no table "%1": the tutorial's next steps use that name.</source>
        <translation>The statement ran, but there is still no table "%1": the tutorial's next steps use that name.</translation>
    </message>
    <message>
        <source>table %1 ready, without a primary key</source>
        <translation>table %1 ready, without a primary key</translation>
    </message>
    <message>
        <source>table %1 ready, primary key (%2)</source>
        <translation>table %1 ready, primary key (%2)</translation>
    </message>
    <message>
        <source>The primary key does not include %1: Citus will refuse to distribute the table by it.</source>
        <translation>The primary key does not include %1: Citus will refuse to distribute the table by it.</translation>
    </message>
</context>
<context>
    <name>shardscope::DistributePage</name>
    <message>
        <source>Shards per worker</source>
        <translation>Shards per worker</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Citus splits the table into shards by the hash of one column and spreads them over the workers.</source>
        <translation>Citus splits the table into shards by the hash of one column and spreads them over the workers.</translation>
    </message>
    <message>
        <source>&amp;Distribute table</source>
        <translation>&amp;Distribute table</translation>
    </message>
    <message>
        <source>Distribute the table</source>
        <translation>Distribute the table</translation>
    </message>
    <message>
        <source>Distribution column</source>
        <translation>Distribution column</translation>
    </message>
    <message>
        <source>Citus default (32)</source>
        <translation>Citus default (32)</translation>
    </message>
    <message>
        <source>Shard count</source>
        <translation>Shard count</translation>
    </message>
    <message>
        <source>Distribution &amp;column:</source>
        <translation>Distribution &amp;column:</translation>
    </message>
    <message>
        <source>&amp;Shards:</source>
        <translation>&amp;Shards:</translation>
    </message>
    <message>
        <source>%1 is an ordinary table so far: pick the column and distribute it.</source>
        <translation>%1 is an ordinary table so far: pick the column and distribute it.</translation>
    </message>
    <message>
        <source>Rows with the same value in this column always share a shard. It must be part of the primary key.</source>
        <translation>Rows with the same value in this column always share a shard. It must be part of the primary key.</translation>
    </message>
</context>
<context>
    <name>shardscope::DistributeStep</name>
    <message>
        <source>Distribute the table</source>
        <translation>Distribute the table</translation>
    </message>
    <message>
        <source>create_distributed_table splits the table into shards, by a hash of the distribution column, and spreads them over the workers. All rows of one user_id land in the same shard, so a query for one user goes to a single worker. The table name and column travel as values, not as SQL text.</source>
        <translation>create_distributed_table splits the table into shards, by a hash of the distribution column, and spreads them over the workers. All rows of one user_id land in the same shard, so a query for one user goes to a single worker. The table name and column travel as values, not as SQL text.</translation>
    </message>
    <message>
        <source>There is no table "%1" to distribute yet: create it first.</source>
        <translation>There is no table "%1" to distribute yet: create it first.</translation>
    </message>
    <message>
        <source>has no distribution column (a reference or local table)</source>
        <translation>has no distribution column (a reference or local table)</translation>
    </message>
    <message>
        <source>is distributed by %1</source>
        <translation>is distributed by %1</translation>
    </message>
    <message>
        <source>The table "%1" %2, not by %3: reset the demo to start over.</source>
        <translation>The table "%1" %2, not by %3: reset the demo to start over.</translation>
    </message>
    <message>
        <source>distributed by %1 into %2 on %3</source>
        <translation>distributed by %1 into %2 on %3</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n shard</numerusform>
            <numerusform>%n shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Shards per worker</source>
        <translation>Shards per worker</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Colocation group %1: tables in the same group keep the rows of one %2 on the same worker.</source>
        <translation>Colocation group %1: tables in the same group keep the rows of one %2 on the same worker.</translation>
    </message>
</context>
<context>
    <name>shardscope::EveryTaskExplainer</name>
    <message>
        <source>The statement could not be explained.</source>
        <translation>The statement could not be explained.</translation>
    </message>
</context>
<context>
    <name>shardscope::ExampleGallery</name>
    <message>
        <source>Open the example plan “%1”</source>
        <translation>Open the example plan “%1”</translation>
    </message>
</context>
<context>
    <name>shardscope::ExplainPage</name>
    <message>
        <source>How does the coordinator run a query? EXPLAIN ANALYZE shows the tasks it sends and the workers that run them.</source>
        <translation>How does the coordinator run a query? EXPLAIN ANALYZE shows the tasks it sends and the workers that run them.</translation>
    </message>
    <message>
        <source>&amp;Run EXPLAIN ANALYZE</source>
        <translation>&amp;Run EXPLAIN ANALYZE</translation>
    </message>
    <message>
        <source>Explain the statement</source>
        <translation>Explain the statement</translation>
    </message>
    <message>
        <source>Com&amp;pare user 1 and user 2</source>
        <translation>Com&amp;pare user 1 and user 2</translation>
    </message>
    <message>
        <source>Explain the queries for user 1 and user 2 and compare their plans</source>
        <translation>Explain the queries for user 1 and user 2 and compare their plans</translation>
    </message>
    <message>
        <source>&amp;Open in plan viewer</source>
        <translation>&amp;Open in plan viewer</translation>
    </message>
    <message>
        <source>Open the plan in the plan viewer</source>
        <translation>Open the plan in the plan viewer</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>User 1 and user 2</source>
        <translation>User 1 and user 2</translation>
    </message>
    <message>
        <source>Plan of the statement</source>
        <translation>Plan of the statement</translation>
    </message>
    <message>
        <source>Pick one of the tutorial's queries or write your own, then run EXPLAIN ANALYZE.</source>
        <translation>Pick one of the tutorial's queries or write your own, then run EXPLAIN ANALYZE.</translation>
    </message>
    <message>
        <source>Query for user %1</source>
        <translation>Query for user %1</translation>
    </message>
    <message>
        <source>Not a distributed plan: PostgreSQL ran the query alone on this server</source>
        <translation>Not a distributed plan: PostgreSQL ran the query alone on this server</translation>
    </message>
    <message>
        <source>There is no Citus Adaptive scan, so no tasks and no workers: the table is an ordinary one, or this server has no Citus.</source>
        <translation>There is no Citus Adaptive scan, so no tasks and no workers: the table is an ordinary one, or this server has no Citus.</translation>
    </message>
    <message>
        <source>Citus cannot EXPLAIN ANALYZE this statement: the plan is shown without running it</source>
        <translation>Citus cannot EXPLAIN ANALYZE this statement: the plan is shown without running it</translation>
    </message>
    <message>
        <source>Show &amp;Large</source>
        <translation>Show &amp;Large</translation>
    </message>
    <message>
        <source>Show the plans as large as the screen</source>
        <translation>Show the plans as large as the screen</translation>
    </message>
    <message>
        <source>Open the Shard &amp;Map</source>
        <translation>Open the Shard &amp;Map</translation>
    </message>
    <message>
        <source>Open the shard map in the main window</source>
        <translation>Open the shard map in the main window</translation>
    </message>
    <message>
        <source>Add a &amp;Worker…</source>
        <translation>Add a &amp;Worker…</translation>
    </message>
    <message>
        <source>Add a worker to the cluster and move shards onto it</source>
        <translation>Add a worker to the cluster and move shards onto it</translation>
    </message>
    <message>
        <source>Add a worker, move shards onto it while the shard map shows them move, then see whether user 1's and user 2's tasks moved</source>
        <translation>Add a worker, move shards onto it while the shard map shows them move, then see whether user 1's and user 2's tasks moved</translation>
    </message>
    <message>
        <source>&lt;b&gt;What next?&lt;/b&gt;</source>
        <translation>&lt;b&gt;What next?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>S&amp;top a Worker…</source>
        <translation>S&amp;top a Worker…</translation>
    </message>
    <message>
        <source>Stop a worker of the cluster and see which users' queries fail</source>
        <translation>Stop a worker of the cluster and see which users' queries fail</translation>
    </message>
    <message>
        <source>Stop one worker of a cluster ShardScope started, see the queries of the users whose shards it holds fail while the others work, then start it again</source>
        <translation>Stop one worker of a cluster ShardScope started, see the queries of the users whose shards it holds fail while the others work, then start it again</translation>
    </message>
</context>
<context>
    <name>shardscope::ExplainStep</name>
    <message>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE runs the statement and shows how: the coordinator's Citus Adaptive scan sends one task per shard involved to the worker holding it. A query for one user_id needs one shard, so one task on one worker (a router query); without a user_id filter every shard gets a task.</source>
        <translation>EXPLAIN ANALYZE runs the statement and shows how: the coordinator's Citus Adaptive scan sends one task per shard involved to the worker holding it. A query for one user_id needs one shard, so one task on one worker (a router query); without a user_id filter every shard gets a task.</translation>
    </message>
    <message>
        <source>This statement changes data: it ran inside a transaction that was rolled back, so the data is as it was.</source>
        <translation>This statement changes data: it ran inside a transaction that was rolled back, so the data is as it was.</translation>
    </message>
    <message>
        <source>There is no statement to explain.</source>
        <translation>There is no statement to explain.</translation>
    </message>
    <message>
        <source>Explain one statement at a time.</source>
        <translation>Explain one statement at a time.</translation>
    </message>
    <message>
        <source>Type the statement without EXPLAIN: ShardScope adds it, with the options it needs.</source>
        <translation>Type the statement without EXPLAIN: ShardScope adds it, with the options it needs.</translation>
    </message>
    <message>
        <source>The server's EXPLAIN output could not be read: %1</source>
        <translation>The server's EXPLAIN output could not be read: %1</translation>
    </message>
    <message>
        <source>%1 query, %2</source>
        <translation>%1 query, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 query, %2 on %3</source>
        <translation>%1 query, %2 on %3</translation>
    </message>
    <message>
        <source>not distributed: PostgreSQL ran it alone</source>
        <translation>not distributed: PostgreSQL ran it alone</translation>
    </message>
    <message>
        <source>citus.explain_all_tasks is off: one task per job is shown.</source>
        <translation>citus.explain_all_tasks is off: one task per job is shown.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>what ran, then how long it took</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>shardscope::GlossaryButton</name>
    <message>
        <source>%1 ?</source>
        <translation>%1 ?</translation>
    </message>
    <message>
        <source>What is: %1</source>
        <translation>What is: %1</translation>
    </message>
</context>
<context>
    <name>shardscope::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Search the terms</source>
        <translation>Search the terms</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Search the glossary</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>In the Citus documentation</source>
        <translation>In the Citus documentation</translation>
    </message>
</context>
<context>
    <name>shardscope::InsertDataPage</name>
    <message>
        <source>Rows go to the coordinator, which sends each one to the shard its user_id hashes to.</source>
        <translation>Rows go to the coordinator, which sends each one to the shard its user_id hashes to.</translation>
    </message>
    <message>
        <source>&amp;Insert rows</source>
        <translation>&amp;Insert rows</translation>
    </message>
    <message>
        <source>Insert the rows</source>
        <translation>Insert the rows</translation>
    </message>
    <message>
        <source>Rows per worker</source>
        <translation>Rows per worker</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Not all rows are there yet (%1): insert them.</source>
        <translation>Not all rows are there yet (%1): insert them.</translation>
    </message>
    <message>
        <source>Not a Citus cluster: every row lives in one ordinary table on this server</source>
        <translation>Not a Citus cluster: every row lives in one ordinary table on this server</translation>
    </message>
    <message>
        <source>%1. This server has no Citus, so there are no shards and no workers to spread the rows over. Start a Citus cluster on the cluster page to see them spread.</source>
        <translation>%1. This server has no Citus, so there are no shards and no workers to spread the rows over. Start a Citus cluster on the cluster page to see them spread.</translation>
    </message>
    <message>
        <source>The table is not distributed: every row lives on the coordinator</source>
        <translation>The table is not distributed: every row lives on the coordinator</translation>
    </message>
    <message>
        <source>%1. Distribute the table on the previous page to spread the rows over the workers.</source>
        <translation>%1. Distribute the table on the previous page to spread the rows over the workers.</translation>
    </message>
    <message>
        <source>Made here and streamed with COPY … FROM STDIN, a single statement: Cancel leaves none of its rows, and rows already loaded are not loaded again. They belong to users %1 to %2, apart from the tutorial's users 1, 2 and 3: the tutorial's queries still find only its own rows.</source>
        <translation>Made here and streamed with COPY … FROM STDIN, a single statement: Cancel leaves none of its rows, and rows already loaded are not loaded again. They belong to users %1 to %2, apart from the tutorial's users 1, 2 and 3: the tutorial's queries still find only its own rows.</translation>
    </message>
</context>
<context>
    <name>shardscope::InsertStep</name>
    <message>
        <source>Insert rows</source>
        <translation>Insert rows</translation>
    </message>
    <message>
        <source>Rows go in with a plain INSERT; the coordinator hashes each row's user_id and sends it to the shard that owns that hash range, on whichever worker holds it. Rows of the same user always meet in the same shard. Here each row is inserted only if it is not there yet, so the step can run again.</source>
        <translation>Rows go in with a plain INSERT; the coordinator hashes each row's user_id and sends it to the shard that owns that hash range, on whichever worker holds it. Rows of the same user always meet in the same shard. Here each row is inserted only if it is not there yet, so the step can run again.</translation>
    </message>
    <message>
        <source>There is no table "%1" to insert into yet: create it first.</source>
        <translation>There is no table "%1" to insert into yet: create it first.</translation>
    </message>
    <message>
        <source>%1 of %2 tutorial rows were there</source>
        <translation>%1 of %2 tutorial rows were there</translation>
    </message>
    <message>
        <source>%1 inserted</source>
        <translation>%1 inserted</translation>
    </message>
    <message>
        <source>%1 of %2 bulk rows were there</source>
        <translation>%1 of %2 bulk rows were there</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 loaded</translation>
    </message>
    <message>
        <source>The table is not distributed: every row lives on this server.</source>
        <translation>The table is not distributed: every row lives on this server.</translation>
    </message>
    <message>
        <source>Where the tutorial's users went</source>
        <translation>Where the tutorial's users went</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Rows per worker</source>
        <translation>Rows per worker</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 or more</translation>
    </message>
    <message>
        <source>Rows per shard</source>
        <translation>Rows per shard</translation>
    </message>
</context>
<context>
    <name>shardscope::LargeView</name>
    <message>
        <source>Plan, large</source>
        <translation>Plan, large</translation>
    </message>
    <message>
        <source>The mouse wheel zooms, dragging moves the plan; Escape goes back to the tutorial.</source>
        <translation>The mouse wheel zooms, dragging moves the plan; Escape goes back to the tutorial.</translation>
    </message>
    <message>
        <source>&amp;Back to the Tutorial</source>
        <translation>&amp;Back to the Tutorial</translation>
    </message>
    <message>
        <source>Put the plan back in the tutorial</source>
        <translation>Put the plan back in the tutorial</translation>
    </message>
</context>
<context>
    <name>shardscope::LocalLauncher</name>
    <message>
        <source>Servers started</source>
        <translation>Servers started</translation>
    </message>
    <message>
        <source>Choose a directory for the servers' data.</source>
        <translation>Choose a directory for the servers' data.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>Asking the coordinator</source>
        <translation>Asking the coordinator</translation>
    </message>
    <message>
        <source>There is no cluster in %1.</source>
        <translation>There is no cluster in %1.</translation>
    </message>
    <message>
        <source>The coordinator is not running.</source>
        <translation>The coordinator is not running.</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>Stopping %1</translation>
    </message>
    <message>
        <source>%1 did not stop.</source>
        <translation>%1 did not stop.</translation>
    </message>
    <message>
        <source>Removing the data</source>
        <translation>Removing the data</translation>
    </message>
    <message>
        <source>Cluster stopped</source>
        <translation>Cluster stopped</translation>
    </message>
    <message>
        <source>Looking for PostgreSQL</source>
        <translation>Looking for PostgreSQL</translation>
    </message>
    <message>
        <source>Looking for Citus</source>
        <translation>Looking for Citus</translation>
    </message>
    <message>
        <source>pg_config failed, so it is unknown whether Citus is installed.</source>
        <translation>pg_config failed, so it is unknown whether Citus is installed.</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>Preparing %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>The servers run as the user postgres (initdb refuses root), which cannot write to %1. Choose a directory it can reach, for example under /var/tmp.</source>
        <translation>The servers run as the user postgres (initdb refuses root), which cannot write to %1. Choose a directory it can reach, for example under /var/tmp.</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Creating %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>initdb failed for %1.</source>
        <translation>initdb failed for %1.</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Starting %1</translation>
    </message>
    <message>
        <source>The cluster in %1 has its %2 on port %3, which the other servers know it by. Leave the port out, or stop the cluster and remove its data to start over on port %4.</source>
        <translation>The cluster in %1 has its %2 on port %3, which the other servers know it by. Leave the port out, or stop the cluster and remove its data to start over on port %4.</translation>
    </message>
    <message>
        <source>%1 did not start. The end of its log (%2):
%3</source>
        <translation>%1 did not start. The end of its log (%2):
%3</translation>
    </message>
    <message>
        <source>Enabling Citus on %1</source>
        <translation>Enabling Citus on %1</translation>
    </message>
    <message>
        <source>Registering the workers</source>
        <translation>Registering the workers</translation>
    </message>
    <message>
        <source>Waiting for the coordinator to reach the workers</source>
        <translation>Waiting for the coordinator to reach the workers</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Cannot run %1: %2</translation>
    </message>
    <message>
        <source>The server on port %1 refused: %2</source>
        <translation>The server on port %1 refused: %2</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1, the port of %2, is already in use. Stop what uses it, or choose another port.</source>
        <translation>Port %1 on 127.0.0.1, the port of %2, is already in use. Stop what uses it, or choose another port.</translation>
    </message>
    <message>
        <source>The cluster in %1 has no %2.</source>
        <translation>The cluster in %1 has no %2.</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 stopped</translation>
    </message>
    <message>
        <source>Found %1 in %2</source>
        <translation>Found %1 in %2</translation>
    </message>
    <message>
        <source>Already running: %1, on port %2</source>
        <translation>Already running: %1, on port %2</translation>
    </message>
</context>
<context>
    <name>shardscope::MainWindow</name>
    <message>
        <source>ShardScope</source>
        <translation>ShardScope</translation>
    </message>
    <message>
        <source>&lt;p&gt;Any EXPLAIN output works: JSON, text, YAML or XML. For the full picture of a Citus query run&lt;/p&gt;&lt;p&gt;&lt;code&gt;EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) SELECT …;&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Any EXPLAIN output works: JSON, text, YAML or XML. For the full picture of a Citus query run&lt;/p&gt;&lt;p&gt;&lt;code&gt;EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) SELECT …;&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>&amp;Recent plans</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Recent plans</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Colour By</source>
        <translation>&amp;Colour By</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open an EXPLAIN plan file (JSON, text, YAML or XML)</source>
        <translation>Open an EXPLAIN plan file (JSON, text, YAML or XML)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mpare With…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Open a second plan and compare it with this one side by side</source>
        <translation>Open a second plan and compare it with this one side by side</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Export Drawing…</source>
        <translation>&amp;Export Drawing…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the plan drawing as a PNG, SVG or PDF file</source>
        <translation>Save the plan drawing as a PNG, SVG or PDF file</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the comparison, or the plan</source>
        <translation>Close the comparison, or the plan</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>&amp;Paste Plan</source>
        <translation>&amp;Paste Plan</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Read a plan from the clipboard, as copied from psql or a file</source>
        <translation>Read a plan from the clipboard, as copied from psql or a file</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Copy Node Details</source>
        <translation>&amp;Copy Node Details</translation>
    </message>
    <message>
        <source>Copy everything about the selected node as text</source>
        <translation>Copy everything about the selected node as text</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation>&amp;Find Node…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Next matching node</source>
        <translation>Next matching node</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>Previous matching node</source>
        <translation>Previous matching node</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole plan</source>
        <translation>Show the whole plan</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Show the plan at 100%</source>
        <translation>Show the plan at 100%</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Jump to Slowest Node</source>
        <translation>&amp;Jump to Slowest Node</translation>
    </message>
    <message>
        <source>Slowest Node</source>
        <translation>Slowest Node</translation>
    </message>
    <message>
        <source>Select the node that spent the most time of its own</source>
        <translation>Select the node that spent the most time of its own</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>E&amp;xpand All</translation>
    </message>
    <message>
        <source>Unfold every collapsed subtree</source>
        <translation>Unfold every collapsed subtree</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>Colour each node by the Citus worker that ran it</source>
        <translation>Colour each node by the Citus worker that ran it</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>&amp;Time in Node</source>
        <translation>&amp;Time in Node</translation>
    </message>
    <message>
        <source>Colour each node by the time it spent itself, the slowest hottest</source>
        <translation>Colour each node by the time it spent itself, the slowest hottest</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Row &amp;Misestimate</source>
        <translation>Row &amp;Misestimate</translation>
    </message>
    <message>
        <source>Colour each node by how far the planner's row estimate was off</source>
        <translation>Colour each node by how far the planner's row estimate was off</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>F&amp;ull Screen</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>Cancel Loading</translation>
    </message>
    <message>
        <source>Stop waiting for the plan being read; the current one stays</source>
        <translation>Stop waiting for the plan being read; the current one stays</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;About ShardScope</source>
        <translation>&amp;About ShardScope</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1 at line %2, column %3: %4</source>
        <translation>Could not read %1 at line %2, column %3: %4</translation>
    </message>
    <message>
        <source>Colour nodes by</source>
        <translation>Colour nodes by</translation>
    </message>
    <message>
        <source>What the colours of the nodes show (Alt+1, Alt+2, Alt+3)</source>
        <translation>What the colours of the nodes show (Alt+1, Alt+2, Alt+3)</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Time in node</source>
        <translation>Time in node</translation>
    </message>
    <message>
        <source>Row misestimate</source>
        <translation>Row misestimate</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>Colour &amp;by:</translation>
    </message>
    <message>
        <source>Find node (Ctrl+F)</source>
        <translation>Find node (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find node</source>
        <translation>Find node</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>Reading the plan</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>&amp;Details Panel</translation>
    </message>
    <message>
        <source>Wor&amp;kers Chart</source>
        <translation>Wor&amp;kers Chart</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read a plan from. Copy the output of EXPLAIN in psql and paste again.</source>
        <translation>The clipboard holds no text to read a plan from. Copy the output of EXPLAIN in psql and paste again.</translation>
    </message>
    <message>
        <source>Pasted plan</source>
        <translation>Pasted plan</translation>
    </message>
    <message>
        <source>Workers · Plan B</source>
        <translation>Workers · Plan B</translation>
    </message>
    <message>
        <source>Workers · Plan A</source>
        <translation>Workers · Plan A</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Open Plan</translation>
    </message>
    <message>
        <source>EXPLAIN plans (*.json *.txt *.yaml *.yml *.xml);;All files (*)</source>
        <translation>EXPLAIN plans (*.json *.txt *.yaml *.yml *.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Compare With Plan</source>
        <translation>Compare With Plan</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation>Export Drawing</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>Could not export the drawing to %1: %2</source>
        <translation>Could not export the drawing to %1: %2</translation>
    </message>
    <message>
        <source>Drawing saved to %1</source>
        <translation>Drawing saved to %1</translation>
    </message>
    <message>
        <source>unknown image format: use .png, .svg or .pdf</source>
        <translation>unknown image format: use .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>no plan is open</source>
        <translation>no plan is open</translation>
    </message>
    <message>
        <source>About ShardScope</source>
        <translation>About ShardScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShardScope %1&lt;/h3&gt;&lt;p&gt;See and teach PostgreSQL sharding with Citus: EXPLAIN ANALYZE plans drawn as a tree coloured by the worker that ran each part.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShardScope %1&lt;/h3&gt;&lt;p&gt;See and teach PostgreSQL sharding with Citus: EXPLAIN ANALYZE plans drawn as a tree coloured by the worker that ran each part.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1   —   %2</source>
        <translation>%1   —   %2</translation>
    </message>
    <message>
        <source>Plan A: %1 · plan B: %2</source>
        <translation>Plan A: %1 · plan B: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 vs %2 — ShardScope</source>
        <translation>%1 vs %2 — ShardScope</translation>
    </message>
    <message>
        <source>%1 — ShardScope</source>
        <translation>%1 — ShardScope</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Dropped text</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Presenter Mode</translation>
    </message>
    <message>
        <source>For a projector: larger text and cards, strong contrast, the workers' legend always in sight</source>
        <translation>For a projector: larger text and cards, strong contrast, the workers' legend always in sight</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Tutorial Wizard…</source>
        <translation>&amp;Tutorial Wizard…</translation>
    </message>
    <message>
        <source>Start a Citus cluster and walk through the sharding tutorial step by step</source>
        <translation>Start a Citus cluster and walk through the sharding tutorial step by step</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Matching nodes</source>
        <translation>Matching nodes</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Plan summary</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Node details</translation>
    </message>
    <message>
        <source>Work per worker</source>
        <translation>Work per worker</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Plan tree</source>
        <translation>Plan tree</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Workers, shards and rows of the cluster</source>
        <translation>Workers, shards and rows of the cluster</translation>
    </message>
    <message>
        <source>Cluster &amp;Tables</source>
        <translation>Cluster &amp;Tables</translation>
    </message>
    <message>
        <source>&amp;Reset Demo…</source>
        <translation>&amp;Reset Demo…</translation>
    </message>
    <message>
        <source>Drop the tutorial's table, with its shards, to start over</source>
        <translation>Drop the tutorial's table, with its shards, to start over</translation>
    </message>
    <message>
        <source>&amp;Stop Cluster…</source>
        <translation>&amp;Stop Cluster…</translation>
    </message>
    <message>
        <source>Stop the cluster the tutorial wizard started, keeping or deleting its data</source>
        <translation>Stop the cluster the tutorial wizard started, keeping or deleting its data</translation>
    </message>
    <message>
        <source>See how Citus spreads a query over its workers.</source>
        <translation>See how Citus spreads a query over its workers.</translation>
    </message>
    <message>
        <source>Open E&amp;xample Plan</source>
        <translation>Open E&amp;xample Plan</translation>
    </message>
    <message>
        <source>Side &amp;Panels</source>
        <translation>Side &amp;Panels</translation>
    </message>
    <message>
        <source>Show or put away the details, workers and cluster panels (%1)</source>
        <translation>Show or put away the details, workers and cluster panels (%1)</translation>
    </message>
    <message>
        <source>Presenter mode: the side panels are put away, %1 brings them back.</source>
        <translation>Presenter mode: the side panels are put away, %1 brings them back.</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <source>The Citus terms the application uses, with links to the Citus documentation</source>
        <translation>The Citus terms the application uses, with links to the Citus documentation</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>Shard Map</source>
        <translation>Shard Map</translation>
    </message>
    <message>
        <source>Where each row of a Citus table lives: hash, shard, worker</source>
        <translation>Where each row of a Citus table lives: hash, shard, worker</translation>
    </message>
    <message>
        <source>Shard &amp;Map</source>
        <translation>Shard &amp;Map</translation>
    </message>
    <message>
        <source>See which shard and worker hold each row of a Citus table</source>
        <translation>See which shard and worker hold each row of a Citus table</translation>
    </message>
    <message>
        <source>Explaining the statement again with every task shown…</source>
        <translation>Explaining the statement again with every task shown…</translation>
    </message>
    <message>
        <source>Every task could not be shown: %1</source>
        <translation>Every task could not be shown: %1</translation>
    </message>
    <message>
        <source>&amp;Add a Worker…</source>
        <translation>&amp;Add a Worker…</translation>
    </message>
    <message>
        <source>Start or register one more worker, then move shards onto it</source>
        <translation>Start or register one more worker, then move shards onto it</translation>
    </message>
    <message>
        <source>Re&amp;balance</source>
        <translation>Re&amp;balance</translation>
    </message>
    <message>
        <source>Move shards so that every worker holds about as many</source>
        <translation>Move shards so that every worker holds about as many</translation>
    </message>
    <message>
        <source>Re&amp;move a Worker…</source>
        <translation>Re&amp;move a Worker…</translation>
    </message>
    <message>
        <source>Move every shard off a worker, then remove it from the cluster</source>
        <translation>Move every shard off a worker, then remove it from the cluster</translation>
    </message>
    <message>
        <source>Stop a &amp;Worker…</source>
        <translation>Stop a &amp;Worker…</translation>
    </message>
    <message>
        <source>Stop one worker of the cluster ShardScope started and see which queries fail</source>
        <translation>Stop one worker of the cluster ShardScope started and see which queries fail</translation>
    </message>
    <message>
        <source>Start It &amp;Again</source>
        <translation>Start It &amp;Again</translation>
    </message>
    <message>
        <source>Start the stopped worker again and check that no row was lost</source>
        <translation>Start the stopped worker again and check that no row was lost</translation>
    </message>
</context>
<context>
    <name>shardscope::MessageBanner</name>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the error message</source>
        <translation>Dismiss the error message</translation>
    </message>
</context>
<context>
    <name>shardscope::OutageDialog</name>
    <message>
        <source>The cluster could not be checked</source>
        <translation>The cluster could not be checked</translation>
    </message>
    <message>
        <source>Lost Worker</source>
        <translation>Lost Worker</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Check Again</translation>
    </message>
    <message>
        <source>&amp;Start It Again</source>
        <translation>&amp;Start It Again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not answer: %n of the users' queries fail</source>
        <translation>
            <numerusform>%1 does not answer: %n of the users' queries fails</numerusform>
            <numerusform>%1 does not answer: %n of the users' queries fail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every worker answers, yet %n of the users' queries fail</source>
        <translation>
            <numerusform>Every worker answers, yet %n of the users' queries fails</numerusform>
            <numerusform>Every worker answers, yet %n of the users' queries fail</numerusform>
        </translation>
    </message>
    <message>
        <source>Every worker answers and every user's query works</source>
        <translation>Every worker answers and every user's query works</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>The tutorial's query for each user</source>
        <translation>The tutorial's query for each user</translation>
    </message>
    <message>
        <source>Rows per shard</source>
        <translation>Rows per shard</translation>
    </message>
</context>
<context>
    <name>shardscope::PgConnection</name>
    <message>
        <source>the server at %1 did not answer within %2 ms</source>
        <translation>the server at %1 did not answer within %2 ms</translation>
    </message>
    <message>
        <source>the statement ran longer than %1 ms and the server did not answer the cancel request within %2 ms; the connection was closed</source>
        <translation>the statement ran longer than %1 ms and the server did not answer the cancel request within %2 ms; the connection was closed</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
    <message>
        <source>another statement is running</source>
        <translation>another statement is running</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>ShardScope sends COPY data only through its COPY support</source>
        <translation>ShardScope sends COPY data only through its COPY support</translation>
    </message>
    <message>
        <source>replication streams are not supported</source>
        <translation>replication streams are not supported</translation>
    </message>
    <message>
        <source>the statement ran longer than %1 ms and was cancelled</source>
        <translation>the statement ran longer than %1 ms and was cancelled</translation>
    </message>
    <message>
        <source>statement timeout</source>
        <translation>statement timeout</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelled by the user</translation>
    </message>
</context>
<context>
    <name>shardscope::PlanComparisonWidget</name>
    <message>
        <source>&lt;b&gt;Plan %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Plan %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Differences between the two plans</source>
        <translation>Differences between the two plans</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation>Plan A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
</context>
<context>
    <name>shardscope::PlanDetailsPanel</name>
    <message>
        <source>Select a node of the plan to see everything about it here.</source>
        <translation>Select a node of the plan to see everything about it here.</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Node details</translation>
    </message>
    <message>
        <source>Figures of the node</source>
        <translation>Figures of the node</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Copy All</translation>
    </message>
    <message>
        <source>Copy everything about this node as text</source>
        <translation>Copy everything about this node as text</translation>
    </message>
    <message>
        <source>Query sent to the worker</source>
        <translation>Query sent to the worker</translation>
    </message>
    <message>
        <source>All properties reported by the server</source>
        <translation>All properties reported by the server</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy All Details</source>
        <translation>Copy All Details</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>All properties</translation>
    </message>
    <message>
        <source>Ran on %1</source>
        <translation>Ran on %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Planned for %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>shardscope::PlanScene</name>
    <message>
        <source>tasks: %1</source>
        <translation>tasks: %1</translation>
    </message>
    <message>
        <source>inputs: %1</source>
        <translation>inputs: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Task → worker %1</source>
        <translation>Task → worker %1</translation>
    </message>
    <message>
        <source> · shard %1</source>
        <translation> · shard %1</translation>
    </message>
    <message>
        <source>intermediate result</source>
        <translation>intermediate result</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>repartitioned rows</source>
        <translation>repartitioned rows</translation>
    </message>
    <message>
        <source>tasks: %1 · plan nodes: %2</source>
        <translation>tasks: %1 · plan nodes: %2</translation>
    </message>
    <message>
        <source>plan nodes: %1</source>
        <translation>plan nodes: %1</translation>
    </message>
</context>
<context>
    <name>shardscope::PlanView</name>
    <message>
        <source>Arrow keys move between nodes: Up to the parent, Down to the first child, Left and Right to siblings. Enter folds or unfolds the selected node.</source>
        <translation>Arrow keys move between nodes: Up to the parent, Down to the first child, Left and Right to siblings. Enter folds or unfolds the selected node.</translation>
    </message>
    <message>
        <source>Expand Subtree</source>
        <translation>Expand Subtree</translation>
    </message>
    <message>
        <source>Collapse Subtree</source>
        <translation>Collapse Subtree</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Expand All</translation>
    </message>
    <message>
        <source>Jump to Slowest Node</source>
        <translation>Jump to Slowest Node</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Fit to Window</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Actual Size</translation>
    </message>
</context>
<context>
    <name>shardscope::PrerequisiteChecker</name>
    <message>
        <source>Docker Compose found: %1</source>
        <translation>Docker Compose found: %1</translation>
    </message>
    <message>
        <source>Docker Compose is not available</source>
        <translation>Docker Compose is not available</translation>
    </message>
    <message>
        <source>Docker is not installed</source>
        <translation>Docker is not installed</translation>
    </message>
    <message>
        <source>Install Docker Engine (https://docs.docker.com/engine/install/), or start the cluster on local PostgreSQL servers or use an existing one.</source>
        <translation>Install Docker Engine (https://docs.docker.com/engine/install/), or start the cluster on local PostgreSQL servers or use an existing one.</translation>
    </message>
    <message>
        <source>Docker Engine %1 is running</source>
        <translation>Docker Engine %1 is running</translation>
    </message>
    <message>
        <source>Docker is installed, but you may not use it</source>
        <translation>Docker is installed, but you may not use it</translation>
    </message>
    <message>
        <source>Add yourself to the docker group (sudo usermod -aG docker $USER), then log in again.</source>
        <translation>Add yourself to the docker group (sudo usermod -aG docker $USER), then log in again.</translation>
    </message>
    <message>
        <source>Docker is installed, but its daemon is not running</source>
        <translation>Docker is installed, but its daemon is not running</translation>
    </message>
    <message>
        <source>Start it: sudo systemctl start docker (or open Docker Desktop).</source>
        <translation>Start it: sudo systemctl start docker (or open Docker Desktop).</translation>
    </message>
    <message>
        <source>No local PostgreSQL server found</source>
        <translation>No local PostgreSQL server found</translation>
    </message>
    <message>
        <source>Only needed for a cluster of local servers: install postgresql (sudo apt install postgresql). %1</source>
        <translation>Only needed for a cluster of local servers: install postgresql (sudo apt install postgresql). %1</translation>
    </message>
    <message>
        <source>Citus cannot be looked for without a local PostgreSQL</source>
        <translation>Citus cannot be looked for without a local PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL server programs in %1</source>
        <translation>PostgreSQL server programs in %1</translation>
    </message>
    <message>
        <source>pg_config failed: whether Citus is installed is unknown</source>
        <translation>pg_config failed: whether Citus is installed is unknown</translation>
    </message>
    <message>
        <source>Citus is not installed for the local PostgreSQL</source>
        <translation>Citus is not installed for the local PostgreSQL</translation>
    </message>
    <message>
        <source>Citus is installed for the local PostgreSQL</source>
        <translation>Citus is installed for the local PostgreSQL</translation>
    </message>
</context>
<context>
    <name>shardscope::ResetDemoStep</name>
    <message>
        <source>Reset demo</source>
        <translation>Reset demo</translation>
    </message>
    <message>
        <source>Drops the table %1 and all its rows; on Citus its shards on the workers go with it. The tutorial then starts over from an empty database.</source>
        <translation>Drops the table %1 and all its rows; on Citus its shards on the workers go with it. The tutorial then starts over from an empty database.</translation>
    </message>
    <message>
        <source>no table %1</source>
        <translation>no table %1</translation>
    </message>
    <message>
        <source>dropped table %1</source>
        <translation>dropped table %1</translation>
    </message>
</context>
<context>
    <name>shardscope::ScaleDialog</name>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Cancelled: the shards moved so far stay where they went.</source>
        <translation>Cancelled: the shards moved so far stay where they went.</translation>
    </message>
    <message numerus="yes">
        <source>Moving a shard from %1 to %2 (%3 of %n done)</source>
        <translation>
            <numerusform>Moving a shard from %1 to %2 (%3 of %n done)</numerusform>
            <numerusform>Moving a shard from %1 to %2 (%3 of %n done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shard move(s) done</source>
        <translation>
            <numerusform>%1 of %n shard move done</numerusform>
            <numerusform>%1 of %n shard moves done</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding a worker, then moving shards onto it</source>
        <translation>Adding a worker, then moving shards onto it</translation>
    </message>
    <message>
        <source>Moving every shard off a worker, then removing it</source>
        <translation>Moving every shard off a worker, then removing it</translation>
    </message>
    <message>
        <source>Moving shards so that every worker holds about as many</source>
        <translation>Moving shards so that every worker holds about as many</translation>
    </message>
    <message>
        <source>Scale the Cluster</source>
        <translation>Scale the Cluster</translation>
    </message>
    <message>
        <source>The tutorial's query, before and after</source>
        <translation>The tutorial's query, before and after</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Task ran on (before)</source>
        <translation>Task ran on (before)</translation>
    </message>
    <message>
        <source>Task runs on (now)</source>
        <translation>Task runs on (now)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Stop the rebalance; the shards moved so far stay where they went</source>
        <translation>Stop the rebalance; the shards moved so far stay where they went</translation>
    </message>
    <message>
        <source>Move with &amp;Writes Blocked</source>
        <translation>Move with &amp;Writes Blocked</translation>
    </message>
    <message>
        <source>Run it again, copying each shard while writes to it wait (shard_transfer_mode =&gt; 'block_writes')</source>
        <translation>Run it again, copying each shard while writes to it wait (shard_transfer_mode =&gt; 'block_writes')</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>shardscope::SetupWizard</name>
    <message>
        <source>Citus sharding tutorial</source>
        <translation>Citus sharding tutorial</translation>
    </message>
</context>
<context>
    <name>shardscope::ShardMapBar</name>
    <message>
        <source>Shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message>
        <source>Hash values %1</source>
        <translation>Hash values %1</translation>
    </message>
    <message>
        <source>Every row of the table, a copy on every node</source>
        <translation>Every row of the table, a copy on every node</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>no node</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows not counted: %1</source>
        <translation>Rows not counted: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>hash %1</translation>
    </message>
    <message numerus="yes">
        <source>one shard (%1), a copy on each of %Ln node(s)</source>
        <translation>
            <numerusform>one shard (%1), a copy on %Ln node</numerusform>
            <numerusform>one shard (%1), a copy on each of %Ln nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n shard</numerusform>
            <numerusform>%n shards</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer: queries that need this shard fail</source>
        <translation>%1 does not answer: queries that need this shard fail</translation>
    </message>
    <message>
        <source>%1: %2, does not answer: its rows cannot be read</source>
        <translation>%1: %2, does not answer: its rows cannot be read</translation>
    </message>
</context>
<context>
    <name>shardscope::ShardMapPanel</name>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>&amp;Value of %1:</source>
        <translation>&amp;Value of %1:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>e.g. 1</translation>
    </message>
    <message>
        <source>Value of the distribution column to follow</source>
        <translation>Value of the distribution column to follow</translation>
    </message>
    <message>
        <source>&amp;Where does it go?</source>
        <translation>&amp;Where does it go?</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Counting rows: %v of %m tables</source>
        <translation>Counting rows: %v of %m tables</translation>
    </message>
    <message>
        <source>Reading the shards…</source>
        <translation>Reading the shards…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>The shard map could not be read: %1</source>
        <translation>The shard map could not be read: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n shard</numerusform>
            <numerusform>%n shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>rows not all counted</source>
        <translation>rows not all counted</translation>
    </message>
    <message>
        <source>No cluster yet: start one with the tutorial wizard, then Refresh.</source>
        <translation>No cluster yet: start one with the tutorial wizard, then Refresh.</translation>
    </message>
    <message>
        <source>Refresh to read where the rows of each Citus table live.</source>
        <translation>Refresh to read where the rows of each Citus table live.</translation>
    </message>
    <message>
        <source>A reference table: one shard, with a copy on every node, so that any worker joins with it locally.</source>
        <translation>A reference table: one shard, with a copy on every node, so that any worker joins with it locally.</translation>
    </message>
    <message>
        <source>A Citus local table: one shard, on the coordinator.</source>
        <translation>A Citus local table: one shard, on the coordinator.</translation>
    </message>
    <message>
        <source>Colocated with %1: the same segments on the same workers, so rows with the same %2 sit together and join without leaving their worker.</source>
        <translation>Colocated with %1: the same segments on the same workers, so rows with the same %2 sit together and join without leaving their worker.</translation>
    </message>
    <message>
        <source>Each segment is a shard: the rows whose %1 hashes into its range. Type a value to follow it.</source>
        <translation>Each segment is a shard: the rows whose %1 hashes into its range. Type a value to follow it.</translation>
    </message>
</context>
<context>
    <name>shardscope::ShardMapReader</name>
    <message>
        <source>the cluster has no Citus tables yet</source>
        <translation>the cluster has no Citus tables yet</translation>
    </message>
    <message>
        <source>%1 is not a Citus table</source>
        <translation>%1 is not a Citus table</translation>
    </message>
    <message>
        <source>%1 is not in the shard map: read it first</source>
        <translation>%1 is not in the shard map: read it first</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>shardscope::SqlPanel</name>
    <message>
        <source>&lt;a href="%1"&gt;Read more in the Citus documentation&lt;/a&gt;</source>
        <translation>&lt;a href="%1"&gt;Read more in the Citus documentation&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Run on this machine:</source>
        <translation>Run on this machine:</translation>
    </message>
    <message>
        <source>Command run on this machine</source>
        <translation>Command run on this machine</translation>
    </message>
    <message>
        <source>Then, from a terminal:</source>
        <translation>Then, from a terminal:</translation>
    </message>
    <message>
        <source>Command to check it from a terminal</source>
        <translation>Command to check it from a terminal</translation>
    </message>
</context>
<context>
    <name>shardscope::SqlRecordModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>shardscope::StartClusterPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Start a Citus cluster</source>
        <translation>Start a Citus cluster</translation>
    </message>
    <message>
        <source>A coordinator, which you query, and workers, which hold the shards.</source>
        <translation>A coordinator, which you query, and workers, which hold the shards.</translation>
    </message>
    <message>
        <source>Local PostgreSQL servers</source>
        <translation>Local PostgreSQL servers</translation>
    </message>
    <message>
        <source>An existing cluster</source>
        <translation>An existing cluster</translation>
    </message>
    <message>
        <source>Not stored; empty to use ~/.pgpass or PGPASSWORD</source>
        <translation>Not stored; empty to use ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <source>How to get a cluster</source>
        <translation>How to get a cluster</translation>
    </message>
    <message>
        <source>Number of workers</source>
        <translation>Number of workers</translation>
    </message>
    <message>
        <source>Coordinator port</source>
        <translation>Coordinator port</translation>
    </message>
    <message>
        <source>Directory of the local servers</source>
        <translation>Directory of the local servers</translation>
    </message>
    <message>
        <source>Connection string of the coordinator</source>
        <translation>Connection string of the coordinator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Start or connect</source>
        <translation>Start or connect</translation>
    </message>
    <message>
        <source>Cancel starting</source>
        <translation>Cancel starting</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Output of the tools</source>
        <translation>Output of the tools</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Workers:</translation>
    </message>
    <message>
        <source>Coordinator &amp;port:</source>
        <translation>Coordinator &amp;port:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Directory:</translation>
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation>Connection &amp;string:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Connected to the coordinator. Go on with Next.</source>
        <translation>Connected to the coordinator. Go on with Next.</translation>
    </message>
    <message>
        <source>Cannot connect to the coordinator</source>
        <translation>Cannot connect to the coordinator</translation>
    </message>
    <message>
        <source>&amp;Start cluster</source>
        <translation>&amp;Start cluster</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>Compose starts one container for the coordinator and one per worker from the Citus image, on a private network where they know each other by name (worker1, worker2…). The coordinator then registers each worker with citus_add_node, so it can place shards there.</source>
        <translation>Compose starts one container for the coordinator and one per worker from the Citus image, on a private network where they know each other by name (worker1, worker2…). The coordinator then registers each worker with citus_add_node, so it can place shards there.</translation>
    </message>
    <message>
        <source>Each node is an ordinary PostgreSQL server on this machine that loads Citus at start. The coordinator learns its workers with citus_add_node; shards will live on the workers.</source>
        <translation>Each node is an ordinary PostgreSQL server on this machine that loads Citus at start. The coordinator learns its workers with citus_add_node; shards will live on the workers.</translation>
    </message>
    <message>
        <source>Any Citus coordinator will do: the following pages check its workers before creating anything. The password is kept in memory only, never saved.</source>
        <translation>Any Citus coordinator will do: the following pages check its workers before creating anything. The password is kept in memory only, never saved.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Docker is not installed</source>
        <translation>Docker is not installed</translation>
    </message>
    <message>
        <source>The Docker daemon is not running</source>
        <translation>The Docker daemon is not running</translation>
    </message>
    <message>
        <source>The cluster did not start</source>
        <translation>The cluster did not start</translation>
    </message>
    <message>
        <source>Connecting to the coordinator…</source>
        <translation>Connecting to the coordinator…</translation>
    </message>
    <message>
        <source>Empty: from the desktop keychain, ~/.pgpass or PGPASSWORD</source>
        <translation>Empty: from the desktop keychain, ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation>&amp;Remember the password in the desktop keychain</translation>
    </message>
    <message>
        <source>Kept by the keychain (Secret Service), never in ShardScope's settings.</source>
        <translation>Kept by the keychain (Secret Service), never in ShardScope's settings.</translation>
    </message>
    <message>
        <source>Looking for the password in the desktop keychain…</source>
        <translation>Looking for the password in the desktop keychain…</translation>
    </message>
    <message>
        <source>No permission to use Docker</source>
        <translation>No permission to use Docker</translation>
    </message>
    <message>
        <source>The coordinator's port is in use</source>
        <translation>The coordinator's port is in use</translation>
    </message>
    <message>
        <source>The Citus image could not be downloaded</source>
        <translation>The Citus image could not be downloaded</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed</source>
        <translation>PostgreSQL is not installed</translation>
    </message>
    <message>
        <source>Citus is not installed</source>
        <translation>Citus is not installed</translation>
    </message>
    <message>
        <source>Starting the cluster took too long</source>
        <translation>Starting the cluster took too long</translation>
    </message>
    <message>
        <source>&amp;Remove What Was Left</source>
        <translation>&amp;Remove What Was Left</translation>
    </message>
    <message>
        <source>Removes the containers, network and volumes this start made; data of an earlier cluster is kept.</source>
        <translation>Removes the containers, network and volumes this start made; data of an earlier cluster is kept.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Remove what the start left</source>
        <translation>Remove what the start left</translation>
    </message>
    <message>
        <source>Show the output of the tools</source>
        <translation>Show the output of the tools</translation>
    </message>
    <message>
        <source>What the start left could not be removed</source>
        <translation>What the start left could not be removed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Still in Docker: %1. Remove them, or start again to use them.</source>
        <translation>Still in Docker: %1. Remove them, or start again to use them.</translation>
    </message>
    <message>
        <source>Removing what the start left…</source>
        <translation>Removing what the start left…</translation>
    </message>
    <message>
        <source>Removed what the start left</source>
        <translation>Removed what the start left</translation>
    </message>
    <message>
        <source>Nothing of it is left in Docker. Start again when ready.</source>
        <translation>Nothing of it is left in Docker. Start again when ready.</translation>
    </message>
    <message>
        <source>The cluster was stopped</source>
        <translation>The cluster was stopped</translation>
    </message>
    <message>
        <source>It was stopped from the Cluster menu. Start it again, or choose another cluster.</source>
        <translation>It was stopped from the Cluster menu. Start it again, or choose another cluster.</translation>
    </message>
    <message>
        <source>Connected. Remembering the password in the desktop keychain…</source>
        <translation>Connected. Remembering the password in the desktop keychain…</translation>
    </message>
    <message>
        <source>The password is remembered in the desktop keychain.</source>
        <translation>The password is remembered in the desktop keychain.</translation>
    </message>
    <message>
        <source>Connected to the coordinator, but the password was not remembered</source>
        <translation>Connected to the coordinator, but the password was not remembered</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recommended)</translation>
    </message>
    <message>
        <source>The tools said: %1</source>
        <translation>The tools said: %1</translation>
    </message>
    <message>
        <source>Citus %1 on PostgreSQL %2</source>
        <translation>Citus %1 on PostgreSQL %2</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (newest)</translation>
    </message>
    <message>
        <source>C&amp;itus:</source>
        <translation>C&amp;itus:</translation>
    </message>
    <message>
        <source>Citus and PostgreSQL version of the containers</source>
        <translation>Citus and PostgreSQL version of the containers</translation>
    </message>
</context>
<context>
    <name>shardscope::StartScreen</name>
    <message>
        <source>Start the tutorial</source>
        <translation>Start the tutorial</translation>
    </message>
    <message>
        <source>Start a Citus cluster on this computer, or connect to yours, then create, distribute and query a table step by step, and see where each query runs.</source>
        <translation>Start a Citus cluster on this computer, or connect to yours, then create, distribute and query a table step by step, and see where each query runs.</translation>
    </message>
    <message>
        <source>Start the &amp;Tutorial</source>
        <translation>Start the &amp;Tutorial</translation>
    </message>
    <message>
        <source>Start the Citus sharding tutorial</source>
        <translation>Start the Citus sharding tutorial</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Open a plan</translation>
    </message>
    <message>
        <source>Your own EXPLAIN output, from a file or copied from psql. You can also drop a file here.</source>
        <translation>Your own EXPLAIN output, from a file or copied from psql. You can also drop a file here.</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Open Plan…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Open a plan file</translation>
    </message>
    <message>
        <source>&amp;Paste from psql</source>
        <translation>&amp;Paste from psql</translation>
    </message>
    <message>
        <source>Paste a plan from the clipboard</source>
        <translation>Paste a plan from the clipboard</translation>
    </message>
    <message>
        <source>Try an example plan</source>
        <translation>Try an example plan</translation>
    </message>
    <message>
        <source>Real plans from a Citus cluster: no cluster and no Docker needed.</source>
        <translation>Real plans from a Citus cluster: no cluster and no Docker needed.</translation>
    </message>
</context>
<context>
    <name>shardscope::StatementRunner</name>
    <message>
        <source>another statement is running</source>
        <translation>another statement is running</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>a statement of this step is still running</source>
        <translation>a statement of this step is still running</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>cancelled before it started</translation>
    </message>
</context>
<context>
    <name>shardscope::StatusLabel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>shardscope::StepPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Run this step</source>
        <translation>Run this step</translation>
    </message>
    <message>
        <source>Cancel this step</source>
        <translation>Cancel this step</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>Step status</translation>
    </message>
    <message>
        <source>Not connected to a cluster</source>
        <translation>Not connected to a cluster</translation>
    </message>
    <message>
        <source>%1
Go back to the cluster page to start or connect to one.</source>
        <translation>%1
Go back to the cluster page to start or connect to one.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Already done: %1</source>
        <translation>Already done: %1</translation>
    </message>
    <message>
        <source>Not a Citus cluster: Citus is not installed on this server</source>
        <translation>Not a Citus cluster: Citus is not installed on this server</translation>
    </message>
    <message>
        <source>Not a Citus cluster yet: the citus extension is not created in this database</source>
        <translation>Not a Citus cluster yet: the citus extension is not created in this database</translation>
    </message>
    <message>
        <source>Not a Citus cluster: citus is not in shared_preload_libraries</source>
        <translation>Not a Citus cluster: citus is not in shared_preload_libraries</translation>
    </message>
    <message>
        <source>The coordinator has no workers</source>
        <translation>The coordinator has no workers</translation>
    </message>
    <message>
        <source>A worker does not answer</source>
        <translation>A worker does not answer</translation>
    </message>
    <message>
        <source>The step failed</source>
        <translation>The step failed</translation>
    </message>
    <message>
        <source>The table does not exist yet</source>
        <translation>The table does not exist yet</translation>
    </message>
    <message>
        <source>The table is already distributed</source>
        <translation>The table is already distributed</translation>
    </message>
    <message>
        <source>The primary key does not include the distribution column</source>
        <translation>The primary key does not include the distribution column</translation>
    </message>
    <message>
        <source>No such column</source>
        <translation>No such column</translation>
    </message>
    <message>
        <source>Citus cannot EXPLAIN ANALYZE this statement</source>
        <translation>Citus cannot EXPLAIN ANALYZE this statement</translation>
    </message>
    <message>
        <source>Citus cannot run this join</source>
        <translation>Citus cannot run this join</translation>
    </message>
    <message>
        <source>Citus cannot move the shards while they stay writable</source>
        <translation>Citus cannot move the shards while they stay writable</translation>
    </message>
    <message>
        <source>The statement took too long</source>
        <translation>The statement took too long</translation>
    </message>
    <message>
        <source>The connection to the coordinator was lost</source>
        <translation>The connection to the coordinator was lost</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Rows sent</translation>
    </message>
    <message>
        <source>%1 of %2 rows sent</source>
        <translation>%1 of %2 rows sent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No connection to the cluster any more</source>
        <translation>No connection to the cluster any more</translation>
    </message>
    <message>
        <source>The connection to the coordinator closed: the cluster was stopped, or its server went away. What this page shows is from before. Its buttons connect again first; to start a cluster, go back to the page that starts one.</source>
        <translation>The connection to the coordinator closed: the cluster was stopped, or its server went away. What this page shows is from before. Its buttons connect again first; to start a cluster, go back to the page that starts one.</translation>
    </message>
</context>
<context>
    <name>shardscope::TaskWorkerReader</name>
    <message>
        <source>The connection to the coordinator is not ready for another statement.</source>
        <translation>The connection to the coordinator is not ready for another statement.</translation>
    </message>
    <message>
        <source>The connection to the coordinator was closed.</source>
        <translation>The connection to the coordinator was closed.</translation>
    </message>
</context>
<context>
    <name>shardscope::TutorialStep</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>shardscope::VerifyWorkersPage</name>
    <message>
        <source>Does the coordinator know its workers, and does each one answer?</source>
        <translation>Does the coordinator know its workers, and does each one answer?</translation>
    </message>
    <message>
        <source>&amp;Register missing workers</source>
        <translation>&amp;Register missing workers</translation>
    </message>
    <message>
        <source>Register missing workers</source>
        <translation>Register missing workers</translation>
    </message>
    <message>
        <source>Citus only places shards on workers registered with the coordinator, and a query that needs a shard on a worker that does not answer fails.</source>
        <translation>Citus only places shards on workers registered with the coordinator, and a query that needs a shard on a worker that does not answer fails.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) answer but are not registered yet.</source>
        <translation>
            <numerusform>%n worker answers but is not registered yet.</numerusform>
            <numerusform>%n workers answer but are not registered yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>C&amp;heck again</translation>
    </message>
    <message>
        <source>Check the workers again</source>
        <translation>Check the workers again</translation>
    </message>
</context>
<context>
    <name>shardscope::WelcomePage</name>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Welcome to the Citus sharding tutorial</source>
        <translation>Welcome to the Citus sharding tutorial</translation>
    </message>
    <message>
        <source>Step by step: start a cluster, check its workers, create a table, shard it, fill it and see how a query runs across the workers.</source>
        <translation>Step by step: start a cluster, check its workers, create a table, shard it, fill it and see how a query runs across the workers.</translation>
    </message>
    <message>
        <source>You need a Citus cluster. ShardScope can start one with Docker Compose (easiest), as local PostgreSQL servers with Citus installed, or use one you already have. This is what this machine offers:</source>
        <translation>You need a Citus cluster. ShardScope can start one with Docker Compose (easiest), as local PostgreSQL servers with Citus installed, or use one you already have. This is what this machine offers:</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Local PostgreSQL</source>
        <translation>Local PostgreSQL</translation>
    </message>
    <message>
        <source>Citus for the local PostgreSQL</source>
        <translation>Citus for the local PostgreSQL</translation>
    </message>
    <message>
        <source>Check the prerequisites again</source>
        <translation>Check the prerequisites again</translation>
    </message>
    <message>
        <source>Citus is a PostgreSQL extension: the coordinator and every worker are ordinary PostgreSQL servers with citus in shared_preload_libraries. Docker runs them as containers from the Citus image; without Docker, each needs PostgreSQL and the Citus package installed on this machine.</source>
        <translation>Citus is a PostgreSQL extension: the coordinator and every worker are ordinary PostgreSQL servers with citus in shared_preload_libraries. Docker runs them as containers from the Citus image; without Docker, each needs PostgreSQL and the Citus package installed on this machine.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Your cluster runs PostgreSQL %1, without the citus extension.</source>
        <translation>Your cluster runs PostgreSQL %1, without the citus extension.</translation>
    </message>
    <message>
        <source>Your cluster runs PostgreSQL %1 with Citus %2.</source>
        <translation>Your cluster runs PostgreSQL %1 with Citus %2.</translation>
    </message>
</context>
<context>
    <name>shardscope::WorkerChart</name>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tasks each worker ran</source>
        <translation>Tasks each worker ran</translation>
    </message>
    <message>
        <source>Rows each worker sent to the coordinator</source>
        <translation>Rows each worker sent to the coordinator</translation>
    </message>
    <message>
        <source>Execution time of each worker's tasks, added up</source>
        <translation>Execution time of each worker's tasks, added up</translation>
    </message>
    <message>
        <source>What the worker chart shows</source>
        <translation>What the worker chart shows</translation>
    </message>
    <message>
        <source>Work per worker</source>
        <translation>Work per worker</translation>
    </message>
    <message>
        <source>Open a distributed plan to see how its work was spread over the Citus workers.</source>
        <translation>Open a distributed plan to see how its work was spread over the Citus workers.</translation>
    </message>
    <message>
        <source>This plan ran on PostgreSQL alone: no Citus worker took part.</source>
        <translation>This plan ran on PostgreSQL alone: no Citus worker took part.</translation>
    </message>
    <message>
        <source>EXPLAIN does not show the tasks of this plan, so the workers that ran them are unknown.</source>
        <translation>EXPLAIN does not show the tasks of this plan, so the workers that ran them are unknown.</translation>
    </message>
    <message>
        <source>No times: the plan was explained without ANALYZE.</source>
        <translation>No times: the plan was explained without ANALYZE.</translation>
    </message>
    <message>
        <source>No row counts: the plan was explained without ANALYZE.</source>
        <translation>No row counts: the plan was explained without ANALYZE.</translation>
    </message>
    <message>
        <source>@value ms</source>
        <translation>@value ms</translation>
    </message>
</context>
<context>
    <name>shardscope::WorkerOutageControl</name>
    <message>
        <source>The cluster could not be checked: %1</source>
        <translation>The cluster could not be checked: %1</translation>
    </message>
    <message>
        <source>Stop a Worker</source>
        <translation>Stop a Worker</translation>
    </message>
    <message>
        <source>Which worker should stop? Its server stops as if its machine were lost; its data stays, and Start It Again brings it back.</source>
        <translation>Which worker should stop? Its server stops as if its machine were lost; its data stays, and Start It Again brings it back.</translation>
    </message>
    <message>
        <source>ShardScope did not start this cluster: stop or start its workers where they run.</source>
        <translation>ShardScope did not start this cluster: stop or start its workers where they run.</translation>
    </message>
    <message>
        <source>Checking the workers and the users' queries…</source>
        <translation>Checking the workers and the users' queries…</translation>
    </message>
    <message>
        <source>The cluster has no workers to stop.</source>
        <translation>The cluster has no workers to stop.</translation>
    </message>
    <message>
        <source>%1 is not one of the servers ShardScope started for this cluster.</source>
        <translation>%1 is not one of the servers ShardScope started for this cluster.</translation>
    </message>
</context>
</TS>
