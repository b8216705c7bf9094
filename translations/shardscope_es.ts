<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CitusDetector</name>
    <message>
        <source>pg_config did not say where PostgreSQL keeps its extensions.</source>
        <translation>pg_config no indicó dónde guarda PostgreSQL sus extensiones.</translation>
    </message>
    <message>
        <source>Citus is not installed for %1 on this machine: %2 is missing. Install it from the Citus package repository (Debian and Ubuntu: curl https://install.citusdata.com/community/deb.sh | sudo bash, then sudo apt install %3), or build it from source (https://github.com/citusdata/citus), or start the cluster with Docker instead.</source>
        <translation>Citus no está instalado para %1 en este equipo: falta %2. Instálalo desde el repositorio de paquetes de Citus (Debian y Ubuntu: curl https://install.citusdata.com/community/deb.sh | sudo bash, y luego sudo apt install %3), compílalo desde el código fuente (https://github.com/citusdata/citus) o, mejor, arranca el clúster con Docker.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>CitusExtensionState</name>
    <message>
        <source>Citus is not installed on this server: it is plain PostgreSQL, without workers or distributed tables. Connect to the coordinator of a Citus cluster.</source>
        <translation>Citus no está instalado en este servidor: es PostgreSQL sin más, sin nodos worker ni tablas distribuidas. Conéctate al coordinador de un clúster Citus.</translation>
    </message>
    <message>
        <source>Citus %1 is installed on this server but not loaded: put citus first in shared_preload_libraries in postgresql.conf, restart the server, then run CREATE EXTENSION citus; in database "%2".</source>
        <translation>Citus %1 está instalado en este servidor pero no se ha cargado: pon citus en primer lugar en shared_preload_libraries de postgresql.conf, reinicia el servidor y ejecuta CREATE EXTENSION citus; en la base de datos «%2».</translation>
    </message>
    <message>
        <source>Citus %1 is installed on this server but not enabled in database "%2": run CREATE EXTENSION citus; in it.</source>
        <translation>Citus %1 está instalado en este servidor pero no está activado en la base de datos «%2»: ejecuta CREATE EXTENSION citus; en ella.</translation>
    </message>
</context>
<context>
    <name>CitusValueText</name>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>none (re-partition)</source>
        <translation>ninguna (reparticionado)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>una de %1</translation>
    </message>
    <message>
        <source>written locally</source>
        <translation>escrito en local</translation>
    </message>
    <message numerus="yes">
        <source>sent to %n node(s) and written locally</source>
        <translation>
            <numerusform>enviado a %n nodo y escrito en local</numerusform>
            <numerusform>enviado a %n nodos y escrito en local</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent to %n node(s)</source>
        <translation>
            <numerusform>enviado a %n nodo</numerusform>
            <numerusform>enviado a %n nodos</numerusform>
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
        <translation>Cadena de conexión libpq del coordinador: "host=... port=... dbname=... user=..." o postgresql://...</translation>
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
        <translation>accesible</translation>
    </message>
    <message>
        <source>UNREACHABLE</source>
        <translation>NO RESPONDE</translation>
    </message>
    <message>
        <source>UNREACHABLE (%1)</source>
        <translation>NO RESPONDE (%1)</translation>
    </message>
    <message>
        <source>reachability unknown</source>
        <translation>accesibilidad desconocida</translation>
    </message>
    <message>
        <source>%1 (extension %2)</source>
        <translation>%1 (extensión %2)</translation>
    </message>
    <message>
        <source>Coordinator: %1 (node %2)</source>
        <translation>Coordinador: %1 (nodo %2)</translation>
    </message>
    <message>
        <source>Coordinator: %1 (not registered as a node)</source>
        <translation>Coordinador: %1 (no registrado como nodo)</translation>
    </message>
    <message>
        <source>Workers: %1 of %2 reachable</source>
        <translation>Nodos worker: %1 de %2 responden</translation>
    </message>
    <message>
        <source>  %1  node %2  %3  %4  %5</source>
        <translation>  %1  nodo %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Distributed tables: %1</source>
        <translation>Tablas distribuidas: %1</translation>
    </message>
    <message>
        <source>  %1  %2  %3  colocation group %4</source>
        <translation>  %1  %2  %3  grupo de colocación %4</translation>
    </message>
    <message>
        <source>Show a Citus cluster: version, coordinator, workers and whether each one really answers, distributed tables.</source>
        <translation>Muestra un clúster Citus: versión, coordinador, nodos worker y si cada uno responde de verdad, y las tablas distribuidas.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprime un único objeto JSON.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command</source>
        <translation>orden desconocida</translation>
    </message>
</context>
<context>
    <name>ComposeEnvFile</name>
    <message>
        <source>cannot create the directory of %1</source>
        <translation>no se puede crear el directorio de %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ComposeOutputClassifier</name>
    <message>
        <source>You may not use Docker: permission denied on its socket (/var/run/docker.sock). Add yourself to the docker group (sudo usermod -aG docker $USER, then log out and in again) or use rootless Docker.</source>
        <translation>No tienes permiso para usar Docker: acceso denegado a su socket (/var/run/docker.sock). Añádete al grupo docker (sudo usermod -aG docker $USER y vuelve a iniciar sesión) o usa Docker sin root.</translation>
    </message>
    <message>
        <source>The Docker daemon is not running. Start it (sudo systemctl start docker, or open Docker Desktop) and try again.</source>
        <translation>El servicio de Docker no está en marcha. Arráncalo (sudo systemctl start docker, o abre Docker Desktop) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use, perhaps by another PostgreSQL server or container. Stop what uses it or choose another port for the coordinator.</source>
        <translation>El puerto %1 de 127.0.0.1 ya está en uso, quizá por otro servidor PostgreSQL o por un contenedor. Detén lo que lo ocupa o elige otro puerto para el coordinador.</translation>
    </message>
    <message>
        <source>The Citus image could not be downloaded. Check the network connection, the image name and tag (CITUS_IMAGE in .env) and Docker Hub's download limits.</source>
        <translation>No se pudo descargar la imagen de Citus. Revisa la conexión de red, el nombre y la etiqueta de la imagen (CITUS_IMAGE en .env) y los límites de descarga de Docker Hub.</translation>
    </message>
    <message>
        <source>Docker Compose was stopped by a signal.</source>
        <translation>Docker Compose se detuvo por una señal.</translation>
    </message>
    <message>
        <source>Docker Compose failed with exit status %1.</source>
        <translation>Docker Compose falló con el código de salida %1.</translation>
    </message>
    <message>
        <source>Docker Compose failed with exit status %1: %2</source>
        <translation>Docker Compose falló con el código de salida %1: %2</translation>
    </message>
</context>
<context>
    <name>ComposeProgress</name>
    <message>
        <source>Creating %1</source>
        <translation>Creando %1</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Arrancando %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept connections</source>
        <translation>Esperando a que %1 acepte conexiones</translation>
    </message>
    <message>
        <source>Downloading the Citus image (the first time takes a few minutes)</source>
        <translation>Descargando la imagen de Citus (la primera vez tarda unos minutos)</translation>
    </message>
    <message>
        <source>Registering the workers with the coordinator</source>
        <translation>Registrando los nodos worker en el coordinador</translation>
    </message>
    <message>
        <source>Cluster ready</source>
        <translation>Clúster listo</translation>
    </message>
    <message>
        <source>%1 accepts connections</source>
        <translation>%1 acepta conexiones</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 arrancado</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 creado</translation>
    </message>
    <message>
        <source>the worker registration</source>
        <translation>el registro de los nodos worker</translation>
    </message>
</context>
<context>
    <name>ComposeResources</name>
    <message numerus="yes">
        <source>%n container(s) running (%1)</source>
        <translation>
            <numerusform>%n contenedor en marcha (%1)</numerusform>
            <numerusform>%n contenedores en marcha (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) not running (%1)</source>
        <translation>
            <numerusform>%n contenedor parado (%1)</numerusform>
            <numerusform>%n contenedores parados (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n red</numerusform>
            <numerusform>%n redes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volumen</numerusform>
            <numerusform>%n volúmenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>invalid connection string: %1</source>
        <translation>cadena de conexión no válida: %1</translation>
    </message>
</context>
<context>
    <name>DownCommand</name>
    <message>
        <source>Stop the Citus cluster.</source>
        <translation>Detiene el clúster Citus.</translation>
    </message>
    <message>
        <source>Also delete the cluster's data.</source>
        <translation>Borra también los datos del clúster.</translation>
    </message>
    <message>
        <source>Stop only this worker (1 to 8), keeping its data, to see what the cluster does without it; shardscope up starts it again.</source>
        <translation>Detiene solo este nodo worker (de 1 a 8), conservando sus datos, para ver qué hace el clúster sin él; shardscope up lo vuelve a arrancar.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--worker must be a worker's number, not "%1"</source>
        <translation>--worker debe ser el número de un nodo worker, no «%1»</translation>
    </message>
    <message>
        <source>--volumes deletes the whole cluster's data: not with --worker</source>
        <translation>--volumes borra los datos de todo el clúster: no va con --worker</translation>
    </message>
</context>
<context>
    <name>ErrorDiagnosis</name>
    <message>
        <source>This database has no Citus: %1. Either Citus is not installed on this server, or CREATE EXTENSION citus was not run in this database. Connect to the coordinator of a Citus cluster.</source>
        <translation>Esta base de datos no tiene Citus: %1. O bien Citus no está instalado en este servidor, o no se ejecutó CREATE EXTENSION citus en esta base de datos. Conéctate al coordinador de un clúster Citus.</translation>
    </message>
    <message>
        <source>Citus is installed on this server but not enabled in this database: run CREATE EXTENSION citus; in it.</source>
        <translation>Citus está instalado en este servidor pero no está activado en esta base de datos: ejecuta CREATE EXTENSION citus; en ella.</translation>
    </message>
    <message>
        <source>Citus is installed, but the server did not load it at startup: put citus first in shared_preload_libraries in postgresql.conf, restart the server, then run CREATE EXTENSION citus;.</source>
        <translation>Citus está instalado, pero el servidor no lo cargó al arrancar: pon citus en primer lugar en shared_preload_libraries de postgresql.conf, reinicia el servidor y ejecuta CREATE EXTENSION citus;.</translation>
    </message>
    <message>
        <source>No worker node is registered with the coordinator: add each one with SELECT citus_add_node('host', port);.</source>
        <translation>No hay ningún nodo worker registrado en el coordinador: añade cada uno con SELECT citus_add_node('host', puerto);.</translation>
    </message>
    <message>
        <source>The worker %1 does not answer: queries that need one of its shards fail until it is back. Citus still lists it as an active node, since it does not notice by itself. The server said: %2</source>
        <translation>El nodo worker %1 no responde: las consultas que necesiten alguno de sus fragmentos fallarán hasta que vuelva. Citus lo sigue listando como nodo activo, porque no se da cuenta por sí solo. El servidor dijo: %2</translation>
    </message>
    <message>
        <source>The table "%1" does not exist: create it first, or check its name.</source>
        <translation>La tabla «%1» no existe: créala primero o revisa su nombre.</translation>
    </message>
    <message>
        <source>The table "%1" cannot be distributed: its primary key (or a unique constraint) does not include the distribution column. Each worker can only check uniqueness within its own shards, so every primary key and unique constraint must contain the distribution column: the tutorial declares PRIMARY KEY (user_id, log_id) for this reason.</source>
        <translation>La tabla «%1» no se puede distribuir: su clave primaria (o una restricción UNIQUE) no incluye la columna de distribución. Cada nodo worker solo puede comprobar la unicidad dentro de sus propios fragmentos, así que toda clave primaria y toda restricción UNIQUE debe contener la clave de distribución: por eso el tutorial declara PRIMARY KEY (user_id, log_id).</translation>
    </message>
    <message>
        <source>The table "%1" is already distributed: create_distributed_table runs once per table. To start over, reset the demo, which drops the table.</source>
        <translation>La tabla «%1» ya está distribuida: create_distributed_table se ejecuta una sola vez por tabla. Para empezar de nuevo, reinicia la demostración, que borra la tabla.</translation>
    </message>
    <message>
        <source>The table "%2" has no column "%1": the distribution column must be one of its columns, spelled exactly as it was created.</source>
        <translation>La tabla «%2» no tiene la columna «%1»: la clave de distribución debe ser una de sus columnas, escrita exactamente como se creó.</translation>
    </message>
    <message>
        <source>Citus cannot run EXPLAIN ANALYZE for this statement ("%1"), so only its plan is shown: estimates, without actual rows or times.</source>
        <translation>Citus no puede ejecutar EXPLAIN ANALYZE para esta sentencia («%1»), así que solo se muestra su plan de ejecución: estimaciones, sin filas ni tiempos reales.</translation>
    </message>
    <message>
        <source>Citus cannot run this join: the distributed tables are not all joined on their distribution columns with the same type. Join on the distribution column, or enable repartition joins (SET citus.enable_repartition_joins = on) with columns of equal types.</source>
        <translation>Citus no puede ejecutar esta unión: las tablas distribuidas no se unen todas por sus columnas de distribución con el mismo tipo. Une por la clave de distribución, o activa las uniones con reparticionado (SET citus.enable_repartition_joins = on) con columnas del mismo tipo.</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>Se perdió la conexión con el servidor: %1</translation>
    </message>
    <message>
        <source>The statement was cancelled.</source>
        <translation>Se canceló la sentencia.</translation>
    </message>
    <message>
        <source>The statement took too long and was cancelled: %1</source>
        <translation>La sentencia tardó demasiado y se canceló: %1</translation>
    </message>
    <message>
        <source>Citus cannot move the shards of the table "%1" while it stays writable: it has neither a primary key nor a REPLICA IDENTITY, which logical replication needs to copy updates and deletes. Move the shards with writes blocked while each one is copied (shard_transfer_mode =&gt; 'block_writes'), or give the table a primary key (or ALTER TABLE ... REPLICA IDENTITY FULL).</source>
        <translation>Citus no puede trasladar los fragmentos de la tabla «%1» sin dejar de admitir escrituras: no tiene clave primaria ni REPLICA IDENTITY, que la replicación lógica necesita para copiar las modificaciones y los borrados. Traslada los fragmentos bloqueando las escrituras mientras se copia cada uno (shard_transfer_mode =&gt; 'block_writes'), o dale a la tabla una clave primaria (o ALTER TABLE ... REPLICA IDENTITY FULL).</translation>
    </message>
    <message>
        <source>Citus cannot move shards while they stay writable here: that uses logical replication, and the worker %1 runs with a wal_level lower than logical. Move the shards with writes blocked while each one is copied (shard_transfer_mode =&gt; 'block_writes'), or set wal_level = logical on every worker and restart them.</source>
        <translation>Citus no puede trasladar aquí los fragmentos sin dejar de admitir escrituras: eso usa replicación lógica, y el nodo worker %1 funciona con un wal_level inferior a logical. Traslada los fragmentos bloqueando las escrituras mientras se copia cada uno (shard_transfer_mode =&gt; 'block_writes'), o pon wal_level = logical en todos los nodos worker y reinícialos.</translation>
    </message>
</context>
<context>
    <name>ExamplePlans</name>
    <message>
        <source>Router query: user 1</source>
        <translation>Consulta router: usuario 1</translation>
    </message>
    <message>
        <source>One user's rows live in one shard: the coordinator sends a single task to one worker.</source>
        <translation>Las filas de un usuario están en un solo fragmento: el coordinador envía una única tarea a un worker.</translation>
    </message>
    <message>
        <source>Router query: user 2</source>
        <translation>Consulta router: usuario 2</translation>
    </message>
    <message>
        <source>The same query for another user goes to another shard, here on the other worker.</source>
        <translation>La misma consulta para otro usuario va a otro fragmento, aquí en el otro worker.</translation>
    </message>
    <message>
        <source>Count over every shard</source>
        <translation>Recuento sobre todos los fragmentos</translation>
    </message>
    <message>
        <source>count(*) runs as one task per shard on every worker; the coordinator adds up the results.</source>
        <translation>count(*) se ejecuta como una tarea por fragmento en cada worker; el coordinador suma los resultados.</translation>
    </message>
    <message>
        <source>Subplan of a CTE</source>
        <translation>Subplan de una CTE</translation>
    </message>
    <message>
        <source>The CTE runs first as a subplan; its result is sent to the workers for the main query.</source>
        <translation>La CTE se ejecuta antes como subplan; su resultado se envía a los workers para la consulta principal.</translation>
    </message>
    <message>
        <source>Repartition join</source>
        <translation>Unión con reparticionado</translation>
    </message>
    <message>
        <source>Joined on columns that are not the distribution column: both tables are reshuffled between workers first.</source>
        <translation>Unidas por columnas que no son la de distribución: antes se reparten de nuevo las dos tablas entre los workers.</translation>
    </message>
    <message>
        <source>INSERT … SELECT within each shard</source>
        <translation>INSERT … SELECT dentro de cada fragmento</translation>
    </message>
    <message>
        <source>Source and target are co-located: every shard copies its own rows, nothing goes through the coordinator.</source>
        <translation>Origen y destino están coubicados: cada fragmento copia sus propias filas y nada pasa por el coordinador.</translation>
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
        <translation>%1: formato de imagen desconocido: usa .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>Run EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) on a server and summarise the plan. A statement that changes data runs inside a transaction that is rolled back.</source>
        <translation>Ejecuta EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) en un servidor y resume el plan de ejecución. Una sentencia que modifica datos se ejecuta dentro de una transacción que se deshace al final.</translation>
    </message>
    <message>
        <source>Write the server's EXPLAIN output, as received, here.</source>
        <translation>Guarda aquí la salida de EXPLAIN del servidor, tal como llega.</translation>
    </message>
    <message>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <source>Draw the plan into this image; its extension (.png, .svg, .pdf) picks the format.</source>
        <translation>Dibuja el plan de ejecución en esta imagen; su extensión (.png, .svg, .pdf) elige el formato.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>Show one task per job (citus.explain_all_tasks off) instead of all.</source>
        <translation>Muestra una sola tarea por trabajo (citus.explain_all_tasks desactivado) en lugar de todas.</translation>
    </message>
    <message>
        <source>The statement, or - to read it from standard input.</source>
        <translation>La sentencia, o - para leerla de la entrada estándar.</translation>
    </message>
    <message>
        <source>expected the statement to explain</source>
        <translation>falta la sentencia que explicar</translation>
    </message>
    <message>
        <source>unknown image format: use .png, .svg or .pdf</source>
        <translation>formato de imagen desconocido: usa .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>ExplainOutput</name>
    <message>
        <source>Plan %1 of %2</source>
        <translation>Plan %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n server message(s)</source>
        <translation>
            <numerusform>%n mensaje del servidor</numerusform>
            <numerusform>%n mensajes del servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n indicador de psql</numerusform>
            <numerusform>%n indicadores de psql</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n sentencia</numerusform>
            <numerusform>%n sentencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) that are not plan: %1.</source>
        <translation>
            <numerusform>Se omitió %n línea que no es del plan: %1.</numerusform>
            <numerusform>Se omitieron %n líneas que no son del plan: %1.</numerusform>
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
        <translation>Las consultas del tutorial:</translation>
    </message>
    <message>
        <source>User &amp;1</source>
        <translation>Usuario &amp;1</translation>
    </message>
    <message>
        <source>Put the query for user 1 in the editor</source>
        <translation>Pone en el editor la consulta del usuario 1</translation>
    </message>
    <message>
        <source>User &amp;2</source>
        <translation>Usuario &amp;2</translation>
    </message>
    <message>
        <source>Put the query for user 2 in the editor</source>
        <translation>Pone en el editor la consulta del usuario 2</translation>
    </message>
    <message>
        <source>Show &amp;every task (citus.explain_all_tasks)</source>
        <translation>Mostrar &amp;todas las tareas (citus.explain_all_tasks)</translation>
    </message>
    <message>
        <source>On: every task Citus sends appears in the plan, so every worker involved shows. Off: Citus shows one task per job.</source>
        <translation>Activado: cada tarea que envía Citus aparece en el plan, así que se ven todos los nodos worker que participan. Desactivado: Citus muestra una tarea por trabajo.</translation>
    </message>
    <message>
        <source>Statement to explain</source>
        <translation>Sentencia que explicar</translation>
    </message>
    <message>
        <source>A single SQL statement, without EXPLAIN</source>
        <translation>Una única sentencia SQL, sin EXPLAIN</translation>
    </message>
    <message>
        <source>This statement changes data. EXPLAIN ANALYZE really runs it, so ShardScope wraps it in BEGIN … ROLLBACK: the data stays as it was.</source>
        <translation>Esta sentencia modifica datos. EXPLAIN ANALYZE la ejecuta de verdad, así que ShardScope la envuelve en BEGIN … ROLLBACK: los datos quedan como estaban.</translation>
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
            <numerusform>Citus ejecutó %n tarea para este trabajo; EXPLAIN muestra %1 (citus.explain_all_tasks está desactivado). Los marcos tenues representan las demás: sus fragmentos y nodos worker vienen del mapa de fragmentos.</numerusform>
            <numerusform>Citus ejecutó %n tareas para este trabajo; EXPLAIN muestra %1 (citus.explain_all_tasks está desactivado). Los marcos tenues representan las demás: sus fragmentos y nodos worker vienen del mapa de fragmentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citus ran %n task(s) for this job; EXPLAIN shows %1 (citus.explain_all_tasks is off). The faint frames stand for the others; the shard map of the cluster the plan ran on names their shards and workers.</source>
        <translation>
            <numerusform>Citus ejecutó %n tarea para este trabajo; EXPLAIN muestra %1 (citus.explain_all_tasks está desactivado). Los marcos tenues representan las demás; el mapa de fragmentos del clúster en que se ejecutó el plan nombra sus fragmentos y nodos worker.</numerusform>
            <numerusform>Citus ejecutó %n tareas para este trabajo; EXPLAIN muestra %1 (citus.explain_all_tasks está desactivado). Los marcos tenues representan las demás; el mapa de fragmentos del clúster en que se ejecutó el plan nombra sus fragmentos y nodos worker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every task</source>
        <translation>Mostrar todas las tareas</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) not shown</source>
        <translation>
            <numerusform>%n tarea no mostrada</numerusform>
            <numerusform>%n tareas no mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Task · shard %1</source>
        <translation>Tarea · fragmento %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>no mostrada</translation>
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
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>The PostgreSQL server with Citus that you connect to. It keeps the metadata (which shard is on which worker), plans each query and sends its pieces to the workers.</source>
        <translation>El servidor PostgreSQL con Citus al que te conectas. Guarda los metadatos (qué fragmento está en qué nodo worker), planifica cada consulta y envía sus partes a los nodos worker.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Nodo worker</translation>
    </message>
    <message>
        <source>A PostgreSQL server with Citus that stores shards and runs the pieces of queries the coordinator sends it.</source>
        <translation>Un servidor PostgreSQL con Citus que guarda fragmentos y ejecuta las partes de las consultas que le envía el coordinador.</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Fragmento (shard)</translation>
    </message>
    <message>
        <source>A piece of a distributed table: an ordinary table on a worker (named like users_102008) holding the rows whose distribution column hashes into its range.</source>
        <translation>Un trozo de una tabla distribuida: una tabla corriente en un nodo worker (con un nombre como users_102008) que guarda las filas cuya columna de distribución cae, por su hash, en su rango.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación (placement)</translation>
    </message>
    <message>
        <source>Where a shard lives: the worker that holds a copy of it. A reference table's shard has a placement on every node.</source>
        <translation>Dónde vive un fragmento: el nodo worker que guarda una copia de él. El fragmento de una tabla de referencia tiene una ubicación en cada nodo.</translation>
    </message>
    <message>
        <source>Distribution column</source>
        <translation>Columna de distribución</translation>
    </message>
    <message>
        <source>The column whose value decides a row's shard (create_distributed_table's second argument). Queries that filter on it go to one shard.</source>
        <translation>La columna cuyo valor decide el fragmento de cada fila (el segundo argumento de create_distributed_table). Las consultas que filtran por ella van a un solo fragmento.</translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation>Coubicación (colocation)</translation>
    </message>
    <message>
        <source>Tables distributed on columns of the same type keep the rows of the same value in shards on the same worker, so joins and foreign keys between them stay on one node.</source>
        <translation>Las tablas distribuidas por columnas del mismo tipo guardan las filas de un mismo valor en fragmentos del mismo nodo worker, así que los joins y las claves foráneas entre ellas se quedan en un solo nodo.</translation>
    </message>
    <message>
        <source>Reference table</source>
        <translation>Tabla de referencia</translation>
    </message>
    <message>
        <source>A small table copied whole to every node, so any shard can join with it locally.</source>
        <translation>Una tabla pequeña copiada entera en cada nodo, para que cualquier fragmento pueda hacer join con ella en local.</translation>
    </message>
    <message>
        <source>Router query</source>
        <translation>Consulta router</translation>
    </message>
    <message>
        <source>A query that needs one shard only (it filters on one value of the distribution column): the coordinator sends it whole to the worker that holds that shard.</source>
        <translation>Una consulta que solo necesita un fragmento (filtra por un valor de la columna de distribución): el coordinador la envía entera al nodo worker que tiene ese fragmento.</translation>
    </message>
    <message>
        <source>Multi-shard query</source>
        <translation>Consulta multifragmento</translation>
    </message>
    <message>
        <source>A query that needs many shards: it runs as one task per shard on the workers, in parallel, and the coordinator merges their results.</source>
        <translation>Una consulta que necesita muchos fragmentos: se ejecuta como una tarea por fragmento en los nodos worker, en paralelo, y el coordinador junta sus resultados.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>The piece of a distributed query that runs on one shard, on the worker holding it. EXPLAIN shows its plan; Task Count says how many there were.</source>
        <translation>La parte de una consulta distribuida que se ejecuta sobre un fragmento, en el nodo worker que lo tiene. EXPLAIN muestra su plan; Task Count dice cuántas hubo.</translation>
    </message>
    <message>
        <source>Subplan</source>
        <translation>Subplan</translation>
    </message>
    <message>
        <source>A subquery or CTE that Citus runs first on its own; its result goes to the workers as an intermediate result for the rest of the query.</source>
        <translation>Una subconsulta o CTE que Citus ejecuta antes por separado; su resultado va a los nodos worker como resultado intermedio para el resto de la consulta.</translation>
    </message>
    <message>
        <source>Repartition</source>
        <translation>Reparticionado</translation>
    </message>
    <message>
        <source>For a join that is not on the distribution columns, Citus moves the rows between workers by the join column first, then joins them where they meet.</source>
        <translation>Para un join que no es por las columnas de distribución, Citus primero mueve las filas entre nodos worker según la columna del join y luego las une donde coinciden.</translation>
    </message>
    <message>
        <source>Rebalance</source>
        <translation>Reequilibrio</translation>
    </message>
    <message>
        <source>Moving shards between workers so each holds a fair share, for example after adding a worker (citus_rebalance_start).</source>
        <translation>Mover fragmentos entre nodos worker para que cada uno tenga una parte justa, por ejemplo tras añadir un nodo worker (citus_rebalance_start).</translation>
    </message>
</context>
<context>
    <name>InsertDataPage</name>
    <message>
        <source>The tutorial's five rows, for users 1, 2 and 3. Each goes in only if it is not there yet, so running this step again adds nothing twice.</source>
        <translation>Las cinco filas del tutorial, para los usuarios 1, 2 y 3. Cada una se inserta solo si aún no está, así que repetir este paso no duplica nada.</translation>
    </message>
    <message>
        <source>Also load &amp;bulk rows with COPY</source>
        <translation>Hacer también una carga &amp;masiva con COPY</translation>
    </message>
    <message>
        <source>Bulk load</source>
        <translation>Carga masiva</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Bulk rows</source>
        <translation>Filas de la carga masiva</translation>
    </message>
    <message>
        <source>spread over &amp;users:</source>
        <translation>repartidas entre &amp;usuarios:</translation>
    </message>
    <message>
        <source>Bulk users</source>
        <translation>Usuarios de la carga masiva</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Summarise an EXPLAIN plan (JSON, TEXT, YAML or XML).</source>
        <translation>Resume un plan de ejecución de EXPLAIN (JSON, TEXT, YAML o XML).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprime un único objeto JSON.</translation>
    </message>
    <message>
        <source>Plan file, or - for standard input.</source>
        <translation>Archivo del plan, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>expected one plan file</source>
        <translation>se esperaba un archivo de plan</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
</context>
<context>
    <name>JsonPlanParser</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>more text follows the end of the JSON document</source>
        <translation>hay más texto tras el final del documento JSON</translation>
    </message>
    <message>
        <source>not a JSON value here</source>
        <translation>aquí no hay un valor JSON</translation>
    </message>
    <message>
        <source>a name in quotes is missing in an object</source>
        <translation>falta un nombre entre comillas en un objeto</translation>
    </message>
    <message>
        <source>a colon is missing after a name in an object</source>
        <translation>faltan los dos puntos tras un nombre en un objeto</translation>
    </message>
    <message>
        <source>a comma or '}' is missing after a member of an object</source>
        <translation>falta una coma o '}' tras un miembro de un objeto</translation>
    </message>
    <message>
        <source>a comma or ']' is missing after an element of an array</source>
        <translation>falta una coma o ']' tras un elemento de una lista</translation>
    </message>
    <message>
        <source>a wrong hexadecimal digit after \u in a string</source>
        <translation>un dígito hexadecimal erróneo tras \u en una cadena</translation>
    </message>
    <message>
        <source>an invalid surrogate pair in a string</source>
        <translation>un par sustituto no válido en una cadena</translation>
    </message>
    <message>
        <source>an invalid escape character in a string</source>
        <translation>un carácter de escape no válido en una cadena</translation>
    </message>
    <message>
        <source>a string has no closing quotation mark</source>
        <translation>una cadena no tiene comillas de cierre</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>una cadena no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a number too large</source>
        <translation>un número demasiado grande</translation>
    </message>
    <message>
        <source>a number has no digits after its decimal point</source>
        <translation>un número no tiene cifras tras su separador decimal</translation>
    </message>
    <message>
        <source>a number has no digits in its exponent</source>
        <translation>un número no tiene cifras en su exponente</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>un error de sintaxis</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message>
        <source>The desktop keychain holds no password for this connection.</source>
        <translation>El llavero del escritorio no guarda ninguna contraseña para esta conexión.</translation>
    </message>
    <message>
        <source>No desktop keychain is available (%1), so passwords cannot be remembered or looked up: start GNOME Keyring, KWallet or another Secret Service in your desktop session.</source>
        <translation>No hay ningún llavero del escritorio (%1), así que no se pueden recordar ni consultar contraseñas: inicia GNOME Keyring, KWallet u otro Secret Service en tu sesión de escritorio.</translation>
    </message>
    <message>
        <source>The desktop keychain failed: %1</source>
        <translation>El llavero del escritorio ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>KeyringPresence</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>no hay bus de sesión D-Bus</translation>
    </message>
    <message>
        <source>nothing on the D-Bus session bus offers the Secret Service or KWallet</source>
        <translation>nada en el bus de sesión D-Bus ofrece el Secret Service ni KWallet</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>Language of the texts: es or en (default: the system's).</source>
        <translation>Idioma de los textos: es o en (por defecto, el del sistema).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>unknown language "%1": use es or en</source>
        <translation>idioma desconocido «%1»: usa es o en</translation>
    </message>
</context>
<context>
    <name>LaunchSession</name>
    <message>
        <source>docker (the default) or local (PostgreSQL servers of this machine).</source>
        <translation>docker (por defecto) o local (servidores PostgreSQL de este equipo).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>Directory of the local servers (--mode local).</source>
        <translation>Directorio de los servidores locales (--mode local).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Directory of docker-compose.yml and its .env (--mode docker).</source>
        <translation>Directorio de docker-compose.yml y su .env (--mode docker).</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Abandona tras este número de segundos.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Show the output of docker, initdb and pg_ctl as it comes.</source>
        <translation>Muestra la salida de docker, initdb y pg_ctl a medida que llega.</translation>
    </message>
    <message>
        <source>--data-dir is for --mode local</source>
        <translation>--data-dir es para --mode local</translation>
    </message>
    <message>
        <source>--mode local needs --data-dir DIR, the directory for the servers' data</source>
        <translation>--mode local necesita --data-dir DIR, el directorio para los datos de los servidores</translation>
    </message>
    <message>
        <source>--compose-dir is for --mode docker</source>
        <translation>--compose-dir es para --mode docker</translation>
    </message>
    <message>
        <source>--mode must be docker or local, not "%1"</source>
        <translation>--mode debe ser docker o local, no «%1»</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, from 1 to 86400</source>
        <translation>--timeout debe ser un número de segundos, de 1 a 86400</translation>
    </message>
    <message>
        <source>Still in Docker: %1. `shardscope down` removes them (with --volumes, their data too); `shardscope up` again uses them.</source>
        <translation>Lo que queda en Docker: %1. `shardscope down` lo quita (con --volumes, también sus datos); `shardscope up` de nuevo lo aprovecha.</translation>
    </message>
    <message>
        <source>  (--verbose shows the output of the tools)</source>
        <translation>  (--verbose muestra la salida de las herramientas)</translation>
    </message>
    <message>
        <source>--citus-version must be one of %1, not "%2"</source>
        <translation>--citus-version debe ser una de %1, no «%2»</translation>
    </message>
    <message>
        <source>--citus-version is for --mode docker: local servers run the Citus installed here</source>
        <translation>--citus-version es para --mode docker: los servidores locales usan el Citus instalado en esta máquina</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <source>Where each part ran</source>
        <translation>Dónde se ejecutó cada parte</translation>
    </message>
</context>
<context>
    <name>LocalClusterDirectory</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede borrar %1</translation>
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
        <translation>usa %1</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>nunca se ejecutó</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>filas: %1</translation>
    </message>
    <message>
        <source> · est. %1</source>
        <translation> · est. %1</translation>
    </message>
    <message>
        <source>rows: est. %1</source>
        <translation>filas: est. %1</translation>
    </message>
    <message>
        <source>self %1 · total %2</source>
        <translation>propio %1 · total %2</translation>
    </message>
    <message>
        <source>cost %1 … %2</source>
        <translation>coste %1 … %2</translation>
    </message>
    <message>
        <source>loops: %1</source>
        <translation>bucles: %1</translation>
    </message>
    <message>
        <source>ran in %1</source>
        <translation>se ejecutó en %1</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidos</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>tareas: %1</translation>
    </message>
    <message>
        <source> · shown: %1</source>
        <translation> · mostradas: %1</translation>
    </message>
    <message>
        <source>%1 intermediate result</source>
        <translation>%1 de resultado intermedio</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>tardó %1</translation>
    </message>
    <message>
        <source>%1 map → %2 merge tasks</source>
        <translation>%1 tareas map → %2 merge</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>fragmento %1</translation>
    </message>
    <message>
        <source> · fixed est. %1</source>
        <translation> · est. fija %1</translation>
    </message>
    <message>
        <source>kept in memory, at most %1</source>
        <translation>guardado en memoria, como máximo %1</translation>
    </message>
    <message>
        <source>spilled to disk, at most %1</source>
        <translation>volcado a disco, como máximo %1</translation>
    </message>
    <message>
        <source>storage: %1, at most %2</source>
        <translation>almacenamiento: %1, como máximo %2</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>ventana %1</translation>
    </message>
    <message>
        <source>WAL: %1 records</source>
        <translation>WAL: %1 registros</translation>
    </message>
    <message>
        <source>disabled by a planner setting</source>
        <translation>desactivado por un ajuste del planificador</translation>
    </message>
    <message>
        <source>index searches: %1</source>
        <translation>búsquedas en el índice: %1</translation>
    </message>
</context>
<context>
    <name>NodeColoring</name>
    <message>
        <source>Time in the node itself</source>
        <translation>Tiempo en el propio nodo</translation>
    </message>
    <message>
        <source>Rows: planner's estimate against actual</source>
        <translation>Filas: estimación del planificador frente a las reales</translation>
    </message>
    <message>
        <source>%1 too high</source>
        <translation>%1 de más</translation>
    </message>
    <message>
        <source>%1 too low</source>
        <translation>%1 de menos</translation>
    </message>
</context>
<context>
    <name>NodeFigures</name>
    <message>
        <source>Executed</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <source>never: the executor did not need this part</source>
        <translation>nunca: el ejecutor no necesitó esta parte</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>%1 to first row, %2 in total</source>
        <translation>%1 hasta la primera fila, %2 en total</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>el coordinador</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>nodo worker %1</translation>
    </message>
    <message>
        <source>worker %1 · shard %2</source>
        <translation>nodo worker %1 · fragmento %2</translation>
    </message>
    <message>
        <source>Time in this node</source>
        <translation>Tiempo en este nodo</translation>
    </message>
    <message>
        <source>Time with its children</source>
        <translation>Tiempo con sus hijos</translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <source>Planning time</source>
        <translation>Tiempo de planificación</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>%1 actual, %2 estimated (per loop)</source>
        <translation>%1 reales, %2 estimadas (por bucle)</translation>
    </message>
    <message>
        <source>%1 actual (per loop)</source>
        <translation>%1 reales (por bucle)</translation>
    </message>
    <message>
        <source>%1 estimated</source>
        <translation>%1 estimadas</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>Bucles</translation>
    </message>
    <message>
        <source>Rows in all loops</source>
        <translation>Filas en todos los bucles</translation>
    </message>
    <message>
        <source>Row estimate</source>
        <translation>Estimación de filas</translation>
    </message>
    <message>
        <source>%1× too low: more rows came than planned</source>
        <translation>%1× por debajo: llegaron más filas de las previstas</translation>
    </message>
    <message>
        <source>%1× too high: fewer rows came than planned</source>
        <translation>%1× por encima: llegaron menos filas de las previstas</translation>
    </message>
    <message>
        <source>right</source>
        <translation>acertada</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Datos recibidos</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Tasks shown</source>
        <translation>Tareas mostradas</translation>
    </message>
    <message>
        <source>Subplan</source>
        <translation>Subplan</translation>
    </message>
    <message>
        <source>Subplan duration</source>
        <translation>Duración del subplan</translation>
    </message>
    <message>
        <source>Intermediate result</source>
        <translation>Resultado intermedio</translation>
    </message>
    <message>
        <source>Map tasks</source>
        <translation>Tareas map</translation>
    </message>
    <message>
        <source>Merge tasks</source>
        <translation>Tareas merge</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Citus' fixed figure, not the planner's: Citus' Custom Scan tells PostgreSQL the same row count for any query (100,000, or 0 for a router query), and a node above it may pass that figure on. A gap between it and the actual rows is no misestimate.</source>
        <translation>Cifra fija de Citus, no del planificador: el Custom Scan de Citus da a PostgreSQL el mismo número de filas para cualquier consulta (100.000, o 0 en una consulta router), y un nodo por encima puede repetir esa cifra. La diferencia con las filas reales no es un error de estimación.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>NodeLabel</name>
    <message>
        <source>Distributed Subplan</source>
        <translation>Subplan distribuido</translation>
    </message>
    <message>
        <source>Distributed Subplan %1</source>
        <translation>Subplan distribuido %1</translation>
    </message>
    <message>
        <source>Distributed Job</source>
        <translation>Trabajo distribuido</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Repartition (MapMergeJob)</source>
        <translation>Reparticionado (MapMergeJob)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>OutageCommand</name>
    <message>
        <source>Show what a Citus cluster does without one of its workers (stop one with shardscope down --worker N, start it again with shardscope up): which workers answer while Citus still lists them as active, which users' queries fail and why, and the rows of each shard. Exit 1 when a worker does not answer, a query fails or the counts differ from those saved.</source>
        <translation>Muestra qué hace un clúster Citus sin uno de sus nodos worker (detén uno con shardscope down --worker N y vuelve a arrancarlo con shardscope up): qué nodos worker responden mientras Citus aún los lista como activos, qué consultas de usuarios fallan y por qué, y las filas de cada fragmento. Sale con 1 cuando un nodo worker no responde, una consulta falla o los recuentos difieren de los guardados.</translation>
    </message>
    <message>
        <source>The tutorial's table (default: %1).</source>
        <translation>La tabla del tutorial (por defecto: %1).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLA</translation>
    </message>
    <message>
        <source>The users whose query to run, comma-separated.</source>
        <translation>Los usuarios cuya consulta ejecutar, separados por comas.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Write the rows of each shard to FILE, to compare them later.</source>
        <translation>Escribe las filas de cada fragmento en ARCHIVO, para compararlas después.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Compare the rows of each shard with those saved in FILE.</source>
        <translation>Compara las filas de cada fragmento con las guardadas en ARCHIVO.</translation>
    </message>
    <message>
        <source>--users must be user ids separated by commas, not "%1"</source>
        <translation>--users debe ser una lista de ids de usuario separados por comas, no «%1»</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 does not hold counts saved with --save-counts</source>
        <translation>%1 no contiene recuentos guardados con --save-counts</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>rows of %n shard(s) saved in %1</source>
        <translation>
            <numerusform>filas de %n fragmento guardadas en %1</numerusform>
            <numerusform>filas de %n fragmentos guardadas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageReportText</name>
    <message>
        <source>listed as active by Citus</source>
        <translation>listado como activo por Citus</translation>
    </message>
    <message>
        <source>not listed as active by Citus</source>
        <translation>no listado como activo por Citus</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>does not answer: connection refused</source>
        <translation>no responde: conexión rechazada</translation>
    </message>
    <message>
        <source>does not answer: %1</source>
        <translation>no responde: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Citus still lists %1 as active (citus_get_active_worker_nodes()): it does not notice by itself that a worker stopped. Only connecting to it tells, as ShardScope's own check did.</source>
        <translation>Citus aún lista %1 como activo (citus_get_active_worker_nodes()): no se da cuenta por sí solo de que un nodo worker se ha detenido. Solo conectarse a él lo revela, como ha hecho la comprobación propia de ShardScope.</translation>
    </message>
    <message>
        <source>shard %1 on %2</source>
        <translation>fragmento %1 en %2</translation>
    </message>
    <message>
        <source>User %1: fails (%2)</source>
        <translation>Usuario %1: falla (%2)</translation>
    </message>
    <message numerus="yes">
        <source>User %1: %Ln row(s) (%2)</source>
        <translation>
            <numerusform>Usuario %1: %Ln fila (%2)</numerusform>
            <numerusform>Usuario %1: %Ln filas (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>the coordinator's connection to %1 was refused: nothing listens on port %2 any more</source>
        <translation>el coordinador intentó conectarse a %1 y la conexión fue rechazada: ya nada escucha en el puerto %2</translation>
    </message>
    <message>
        <source>the coordinator cannot reach %1</source>
        <translation>el coordinador no llega a %1</translation>
    </message>
    <message>
        <source>User %1's rows are in shard %2, which only %3 holds, and %4. The query needs that shard, so it fails; the users of the other workers are served as before. The server said: %5</source>
        <translation>Las filas del usuario %1 están en el fragmento %2, que solo tiene %3, y %4. La consulta necesita ese fragmento, así que falla; los usuarios de los demás nodos worker se atienden como antes. El servidor dijo: %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln shard(s) counted</source>
        <translation>
            <numerusform>%1 de %Ln fragmento contados</numerusform>
            <numerusform>%1 de %Ln fragmentos contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of %1: %2, %3.</source>
        <translation>Filas de %1: %2, %3.</translation>
    </message>
    <message>
        <source>Rows of %1: %2, %3; the shards of %4 cannot be counted while it does not answer.</source>
        <translation>Filas de %1: %2, %3; los fragmentos de %4 no se pueden contar mientras no responda.</translation>
    </message>
    <message>
        <source>a worker</source>
        <translation>un nodo worker</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s) hold a different number of rows (%1)</source>
        <translation>
            <numerusform>%n fragmento tiene otro número de filas (%1)</numerusform>
            <numerusform>%n fragmentos tienen otro número de filas (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s) cannot be counted now (%1)</source>
        <translation>
            <numerusform>%n fragmento no se puede contar ahora (%1)</numerusform>
            <numerusform>%n fragmentos no se pueden contar ahora (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s) were not counted before (%1)</source>
        <translation>
            <numerusform>%n fragmento no se contó antes (%1)</numerusform>
            <numerusform>%n fragmentos no se contaron antes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no shard was counted</source>
        <translation>no se contó ningún fragmento</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Nodos worker:</translation>
    </message>
    <message>
        <source>The tutorial's query for each user:</source>
        <translation>La consulta del tutorial para cada usuario:</translation>
    </message>
    <message numerus="yes">
        <source>Row counts per shard are the same as before: %n shard(s), %1. Nothing was lost.</source>
        <translation>
            <numerusform>Las filas de cada fragmento son las mismas que antes: %n fragmento, %1. No se ha perdido nada.</numerusform>
            <numerusform>Las filas de cada fragmento son las mismas que antes: %n fragmentos, %1. No se ha perdido nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row counts per shard differ from before: %1. Before: %2; now: %3.</source>
        <translation>Las filas de cada fragmento difieren de las de antes: %1. Antes: %2; ahora: %3.</translation>
    </message>
</context>
<context>
    <name>PassFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>Keep the password of a connection in the desktop keychain (GNOME Keyring, KWallet or another Secret Service; the macOS Keychain; the Windows Credential Manager), where the wizard finds it. store reads it from standard input. check exits with 0 when one is saved, 1 when none is; every action exits with 2 when there is no keychain.</source>
        <translation>Guarda la contraseña de una conexión en el llavero del escritorio (GNOME Keyring, KWallet u otro Secret Service; el Llavero de macOS; el Administrador de credenciales de Windows), donde la encuentra el asistente. store la lee de la entrada estándar. check sale con 0 si hay una guardada y con 1 si no; todas las acciones salen con 2 si no hay llavero.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>store, check or forget.</source>
        <translation>store, check o forget.</translation>
    </message>
    <message>
        <source>expected one action: store, check or forget</source>
        <translation>se esperaba una acción: store, check o forget</translation>
    </message>
    <message>
        <source>--dsn is required: the password is kept for that connection</source>
        <translation>falta --dsn: la contraseña se guarda para esa conexión</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no hay ninguna contraseña en la entrada estándar</translation>
    </message>
    <message>
        <source>The desktop keychain holds no password for %1.
</source>
        <translation>El llavero del escritorio no guarda ninguna contraseña para %1.
</translation>
    </message>
    <message>
        <source>The password for %1 is saved in the desktop keychain.
</source>
        <translation>La contraseña para %1 está guardada en el llavero del escritorio.
</translation>
    </message>
    <message>
        <source>The desktop keychain holds a password for %1.
</source>
        <translation>El llavero del escritorio guarda una contraseña para %1.
</translation>
    </message>
    <message>
        <source>The desktop keychain holds no password for %1 any more.
</source>
        <translation>El llavero del escritorio ya no guarda ninguna contraseña para %1.
</translation>
    </message>
</context>
<context>
    <name>PgCancelRequest</name>
    <message>
        <source>could not cancel the statement: %1</source>
        <translation>no se pudo cancelar la sentencia: %1</translation>
    </message>
</context>
<context>
    <name>PgError</name>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Pista: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Posición: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexto: %1</translation>
    </message>
    <message>
        <source>Is the server running on that host and accepting TCP/IP connections?</source>
        <translation>¿Está el servidor en marcha en ese equipo y acepta conexiones TCP/IP?</translation>
    </message>
    <message>
        <source>Is the server running locally and accepting connections on that socket?</source>
        <translation>¿Está el servidor en marcha en este equipo y acepta conexiones en ese socket?</translation>
    </message>
    <message>
        <source>nothing accepts connections there</source>
        <translation>nada acepta conexiones ahí</translation>
    </message>
    <message>
        <source>the time allowed to connect ran out</source>
        <translation>se agotó el tiempo para conectar</translation>
    </message>
    <message>
        <source>the server asks for a password and none was given</source>
        <translation>el servidor pide una contraseña y no se dio ninguna</translation>
    </message>
    <message>
        <source>there is no such socket</source>
        <translation>ese socket no existe</translation>
    </message>
    <message>
        <source>could not connect to the server at %1, port %2: %3</source>
        <translation>no se pudo conectar con el servidor en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>could not connect to the server on socket %1: %2</source>
        <translation>no se pudo conectar con el servidor en el socket %1: %2</translation>
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
        <translation>un nodo worker sin nombre</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>el nodo worker %1</translation>
    </message>
    <message>
        <source>worker %1 (shard %2)</source>
        <translation>el nodo worker %1 (fragmento %2)</translation>
    </message>
    <message>
        <source>a plain PostgreSQL plan</source>
        <translation>un plan de PostgreSQL sin Citus</translation>
    </message>
    <message>
        <source>a router query</source>
        <translation>una consulta router (a un solo fragmento)</translation>
    </message>
    <message>
        <source>a multi-shard query</source>
        <translation>una consulta multifragmento</translation>
    </message>
    <message>
        <source>a repartition join</source>
        <translation>una unión con reparticionado</translation>
    </message>
    <message>
        <source>a query with distributed subplans</source>
        <translation>una consulta con subplanes distribuidos</translation>
    </message>
    <message>
        <source>a distributed INSERT … SELECT</source>
        <translation>un INSERT … SELECT distribuido</translation>
    </message>
    <message>
        <source>plain PostgreSQL plans</source>
        <translation>planes de PostgreSQL sin Citus</translation>
    </message>
    <message>
        <source>router queries</source>
        <translation>consultas router</translation>
    </message>
    <message>
        <source>multi-shard queries</source>
        <translation>consultas multifragmento</translation>
    </message>
    <message>
        <source>repartition joins</source>
        <translation>uniones con reparticionado</translation>
    </message>
    <message>
        <source>queries with distributed subplans</source>
        <translation>consultas con subplanes distribuidos</translation>
    </message>
    <message>
        <source>distributed INSERT … SELECT statements</source>
        <translation>sentencias INSERT … SELECT distribuidas</translation>
    </message>
    <message>
        <source>%1, without Citus</source>
        <translation>%1, sin Citus</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Neither plan is distributed: PostgreSQL ran each on the coordinator alone, without Citus.</source>
        <translation>Ningún plan es distribuido: PostgreSQL ejecutó cada uno solo en el coordinador, sin Citus.</translation>
    </message>
    <message>
        <source>Both plans ran %1.</source>
        <translation>Los dos planes se ejecutaron %1.</translation>
    </message>
    <message>
        <source>Both plans would run %1.</source>
        <translation>Los dos planes se ejecutarían %1.</translation>
    </message>
    <message>
        <source>ran %1</source>
        <translation>se ejecutó %1</translation>
    </message>
    <message>
        <source>would run %1</source>
        <translation>se ejecutaría %1</translation>
    </message>
    <message>
        <source>Plan A %1; plan B %2.</source>
        <translation>El plan A %1; el plan B %2.</translation>
    </message>
    <message>
        <source>on the coordinator alone</source>
        <translation>solo en el coordinador</translation>
    </message>
    <message>
        <source>%1 (EXPLAIN does not show where)</source>
        <translation>%1 (EXPLAIN no muestra dónde)</translation>
    </message>
    <message>
        <source>%1 (EXPLAIN shows one, on %2)</source>
        <translation>%1 (EXPLAIN muestra una, en %2)</translation>
    </message>
    <message>
        <source>%1 (EXPLAIN shows %2)</source>
        <translation>%1 (EXPLAIN muestra %2)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 on worker %2</source>
        <translation>%1 en el nodo worker %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan A is %1; plan B is %2.</source>
        <translation>El plan A es %1; el plan B es %2.</translation>
    </message>
    <message>
        <source>Both are %1: %2 each.</source>
        <translation>Los dos son %1: %2 cada uno.</translation>
    </message>
    <message>
        <source>Both are %1: %2 in plan A, %3 in plan B.</source>
        <translation>Los dos son %1: %2 en el plan A, %3 en el plan B.</translation>
    </message>
    <message>
        <source>Neither plan was run (EXPLAIN without ANALYZE), so there are no times to compare.</source>
        <translation>No se ejecutó ninguno de los planes (EXPLAIN sin ANALYZE), así que no hay tiempos que comparar.</translation>
    </message>
    <message>
        <source>Only plan A has an execution time (%1): plan B was explained without ANALYZE.</source>
        <translation>Solo el plan A tiene tiempo de ejecución (%1): el plan B se explicó sin ANALYZE.</translation>
    </message>
    <message>
        <source>Only plan B has an execution time (%1): plan A was explained without ANALYZE.</source>
        <translation>Solo el plan B tiene tiempo de ejecución (%1): el plan A se explicó sin ANALYZE.</translation>
    </message>
    <message>
        <source>Both took %1.</source>
        <translation>Los dos tardaron %1.</translation>
    </message>
    <message>
        <source>Plan B took %1 less: %2 against %3.</source>
        <translation>El plan B tardó %1 menos: %2 frente a %3.</translation>
    </message>
    <message>
        <source>Plan B took %1 more: %2 against %3.</source>
        <translation>El plan B tardó %1 más: %2 frente a %3.</translation>
    </message>
    <message>
        <source>Both plans have the same nodes: %1.</source>
        <translation>Los dos planes tienen los mismos nodos: %1.</translation>
    </message>
    <message>
        <source>Only plan A has %1.</source>
        <translation>Solo el plan A tiene %1.</translation>
    </message>
    <message>
        <source>Only plan B has %1.</source>
        <translation>Solo el plan B tiene %1.</translation>
    </message>
    <message>
        <source>Both returned %1.</source>
        <translation>Los dos devolvieron %1.</translation>
    </message>
    <message>
        <source>Plan A returned %1; plan B returned %2.</source>
        <translation>El plan A devolvió %1; el plan B devolvió %2.</translation>
    </message>
    <message>
        <source>The workers sent %1 to the coordinator in each plan.</source>
        <translation>Los nodos worker enviaron %1 al coordinador en cada plan.</translation>
    </message>
    <message>
        <source>The workers sent %1 to the coordinator in plan A and %2 in plan B.</source>
        <translation>Los nodos worker enviaron %1 al coordinador en el plan A y %2 en el plan B.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln tarea</numerusform>
            <numerusform>%Ln tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is a router query, sent whole to the one shard holding its rows: plan A ran on %1, plan B on %2.</source>
        <translation>Cada uno es una consulta router, enviada entera al único fragmento que tiene sus filas: el plan A se ejecutó en %1; el plan B, en %2.</translation>
    </message>
    <message>
        <source>Each is a router query, sent whole to the one shard holding its rows: plan A would run on %1, plan B on %2.</source>
        <translation>Cada uno es una consulta router, enviada entera al único fragmento que tiene sus filas: el plan A se ejecutaría en %1; el plan B, en %2.</translation>
    </message>
    <message>
        <source>Plan A took %1 and plan B %2: a difference this small is noise between runs, not a difference between the plans.</source>
        <translation>El plan A tardó %1 y el plan B %2: una diferencia tan pequeña es ruido entre ejecuciones, no una diferencia entre los planes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln worker(s): %2</source>
        <translation>
            <numerusform>%1 en %Ln nodo worker: %2</numerusform>
            <numerusform>%1 en %Ln nodos worker: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Both plans use the same kinds of node (%1) but not as many: %2 in plan A, %3 in plan B.</source>
        <translation>Los dos planes usan los mismos tipos de nodo (%1), pero no la misma cantidad: %2 en el plan A y %3 en el plan B.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan node(s)</source>
        <translation>
            <numerusform>%Ln nodo del plan</numerusform>
            <numerusform>%Ln nodos del plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExporter</name>
    <message>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>no hay memoria suficiente para una imagen de %1 × %2</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>Plan de ejecución</translation>
    </message>
    <message>
        <source>Drawn by ShardScope</source>
        <translation>Dibujado con ShardScope</translation>
    </message>
    <message>
        <source>cannot start the SVG writer</source>
        <translation>no se puede iniciar el generador de SVG</translation>
    </message>
    <message>
        <source>cannot use a %1 × %2 pt page</source>
        <translation>no se puede usar una página de %1 × %2 pt</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>no se puede iniciar el generador de PDF</translation>
    </message>
</context>
<context>
    <name>PlanHeadline</name>
    <message>
        <source>PostgreSQL plan (no Citus)</source>
        <translation>Plan de PostgreSQL (sin Citus)</translation>
    </message>
    <message>
        <source>Router query</source>
        <translation>Consulta router</translation>
    </message>
    <message>
        <source>Multi-shard query</source>
        <translation>Consulta multifragmento</translation>
    </message>
    <message>
        <source>Repartition join</source>
        <translation>Unión con reparticionado</translation>
    </message>
    <message>
        <source>Query with distributed subplans</source>
        <translation>Consulta con subplanes distribuidos</translation>
    </message>
    <message>
        <source>INSERT … SELECT</source>
        <translation>INSERT … SELECT</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>tareas: %1</translation>
    </message>
    <message>
        <source>workers: %1</source>
        <translation>nodos worker: %1</translation>
    </message>
    <message>
        <source>distributed subplans: %1</source>
        <translation>subplanes distribuidos: %1</translation>
    </message>
    <message>
        <source>plan nodes: %1</source>
        <translation>nodos del plan: %1</translation>
    </message>
    <message>
        <source>execution %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <source>planning %1</source>
        <translation>planificación %1</translation>
    </message>
    <message>
        <source>estimates only (no ANALYZE)</source>
        <translation>solo estimaciones (sin ANALYZE)</translation>
    </message>
    <message>
        <source>coloured by worker</source>
        <translation>coloreado por nodo worker</translation>
    </message>
    <message>
        <source>coloured by time in each node</source>
        <translation>coloreado por tiempo en cada nodo</translation>
    </message>
    <message>
        <source>coloured by row misestimate</source>
        <translation>coloreado por error en la estimación de filas</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) in one output</source>
        <translation>
            <numerusform>%n plan en una salida</numerusform>
            <numerusform>%n planes en una salida</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n mostrada)</numerusform>
            <numerusform> (%n mostradas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>binary data, not an EXPLAIN document</source>
        <translation>son datos binarios, no un documento de EXPLAIN</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>el texto no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>el archivo es demasiado grande (%1 MB; como mucho %2 MB)</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Format: %1%2</source>
        <translation>Formato: %1%2</translation>
    </message>
    <message>
        <source> (EXPLAIN ANALYZE)</source>
        <translation> (EXPLAIN ANALYZE)</translation>
    </message>
    <message>
        <source> (estimates only)</source>
        <translation> (solo estimaciones)</translation>
    </message>
    <message>
        <source>Planning time: %1</source>
        <translation>Tiempo de planificación: %1</translation>
    </message>
    <message>
        <source>Execution time: %1</source>
        <translation>Tiempo de ejecución: %1</translation>
    </message>
    <message>
        <source>Plan nodes: %1</source>
        <translation>Nodos del plan: %1</translation>
    </message>
    <message>
        <source>Distributed query: %1</source>
        <translation>Consulta distribuida: %1</translation>
    </message>
    <message>
        <source>Tasks: %1 shown of %2</source>
        <translation>Tareas: %1 mostradas de %2</translation>
    </message>
    <message>
        <source>Distributed subplans: %1</source>
        <translation>Subplanes distribuidos: %1</translation>
    </message>
    <message>
        <source>Not distributed: PostgreSQL ran it alone</source>
        <translation>No distribuida: la ejecutó PostgreSQL por sí solo</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>Slowest node: %1 (%2), %3 of its own</source>
        <translation>Nodo más lento: %1 (%2), %3 propios</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Nodos worker:</translation>
    </message>
    <message>
        <source>Plan nodes are the steps PostgreSQL planned (Aggregate, Sort, Custom Scan, Seq Scan…), on the coordinator and in the plan of each task shown on its worker. Citus' jobs, tasks, subplans and MapMergeJobs are counted as tasks and subplans, not as plan nodes. The coordinator's plan nodes and the workers' add up to the plan nodes in the heading.</source>
        <translation>Los nodos del plan son los pasos que planificó PostgreSQL (Aggregate, Sort, Custom Scan, Seq Scan…), en el coordinador y en el plan de cada tarea mostrada en su nodo worker. Los jobs, tareas, subplanes y MapMergeJobs de Citus se cuentan como tareas y subplanes, no como nodos del plan. Los nodos del plan del coordinador y los de los workers suman los nodos del plan del encabezado.</translation>
    </message>
    <message>
        <source>Plan nodes: %1 (coordinator: %2, workers: %3)</source>
        <translation>Nodos del plan: %1 (coordinador: %2, workers: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation>filas desconocidas</translation>
    </message>
    <message>
        <source>  %1: %2, %3, %4, %5</source>
        <translation>  %1: %2, %3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln tarea</numerusform>
            <numerusform>%Ln tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan node(s)</source>
        <translation>
            <numerusform>%Ln nodo del plan</numerusform>
            <numerusform>%Ln nodos del plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PngFileWriter</name>
    <message>
        <source>not enough memory to write a PNG image</source>
        <translation>no hay memoria suficiente para escribir una imagen PNG</translation>
    </message>
    <message>
        <source>libpng could not write the image</source>
        <translation>libpng no pudo escribir la imagen</translation>
    </message>
</context>
<context>
    <name>PostgresInstallation</name>
    <message>
        <source>PostgreSQL's server programs (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin, on PATH or in $SHARDSCOPE_PG_BINDIR. Install them (Debian and Ubuntu: sudo apt install postgresql-15) or set SHARDSCOPE_PG_BINDIR to their directory.</source>
        <translation>No se encontraron los programas de servidor de PostgreSQL (initdb, pg_ctl) en /usr/lib/postgresql/*/bin, en el PATH ni en $SHARDSCOPE_PG_BINDIR. Instálalos (Debian y Ubuntu: sudo apt install postgresql-15) o pon su directorio en SHARDSCOPE_PG_BINDIR.</translation>
    </message>
    <message>
        <source>Running as root, the servers must run as the user %1 (initdb refuses root), which needs runuser and a user %1. Run ShardScope as another user, or create the user %1.</source>
        <translation>Como root, los servidores deben ejecutarse con el usuario %1 (initdb rechaza root), lo que requiere runuser y un usuario %1. Ejecuta ShardScope con otro usuario, o crea el usuario %1.</translation>
    </message>
    <message>
        <source>cannot hand %1 over to the user %2</source>
        <translation>no se puede ceder %1 al usuario %2</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Draw an EXPLAIN plan as a PNG, SVG or PDF file.</source>
        <translation>Dibuja un plan de ejecución de EXPLAIN en un archivo PNG, SVG o PDF.</translation>
    </message>
    <message>
        <source>Image to write; its extension (.png, .svg, .pdf) picks the format.</source>
        <translation>Imagen que escribir; su extensión (.png, .svg, .pdf) elige el formato.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>What the card colours show: worker, time or misestimate.</source>
        <translation>Qué muestran los colores de las tarjetas: worker (nodo worker), time (tiempo) o misestimate (error de estimación).</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>Background: white or palette.</source>
        <translation>Fondo: white (blanco) o palette (el de la paleta).</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COLOR</translation>
    </message>
    <message>
        <source>The cluster's workers as host:port, comma-separated, in pg_dist_node order: each gets the same colour in every image, whichever of them a plan uses.</source>
        <translation>Los nodos worker del clúster como host:puerto, separados por comas, en el orden de pg_dist_node: cada uno recibe el mismo color en todas las imágenes, los use el plan o no.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Plan file (JSON, TEXT, YAML or XML).</source>
        <translation>Archivo del plan (JSON, TEXT, YAML o XML).</translation>
    </message>
    <message>
        <source>expected one plan file</source>
        <translation>se esperaba un archivo de plan</translation>
    </message>
    <message>
        <source>missing -o OUT</source>
        <translation>falta -o SALIDA</translation>
    </message>
    <message>
        <source>unknown value "%1": use worker, time or misestimate</source>
        <translation>valor desconocido «%1»: usa worker, time o misestimate</translation>
    </message>
    <message>
        <source>unknown value "%1": use white or palette</source>
        <translation>valor desconocido «%1»: usa white o palette</translation>
    </message>
    <message>
        <source>expected host:port[,host:port...], got "%1"</source>
        <translation>se esperaba host:puerto[,host:puerto...] y llegó «%1»</translation>
    </message>
    <message>
        <source>unknown image format: use .png, .svg or .pdf</source>
        <translation>formato de imagen desconocido: usa .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>PNG pixels per drawing unit, from 0.25 to 8 (default 1: as the viewer shows it at 100%; 2 for print).</source>
        <translation>Píxeles del PNG por unidad del dibujo, de 0,25 a 8 (por omisión 1: como lo muestra el visor al 100 %; 2 para imprimir).</translation>
    </message>
    <message>
        <source>PNG resolution in dots per inch, instead of --scale (96 is scale 1, 300 prints sharply): from 24 to 768.</source>
        <translation>Resolución del PNG en puntos por pulgada, en lugar de --scale (96 es la escala 1, 300 se imprime nítido): de 24 a 768.</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>--scale and --dpi say the same: give one of them</source>
        <translation>--scale y --dpi dicen lo mismo: indica solo una de las dos</translation>
    </message>
    <message>
        <source>--dpi: "%1" is not a number from 24 to 768</source>
        <translation>--dpi: «%1» no es un número de 24 a 768</translation>
    </message>
    <message>
        <source>--scale: "%1" is not a number from 0.25 to 8</source>
        <translation>--scale: «%1» no es un número de 0,25 a 8</translation>
    </message>
</context>
<context>
    <name>RoutingCounters</name>
    <message>
        <source>Citus %1 has no citus_stat_counters (Citus 13.1 and later count single-shard and multi-shard queries): the routing counters are left out.</source>
        <translation>Citus %1 no tiene citus_stat_counters (Citus 13.1 y posteriores cuentan las consultas de un solo fragmento y las multifragmento): se omiten los contadores de enrutado.</translation>
    </message>
    <message>
        <source>citus.enable_stat_counters is off on this server and only a superuser may turn it on: the routing counters are left out. ALTER SYSTEM SET citus.enable_stat_counters = on; and SELECT pg_reload_conf(); turn them on for everyone.</source>
        <translation>citus.enable_stat_counters está desactivado en este servidor y solo un superusuario puede activarlo: se omiten los contadores de enrutado. ALTER SYSTEM SET citus.enable_stat_counters = on; y SELECT pg_reload_conf(); los activan para todos.</translation>
    </message>
</context>
<context>
    <name>RoutingProof</name>
    <message>
        <source>citus_stat_counters: the single-shard counter moved (%1 → %2), the multi-shard one stayed at %3: Citus routed the query to the one shard that holds its rows, a router query.</source>
        <translation>citus_stat_counters: se movió el contador de un solo fragmento (%1 → %2) y el multifragmento se quedó en %3: Citus envió la consulta al único fragmento que guarda sus filas, una consulta router.</translation>
    </message>
    <message>
        <source>citus_stat_counters: the multi-shard counter moved (%1 → %2), the single-shard one stayed at %3: Citus sent the query to several shards.</source>
        <translation>citus_stat_counters: se movió el contador multifragmento (%1 → %2) y el de un solo fragmento se quedó en %3: Citus envió la consulta a varios fragmentos.</translation>
    </message>
    <message>
        <source>citus_stat_counters: both counters moved (single-shard %1 → %2, multi-shard %3 → %4): the query ran in several distributed steps (subplans), or other sessions ran queries at the same time.</source>
        <translation>citus_stat_counters: se movieron los dos contadores (un solo fragmento %1 → %2, multifragmento %3 → %4): la consulta se ejecutó en varios pasos distribuidos (subplanes), u otras sesiones ejecutaron consultas a la vez.</translation>
    </message>
    <message>
        <source>citus_stat_counters: neither counter moved (single-shard %1, multi-shard %2): no distributed query ran, so PostgreSQL ran it alone or it was only planned.</source>
        <translation>citus_stat_counters: no se movió ningún contador (un solo fragmento %1, multifragmento %2): no se ejecutó ninguna consulta distribuida, así que PostgreSQL la ejecutó solo o solo se planificó.</translation>
    </message>
    <message>
        <source>Routing counters</source>
        <translation>Contadores de enrutado</translation>
    </message>
    <message>
        <source>citus_stat_counters</source>
        <translation>citus_stat_counters</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>single-shard queries</source>
        <translation>consultas de un solo fragmento</translation>
    </message>
    <message>
        <source>multi-shard queries</source>
        <translation>consultas multifragmento</translation>
    </message>
</context>
<context>
    <name>ScaleCommand</name>
    <message numerus="yes">
        <source>%1 of %n shard move(s) done</source>
        <translation>
            <numerusform>%1 de %n traslado de fragmento hecho</numerusform>
            <numerusform>%1 de %n traslados de fragmentos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; moving a shard from %2 to %3</source>
        <translation>%1; trasladando un fragmento de %2 a %3</translation>
    </message>
    <message>
        <source>Add a worker to a running Citus cluster, move shards between its workers, or drain a worker and remove it.</source>
        <translation>Añade un nodo worker a un clúster Citus en marcha, traslada fragmentos entre sus nodos worker, o vacía un nodo worker y lo quita.</translation>
    </message>
    <message>
        <source>Register this worker with the coordinator.</source>
        <translation>Registra este nodo worker en el coordinador.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PUERTO</translation>
    </message>
    <message>
        <source>Move every shard off this worker, then remove it from the cluster.</source>
        <translation>Saca todos los fragmentos de este nodo worker y luego lo quita del clúster.</translation>
    </message>
    <message>
        <source>Move shards so that every worker holds about as many (after --add).</source>
        <translation>Traslada fragmentos para que cada nodo worker tenga más o menos los mismos (tras --add).</translation>
    </message>
    <message>
        <source>Copy each shard while writes to it wait, instead of with logical replication (which needs wal_level = logical and a primary key or replica identity on every table).</source>
        <translation>Copia cada fragmento mientras las escrituras en él esperan, en lugar de con replicación lógica (que necesita wal_level = logical y una clave primaria o identidad de réplica en cada tabla).</translation>
    </message>
    <message>
        <source>--add and --remove go in separate commands</source>
        <translation>--add y --remove van en órdenes distintas</translation>
    </message>
    <message>
        <source>say what to do: --add HOST:PORT, --remove HOST:PORT or --rebalance</source>
        <translation>di qué hacer: --add HOST:PUERTO, --remove HOST:PUERTO o --rebalance</translation>
    </message>
    <message>
        <source>"%1" is not a worker's address: give it as HOST:PORT</source>
        <translation>«%1» no es la dirección de un nodo worker: escríbela como HOST:PUERTO</translation>
    </message>
    <message>
        <source>cancelled: the shards moved so far stay where they went</source>
        <translation>cancelado: los fragmentos trasladados hasta ahora se quedan donde fueron</translation>
    </message>
    <message>
        <source>%1 Run it again with --block-writes to do that.</source>
        <translation>%1 Vuelve a ejecutarlo con --block-writes para hacerlo así.</translation>
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
        <translation>sin rango</translation>
    </message>
    <message>
        <source>%1: every row is in shard %2, on %3</source>
        <translation>%1: todas las filas están en el fragmento %2, en %3</translation>
    </message>
    <message>
        <source>%1 = %2: hash %3 → segment %4 → shard %5 → %6</source>
        <translation>%1 = %2: hash %3 → segmento %4 → fragmento %5 → %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>filas: %1</translation>
    </message>
    <message>
        <source>rows not all counted</source>
        <translation>no se contaron todas las filas</translation>
    </message>
    <message>
        <source>%1  %2  colocation group %3  %4  %5</source>
        <translation>%1  %2  grupo de colocación %3  %4  %5</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>  one shard, a copy on every node</source>
        <translation>  un solo fragmento, con una copia en cada nodo</translation>
    </message>
    <message>
        <source>  colocated with %1: the same hash ranges on the same workers</source>
        <translation>  coubicada con %1: los mismos rangos de hash en los mismos nodos worker</translation>
    </message>
    <message>
        <source>shard</source>
        <translation>fragmento</translation>
    </message>
    <message>
        <source>hash range</source>
        <translation>rango de hash</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>nodo worker</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
</context>
<context>
    <name>ShardsCommand</name>
    <message>
        <source>--value needs a distributed table, and there is none</source>
        <translation>--value necesita una tabla distribuida, y no hay ninguna</translation>
    </message>
    <message>
        <source>Show the shard map of a Citus cluster: each shard's hash range, the workers holding it and its rows, and where a value goes.</source>
        <translation>Muestra el mapa de fragmentos de un clúster Citus: el rango de hash de cada fragmento, los nodos worker que lo guardan y sus filas, y adónde va un valor.</translation>
    </message>
    <message>
        <source>Only this table.</source>
        <translation>Solo esta tabla.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLA</translation>
    </message>
    <message>
        <source>A value of the distribution column: show its hash, shard and worker.</source>
        <translation>Un valor de la columna de distribución: muestra su hash, su fragmento y su nodo worker.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprime un único objeto JSON.</translation>
    </message>
    <message numerus="yes">
        <source>--value needs --table: there are %n distributed tables (%1)</source>
        <translation>
            <numerusform>--value necesita --table: hay %n tabla distribuida (%1)</numerusform>
            <numerusform>--value necesita --table: hay %n tablas distribuidas (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlPanel</name>
    <message>
        <source>What runs, and why</source>
        <translation>Qué se ejecuta, y por qué</translation>
    </message>
    <message>
        <source>Show what runs, and why</source>
        <translation>Mostrar qué se ejecuta, y por qué</translation>
    </message>
    <message>
        <source>Sent to the server:</source>
        <translation>Enviado al servidor:</translation>
    </message>
    <message>
        <source>Statement sent to the server</source>
        <translation>Sentencia enviada al servidor</translation>
    </message>
    <message>
        <source>The same from a terminal:</source>
        <translation>Lo mismo desde un terminal:</translation>
    </message>
    <message>
        <source>Terminal equivalent</source>
        <translation>Equivalente en el terminal</translation>
    </message>
    <message>
        <source>Citus documentation link</source>
        <translation>Enlace a la documentación de Citus</translation>
    </message>
</context>
<context>
    <name>SqlSnapshot</name>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed; on Debian it is the package libqt6sql6-psql</source>
        <translation>El controlador de PostgreSQL de Qt (QPSQL) no está instalado; en Debian es el paquete libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The connection option %1 has a ";" in its value, which Qt's PostgreSQL driver (QPSQL) cannot pass on. Change that value or leave the option out.</source>
        <translation>La opción de conexión %1 lleva un «;» en su valor, que el controlador de PostgreSQL de Qt (QPSQL) no puede transmitir. Cambia ese valor o quita la opción.</translation>
    </message>
</context>
<context>
    <name>StatementFigures</name>
    <message>
        <source>buffers %1</source>
        <translation>búferes (%1)</translation>
    </message>
    <message>
        <source>memory %1 used of %2 allocated</source>
        <translation>memoria: %1 usados de %2 reservados</translation>
    </message>
    <message>
        <source>Planning: %1</source>
        <translation>Planificación: %1</translation>
    </message>
    <message>
        <source>%1 sent as %2</source>
        <translation>%1 enviados como %2</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 enviados</translation>
    </message>
    <message>
        <source>sent as %1</source>
        <translation>enviado como %1</translation>
    </message>
    <message>
        <source>Serialization: %1</source>
        <translation>Serialización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) compiled</source>
        <translation>
            <numerusform>%n función compilada</numerusform>
            <numerusform>%n funciones compiladas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>JIT: %1</source>
        <translation>JIT: %1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>%1 full-page images</source>
        <translation>%1 imágenes de página completa</translation>
    </message>
    <message>
        <source>WAL buffers full %1 times</source>
        <translation>búferes de WAL llenos %1 veces</translation>
    </message>
    <message>
        <source>WAL: %1</source>
        <translation>WAL: %1</translation>
    </message>
    <message>
        <source>hit %1</source>
        <translation>aciertos %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>leídos %1</translation>
    </message>
    <message>
        <source>dirtied %1</source>
        <translation>ensuciados %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>escritos %1</translation>
    </message>
    <message>
        <source>temp read %1</source>
        <translation>temporales leídos %1</translation>
    </message>
    <message>
        <source>temp written %1</source>
        <translation>temporales escritos %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show whether the Citus cluster runs and reaches its workers.</source>
        <translation>Indica si el clúster Citus está en marcha y llega a sus nodos worker.</translation>
    </message>
</context>
<context>
    <name>StructuredPlanBuilder</name>
    <message>
        <source>no query plan found: the document has no "Plan"</source>
        <translation>no se encontró ningún plan de ejecución: el documento no tiene "Plan"</translation>
    </message>
    <message>
        <source>no query plan found: "Plan" is not an object</source>
        <translation>no se encontró ningún plan de ejecución: "Plan" no es un objeto</translation>
    </message>
    <message>
        <source>a plan node has no "Node Type"</source>
        <translation>un nodo del plan no tiene "Node Type"</translation>
    </message>
</context>
<context>
    <name>SubcommandArguments</name>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y termina.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y termina.</translation>
    </message>
</context>
<context>
    <name>TableTypeText</name>
    <message>
        <source>distributed</source>
        <translation>distribuida</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>de referencia</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>distributed by %1</source>
        <translation>distribuida por %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
</context>
<context>
    <name>TaskMoveText</name>
    <message>
        <source>The plan for user %1 runs on no single worker: nothing to compare.</source>
        <translation>El plan del usuario %1 no corre en un único nodo worker: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>User %1's task still runs on %2: its shard stayed there.</source>
        <translation>La tarea del usuario %1 sigue corriendo en %2: su fragmento se quedó allí.</translation>
    </message>
    <message>
        <source>User %1's task moved from %2 to %3, with its shard: the same query now runs on another worker.</source>
        <translation>La tarea del usuario %1 pasó de %2 a %3 con su fragmento: la misma consulta corre ahora en otro nodo worker.</translation>
    </message>
    <message>
        <source>no single worker</source>
        <translation>ningún nodo worker único</translation>
    </message>
</context>
<context>
    <name>TextPlanParser</name>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>expected a plan node, found "%1"</source>
        <translation>se esperaba un nodo del plan y se encontró «%1»</translation>
    </message>
    <message>
        <source>a plan node without a name</source>
        <translation>un nodo del plan sin nombre</translation>
    </message>
    <message>
        <source>a plan node outside the plan tree</source>
        <translation>un nodo del plan fuera del árbol del plan</translation>
    </message>
    <message>
        <source>unexpected text after the plan</source>
        <translation>texto inesperado después del plan</translation>
    </message>
</context>
<context>
    <name>TutorialCommand</name>
    <message>
        <source>    user %1 → shard %2 on %3
</source>
        <translation>    usuario %1 → fragmento %2 en %3
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
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>      (some shards could not be counted)
</source>
        <translation>      (no se pudieron contar algunos fragmentos)
</translation>
    </message>
    <message>
        <source>    user %1: %2 → %3.json, %3.png</source>
        <translation>    usuario %1: %2 → %3.json, %3.png</translation>
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
        <translation>Ejecuta el tutorial de fragmentación en un coordinador Citus: comprueba el clúster, crea y distribuye activity_log, inserta filas y explica las consultas de los usuarios 1 y 2. Los pasos ya hechos se saltan.</translation>
    </message>
    <message>
        <source>Directory for the plans and their drawings.</source>
        <translation>Directorio para los planes de ejecución y sus dibujos.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Drop the tutorial's table first, to start over. Its rows are lost.</source>
        <translation>Borra antes la tabla del tutorial, para empezar de nuevo. Sus filas se pierden.</translation>
    </message>
    <message>
        <source>Also load this many generated rows through COPY.</source>
        <translation>Carga además este número de filas generadas mediante COPY.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Spread the generated rows over this many users.</source>
        <translation>Reparte las filas generadas entre este número de usuarios.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>A worker to register when it runs but the coordinator lacks it; repeatable.</source>
        <translation>Un nodo worker que registrar si está en marcha pero el coordinador no lo tiene; se puede repetir.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PUERTO</translation>
    </message>
    <message>
        <source>missing --out DIR</source>
        <translation>falta --out DIR</translation>
    </message>
    <message>
        <source>expected a number of rows, 0 or more</source>
        <translation>se esperaba un número de filas, 0 o más</translation>
    </message>
    <message>
        <source>expected a number of users, 1 or more</source>
        <translation>se esperaba un número de usuarios, 1 o más</translation>
    </message>
    <message>
        <source>expected HOST:PORT, not "%1"</source>
        <translation>se esperaba HOST:PUERTO, no «%1»</translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation>no se puede crear el directorio</translation>
    </message>
    <message>
        <source>plans written to %1</source>
        <translation>planes de ejecución guardados en %1</translation>
    </message>
</context>
<context>
    <name>UpCommand</name>
    <message>
        <source>Start a Citus cluster and print the coordinator's connection string once every worker is registered and reachable.</source>
        <translation>Arranca un clúster Citus e imprime la cadena de conexión del coordinador cuando todos los nodos worker están registrados y responden.</translation>
    </message>
    <message>
        <source>Number of workers, %1 to %2.</source>
        <translation>Número de nodos worker, de %1 a %2.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Coordinator port on 127.0.0.1 (Docker: 5432; local: a free one).</source>
        <translation>Puerto del coordinador en 127.0.0.1 (Docker: 5432; local: uno libre).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>--workers must be a number from %1 to %2, not "%3"</source>
        <translation>--workers debe ser un número de %1 a %2, no «%3»</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not "%1"</source>
        <translation>--port debe ser un número de 1 a 65535, no «%1»</translation>
    </message>
    <message>
        <source>Citus of the Docker cluster: %1; the default is %2 (image %3). CITUS_IMAGE, in the environment or the .env, overrides it.</source>
        <translation>Citus del clúster de Docker: %1; la predeterminada es %2 (imagen %3). CITUS_IMAGE, en el entorno o en el .env, manda sobre ella.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message numerus="yes">
        <source>added %n worker(s) to the running cluster</source>
        <translation>
            <numerusform>añadido %n nodo worker al clúster en marcha</numerusform>
            <numerusform>añadidos %n nodos worker al clúster en marcha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cluster runs with %n worker(s) already: nothing to add</source>
        <translation>
            <numerusform>el clúster ya funciona con %n nodo worker: nada que añadir</numerusform>
            <numerusform>el clúster ya funciona con %n nodos worker: nada que añadir</numerusform>
        </translation>
    </message>
    <message>
        <source>up never removes workers: remove one with shardscope scale --remove HOST:PORT</source>
        <translation>up nunca quita nodos worker: quita uno con shardscope scale --remove HOST:PUERTO</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped worker(s) started again: %1</source>
        <translation>
            <numerusform>%n nodo worker detenido arrancado de nuevo: %1</numerusform>
            <numerusform>%n nodos worker detenidos arrancados de nuevo: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewerOptions</name>
    <message>
        <source>Start in presenter mode: large text, strong contrast, the workers' legend always shown.</source>
        <translation>Empieza en modo presentación: texto grande, contraste fuerte y la leyenda de los nodos worker siempre visible.</translation>
    </message>
    <message>
        <source>Plan to open (JSON, text, YAML or XML).</source>
        <translation>Plan de ejecución que abrir (JSON, texto, YAML o XML).</translation>
    </message>
    <message>
        <source>expected at most one plan file</source>
        <translation>se esperaba como mucho un archivo de plan</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>See and teach PostgreSQL sharding with Citus. Without a command, opens the plan viewer; commands (shardscope COMMAND --help for each): inspect, render, cluster, shards, explain, tutorial, up, status, down, scale, outage, password.</source>
        <translation>Ver y enseñar la fragmentación (sharding) de PostgreSQL con Citus. Sin una orden, abre el visor de planes; órdenes (shardscope ORDEN --help para cada una): inspect, render, cluster, shards, explain, tutorial, up, status, down, scale, outage, password.</translation>
    </message>
</context>
<context>
    <name>XmlPlanParser</name>
    <message>
        <source>invalid XML: %1</source>
        <translation>XML no válido: %1</translation>
    </message>
    <message>
        <source>not EXPLAIN (FORMAT XML) output: the root element is &lt;%1&gt;, not &lt;explain&gt;</source>
        <translation>no es salida de EXPLAIN (FORMAT XML): el elemento raíz es &lt;%1&gt;, no &lt;explain&gt;</translation>
    </message>
    <message>
        <source>text mixed with elements inside "%1"</source>
        <translation>texto mezclado con elementos dentro de «%1»</translation>
    </message>
</context>
<context>
    <name>YamlPlanParser</name>
    <message>
        <source>more than one YAML document</source>
        <translation>más de un documento YAML</translation>
    </message>
    <message>
        <source>a mapping key is empty</source>
        <translation>una clave de un mapa está vacía</translation>
    </message>
    <message>
        <source>YAML aliases are not supported</source>
        <translation>no se admiten alias de YAML</translation>
    </message>
    <message>
        <source>a mapping key is not plain text</source>
        <translation>una clave de un mapa no es texto simple</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>the document is nested too deeply (%1 levels)</source>
        <translation>el documento tiene demasiados niveles de anidamiento (%1)</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>cannot read the YAML document: %1</source>
        <translation>no se puede leer el documento YAML: %1</translation>
    </message>
    <message>
        <source>cannot read the YAML document</source>
        <translation>no se puede leer el documento YAML</translation>
    </message>
    <message>
        <source>a mapping is not closed</source>
        <translation>un mapa no está cerrado</translation>
    </message>
    <message>
        <source>a '{' has no matching '}'</source>
        <translation>una '{' no tiene su '}'</translation>
    </message>
    <message>
        <source>a list is not closed</source>
        <translation>una lista no está cerrada</translation>
    </message>
    <message>
        <source>a '[' has no matching ']'</source>
        <translation>un '[' no tiene su ']'</translation>
    </message>
    <message>
        <source>text YAML does not allow here</source>
        <translation>texto que YAML no admite aquí</translation>
    </message>
    <message>
        <source>a document marker inside a value</source>
        <translation>una marca de documento dentro de un valor</translation>
    </message>
    <message>
        <source>the text ends inside a value</source>
        <translation>el texto termina dentro de un valor</translation>
    </message>
    <message>
        <source>a character not allowed in a value</source>
        <translation>un carácter no permitido en un valor</translation>
    </message>
    <message>
        <source>a tab in the indentation</source>
        <translation>un tabulador en la sangría</translation>
    </message>
    <message>
        <source>a closing bracket with none open</source>
        <translation>un corchete de cierre sin ninguno abierto</translation>
    </message>
    <message>
        <source>a list entry where none can be</source>
        <translation>un elemento de lista donde no puede haberlo</translation>
    </message>
    <message>
        <source>a key where none can be</source>
        <translation>una clave donde no puede haberla</translation>
    </message>
    <message>
        <source>a value where none can be (check the indentation)</source>
        <translation>un valor donde no puede haberlo (revisa la sangría)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>display</source>
        <translation>pantalla</translation>
    </message>
    <message>
        <source>no graphical display to open the viewer in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: shardscope --help lists them.</source>
        <translation>no hay pantalla gráfica en la que abrir el visor (DISPLAY y WAYLAND_DISPLAY no están definidas). Las órdenes funcionan sin ella: shardscope --help las enumera.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterCheckStep</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Cluster check</source>
        <translation>Comprobación del clúster</translation>
    </message>
    <message>
        <source>A Citus cluster is a coordinator, the server you connect to, and workers, which hold the shards of distributed tables. citus_get_active_worker_nodes() lists the workers the coordinator knows; a worker that stops stays in that list, so ShardScope also has the coordinator connect to each one.</source>
        <translation>Un clúster Citus es un coordinador, el servidor al que te conectas, y varios nodos worker, que guardan los fragmentos de las tablas distribuidas. citus_get_active_worker_nodes() lista los nodos worker que conoce el coordinador; un worker que se detiene sigue en esa lista, así que ShardScope además hace que el coordinador se conecte a cada uno.</translation>
    </message>
    <message>
        <source>No worker node is registered with the coordinator: add each one with SELECT citus_add_node('host', port);.</source>
        <translation>No hay ningún nodo worker registrado en el coordinador: añade cada uno con SELECT citus_add_node('host', puerto);.</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 no responde</translation>
    </message>
    <message>
        <source>%1 does not answer (%2)</source>
        <translation>%1 no responde (%2)</translation>
    </message>
    <message>
        <source>%1. Queries that need a shard on an unreachable worker fail until it is back; Citus still lists it as active, since it does not notice by itself.</source>
        <translation>%1. Las consultas que necesitan un fragmento de un nodo worker inaccesible fallan hasta que vuelve; Citus lo sigue listando como activo, porque no se da cuenta por sí solo.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) reachable</source>
        <translation>
            <numerusform>%n nodo worker responde</numerusform>
            <numerusform>%n nodos worker responden</numerusform>
        </translation>
    </message>
    <message>
        <source>; registered %1</source>
        <translation>; registrado %1</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Nodos worker</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Nodo worker</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Id. de nodo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Listed as active</source>
        <translation>Listado como activo</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Distributed tables</source>
        <translation>Tablas distribuidas</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Distribution column</source>
        <translation>Clave de distribución</translation>
    </message>
    <message>
        <source>Colocation group</source>
        <translation>Grupo de colocación</translation>
    </message>
    <message>
        <source>Citus extension %1 on the coordinator %2</source>
        <translation>Extensión Citus %1 en el coordinador %2</translation>
    </message>
    <message>
        <source>Running but not registered: %1</source>
        <translation>En marcha pero sin registrar: %1</translation>
    </message>
    <message>
        <source>Expected but not reachable from the coordinator, so not registered: %1</source>
        <translation>Esperado pero inaccesible desde el coordinador, así que no se registró: %1</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterControl</name>
    <message>
        <source>Stop the Cluster</source>
        <translation>Detener el clúster</translation>
    </message>
    <message>
        <source>Stop the coordinator and the workers? Stopped, the cluster keeps its tables and starts again with them; deleting its data starts the next one empty.</source>
        <translation>¿Detener el coordinador y los nodos worker? Al detenerlo, el clúster conserva sus tablas y vuelve a arrancar con ellas; si borras sus datos, el próximo empezará vacío.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop and &amp;Delete Data</source>
        <translation>Detener y &amp;borrar los datos</translation>
    </message>
    <message>
        <source>Reset the Demo</source>
        <translation>Restablecer la demo</translation>
    </message>
    <message>
        <source>Drop the table %1 with all its shards and rows, so that the tutorial can start over?</source>
        <translation>¿Borrar la tabla %1 con todos sus fragmentos y filas para empezar el tutorial de nuevo?</translation>
    </message>
    <message>
        <source>ShardScope did not start this cluster: stop it where it runs.</source>
        <translation>Este clúster no lo arrancó ShardScope: detenlo allí donde se ejecuta.</translation>
    </message>
    <message>
        <source>Stopping the cluster…</source>
        <translation>Deteniendo el clúster…</translation>
    </message>
    <message>
        <source>Cluster stopped and its data deleted.</source>
        <translation>Clúster detenido y sus datos borrados.</translation>
    </message>
    <message>
        <source>Cluster stopped.</source>
        <translation>Clúster detenido.</translation>
    </message>
    <message>
        <source>The cluster did not stop: %1</source>
        <translation>El clúster no se detuvo: %1</translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>Borrando %1…</translation>
    </message>
    <message>
        <source>The demo was not reset: %1</source>
        <translation>La demo no se restableció: %1</translation>
    </message>
    <message>
        <source>Table %1 dropped: the tutorial can start over.</source>
        <translation>Tabla %1 borrada: el tutorial puede empezar de nuevo.</translation>
    </message>
    <message>
        <source>No cluster yet: start or choose one in the tutorial wizard.</source>
        <translation>Todavía no hay clúster: arranca o elige uno en el asistente del tutorial.</translation>
    </message>
    <message>
        <source>Connecting to the cluster…</source>
        <translation>Conectando con el clúster…</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterInspector</name>
    <message>
        <source>unexpected answer to the cluster metadata queries</source>
        <translation>respuesta inesperada a las consultas de metadatos del clúster</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterLauncher</name>
    <message>
        <source>Gave up after %1 s.</source>
        <translation>Se abandonó tras %1 s.</translation>
    </message>
    <message>
        <source>Gave up after %1 s: %2</source>
        <translation>Se abandonó tras %1 s: %2</translation>
    </message>
    <message>
        <source>The number of workers must be between %1 and %2, not %3.</source>
        <translation>El número de nodos worker debe estar entre %1 y %2, no %3.</translation>
    </message>
    <message>
        <source>%1 is not a TCP port (1 to 65535).</source>
        <translation>%1 no es un puerto TCP (de 1 a 65535).</translation>
    </message>
    <message>
        <source>Another operation on the cluster is still running.</source>
        <translation>Todavía hay otra operación en marcha sobre el clúster.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>There is no worker %1: workers are numbered from %2 to %3.</source>
        <translation>No hay ningún nodo worker %1: se numeran de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the cluster's tables again (%1)</source>
        <translation>Vuelve a leer las tablas del clúster (%1)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Nodos worker</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Rows per worker</source>
        <translation>Filas por nodo worker</translation>
    </message>
    <message>
        <source>Cluster tables</source>
        <translation>Tablas del clúster</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Id. de nodo</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Nodo worker</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Filas de %1</translation>
    </message>
    <message>
        <source>Not connected. Start or choose a cluster in the tutorial wizard.</source>
        <translation>Sin conexión. Arranca o elige un clúster en el asistente del tutorial.</translation>
    </message>
    <message>
        <source>Reading the cluster's tables from %1…</source>
        <translation>Leyendo las tablas del clúster de %1…</translation>
    </message>
    <message>
        <source>Cannot read the cluster: %1</source>
        <translation>No se puede leer el clúster: %1</translation>
    </message>
    <message>
        <source>%1 is not a Citus cluster: the citus extension is not installed in this database.</source>
        <translation>%1 no es un clúster Citus: la extensión citus no está instalada en esta base de datos.</translation>
    </message>
    <message>
        <source>%1: no rows per worker for %2 (%3)</source>
        <translation>%1: no hay filas por nodo worker para %2 (%3)</translation>
    </message>
    <message>
        <source>%1:%2, database %3, user %4</source>
        <translation>%1:%2, base de datos %3, usuario %4</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <source>the coordinator cannot connect to it</source>
        <translation>el coordinador no consigue conectarse a él</translation>
    </message>
    <message>
        <source>unknown: the worker does not answer</source>
        <translation>desconocido: el nodo worker no responde</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Why it does not answer</source>
        <translation>Por qué no responde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n worker(s) do not answer, so the shards there cannot be read or queried: %2</source>
        <translation>
            <numerusform>%1: %n nodo worker no responde, así que sus fragmentos no se pueden leer ni consultar: %2</numerusform>
            <numerusform>%1: %n nodos worker no responden, así que sus fragmentos no se pueden leer ni consultar: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the cluster…</source>
        <translation>Arrancando el clúster…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Arrancar</translation>
    </message>
    <message>
        <source>Start this cluster again, as the tutorial wizard started it</source>
        <translation>Arranca de nuevo este clúster, como lo arrancó el asistente del tutorial</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Forget this cluster: the tutorial wizard starts or chooses another</source>
        <translation>Olvida este clúster: el asistente del tutorial arranca o elige otro</translation>
    </message>
    <message>
        <source>The cluster did not start: %1</source>
        <translation>El clúster no arrancó: %1</translation>
    </message>
    <message>
        <source>This cluster is not running: nothing answers at %1.</source>
        <translation>Este clúster no está en marcha: nada responde en %1.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterProbe</name>
    <message>
        <source>The coordinator has no Citus extension (CREATE EXTENSION citus was not run there, or the server is plain PostgreSQL).</source>
        <translation>El coordinador no tiene la extensión Citus (no se ejecutó CREATE EXTENSION citus en él, o el servidor es PostgreSQL sin más).</translation>
    </message>
    <message>
        <source>Cannot connect to the coordinator: %1</source>
        <translation>No se puede conectar con el coordinador: %1</translation>
    </message>
    <message>
        <source>The coordinator could not list its workers: %1</source>
        <translation>El coordinador no pudo listar sus nodos worker: %1</translation>
    </message>
    <message>
        <source>Not registered with the coordinator yet: %1.</source>
        <translation>Aún sin registrar en el coordinador: %1.</translation>
    </message>
    <message>
        <source>The coordinator cannot reach: %1.</source>
        <translation>El coordinador no llega a: %1.</translation>
    </message>
    <message>
        <source>No worker is registered with the coordinator.</source>
        <translation>No hay ningún nodo worker registrado en el coordinador.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterScaleControl</name>
    <message>
        <source>Again, with writes blocked while each shard is copied.</source>
        <translation>Otra vez, con las escrituras bloqueadas mientras se copia cada fragmento.</translation>
    </message>
    <message>
        <source>No plans to compare before and after: %1</source>
        <translation>No hay planes que comparar antes y después: %1</translation>
    </message>
    <message>
        <source>The plans after the change could not be read: %1</source>
        <translation>No se pudieron leer los planes después del cambio: %1</translation>
    </message>
    <message>
        <source>No cluster yet: start or choose one in the tutorial wizard.</source>
        <translation>Todavía no hay clúster: arranca o elige uno en el asistente del tutorial.</translation>
    </message>
    <message>
        <source>Connecting to the coordinator…</source>
        <translation>Conectando con el coordinador…</translation>
    </message>
    <message>
        <source>The connection to the coordinator is not ready for another statement.</source>
        <translation>La conexión con el coordinador no está lista para otra sentencia.</translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n worker(s): its shards need at least one left.</source>
        <translation>
            <numerusform>El clúster tiene %n nodo worker: sus fragmentos necesitan que quede al menos uno.</numerusform>
            <numerusform>El clúster tiene %n nodos worker: sus fragmentos necesitan que quede al menos uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>No worker chosen: nothing changed.</source>
        <translation>No se eligió ningún nodo worker: nada ha cambiado.</translation>
    </message>
    <message>
        <source>Reading on which worker the tutorial's query runs for users 1 and 2…</source>
        <translation>Leyendo en qué nodo worker corre la consulta del tutorial para los usuarios 1 y 2…</translation>
    </message>
    <message numerus="yes">
        <source>ShardScope starts at most %n worker(s).</source>
        <translation>
            <numerusform>ShardScope arranca como mucho %n nodo worker.</numerusform>
            <numerusform>ShardScope arranca como mucho %n nodos worker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting worker %1 and registering it with the coordinator…</source>
        <translation>Arrancando el nodo worker %1 y registrándolo en el coordinador…</translation>
    </message>
    <message>
        <source>%1 runs and is a worker of the cluster.</source>
        <translation>%1 está en marcha y es un nodo worker del clúster.</translation>
    </message>
    <message>
        <source>The new worker did not start: %1</source>
        <translation>El nodo worker nuevo no arrancó: %1</translation>
    </message>
    <message>
        <source>Reading the plans again…</source>
        <translation>Leyendo de nuevo los planes…</translation>
    </message>
    <message>
        <source>Add a Worker</source>
        <translation>Añadir un nodo worker</translation>
    </message>
    <message>
        <source>The new worker's host and port, as the coordinator reaches it (a PostgreSQL server with Citus, e.g. worker3:5432):</source>
        <translation>El host y el puerto del nodo worker nuevo, tal como lo alcanza el coordinador (un servidor PostgreSQL con Citus, p. ej. worker3:5432):</translation>
    </message>
    <message>
        <source>"%1" is not a worker's address: give it as HOST:PORT</source>
        <translation>«%1» no es la dirección de un nodo worker: escríbela como HOST:PUERTO</translation>
    </message>
    <message>
        <source>Remove a Worker</source>
        <translation>Quitar un nodo worker</translation>
    </message>
    <message>
        <source>Move every shard off this worker, then remove it:</source>
        <translation>Sacar todos los fragmentos de este nodo worker y después quitarlo:</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterScaler</name>
    <message>
        <source>%1 is a worker of this cluster already (node %2).</source>
        <translation>%1 ya es un nodo worker de este clúster (nodo %2).</translation>
    </message>
    <message>
        <source>Added %1 to the cluster as node %2.</source>
        <translation>%1 añadido al clúster como nodo %2.</translation>
    </message>
    <message>
        <source>%1 is not a worker of this cluster.</source>
        <translation>%1 no es un nodo worker de este clúster.</translation>
    </message>
    <message>
        <source>%1 takes no new shards; moving its shards to the other workers.</source>
        <translation>%1 ya no recibe fragmentos nuevos; trasladando sus fragmentos a los demás nodos worker.</translation>
    </message>
    <message>
        <source>Removed %1 from the cluster.</source>
        <translation>%1 quitado del clúster.</translation>
    </message>
    <message>
        <source>Another change of the cluster's workers is still running.</source>
        <translation>Todavía hay en marcha otro cambio de los nodos worker del clúster.</translation>
    </message>
    <message>
        <source>The connection to the coordinator is not ready for another statement.</source>
        <translation>La conexión con el coordinador no está lista para otra sentencia.</translation>
    </message>
    <message>
        <source>The worker holds no shards: nothing to move.</source>
        <translation>El nodo worker no tiene fragmentos: no hay nada que trasladar.</translation>
    </message>
    <message>
        <source>Nothing to move: the shards are balanced already.</source>
        <translation>Nada que trasladar: los fragmentos ya están equilibrados.</translation>
    </message>
    <message>
        <source>Citus moves the shards in background job %1.</source>
        <translation>Citus traslada los fragmentos en la tarea en segundo plano %1.</translation>
    </message>
    <message>
        <source>A shard move failed; Citus tries it again. It said: %1</source>
        <translation>Falló el traslado de un fragmento; Citus lo vuelve a intentar. Dijo: %1</translation>
    </message>
    <message>
        <source>The rebalance job failed.</source>
        <translation>Falló la tarea de reequilibrado.</translation>
    </message>
    <message>
        <source>%1 stays in the cluster and takes shards again; the shards moved off it stay where they went.</source>
        <translation>%1 sigue en el clúster y vuelve a recibir fragmentos; los fragmentos que salieron de él se quedan donde fueron.</translation>
    </message>
</context>
<context>
    <name>shardscope::ClusterSession</name>
    <message>
        <source>No cluster chosen yet: go back to the page that starts or picks the cluster.</source>
        <translation>Todavía no has elegido clúster: vuelve a la página que arranca o elige el clúster.</translation>
    </message>
</context>
<context>
    <name>shardscope::ComposeInventory</name>
    <message>
        <source>Docker did not list the cluster's containers within %1 s.</source>
        <translation>Docker no ha listado los contenedores del clúster en %1 s.</translation>
    </message>
</context>
<context>
    <name>shardscope::ComposeLauncher</name>
    <message>
        <source>Looking for Docker Compose</source>
        <translation>Buscando Docker Compose</translation>
    </message>
    <message>
        <source>Cannot write the cluster's settings: %1</source>
        <translation>No se puede escribir la configuración del clúster: %1</translation>
    </message>
    <message>
        <source>%1 is not set in %2: give the cluster a password there.</source>
        <translation>%1 no está definido en %2: pon ahí una contraseña para el clúster.</translation>
    </message>
    <message>
        <source>The cluster is not running.</source>
        <translation>El clúster no está en marcha.</translation>
    </message>
    <message>
        <source>Stopping the cluster</source>
        <translation>Deteniendo el clúster</translation>
    </message>
    <message>
        <source>Cluster stopped</source>
        <translation>Clúster detenido</translation>
    </message>
    <message>
        <source>`docker compose version` did not answer.</source>
        <translation>`docker compose version` no respondió.</translation>
    </message>
    <message>
        <source>Docker Compose did not finish.</source>
        <translation>Docker Compose no terminó.</translation>
    </message>
    <message>
        <source>%1 The registration's log: %2 -p %3 logs register-%4</source>
        <translation>%1 El registro de la inscripción: %2 -p %3 logs register-%4</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>No se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <source>Removing what the start left</source>
        <translation>Quitando lo que dejó el arranque</translation>
    </message>
    <message>
        <source>Removed what the start left</source>
        <translation>Quitado lo que dejó el arranque</translation>
    </message>
    <message>
        <source>whatever Compose made before it stopped (without the docker command it cannot be listed)</source>
        <translation>lo que Compose creara antes de pararse (sin el comando docker no se puede listar)</translation>
    </message>
    <message>
        <source>Docker did not list the cluster's containers.</source>
        <translation>Docker no ha listado los contenedores del clúster.</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>Deteniendo %1</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 detenido</translation>
    </message>
</context>
<context>
    <name>shardscope::ComposeToolFinder</name>
    <message>
        <source>Docker is not installed: neither `docker compose` nor `docker-compose` was found. Install Docker Engine with its Compose plugin (https://docs.docker.com/engine/install/), or run the cluster on local PostgreSQL servers instead.</source>
        <translation>Docker no está instalado: no se encontró ni `docker compose` ni `docker-compose`. Instala Docker Engine con su complemento Compose (https://docs.docker.com/engine/install/) o ejecuta el clúster con servidores PostgreSQL locales.</translation>
    </message>
    <message>
        <source>Docker Compose is not installed: `docker compose` does not work here and `docker-compose` was not found. Install the Compose plugin (package docker-compose-plugin) or docker-compose, or run the cluster on local PostgreSQL servers instead.</source>
        <translation>Docker Compose no está instalado: `docker compose` no funciona aquí y no se encontró `docker-compose`. Instala el complemento Compose (paquete docker-compose-plugin) o docker-compose, o ejecuta el clúster con servidores PostgreSQL locales.</translation>
    </message>
</context>
<context>
    <name>shardscope::CreateTablePage</name>
    <message>
        <source>An ordinary PostgreSQL table first; Citus shards it on the next page.</source>
        <translation>Primero, una tabla normal de PostgreSQL; Citus la fragmenta en la página siguiente.</translation>
    </message>
    <message>
        <source>&amp;Create table</source>
        <translation>&amp;Crear tabla</translation>
    </message>
    <message>
        <source>Create the table</source>
        <translation>Crear la tabla</translation>
    </message>
    <message>
        <source>CREATE TABLE statement</source>
        <translation>Sentencia CREATE TABLE</translation>
    </message>
    <message>
        <source>Why PRIMARY KEY (user_id, log_id)? Once the table is sharded by user_id, each worker can only check uniqueness among its own rows, so Citus requires the distribution column in every primary key and unique constraint.</source>
        <translation>¿Por qué PRIMARY KEY (user_id, log_id)? Cuando la tabla se fragmenta por user_id, cada nodo worker solo puede comprobar la unicidad entre sus propias filas, así que Citus exige la clave de distribución en toda clave primaria y toda restricción UNIQUE.</translation>
    </message>
    <message>
        <source>The table %1 does not exist yet: review the statement above, then create it.</source>
        <translation>La tabla %1 todavía no existe: revisa la sentencia de arriba y créala.</translation>
    </message>
</context>
<context>
    <name>shardscope::CreateTableStep</name>
    <message>
        <source>Create the table</source>
        <translation>Crear la tabla</translation>
    </message>
    <message>
        <source>The table is created like any PostgreSQL table; Citus comes in at the next step. Its primary key is (user_id, log_id), not just log_id: once distributed by user_id, each worker can only check uniqueness among the rows of its own shards, so Citus requires the distribution column in every primary key and unique constraint. log_id alone would need a look at every shard for each insert.</source>
        <translation>La tabla se crea como cualquier tabla de PostgreSQL; Citus entra en juego en el paso siguiente. Su clave primaria es (user_id, log_id), no solo log_id: una vez distribuida por user_id, cada nodo worker solo puede comprobar la unicidad entre las filas de sus propios fragmentos, así que Citus exige la clave de distribución en toda clave primaria y toda restricción UNIQUE. Con log_id solo, cada inserción tendría que mirar todos los fragmentos.</translation>
    </message>
    <message>
        <source>The statement ran, but there is still no table "%1": the tutorial's next steps use that name.</source>
        <translation>La sentencia se ejecutó, pero sigue sin existir la tabla «%1»: los pasos siguientes del tutorial usan ese nombre.</translation>
    </message>
    <message>
        <source>table %1 ready, without a primary key</source>
        <translation>tabla %1 lista, sin clave primaria</translation>
    </message>
    <message>
        <source>table %1 ready, primary key (%2)</source>
        <translation>tabla %1 lista, clave primaria (%2)</translation>
    </message>
    <message>
        <source>The primary key does not include %1: Citus will refuse to distribute the table by it.</source>
        <translation>La clave primaria no incluye %1: Citus se negará a distribuir la tabla por esa columna.</translation>
    </message>
</context>
<context>
    <name>shardscope::DistributePage</name>
    <message>
        <source>Shards per worker</source>
        <translation>Fragmentos por nodo worker</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Citus splits the table into shards by the hash of one column and spreads them over the workers.</source>
        <translation>Citus divide la tabla en fragmentos según el hash de una columna y los reparte entre los nodos worker.</translation>
    </message>
    <message>
        <source>&amp;Distribute table</source>
        <translation>&amp;Distribuir la tabla</translation>
    </message>
    <message>
        <source>Distribute the table</source>
        <translation>Distribuir la tabla</translation>
    </message>
    <message>
        <source>Distribution column</source>
        <translation>Clave de distribución</translation>
    </message>
    <message>
        <source>Citus default (32)</source>
        <translation>El valor por defecto de Citus (32)</translation>
    </message>
    <message>
        <source>Shard count</source>
        <translation>Número de fragmentos</translation>
    </message>
    <message>
        <source>Distribution &amp;column:</source>
        <translation>&amp;Clave de distribución:</translation>
    </message>
    <message>
        <source>&amp;Shards:</source>
        <translation>&amp;Fragmentos:</translation>
    </message>
    <message>
        <source>%1 is an ordinary table so far: pick the column and distribute it.</source>
        <translation>Por ahora %1 es una tabla normal: elige la columna y distribúyela.</translation>
    </message>
    <message>
        <source>Rows with the same value in this column always share a shard. It must be part of the primary key.</source>
        <translation>Las filas con el mismo valor en esta columna comparten siempre fragmento. Debe formar parte de la clave primaria.</translation>
    </message>
</context>
<context>
    <name>shardscope::DistributeStep</name>
    <message>
        <source>Distribute the table</source>
        <translation>Distribuir la tabla</translation>
    </message>
    <message>
        <source>create_distributed_table splits the table into shards, by a hash of the distribution column, and spreads them over the workers. All rows of one user_id land in the same shard, so a query for one user goes to a single worker. The table name and column travel as values, not as SQL text.</source>
        <translation>create_distributed_table divide la tabla en fragmentos, según un hash de la clave de distribución, y los reparte entre los nodos worker. Todas las filas de un mismo user_id caen en el mismo fragmento, así que una consulta de un usuario va a un único worker. El nombre de la tabla y la columna viajan como valores, no como texto SQL.</translation>
    </message>
    <message>
        <source>There is no table "%1" to distribute yet: create it first.</source>
        <translation>Todavía no hay ninguna tabla «%1» que distribuir: créala primero.</translation>
    </message>
    <message>
        <source>has no distribution column (a reference or local table)</source>
        <translation>no tiene clave de distribución (es una tabla de referencia o local)</translation>
    </message>
    <message>
        <source>is distributed by %1</source>
        <translation>está distribuida por %1</translation>
    </message>
    <message>
        <source>The table "%1" %2, not by %3: reset the demo to start over.</source>
        <translation>La tabla «%1» %2, no por %3: reinicia la demostración para empezar de nuevo.</translation>
    </message>
    <message>
        <source>distributed by %1 into %2 on %3</source>
        <translation>distribuida por %1 en %2 sobre %3</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n nodo worker</numerusform>
            <numerusform>%n nodos worker</numerusform>
        </translation>
    </message>
    <message>
        <source>Shards per worker</source>
        <translation>Fragmentos por nodo worker</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Nodo worker</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Colocation group %1: tables in the same group keep the rows of one %2 on the same worker.</source>
        <translation>Grupo de colocación %1: las tablas del mismo grupo guardan las filas de un mismo %2 en el mismo nodo worker.</translation>
    </message>
</context>
<context>
    <name>shardscope::EveryTaskExplainer</name>
    <message>
        <source>The statement could not be explained.</source>
        <translation>No se pudo explicar la sentencia.</translation>
    </message>
</context>
<context>
    <name>shardscope::ExampleGallery</name>
    <message>
        <source>Open the example plan “%1”</source>
        <translation>Abrir el plan de ejemplo «%1»</translation>
    </message>
</context>
<context>
    <name>shardscope::ExplainPage</name>
    <message>
        <source>How does the coordinator run a query? EXPLAIN ANALYZE shows the tasks it sends and the workers that run them.</source>
        <translation>¿Cómo ejecuta el coordinador una consulta? EXPLAIN ANALYZE muestra las tareas que envía y los nodos worker que las ejecutan.</translation>
    </message>
    <message>
        <source>&amp;Run EXPLAIN ANALYZE</source>
        <translation>&amp;Ejecutar EXPLAIN ANALYZE</translation>
    </message>
    <message>
        <source>Explain the statement</source>
        <translation>Explicar la sentencia</translation>
    </message>
    <message>
        <source>Com&amp;pare user 1 and user 2</source>
        <translation>Com&amp;parar usuario 1 y usuario 2</translation>
    </message>
    <message>
        <source>Explain the queries for user 1 and user 2 and compare their plans</source>
        <translation>Explica las consultas de los usuarios 1 y 2 y compara sus planes de ejecución</translation>
    </message>
    <message>
        <source>&amp;Open in plan viewer</source>
        <translation>&amp;Abrir en el visor de planes</translation>
    </message>
    <message>
        <source>Open the plan in the plan viewer</source>
        <translation>Abre el plan en el visor de planes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>User 1 and user 2</source>
        <translation>Usuario 1 y usuario 2</translation>
    </message>
    <message>
        <source>Plan of the statement</source>
        <translation>Plan de ejecución de la sentencia</translation>
    </message>
    <message>
        <source>Pick one of the tutorial's queries or write your own, then run EXPLAIN ANALYZE.</source>
        <translation>Elige una de las consultas del tutorial o escribe la tuya, y ejecuta EXPLAIN ANALYZE.</translation>
    </message>
    <message>
        <source>Query for user %1</source>
        <translation>Consulta del usuario %1</translation>
    </message>
    <message>
        <source>Not a distributed plan: PostgreSQL ran the query alone on this server</source>
        <translation>No es un plan distribuido: PostgreSQL ejecutó la consulta por sí solo en este servidor</translation>
    </message>
    <message>
        <source>There is no Citus Adaptive scan, so no tasks and no workers: the table is an ordinary one, or this server has no Citus.</source>
        <translation>No hay ningún nodo Custom Scan (Citus Adaptive), así que no hay tareas ni nodos worker: la tabla es normal, o este servidor no tiene Citus.</translation>
    </message>
    <message>
        <source>Citus cannot EXPLAIN ANALYZE this statement: the plan is shown without running it</source>
        <translation>Citus no puede hacer EXPLAIN ANALYZE de esta sentencia: se muestra el plan sin ejecutarla</translation>
    </message>
    <message>
        <source>Show &amp;Large</source>
        <translation>Ver en &amp;grande</translation>
    </message>
    <message>
        <source>Show the plans as large as the screen</source>
        <translation>Mostrar los planes tan grandes como la pantalla</translation>
    </message>
    <message>
        <source>Open the Shard &amp;Map</source>
        <translation>Abrir el &amp;mapa de fragmentos</translation>
    </message>
    <message>
        <source>Open the shard map in the main window</source>
        <translation>Abre el mapa de fragmentos en la ventana principal</translation>
    </message>
    <message>
        <source>Add a &amp;Worker…</source>
        <translation>Añadir un nodo &amp;worker…</translation>
    </message>
    <message>
        <source>Add a worker to the cluster and move shards onto it</source>
        <translation>Añadir un nodo worker al clúster y mover fragmentos a él</translation>
    </message>
    <message>
        <source>Add a worker, move shards onto it while the shard map shows them move, then see whether user 1's and user 2's tasks moved</source>
        <translation>Añade un nodo worker, mueve fragmentos a él mientras el mapa de fragmentos muestra cómo se mueven, y después mira si las tareas de los usuarios 1 y 2 se movieron</translation>
    </message>
    <message>
        <source>&lt;b&gt;What next?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Y ahora qué?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>S&amp;top a Worker…</source>
        <translation>&amp;Detener un nodo worker…</translation>
    </message>
    <message>
        <source>Stop a worker of the cluster and see which users' queries fail</source>
        <translation>Detener un nodo worker del clúster y ver qué consultas de usuarios fallan</translation>
    </message>
    <message>
        <source>Stop one worker of a cluster ShardScope started, see the queries of the users whose shards it holds fail while the others work, then start it again</source>
        <translation>Detén un nodo worker de un clúster que arrancó ShardScope, mira cómo fallan las consultas de los usuarios cuyos fragmentos guarda mientras las demás funcionan, y luego arráncalo de nuevo</translation>
    </message>
</context>
<context>
    <name>shardscope::ExplainStep</name>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE runs the statement and shows how: the coordinator's Citus Adaptive scan sends one task per shard involved to the worker holding it. A query for one user_id needs one shard, so one task on one worker (a router query); without a user_id filter every shard gets a task.</source>
        <translation>EXPLAIN ANALYZE ejecuta la sentencia y muestra cómo: el nodo Custom Scan (Citus Adaptive) del coordinador envía una tarea por cada fragmento implicado al nodo worker que lo guarda. Una consulta de un solo user_id necesita un fragmento, así que una tarea en un worker (una consulta router); sin filtrar por user_id, cada fragmento recibe una tarea.</translation>
    </message>
    <message>
        <source>This statement changes data: it ran inside a transaction that was rolled back, so the data is as it was.</source>
        <translation>Esta sentencia modifica datos: se ejecutó dentro de una transacción que se deshizo, así que los datos están como estaban.</translation>
    </message>
    <message>
        <source>There is no statement to explain.</source>
        <translation>No hay ninguna sentencia que explicar.</translation>
    </message>
    <message>
        <source>Explain one statement at a time.</source>
        <translation>Explica una sola sentencia cada vez.</translation>
    </message>
    <message>
        <source>Type the statement without EXPLAIN: ShardScope adds it, with the options it needs.</source>
        <translation>Escribe la sentencia sin EXPLAIN: ShardScope lo añade, con las opciones que necesita.</translation>
    </message>
    <message>
        <source>The server's EXPLAIN output could not be read: %1</source>
        <translation>No se pudo leer la salida de EXPLAIN del servidor: %1</translation>
    </message>
    <message>
        <source>%1 query, %2</source>
        <translation>consulta %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 query, %2 on %3</source>
        <translation>consulta %1, %2 en %3</translation>
    </message>
    <message>
        <source>not distributed: PostgreSQL ran it alone</source>
        <translation>no distribuida: la ejecutó PostgreSQL por sí solo</translation>
    </message>
    <message>
        <source>citus.explain_all_tasks is off: one task per job is shown.</source>
        <translation>citus.explain_all_tasks está desactivado: se muestra una tarea por trabajo.</translation>
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
        <translation>Qué es: %1</translation>
    </message>
</context>
<context>
    <name>shardscope::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Search the terms</source>
        <translation>Buscar en los términos</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Buscar en el glosario</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>In the Citus documentation</source>
        <translation>En la documentación de Citus</translation>
    </message>
</context>
<context>
    <name>shardscope::InsertDataPage</name>
    <message>
        <source>Rows go to the coordinator, which sends each one to the shard its user_id hashes to.</source>
        <translation>Las filas van al coordinador, que envía cada una al fragmento que le corresponde según el hash de su user_id.</translation>
    </message>
    <message>
        <source>&amp;Insert rows</source>
        <translation>&amp;Insertar filas</translation>
    </message>
    <message>
        <source>Insert the rows</source>
        <translation>Insertar las filas</translation>
    </message>
    <message>
        <source>Rows per worker</source>
        <translation>Filas por nodo worker</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Not all rows are there yet (%1): insert them.</source>
        <translation>Aún no están todas las filas (%1): insértalas.</translation>
    </message>
    <message>
        <source>Not a Citus cluster: every row lives in one ordinary table on this server</source>
        <translation>No es un clúster Citus: todas las filas viven en una tabla normal de este servidor</translation>
    </message>
    <message>
        <source>%1. This server has no Citus, so there are no shards and no workers to spread the rows over. Start a Citus cluster on the cluster page to see them spread.</source>
        <translation>%1. Este servidor no tiene Citus, así que no hay fragmentos ni nodos worker entre los que repartir las filas. Arranca un clúster Citus en la página del clúster para verlas repartidas.</translation>
    </message>
    <message>
        <source>The table is not distributed: every row lives on the coordinator</source>
        <translation>La tabla no está distribuida: todas las filas viven en el coordinador</translation>
    </message>
    <message>
        <source>%1. Distribute the table on the previous page to spread the rows over the workers.</source>
        <translation>%1. Distribuye la tabla en la página anterior para repartir las filas entre los nodos worker.</translation>
    </message>
    <message>
        <source>Made here and streamed with COPY … FROM STDIN, a single statement: Cancel leaves none of its rows, and rows already loaded are not loaded again. They belong to users %1 to %2, apart from the tutorial's users 1, 2 and 3: the tutorial's queries still find only its own rows.</source>
        <translation>Se generan aquí y se envían con COPY … FROM STDIN, en una sola sentencia: Cancelar no deja ninguna de sus filas, y las filas ya cargadas no se vuelven a cargar. Son de los usuarios %1 a %2, aparte de los usuarios 1, 2 y 3 del tutorial: sus consultas siguen encontrando solo las filas del tutorial.</translation>
    </message>
</context>
<context>
    <name>shardscope::InsertStep</name>
    <message>
        <source>Insert rows</source>
        <translation>Insertar filas</translation>
    </message>
    <message>
        <source>Rows go in with a plain INSERT; the coordinator hashes each row's user_id and sends it to the shard that owns that hash range, on whichever worker holds it. Rows of the same user always meet in the same shard. Here each row is inserted only if it is not there yet, so the step can run again.</source>
        <translation>Las filas entran con un INSERT normal; el coordinador calcula el hash del user_id de cada fila y la envía al fragmento dueño de ese rango de hash, esté en el nodo worker que esté. Las filas de un mismo usuario siempre coinciden en el mismo fragmento. Aquí cada fila se inserta solo si aún no está, así que el paso se puede repetir.</translation>
    </message>
    <message>
        <source>There is no table "%1" to insert into yet: create it first.</source>
        <translation>Todavía no hay ninguna tabla «%1» en la que insertar: créala primero.</translation>
    </message>
    <message>
        <source>%1 of %2 tutorial rows were there</source>
        <translation>ya estaban %1 de %2 filas del tutorial</translation>
    </message>
    <message>
        <source>%1 inserted</source>
        <translation>%1 insertadas</translation>
    </message>
    <message>
        <source>%1 of %2 bulk rows were there</source>
        <translation>ya estaban %1 de %2 filas de la carga masiva</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 cargadas</translation>
    </message>
    <message>
        <source>The table is not distributed: every row lives on this server.</source>
        <translation>La tabla no está distribuida: todas las filas viven en este servidor.</translation>
    </message>
    <message>
        <source>Where the tutorial's users went</source>
        <translation>Adónde fue cada usuario</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Nodo worker</translation>
    </message>
    <message>
        <source>Rows per worker</source>
        <translation>Filas por nodo worker</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>Rows per shard</source>
        <translation>Filas por fragmento</translation>
    </message>
</context>
<context>
    <name>shardscope::LargeView</name>
    <message>
        <source>Plan, large</source>
        <translation>Plan, en grande</translation>
    </message>
    <message>
        <source>The mouse wheel zooms, dragging moves the plan; Escape goes back to the tutorial.</source>
        <translation>La rueda del ratón amplía o reduce, arrastrar mueve el plan; Escape vuelve al tutorial.</translation>
    </message>
    <message>
        <source>&amp;Back to the Tutorial</source>
        <translation>&amp;Volver al tutorial</translation>
    </message>
    <message>
        <source>Put the plan back in the tutorial</source>
        <translation>Devolver el plan al tutorial</translation>
    </message>
</context>
<context>
    <name>shardscope::LocalLauncher</name>
    <message>
        <source>Servers started</source>
        <translation>Servidores arrancados</translation>
    </message>
    <message>
        <source>Choose a directory for the servers' data.</source>
        <translation>Elige un directorio para los datos de los servidores.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <source>Asking the coordinator</source>
        <translation>Preguntando al coordinador</translation>
    </message>
    <message>
        <source>There is no cluster in %1.</source>
        <translation>No hay ningún clúster en %1.</translation>
    </message>
    <message>
        <source>The coordinator is not running.</source>
        <translation>El coordinador no está en marcha.</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>Deteniendo %1</translation>
    </message>
    <message>
        <source>%1 did not stop.</source>
        <translation>%1 no se detuvo.</translation>
    </message>
    <message>
        <source>Removing the data</source>
        <translation>Borrando los datos</translation>
    </message>
    <message>
        <source>Cluster stopped</source>
        <translation>Clúster detenido</translation>
    </message>
    <message>
        <source>Looking for PostgreSQL</source>
        <translation>Buscando PostgreSQL</translation>
    </message>
    <message>
        <source>Looking for Citus</source>
        <translation>Buscando Citus</translation>
    </message>
    <message>
        <source>pg_config failed, so it is unknown whether Citus is installed.</source>
        <translation>pg_config falló, así que no se sabe si Citus está instalado.</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>Preparando %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>The servers run as the user postgres (initdb refuses root), which cannot write to %1. Choose a directory it can reach, for example under /var/tmp.</source>
        <translation>Los servidores se ejecutan con el usuario postgres (initdb rechaza root), que no puede escribir en %1. Elige un directorio al que llegue, por ejemplo dentro de /var/tmp.</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Creando %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>initdb failed for %1.</source>
        <translation>initdb falló para %1.</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Arrancando %1</translation>
    </message>
    <message>
        <source>The cluster in %1 has its %2 on port %3, which the other servers know it by. Leave the port out, or stop the cluster and remove its data to start over on port %4.</source>
        <translation>El clúster de %1 tiene su %2 en el puerto %3, por el que lo conocen los demás servidores. No indiques el puerto, o detén el clúster y borra sus datos para empezar de nuevo en el puerto %4.</translation>
    </message>
    <message>
        <source>%1 did not start. The end of its log (%2):
%3</source>
        <translation>%1 no arrancó. El final de su registro (%2):
%3</translation>
    </message>
    <message>
        <source>Enabling Citus on %1</source>
        <translation>Activando Citus en %1</translation>
    </message>
    <message>
        <source>Registering the workers</source>
        <translation>Registrando los nodos worker</translation>
    </message>
    <message>
        <source>Waiting for the coordinator to reach the workers</source>
        <translation>Esperando a que el coordinador llegue a los nodos worker</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>No se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <source>The server on port %1 refused: %2</source>
        <translation>El servidor del puerto %1 rechazó la conexión: %2</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1, the port of %2, is already in use. Stop what uses it, or choose another port.</source>
        <translation>El puerto %1 de 127.0.0.1, el de %2, ya está en uso. Detén lo que lo ocupa o elige otro puerto.</translation>
    </message>
    <message>
        <source>The cluster in %1 has no %2.</source>
        <translation>El clúster de %1 no tiene %2.</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 detenido</translation>
    </message>
    <message>
        <source>Found %1 in %2</source>
        <translation>Encontrado %1 en %2</translation>
    </message>
    <message>
        <source>Already running: %1, on port %2</source>
        <translation>Ya en marcha: %1, en el puerto %2</translation>
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
        <translation>&lt;p&gt;Vale cualquier salida de EXPLAIN: JSON, texto, YAML o XML. Para ver todo lo que hace una consulta de Citus, ejecuta&lt;/p&gt;&lt;p&gt;&lt;code&gt;EXPLAIN (ANALYZE, VERBOSE, BUFFERS, FORMAT JSON) SELECT …;&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>Planes &amp;recientes</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Planes recientes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Colour By</source>
        <translation>&amp;Colorear por</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Nodos worker</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open an EXPLAIN plan file (JSON, text, YAML or XML)</source>
        <translation>Abre un archivo con un plan de EXPLAIN (JSON, texto, YAML o XML)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Open a second plan and compare it with this one side by side</source>
        <translation>Abre un segundo plan y lo compara con este, uno al lado del otro</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Export Drawing…</source>
        <translation>&amp;Exportar dibujo…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the plan drawing as a PNG, SVG or PDF file</source>
        <translation>Guarda el dibujo del plan como archivo PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the comparison, or the plan</source>
        <translation>Cierra la comparación, o el plan</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>&amp;Paste Plan</source>
        <translation>&amp;Pegar plan</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Read a plan from the clipboard, as copied from psql or a file</source>
        <translation>Lee un plan desde el portapapeles, copiado de psql o de un archivo</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Copy Node Details</source>
        <translation>&amp;Copiar detalles del nodo</translation>
    </message>
    <message>
        <source>Copy everything about the selected node as text</source>
        <translation>Copia como texto todo lo referente al nodo seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation>&amp;Buscar nodo…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Next matching node</source>
        <translation>Siguiente nodo que coincide</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Previous matching node</source>
        <translation>Nodo anterior que coincide</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole plan</source>
        <translation>Muestra el plan entero</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Show the plan at 100%</source>
        <translation>Muestra el plan al 100 %</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Jump to Slowest Node</source>
        <translation>Ir al nodo más &amp;lento</translation>
    </message>
    <message>
        <source>Slowest Node</source>
        <translation>Nodo más lento</translation>
    </message>
    <message>
        <source>Select the node that spent the most time of its own</source>
        <translation>Selecciona el nodo que más tiempo propio consumió</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>&amp;Desplegar todo</translation>
    </message>
    <message>
        <source>Unfold every collapsed subtree</source>
        <translation>Despliega todos los subárboles plegados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Nodo worker</translation>
    </message>
    <message>
        <source>Colour each node by the Citus worker that ran it</source>
        <translation>Colorea cada nodo según el nodo worker de Citus que lo ejecutó</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>&amp;Time in Node</source>
        <translation>&amp;Tiempo en el nodo</translation>
    </message>
    <message>
        <source>Colour each node by the time it spent itself, the slowest hottest</source>
        <translation>Colorea cada nodo según su tiempo propio: los más lentos, más calientes</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Row &amp;Misestimate</source>
        <translation>&amp;Error de estimación de filas</translation>
    </message>
    <message>
        <source>Colour each node by how far the planner's row estimate was off</source>
        <translation>Colorea cada nodo según cuánto se equivocó el planificador al estimar las filas</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Pantalla c&amp;ompleta</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>Stop waiting for the plan being read; the current one stays</source>
        <translation>Deja de esperar al plan que se está leyendo; el actual se queda</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;About ShardScope</source>
        <translation>&amp;Acerca de ShardScope</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1 at line %2, column %3: %4</source>
        <translation>No se pudo leer %1 en la línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>Colour nodes by</source>
        <translation>Colorear los nodos por</translation>
    </message>
    <message>
        <source>What the colours of the nodes show (Alt+1, Alt+2, Alt+3)</source>
        <translation>Qué muestran los colores de los nodos (Alt+1, Alt+2, Alt+3)</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Nodo worker</translation>
    </message>
    <message>
        <source>Time in node</source>
        <translation>Tiempo en el nodo</translation>
    </message>
    <message>
        <source>Row misestimate</source>
        <translation>Error de estimación</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>&amp;Colorear por:</translation>
    </message>
    <message>
        <source>Find node (Ctrl+F)</source>
        <translation>Buscar nodo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find node</source>
        <translation>Buscar nodo</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>Leyendo el plan</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>Panel de detall&amp;es</translation>
    </message>
    <message>
        <source>Wor&amp;kers Chart</source>
        <translation>&amp;Gráfico de nodos worker</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read a plan from. Copy the output of EXPLAIN in psql and paste again.</source>
        <translation>El portapapeles no tiene texto del que leer un plan. Copia la salida de EXPLAIN en psql y vuelve a pegar.</translation>
    </message>
    <message>
        <source>Pasted plan</source>
        <translation>Plan pegado</translation>
    </message>
    <message>
        <source>Workers · Plan B</source>
        <translation>Nodos worker · Plan B</translation>
    </message>
    <message>
        <source>Workers · Plan A</source>
        <translation>Nodos worker · Plan A</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>EXPLAIN plans (*.json *.txt *.yaml *.yml *.xml);;All files (*)</source>
        <translation>Planes de EXPLAIN (*.json *.txt *.yaml *.yml *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Compare With Plan</source>
        <translation>Comparar con un plan</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation>Exportar dibujo</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not export the drawing to %1: %2</source>
        <translation>No se pudo exportar el dibujo a %1: %2</translation>
    </message>
    <message>
        <source>Drawing saved to %1</source>
        <translation>Dibujo guardado en %1</translation>
    </message>
    <message>
        <source>unknown image format: use .png, .svg or .pdf</source>
        <translation>formato de imagen desconocido: usa .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>no plan is open</source>
        <translation>no hay ningún plan abierto</translation>
    </message>
    <message>
        <source>About ShardScope</source>
        <translation>Acerca de ShardScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShardScope %1&lt;/h3&gt;&lt;p&gt;See and teach PostgreSQL sharding with Citus: EXPLAIN ANALYZE plans drawn as a tree coloured by the worker that ran each part.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShardScope %1&lt;/h3&gt;&lt;p&gt;Ver y enseñar la fragmentación (sharding) de PostgreSQL con Citus: planes de EXPLAIN ANALYZE dibujados como un árbol, coloreado según el nodo worker que ejecutó cada parte.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior: GPL-3.0-or-later.&lt;/p&gt;</translation>
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
        <translation>%1 frente a %2 — ShardScope</translation>
    </message>
    <message>
        <source>%1 — ShardScope</source>
        <translation>%1 — ShardScope</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texto soltado</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>C&amp;lúster</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>For a projector: larger text and cards, strong contrast, the workers' legend always in sight</source>
        <translation>Para un proyector: texto y tarjetas más grandes, contraste fuerte y la leyenda de los nodos worker siempre a la vista</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Tutorial Wizard…</source>
        <translation>&amp;Asistente del tutorial…</translation>
    </message>
    <message>
        <source>Start a Citus cluster and walk through the sharding tutorial step by step</source>
        <translation>Arranca un clúster Citus y recorre el tutorial de fragmentación paso a paso</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Matching nodes</source>
        <translation>Nodos que coinciden</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Detalles del nodo</translation>
    </message>
    <message>
        <source>Work per worker</source>
        <translation>Trabajo por nodo worker</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Plan tree</source>
        <translation>Árbol del plan</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n encontrado</numerusform>
            <numerusform>%n encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Workers, shards and rows of the cluster</source>
        <translation>Nodos worker, fragmentos y filas del clúster</translation>
    </message>
    <message>
        <source>Cluster &amp;Tables</source>
        <translation>&amp;Tablas del clúster</translation>
    </message>
    <message>
        <source>&amp;Reset Demo…</source>
        <translation>&amp;Restablecer la demo…</translation>
    </message>
    <message>
        <source>Drop the tutorial's table, with its shards, to start over</source>
        <translation>Borra la tabla del tutorial, con sus fragmentos, para empezar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Stop Cluster…</source>
        <translation>&amp;Detener el clúster…</translation>
    </message>
    <message>
        <source>Stop the cluster the tutorial wizard started, keeping or deleting its data</source>
        <translation>Detiene el clúster que arrancó el asistente del tutorial, conservando o borrando sus datos</translation>
    </message>
    <message>
        <source>See how Citus spreads a query over its workers.</source>
        <translation>Mira cómo reparte Citus una consulta entre sus workers.</translation>
    </message>
    <message>
        <source>Open E&amp;xample Plan</source>
        <translation>Abrir plan de e&amp;jemplo</translation>
    </message>
    <message>
        <source>Side &amp;Panels</source>
        <translation>&amp;Paneles laterales</translation>
    </message>
    <message>
        <source>Show or put away the details, workers and cluster panels (%1)</source>
        <translation>Mostrar u ocultar los paneles de detalles, nodos worker y clúster (%1)</translation>
    </message>
    <message>
        <source>Presenter mode: the side panels are put away, %1 brings them back.</source>
        <translation>Modo presentación: los paneles laterales están ocultos; %1 los vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Shard Map</source>
        <translation>Mapa de fragmentos</translation>
    </message>
    <message>
        <source>Where each row of a Citus table lives: hash, shard, worker</source>
        <translation>Dónde vive cada fila de una tabla de Citus: hash, fragmento, nodo worker</translation>
    </message>
    <message>
        <source>Shard &amp;Map</source>
        <translation>&amp;Mapa de fragmentos</translation>
    </message>
    <message>
        <source>See which shard and worker hold each row of a Citus table</source>
        <translation>Mira qué fragmento y qué nodo worker guardan cada fila de una tabla de Citus</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glosario</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>The Citus terms the application uses, with links to the Citus documentation</source>
        <translation>Los términos de Citus que usa la aplicación, con enlaces a la documentación de Citus</translation>
    </message>
    <message>
        <source>Explaining the statement again with every task shown…</source>
        <translation>Explicando otra vez la sentencia con todas las tareas…</translation>
    </message>
    <message>
        <source>Every task could not be shown: %1</source>
        <translation>No se pudieron mostrar todas las tareas: %1</translation>
    </message>
    <message>
        <source>&amp;Add a Worker…</source>
        <translation>&amp;Añadir un nodo worker…</translation>
    </message>
    <message>
        <source>Start or register one more worker, then move shards onto it</source>
        <translation>Arranca o registra un nodo worker más y después mueve fragmentos a él</translation>
    </message>
    <message>
        <source>Re&amp;balance</source>
        <translation>Reequili&amp;brar</translation>
    </message>
    <message>
        <source>Move shards so that every worker holds about as many</source>
        <translation>Mueve fragmentos para que cada nodo worker tenga más o menos los mismos</translation>
    </message>
    <message>
        <source>Re&amp;move a Worker…</source>
        <translation>&amp;Quitar un nodo worker…</translation>
    </message>
    <message>
        <source>Move every shard off a worker, then remove it from the cluster</source>
        <translation>Saca todos los fragmentos de un nodo worker y después lo quita del clúster</translation>
    </message>
    <message>
        <source>Stop a &amp;Worker…</source>
        <translation>Detener un nodo &amp;worker…</translation>
    </message>
    <message>
        <source>Stop one worker of the cluster ShardScope started and see which queries fail</source>
        <translation>Detiene un nodo worker del clúster que arrancó ShardScope y muestra qué consultas fallan</translation>
    </message>
    <message>
        <source>Start It &amp;Again</source>
        <translation>&amp;Arrancarlo de nuevo</translation>
    </message>
    <message>
        <source>Start the stopped worker again and check that no row was lost</source>
        <translation>Vuelve a arrancar el nodo worker detenido y comprueba que no se ha perdido ninguna fila</translation>
    </message>
</context>
<context>
    <name>shardscope::MessageBanner</name>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the error message</source>
        <translation>Descartar el mensaje de error</translation>
    </message>
</context>
<context>
    <name>shardscope::OutageDialog</name>
    <message>
        <source>The cluster could not be checked</source>
        <translation>No se pudo comprobar el clúster</translation>
    </message>
    <message>
        <source>Lost Worker</source>
        <translation>Nodo worker perdido</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Start It Again</source>
        <translation>&amp;Arrancarlo de nuevo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not answer: %n of the users' queries fail</source>
        <translation>
            <numerusform>%1 no responde: falla %n de las consultas de los usuarios</numerusform>
            <numerusform>%1 no responde: fallan %n de las consultas de los usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every worker answers, yet %n of the users' queries fail</source>
        <translation>
            <numerusform>Todos los nodos worker responden, pero falla %n de las consultas de los usuarios</numerusform>
            <numerusform>Todos los nodos worker responden, pero fallan %n de las consultas de los usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Every worker answers and every user's query works</source>
        <translation>Todos los nodos worker responden y la consulta de cada usuario funciona</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Nodos worker</translation>
    </message>
    <message>
        <source>The tutorial's query for each user</source>
        <translation>La consulta del tutorial para cada usuario</translation>
    </message>
    <message>
        <source>Rows per shard</source>
        <translation>Filas por fragmento</translation>
    </message>
</context>
<context>
    <name>shardscope::PgConnection</name>
    <message>
        <source>the server at %1 did not answer within %2 ms</source>
        <translation>el servidor de %1 no respondió en %2 ms</translation>
    </message>
    <message>
        <source>the statement ran longer than %1 ms and the server did not answer the cancel request within %2 ms; the connection was closed</source>
        <translation>la sentencia tardó más de %1 ms y el servidor no respondió a la petición de cancelación en %2 ms; se cerró la conexión</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message>
        <source>another statement is running</source>
        <translation>hay otra sentencia en ejecución</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>ShardScope sends COPY data only through its COPY support</source>
        <translation>ShardScope solo envía datos COPY mediante su propio soporte de COPY</translation>
    </message>
    <message>
        <source>replication streams are not supported</source>
        <translation>no se admiten flujos de replicación</translation>
    </message>
    <message>
        <source>the statement ran longer than %1 ms and was cancelled</source>
        <translation>la sentencia tardó más de %1 ms y se canceló</translation>
    </message>
    <message>
        <source>statement timeout</source>
        <translation>tiempo de espera de la sentencia agotado</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelado por el usuario</translation>
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
        <translation>Diferencias entre los dos planes</translation>
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
        <translation>Selecciona un nodo del plan para ver aquí todo sobre él.</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Detalles del nodo</translation>
    </message>
    <message>
        <source>Figures of the node</source>
        <translation>Cifras del nodo</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy everything about this node as text</source>
        <translation>Copia como texto todo lo referente a este nodo</translation>
    </message>
    <message>
        <source>Query sent to the worker</source>
        <translation>Consulta enviada al nodo worker</translation>
    </message>
    <message>
        <source>All properties reported by the server</source>
        <translation>Todas las propiedades que informó el servidor</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy All Details</source>
        <translation>Copiar todos los detalles</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Todas las propiedades</translation>
    </message>
    <message>
        <source>Ran on %1</source>
        <translation>Se ejecutó en %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Planificado para %1</translation>
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
        <translation>tareas: %1</translation>
    </message>
    <message>
        <source>inputs: %1</source>
        <translation>entradas: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Task → worker %1</source>
        <translation>Tarea → nodo worker %1</translation>
    </message>
    <message>
        <source> · shard %1</source>
        <translation> · fragmento %1</translation>
    </message>
    <message>
        <source>intermediate result</source>
        <translation>resultado intermedio</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>repartitioned rows</source>
        <translation>filas reparticionadas</translation>
    </message>
    <message>
        <source>tasks: %1 · plan nodes: %2</source>
        <translation>tareas: %1 · nodos del plan: %2</translation>
    </message>
    <message>
        <source>plan nodes: %1</source>
        <translation>nodos del plan: %1</translation>
    </message>
</context>
<context>
    <name>shardscope::PlanView</name>
    <message>
        <source>Arrow keys move between nodes: Up to the parent, Down to the first child, Left and Right to siblings. Enter folds or unfolds the selected node.</source>
        <translation>Las flechas mueven entre nodos: arriba al padre, abajo al primer hijo, izquierda y derecha a los hermanos. Intro pliega o despliega el nodo seleccionado.</translation>
    </message>
    <message>
        <source>Expand Subtree</source>
        <translation>Desplegar el subárbol</translation>
    </message>
    <message>
        <source>Collapse Subtree</source>
        <translation>Plegar el subárbol</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Desplegar todo</translation>
    </message>
    <message>
        <source>Jump to Slowest Node</source>
        <translation>Ir al nodo más lento</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Tamaño real</translation>
    </message>
</context>
<context>
    <name>shardscope::PrerequisiteChecker</name>
    <message>
        <source>Docker Compose found: %1</source>
        <translation>Docker Compose encontrado: %1</translation>
    </message>
    <message>
        <source>Docker Compose is not available</source>
        <translation>Docker Compose no está disponible</translation>
    </message>
    <message>
        <source>Docker is not installed</source>
        <translation>Docker no está instalado</translation>
    </message>
    <message>
        <source>Install Docker Engine (https://docs.docker.com/engine/install/), or start the cluster on local PostgreSQL servers or use an existing one.</source>
        <translation>Instala Docker Engine (https://docs.docker.com/engine/install/), o arranca el clúster con servidores PostgreSQL locales o usa uno que ya exista.</translation>
    </message>
    <message>
        <source>Docker Engine %1 is running</source>
        <translation>Docker Engine %1 está en marcha</translation>
    </message>
    <message>
        <source>Docker is installed, but you may not use it</source>
        <translation>Docker está instalado, pero no tienes permiso para usarlo</translation>
    </message>
    <message>
        <source>Add yourself to the docker group (sudo usermod -aG docker $USER), then log in again.</source>
        <translation>Añádete al grupo docker (sudo usermod -aG docker $USER) y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Docker is installed, but its daemon is not running</source>
        <translation>Docker está instalado, pero su servicio no está en marcha</translation>
    </message>
    <message>
        <source>Start it: sudo systemctl start docker (or open Docker Desktop).</source>
        <translation>Arráncalo: sudo systemctl start docker (o abre Docker Desktop).</translation>
    </message>
    <message>
        <source>No local PostgreSQL server found</source>
        <translation>No se encontró ningún servidor PostgreSQL local</translation>
    </message>
    <message>
        <source>Only needed for a cluster of local servers: install postgresql (sudo apt install postgresql). %1</source>
        <translation>Solo hace falta para un clúster de servidores locales: instala postgresql (sudo apt install postgresql). %1</translation>
    </message>
    <message>
        <source>Citus cannot be looked for without a local PostgreSQL</source>
        <translation>No se puede buscar Citus sin un PostgreSQL local</translation>
    </message>
    <message>
        <source>PostgreSQL server programs in %1</source>
        <translation>Programas de servidor de PostgreSQL en %1</translation>
    </message>
    <message>
        <source>pg_config failed: whether Citus is installed is unknown</source>
        <translation>pg_config falló: no se sabe si Citus está instalado</translation>
    </message>
    <message>
        <source>Citus is not installed for the local PostgreSQL</source>
        <translation>Citus no está instalado para el PostgreSQL local</translation>
    </message>
    <message>
        <source>Citus is installed for the local PostgreSQL</source>
        <translation>Citus está instalado para el PostgreSQL local</translation>
    </message>
</context>
<context>
    <name>shardscope::ResetDemoStep</name>
    <message>
        <source>Reset demo</source>
        <translation>Reiniciar la demostración</translation>
    </message>
    <message>
        <source>Drops the table %1 and all its rows; on Citus its shards on the workers go with it. The tutorial then starts over from an empty database.</source>
        <translation>Borra la tabla %1 y todas sus filas; en Citus, sus fragmentos en los nodos worker se van con ella. El tutorial vuelve a empezar desde una base de datos vacía.</translation>
    </message>
    <message>
        <source>no table %1</source>
        <translation>no hay tabla %1</translation>
    </message>
    <message>
        <source>dropped table %1</source>
        <translation>tabla %1 borrada</translation>
    </message>
</context>
<context>
    <name>shardscope::ScaleDialog</name>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Cancelled: the shards moved so far stay where they went.</source>
        <translation>Cancelado: los fragmentos movidos hasta ahora se quedan donde fueron.</translation>
    </message>
    <message numerus="yes">
        <source>Moving a shard from %1 to %2 (%3 of %n done)</source>
        <translation>
            <numerusform>Moviendo un fragmento de %1 a %2 (%3 de %n hecho)</numerusform>
            <numerusform>Moviendo un fragmento de %1 a %2 (%3 de %n hechos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shard move(s) done</source>
        <translation>
            <numerusform>%1 de %n movimiento de fragmento hecho</numerusform>
            <numerusform>%1 de %n movimientos de fragmentos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding a worker, then moving shards onto it</source>
        <translation>Añadiendo un nodo worker y moviendo fragmentos a él</translation>
    </message>
    <message>
        <source>Moving every shard off a worker, then removing it</source>
        <translation>Sacando todos los fragmentos de un nodo worker para quitarlo</translation>
    </message>
    <message>
        <source>Moving shards so that every worker holds about as many</source>
        <translation>Moviendo fragmentos para que cada nodo worker tenga más o menos los mismos</translation>
    </message>
    <message>
        <source>Scale the Cluster</source>
        <translation>Escalar el clúster</translation>
    </message>
    <message>
        <source>The tutorial's query, before and after</source>
        <translation>La consulta del tutorial, antes y después</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Task ran on (before)</source>
        <translation>La tarea corría en (antes)</translation>
    </message>
    <message>
        <source>Task runs on (now)</source>
        <translation>La tarea corre en (ahora)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the rebalance; the shards moved so far stay where they went</source>
        <translation>Detiene el reequilibrio; los fragmentos movidos hasta ahora se quedan donde fueron</translation>
    </message>
    <message>
        <source>Move with &amp;Writes Blocked</source>
        <translation>Mover &amp;bloqueando las escrituras</translation>
    </message>
    <message>
        <source>Run it again, copying each shard while writes to it wait (shard_transfer_mode =&gt; 'block_writes')</source>
        <translation>Lo ejecuta de nuevo, copiando cada fragmento mientras las escrituras en él esperan (shard_transfer_mode =&gt; 'block_writes')</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
</context>
<context>
    <name>shardscope::SetupWizard</name>
    <message>
        <source>Citus sharding tutorial</source>
        <translation>Tutorial de fragmentación con Citus</translation>
    </message>
</context>
<context>
    <name>shardscope::ShardMapBar</name>
    <message>
        <source>Shard %1</source>
        <translation>Fragmento %1</translation>
    </message>
    <message>
        <source>Hash values %1</source>
        <translation>Valores de hash %1</translation>
    </message>
    <message>
        <source>Every row of the table, a copy on every node</source>
        <translation>Todas las filas de la tabla, con una copia en cada nodo</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>ningún nodo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows not counted: %1</source>
        <translation>Filas sin contar: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>hash %1</translation>
    </message>
    <message numerus="yes">
        <source>one shard (%1), a copy on each of %Ln node(s)</source>
        <translation>
            <numerusform>un fragmento (%1), con una copia en %Ln nodo</numerusform>
            <numerusform>un fragmento (%1), con una copia en cada uno de los %Ln nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer: queries that need this shard fail</source>
        <translation>%1 no responde: fallan las consultas que necesitan este fragmento</translation>
    </message>
    <message>
        <source>%1: %2, does not answer: its rows cannot be read</source>
        <translation>%1: %2, no responde: sus filas no se pueden leer</translation>
    </message>
</context>
<context>
    <name>shardscope::ShardMapPanel</name>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <source>&amp;Value of %1:</source>
        <translation>&amp;Valor de %1:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ej. 1</translation>
    </message>
    <message>
        <source>Value of the distribution column to follow</source>
        <translation>Valor de la columna de distribución que seguir</translation>
    </message>
    <message>
        <source>&amp;Where does it go?</source>
        <translation>¿A&amp;dónde va?</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Counting rows: %v of %m tables</source>
        <translation>Contando filas: %v de %m tablas</translation>
    </message>
    <message>
        <source>Reading the shards…</source>
        <translation>Leyendo los fragmentos…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>The shard map could not be read: %1</source>
        <translation>No se pudo leer el mapa de fragmentos: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n shard(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>rows not all counted</source>
        <translation>no se contaron todas las filas</translation>
    </message>
    <message>
        <source>No cluster yet: start one with the tutorial wizard, then Refresh.</source>
        <translation>Aún no hay clúster: arranca uno con el asistente del tutorial y luego pulsa Actualizar.</translation>
    </message>
    <message>
        <source>Refresh to read where the rows of each Citus table live.</source>
        <translation>Pulsa Actualizar para leer dónde viven las filas de cada tabla de Citus.</translation>
    </message>
    <message>
        <source>A reference table: one shard, with a copy on every node, so that any worker joins with it locally.</source>
        <translation>Una tabla de referencia: un solo fragmento, con una copia en cada nodo, para que cualquier nodo worker la una en local.</translation>
    </message>
    <message>
        <source>A Citus local table: one shard, on the coordinator.</source>
        <translation>Una tabla local de Citus: un solo fragmento, en el coordinador.</translation>
    </message>
    <message>
        <source>Colocated with %1: the same segments on the same workers, so rows with the same %2 sit together and join without leaving their worker.</source>
        <translation>Coubicada con %1: los mismos segmentos en los mismos nodos worker, así que las filas con el mismo %2 están juntas y se unen sin salir de su nodo worker.</translation>
    </message>
    <message>
        <source>Each segment is a shard: the rows whose %1 hashes into its range. Type a value to follow it.</source>
        <translation>Cada segmento es un fragmento: las filas cuyo %1 da un hash dentro de su rango. Escribe un valor para seguirlo.</translation>
    </message>
</context>
<context>
    <name>shardscope::ShardMapReader</name>
    <message>
        <source>the cluster has no Citus tables yet</source>
        <translation>el clúster aún no tiene tablas de Citus</translation>
    </message>
    <message>
        <source>%1 is not a Citus table</source>
        <translation>%1 no es una tabla de Citus</translation>
    </message>
    <message>
        <source>%1 is not in the shard map: read it first</source>
        <translation>%1 no está en el mapa de fragmentos: léelo antes</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>shardscope::SqlPanel</name>
    <message>
        <source>&lt;a href="%1"&gt;Read more in the Citus documentation&lt;/a&gt;</source>
        <translation>&lt;a href="%1"&gt;Más información en la documentación de Citus&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Run on this machine:</source>
        <translation>Se ejecuta en esta máquina:</translation>
    </message>
    <message>
        <source>Command run on this machine</source>
        <translation>Comando que se ejecuta en esta máquina</translation>
    </message>
    <message>
        <source>Then, from a terminal:</source>
        <translation>Después, desde un terminal:</translation>
    </message>
    <message>
        <source>Command to check it from a terminal</source>
        <translation>Comando para comprobarlo desde un terminal</translation>
    </message>
</context>
<context>
    <name>shardscope::SqlRecordModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Start a Citus cluster</source>
        <translation>Arrancar un clúster Citus</translation>
    </message>
    <message>
        <source>A coordinator, which you query, and workers, which hold the shards.</source>
        <translation>Un coordinador, al que consultas, y nodos worker, que guardan los fragmentos.</translation>
    </message>
    <message>
        <source>Local PostgreSQL servers</source>
        <translation>Servidores PostgreSQL locales</translation>
    </message>
    <message>
        <source>An existing cluster</source>
        <translation>Un clúster que ya existe</translation>
    </message>
    <message>
        <source>Not stored; empty to use ~/.pgpass or PGPASSWORD</source>
        <translation>No se guarda; vacía para usar ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <source>How to get a cluster</source>
        <translation>Cómo conseguir un clúster</translation>
    </message>
    <message>
        <source>Number of workers</source>
        <translation>Número de nodos worker</translation>
    </message>
    <message>
        <source>Coordinator port</source>
        <translation>Puerto del coordinador</translation>
    </message>
    <message>
        <source>Directory of the local servers</source>
        <translation>Directorio de los servidores locales</translation>
    </message>
    <message>
        <source>Connection string of the coordinator</source>
        <translation>Cadena de conexión del coordinador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Start or connect</source>
        <translation>Arrancar o conectar</translation>
    </message>
    <message>
        <source>Cancel starting</source>
        <translation>Cancelar el arranque</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Output of the tools</source>
        <translation>Salida de las herramientas</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>C&amp;lúster:</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Nodos worker:</translation>
    </message>
    <message>
        <source>Coordinator &amp;port:</source>
        <translation>&amp;Puerto del coordinador:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Directorio:</translation>
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation>Cadena de &amp;conexión:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>Connected to the coordinator. Go on with Next.</source>
        <translation>Conectado al coordinador. Sigue con Siguiente.</translation>
    </message>
    <message>
        <source>Cannot connect to the coordinator</source>
        <translation>No se puede conectar con el coordinador</translation>
    </message>
    <message>
        <source>&amp;Start cluster</source>
        <translation>&amp;Arrancar el clúster</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Compose starts one container for the coordinator and one per worker from the Citus image, on a private network where they know each other by name (worker1, worker2…). The coordinator then registers each worker with citus_add_node, so it can place shards there.</source>
        <translation>Compose arranca, a partir de la imagen de Citus, un contenedor para el coordinador y otro por cada nodo worker, en una red privada donde se conocen por su nombre (worker1, worker2…). Después el coordinador registra cada worker con citus_add_node, para poder colocar fragmentos en él.</translation>
    </message>
    <message>
        <source>Each node is an ordinary PostgreSQL server on this machine that loads Citus at start. The coordinator learns its workers with citus_add_node; shards will live on the workers.</source>
        <translation>Cada nodo es un servidor PostgreSQL normal de este equipo que carga Citus al arrancar. El coordinador conoce a sus nodos worker mediante citus_add_node; los fragmentos vivirán en los workers.</translation>
    </message>
    <message>
        <source>Any Citus coordinator will do: the following pages check its workers before creating anything. The password is kept in memory only, never saved.</source>
        <translation>Sirve cualquier coordinador Citus: las páginas siguientes comprueban sus nodos worker antes de crear nada. La contraseña solo se guarda en memoria, nunca en disco.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Arrancando…</translation>
    </message>
    <message>
        <source>Docker is not installed</source>
        <translation>Docker no está instalado</translation>
    </message>
    <message>
        <source>The Docker daemon is not running</source>
        <translation>El servicio de Docker no está en marcha</translation>
    </message>
    <message>
        <source>The cluster did not start</source>
        <translation>El clúster no arrancó</translation>
    </message>
    <message>
        <source>Connecting to the coordinator…</source>
        <translation>Conectando con el coordinador…</translation>
    </message>
    <message>
        <source>Empty: from the desktop keychain, ~/.pgpass or PGPASSWORD</source>
        <translation>Vacía: se toma del llavero del escritorio, de ~/.pgpass o de PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del escritorio</translation>
    </message>
    <message>
        <source>Kept by the keychain (Secret Service), never in ShardScope's settings.</source>
        <translation>La guarda el llavero (Secret Service), nunca la configuración de ShardScope.</translation>
    </message>
    <message>
        <source>Looking for the password in the desktop keychain…</source>
        <translation>Buscando la contraseña en el llavero del escritorio…</translation>
    </message>
    <message>
        <source>No permission to use Docker</source>
        <translation>No tienes permiso para usar Docker</translation>
    </message>
    <message>
        <source>The coordinator's port is in use</source>
        <translation>El puerto del coordinador está ocupado</translation>
    </message>
    <message>
        <source>The Citus image could not be downloaded</source>
        <translation>No se pudo descargar la imagen de Citus</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed</source>
        <translation>PostgreSQL no está instalado</translation>
    </message>
    <message>
        <source>Citus is not installed</source>
        <translation>Citus no está instalado</translation>
    </message>
    <message>
        <source>Starting the cluster took too long</source>
        <translation>El clúster tardó demasiado en arrancar</translation>
    </message>
    <message>
        <source>&amp;Remove What Was Left</source>
        <translation>&amp;Quitar lo que quedó</translation>
    </message>
    <message>
        <source>Removes the containers, network and volumes this start made; data of an earlier cluster is kept.</source>
        <translation>Quita los contenedores, la red y los volúmenes que creó este arranque; los datos de un clúster anterior se conservan.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Remove what the start left</source>
        <translation>Quitar lo que dejó el arranque</translation>
    </message>
    <message>
        <source>Show the output of the tools</source>
        <translation>Mostrar la salida de las herramientas</translation>
    </message>
    <message>
        <source>What the start left could not be removed</source>
        <translation>No se pudo quitar lo que dejó el arranque</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Still in Docker: %1. Remove them, or start again to use them.</source>
        <translation>Lo que queda en Docker: %1. Quítalo, o arranca de nuevo para aprovecharlo.</translation>
    </message>
    <message>
        <source>Removing what the start left…</source>
        <translation>Quitando lo que dejó el arranque…</translation>
    </message>
    <message>
        <source>Removed what the start left</source>
        <translation>Quitado lo que dejó el arranque</translation>
    </message>
    <message>
        <source>Nothing of it is left in Docker. Start again when ready.</source>
        <translation>No queda nada de ello en Docker. Arranca de nuevo cuando quieras.</translation>
    </message>
    <message>
        <source>The cluster was stopped</source>
        <translation>El clúster se ha detenido</translation>
    </message>
    <message>
        <source>It was stopped from the Cluster menu. Start it again, or choose another cluster.</source>
        <translation>Se detuvo desde el menú Clúster. Arráncalo de nuevo o elige otro clúster.</translation>
    </message>
    <message>
        <source>Connected. Remembering the password in the desktop keychain…</source>
        <translation>Conectado. Guardando la contraseña en el llavero del escritorio…</translation>
    </message>
    <message>
        <source>The password is remembered in the desktop keychain.</source>
        <translation>La contraseña queda guardada en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>Connected to the coordinator, but the password was not remembered</source>
        <translation>Conectado al coordinador, pero la contraseña no se ha guardado</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <source>The tools said: %1</source>
        <translation>Las herramientas dijeron: %1</translation>
    </message>
    <message>
        <source>Citus %1 on PostgreSQL %2</source>
        <translation>Citus %1 sobre PostgreSQL %2</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (la más nueva)</translation>
    </message>
    <message>
        <source>C&amp;itus:</source>
        <translation>C&amp;itus:</translation>
    </message>
    <message>
        <source>Citus and PostgreSQL version of the containers</source>
        <translation>Versión de Citus y PostgreSQL de los contenedores</translation>
    </message>
</context>
<context>
    <name>shardscope::StartScreen</name>
    <message>
        <source>Start the tutorial</source>
        <translation>Empezar el tutorial</translation>
    </message>
    <message>
        <source>Start a Citus cluster on this computer, or connect to yours, then create, distribute and query a table step by step, and see where each query runs.</source>
        <translation>Arranca un clúster Citus en este ordenador, o conéctate al tuyo; después crea, distribuye y consulta una tabla paso a paso, y mira dónde se ejecuta cada consulta.</translation>
    </message>
    <message>
        <source>Start the &amp;Tutorial</source>
        <translation>Empezar el &amp;tutorial</translation>
    </message>
    <message>
        <source>Start the Citus sharding tutorial</source>
        <translation>Empezar el tutorial de fragmentación con Citus</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Abrir un plan</translation>
    </message>
    <message>
        <source>Your own EXPLAIN output, from a file or copied from psql. You can also drop a file here.</source>
        <translation>Tu propia salida de EXPLAIN, de un archivo o copiada de psql. También puedes soltar aquí un archivo.</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>A&amp;brir plan…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Abrir un archivo con un plan de ejecución</translation>
    </message>
    <message>
        <source>&amp;Paste from psql</source>
        <translation>Pegar desde &amp;psql</translation>
    </message>
    <message>
        <source>Paste a plan from the clipboard</source>
        <translation>Pegar un plan de ejecución desde el portapapeles</translation>
    </message>
    <message>
        <source>Try an example plan</source>
        <translation>Probar un plan de ejemplo</translation>
    </message>
    <message>
        <source>Real plans from a Citus cluster: no cluster and no Docker needed.</source>
        <translation>Planes reales de un clúster Citus: sin clúster y sin Docker.</translation>
    </message>
</context>
<context>
    <name>shardscope::StatementRunner</name>
    <message>
        <source>another statement is running</source>
        <translation>hay otra sentencia en ejecución</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>a statement of this step is still running</source>
        <translation>todavía se está ejecutando una sentencia de este paso</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>cancelado antes de empezar</translation>
    </message>
</context>
<context>
    <name>shardscope::StatusLabel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>shardscope::StepPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run this step</source>
        <translation>Ejecutar este paso</translation>
    </message>
    <message>
        <source>Cancel this step</source>
        <translation>Cancelar este paso</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>Estado del paso</translation>
    </message>
    <message>
        <source>Not connected to a cluster</source>
        <translation>Sin conexión con ningún clúster</translation>
    </message>
    <message>
        <source>%1
Go back to the cluster page to start or connect to one.</source>
        <translation>%1
Vuelve a la página del clúster para arrancar uno o conectarte.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Already done: %1</source>
        <translation>Ya hecho: %1</translation>
    </message>
    <message>
        <source>Not a Citus cluster: Citus is not installed on this server</source>
        <translation>No es un clúster Citus: Citus no está instalado en este servidor</translation>
    </message>
    <message>
        <source>Not a Citus cluster yet: the citus extension is not created in this database</source>
        <translation>Todavía no es un clúster Citus: la extensión citus no está creada en esta base de datos</translation>
    </message>
    <message>
        <source>Not a Citus cluster: citus is not in shared_preload_libraries</source>
        <translation>No es un clúster Citus: citus no está en shared_preload_libraries</translation>
    </message>
    <message>
        <source>The coordinator has no workers</source>
        <translation>El coordinador no tiene nodos worker</translation>
    </message>
    <message>
        <source>A worker does not answer</source>
        <translation>Un nodo worker no responde</translation>
    </message>
    <message>
        <source>The step failed</source>
        <translation>El paso falló</translation>
    </message>
    <message>
        <source>The table does not exist yet</source>
        <translation>La tabla todavía no existe</translation>
    </message>
    <message>
        <source>The table is already distributed</source>
        <translation>La tabla ya está distribuida</translation>
    </message>
    <message>
        <source>The primary key does not include the distribution column</source>
        <translation>La clave primaria no incluye la clave de distribución</translation>
    </message>
    <message>
        <source>No such column</source>
        <translation>No existe esa columna</translation>
    </message>
    <message>
        <source>Citus cannot EXPLAIN ANALYZE this statement</source>
        <translation>Citus no puede hacer EXPLAIN ANALYZE de esta sentencia</translation>
    </message>
    <message>
        <source>Citus cannot run this join</source>
        <translation>Citus no puede ejecutar esta unión</translation>
    </message>
    <message>
        <source>The statement took too long</source>
        <translation>La sentencia tardó demasiado</translation>
    </message>
    <message>
        <source>The connection to the coordinator was lost</source>
        <translation>Se perdió la conexión con el coordinador</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Filas enviadas</translation>
    </message>
    <message>
        <source>%1 of %2 rows sent</source>
        <translation>%1 de %2 filas enviadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>No connection to the cluster any more</source>
        <translation>Ya no hay conexión con el clúster</translation>
    </message>
    <message>
        <source>The connection to the coordinator closed: the cluster was stopped, or its server went away. What this page shows is from before. Its buttons connect again first; to start a cluster, go back to the page that starts one.</source>
        <translation>Se cerró la conexión con el coordinador: el clúster se detuvo o su servidor dejó de estar disponible. Lo que muestra esta página es de antes. Sus botones vuelven a conectar primero; para arrancar un clúster, vuelve a la página que lo arranca.</translation>
    </message>
    <message>
        <source>Citus cannot move the shards while they stay writable</source>
        <translation>Citus no puede trasladar los fragmentos sin dejar de admitir escrituras</translation>
    </message>
</context>
<context>
    <name>shardscope::TaskWorkerReader</name>
    <message>
        <source>The connection to the coordinator is not ready for another statement.</source>
        <translation>La conexión con el coordinador no está lista para otra sentencia.</translation>
    </message>
    <message>
        <source>The connection to the coordinator was closed.</source>
        <translation>La conexión con el coordinador se ha cerrado.</translation>
    </message>
</context>
<context>
    <name>shardscope::TutorialStep</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>shardscope::VerifyWorkersPage</name>
    <message>
        <source>Does the coordinator know its workers, and does each one answer?</source>
        <translation>¿Conoce el coordinador a sus nodos worker, y responde cada uno?</translation>
    </message>
    <message>
        <source>&amp;Register missing workers</source>
        <translation>&amp;Registrar los nodos worker que faltan</translation>
    </message>
    <message>
        <source>Register missing workers</source>
        <translation>Registrar los nodos worker que faltan</translation>
    </message>
    <message>
        <source>Citus only places shards on workers registered with the coordinator, and a query that needs a shard on a worker that does not answer fails.</source>
        <translation>Citus solo coloca fragmentos en los nodos worker registrados en el coordinador, y una consulta que necesita un fragmento de un worker que no responde falla.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) answer but are not registered yet.</source>
        <translation>
            <numerusform>%n nodo worker responde pero aún no está registrado.</numerusform>
            <numerusform>%n nodos worker responden pero aún no están registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check the workers again</source>
        <translation>Comprobar de nuevo los nodos worker</translation>
    </message>
</context>
<context>
    <name>shardscope::WelcomePage</name>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Welcome to the Citus sharding tutorial</source>
        <translation>Bienvenida al tutorial de fragmentación con Citus</translation>
    </message>
    <message>
        <source>Step by step: start a cluster, check its workers, create a table, shard it, fill it and see how a query runs across the workers.</source>
        <translation>Paso a paso: arranca un clúster, comprueba sus nodos worker, crea una tabla, fragméntala, llénala y mira cómo se ejecuta una consulta entre los workers.</translation>
    </message>
    <message>
        <source>You need a Citus cluster. ShardScope can start one with Docker Compose (easiest), as local PostgreSQL servers with Citus installed, or use one you already have. This is what this machine offers:</source>
        <translation>Necesitas un clúster Citus. ShardScope puede arrancar uno con Docker Compose (lo más fácil), como servidores PostgreSQL locales con Citus instalado, o usar uno que ya tengas. Esto es lo que ofrece este equipo:</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos</translation>
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
        <translation>PostgreSQL local</translation>
    </message>
    <message>
        <source>Citus for the local PostgreSQL</source>
        <translation>Citus para el PostgreSQL local</translation>
    </message>
    <message>
        <source>Check the prerequisites again</source>
        <translation>Volver a comprobar los requisitos</translation>
    </message>
    <message>
        <source>Citus is a PostgreSQL extension: the coordinator and every worker are ordinary PostgreSQL servers with citus in shared_preload_libraries. Docker runs them as containers from the Citus image; without Docker, each needs PostgreSQL and the Citus package installed on this machine.</source>
        <translation>Citus es una extensión de PostgreSQL: el coordinador y cada nodo worker son servidores PostgreSQL normales con citus en shared_preload_libraries. Docker los ejecuta como contenedores a partir de la imagen de Citus; sin Docker, cada uno necesita PostgreSQL y el paquete de Citus instalados en este equipo.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Your cluster runs PostgreSQL %1, without the citus extension.</source>
        <translation>Tu clúster ejecuta PostgreSQL %1, sin la extensión citus.</translation>
    </message>
    <message>
        <source>Your cluster runs PostgreSQL %1 with Citus %2.</source>
        <translation>Tu clúster ejecuta PostgreSQL %1 con Citus %2.</translation>
    </message>
</context>
<context>
    <name>shardscope::WorkerChart</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Tasks each worker ran</source>
        <translation>Tareas que ejecutó cada nodo worker</translation>
    </message>
    <message>
        <source>Rows each worker sent to the coordinator</source>
        <translation>Filas que cada nodo worker envió al coordinador</translation>
    </message>
    <message>
        <source>Execution time of each worker's tasks, added up</source>
        <translation>Tiempo de ejecución de las tareas de cada nodo worker, sumado</translation>
    </message>
    <message>
        <source>What the worker chart shows</source>
        <translation>Qué muestra el gráfico de nodos worker</translation>
    </message>
    <message>
        <source>Work per worker</source>
        <translation>Trabajo por nodo worker</translation>
    </message>
    <message>
        <source>Open a distributed plan to see how its work was spread over the Citus workers.</source>
        <translation>Abre un plan distribuido para ver cómo se repartió su trabajo entre los nodos worker de Citus.</translation>
    </message>
    <message>
        <source>This plan ran on PostgreSQL alone: no Citus worker took part.</source>
        <translation>Este plan lo ejecutó PostgreSQL por sí solo: no participó ningún nodo worker de Citus.</translation>
    </message>
    <message>
        <source>EXPLAIN does not show the tasks of this plan, so the workers that ran them are unknown.</source>
        <translation>EXPLAIN no muestra las tareas de este plan, así que no se sabe qué nodos worker las ejecutaron.</translation>
    </message>
    <message>
        <source>No times: the plan was explained without ANALYZE.</source>
        <translation>Sin tiempos: el plan se explicó sin ANALYZE.</translation>
    </message>
    <message>
        <source>No row counts: the plan was explained without ANALYZE.</source>
        <translation>Sin recuentos de filas: el plan se explicó sin ANALYZE.</translation>
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
        <translation>No se pudo comprobar el clúster: %1</translation>
    </message>
    <message>
        <source>Stop a Worker</source>
        <translation>Detener un nodo worker</translation>
    </message>
    <message>
        <source>Which worker should stop? Its server stops as if its machine were lost; its data stays, and Start It Again brings it back.</source>
        <translation>¿Qué nodo worker se detiene? Su servidor se detiene como si se perdiera su máquina; sus datos se quedan, y «Arrancarlo de nuevo» lo recupera.</translation>
    </message>
    <message>
        <source>ShardScope did not start this cluster: stop or start its workers where they run.</source>
        <translation>ShardScope no arrancó este clúster: detén o arranca sus nodos worker donde se ejecutan.</translation>
    </message>
    <message>
        <source>Checking the workers and the users' queries…</source>
        <translation>Comprobando los nodos worker y las consultas de los usuarios…</translation>
    </message>
    <message>
        <source>The cluster has no workers to stop.</source>
        <translation>El clúster no tiene nodos worker que detener.</translation>
    </message>
    <message>
        <source>%1 is not one of the servers ShardScope started for this cluster.</source>
        <translation>%1 no es uno de los servidores que ShardScope arrancó para este clúster.</translation>
    </message>
</context>
</TS>
