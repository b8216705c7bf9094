#!/usr/bin/env bash
# The classroom's story through the real command line, on a real engine:
#   up (2 workers) -> tutorial -> the worker holding user 1 is lost -> explain names it
#   (user 2 still runs) -> the worker comes back -> up --workers 3 (scale out)
#   -> cluster: 3 of 3 reachable -> down (with the data) -> nothing of it is left.
#
#   end_to_end.sh docker SHARDSCOPE COMPOSE_DIR    a Docker engine and Compose (v1 or v2,
#                                                  whichever the app finds)
#   end_to_end.sh local SHARDSCOPE                 local servers; needs Citus installed
#
# Exit status 0 passed, 1 failed, 77 skipped after "SKIP: <why>" (CTest's SKIP_RETURN_CODE).
# Every wait has its own bound (the app's --timeout inside the script's, so that the app says
# what it was waiting for); whatever ends the script, what it started is removed.
set -uo pipefail

mode=${1:?mode: docker or local}
shardscope=${2:?path of the shardscope executable}
compose_source=${3:-}

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
step() { echo "== $(date +%T) $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/shardscope-e2e-XXXXXX")
# English messages whatever the machine's language, so that they can be matched.
cli() { timeout "$1" "$shardscope" "${@:2}" --lang en; }

# A loopback port with nothing listening, from a range the other tests do not use.
free_port() {
    local port
    for port in $(seq "$1" $(($1 + 80))); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
    done
    return 1
}

# --- What each engine does differently -------------------------------------------------------

project=postgres_sharding
docker_ids() { docker "$1" ls -q${2:+a} --filter "label=com.docker.compose.project=$project" 2>/dev/null; }

docker_requirements() {
    command -v docker >/dev/null || skip "docker is not installed (Debian: docker.io)"
    timeout 20 docker info >/dev/null 2>&1 \
        || skip "no Docker engine answers (start dockerd, or point DOCKER_HOST at one)"
    # The image CI builds offline (the app's default, citusdata/citus:14.1.0, would be
    # pulled): exported, so that every shardscope below runs it, as CITUS_IMAGE wins.
    export CITUS_IMAGE=${CITUS_IMAGE:-citusdata/citus:13.2.0-pg15}
    timeout 20 docker image inspect "$CITUS_IMAGE" >/dev/null 2>&1 || skip "the image $CITUS_IMAGE is not here"
    [[ -z $(docker_ids container a) ]] \
        || skip "a compose project named $project exists on this engine already: it is left alone"
    # The app prefers the Compose v2 plugin, as this does.
    echo "Compose: $(docker compose version 2>/dev/null || docker-compose version 2>/dev/null | head -1)"
    cp "$compose_source/docker-compose.yml" "$work/"
    where=(--mode docker --compose-dir "$work")
}
docker_worker_for_node() { echo "${1%%:*}"; }            # worker2:5432 -> worker2
docker_container() {
    docker ps -aq --filter "label=com.docker.compose.project=$project" \
                  --filter "label=com.docker.compose.service=$1"
}
docker_stop_worker() { timeout 60 docker stop "$(docker_container "$1")" >/dev/null; }
docker_start_worker() { timeout 60 docker start "$(docker_container "$1")" >/dev/null; }
docker_leftovers() {
    echo "$(docker_ids container a) $(docker_ids volume) $(docker_ids network)" | xargs
}
docker_remove_leftovers() {
    local ids
    ids=$(docker_ids container a); [[ -z $ids ]] || docker rm -f $ids >/dev/null 2>&1
    ids=$(docker_ids volume); [[ -z $ids ]] || docker volume rm -f $ids >/dev/null 2>&1
    ids=$(docker_ids network); [[ -z $ids ]] || docker network rm $ids >/dev/null 2>&1
}

local_requirements() {
    # As the app: SHARDSCOPE_PG_BINDIR, else the newest of Debian's PostgreSQL versions.
    local bindir=${SHARDSCOPE_PG_BINDIR:-}
    [[ -n $bindir ]] || bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [[ -n $bindir && -x $bindir/initdb ]] || skip "PostgreSQL's server programs are not installed (Debian: postgresql-15)"
    local sharedir
    sharedir=$("$bindir/pg_config" --sharedir 2>/dev/null || echo "/usr/share/postgresql/${bindir//[^0-9]/}")
    [[ -f $sharedir/extension/citus.control ]] \
        || skip "Citus is not installed for $("$bindir/postgres" --version) (https://docs.citusdata.com/en/stable/installation/)"
    # The servers run as the postgres user when we are root: it must reach the directory.
    [[ $(id -u) -ne 0 ]] || chmod 755 "$work"
    where=(--mode local --data-dir "$work/cluster")
}
# 127.0.0.1:9702 -> worker2, by the port each server's settings hold
local_worker_for_node() {
    local file
    file=$(grep -lx "port = ${1##*:}" "$work"/cluster/worker*/shardscope.conf "$work"/cluster/worker*/postgresql.conf 2>/dev/null | head -1)
    [[ -n $file ]] && basename "$(dirname "$file")"
}
local_stop_worker() {
    local pid
    pid=$(head -1 "$work/cluster/$1/postmaster.pid") && kill -INT "$pid" || return 1
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    return 1
}
# up starts what is stopped and adds nothing twice.
local_start_worker() { cli 330 up "${where[@]}" --workers 2 --port "$port" --timeout 300 >/dev/null; }
local_leftovers() {
    local pidfile
    for pidfile in "$work"/cluster/*/postmaster.pid; do
        [[ -f $pidfile ]] && kill -0 "$(head -1 "$pidfile")" 2>/dev/null && echo "$pidfile"
    done
    # The folder is the user's: down empties it and leaves it.
    [[ -z $(ls -A "$work/cluster" 2>/dev/null) ]] || echo "$work/cluster:" $(ls -A "$work/cluster")
}
local_remove_leftovers() {
    local pidfile
    for pidfile in "$work"/cluster/*/postmaster.pid; do
        [[ -f $pidfile ]] && kill -QUIT "$(head -1 "$pidfile")" 2>/dev/null
    done
}

case $mode in
    docker) [[ -n $compose_source ]] || fail "docker mode needs the compose directory" ;;
    local) ;;
    *) fail "mode must be docker or local" ;;
esac

cleanup() {
    timeout 120 "$shardscope" down "${where[@]}" --volumes >/dev/null 2>&1
    "${mode}_remove_leftovers"
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

"${mode}_requirements"
case $mode in
    docker) port=$(free_port 9710) ;;
    local) port=$(free_port 9810) ;;
esac
[[ -n $port ]] || skip "no free loopback port"

# --- The story -------------------------------------------------------------------------------

step "up: coordinator on 127.0.0.1:$port and 2 workers"
cli 330 up "${where[@]}" --workers 2 --port "$port" --timeout 300 >"$work/up.out" 2>"$work/up.err" \
    || fail "up failed: $(cat "$work/up.err")"
dsn=$(tail -1 "$work/up.out")
echo "$dsn"

step "tutorial"
cli 300 tutorial --dsn "$dsn" --out "$work/tutorial" >"$work/tutorial.out" 2>&1 \
    || fail "tutorial failed: $(cat "$work/tutorial.out")"
cat "$work/tutorial.out"
node_of() { sed -n "s/^ *user $1 → shard [0-9]* on \(.*\)$/\1/p" "$work/tutorial.out" | head -1; }
node1=$(node_of 1)
node2=$(node_of 2)
[[ -n $node1 && -n $node2 ]] || fail "the tutorial did not say where users 1 and 2 went"
lost=$("${mode}_worker_for_node" "$node1")
[[ -n $lost ]] || fail "no worker of this cluster is $node1"

step "the worker of user 1 ($node1, $lost) is lost"
"${mode}_stop_worker" "$lost" || fail "could not stop $lost"
query="SELECT * FROM activity_log WHERE user_id = 1"
status=0
cli 120 explain --dsn "$dsn" "$query" >"$work/explain1.out" 2>"$work/explain1.err" || status=$?
cat "$work/explain1.err"
[[ $status -eq 2 ]] || fail "explain for user 1 with its worker stopped ended with $status, not 2"
grep -q "$node1" "$work/explain1.err" || fail "explain's error does not name the worker $node1"
if [[ $node2 != "$node1" ]]; then
    cli 120 explain --dsn "$dsn" "SELECT * FROM activity_log WHERE user_id = 2" >/dev/null 2>"$work/explain2.err" \
        || fail "user 2's query failed while only user 1's worker was down: $(cat "$work/explain2.err")"
fi
cli 120 cluster --dsn "$dsn" >"$work/cluster-lost.out" 2>&1
cat "$work/cluster-lost.out"
grep -q "Workers: 1 of 2 reachable" "$work/cluster-lost.out" || fail "cluster does not show the lost worker"

step "$lost comes back"
"${mode}_start_worker" "$lost" || fail "could not start $lost again"
back=0
for _ in $(seq 60); do
    cli 30 explain --dsn "$dsn" "$query" >/dev/null 2>&1 && { back=1; break; }
    sleep 1
done
[[ $back -eq 1 ]] || fail "user 1's query still fails 60 s after $lost came back"

step "scale out: up --workers 3"
cli 330 up "${where[@]}" --workers 3 --port "$port" --timeout 300 >"$work/up3.out" 2>"$work/up3.err" \
    || fail "up --workers 3 failed: $(cat "$work/up3.err")"
cli 120 cluster --dsn "$dsn" >"$work/cluster.out" 2>&1 || fail "cluster failed: $(cat "$work/cluster.out")"
cat "$work/cluster.out"
grep -q "Workers: 3 of 3 reachable" "$work/cluster.out" || fail "cluster does not show 3 of 3 workers reachable"

step "down, with the data"
cli 300 down "${where[@]}" --volumes >"$work/down.out" 2>&1 || fail "down failed: $(cat "$work/down.out")"
left=$("${mode}_leftovers")
[[ -z $left ]] || fail "left behind after down: $left"
echo "PASS: $mode end to end"
