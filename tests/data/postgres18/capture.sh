#!/bin/bash
# Runs inside the sid root as root: a throwaway PostgreSQL 18 server, the statements in four formats.
set -euo pipefail
bin=/usr/lib/postgresql/18/bin
out=/capture/out; mkdir -p $out; chown postgres $out
rm -rf /tmp/pgdata; mkdir -p /tmp/pgdata; chown postgres /tmp/pgdata
runuser -u postgres -- $bin/initdb -D /tmp/pgdata -A trust >/dev/null
runuser -u postgres -- $bin/pg_ctl -D /tmp/pgdata -o "-p 5499 -k /tmp -c listen_addresses=''" -w start >/dev/null
trap 'runuser -u postgres -- $bin/pg_ctl -D /tmp/pgdata -m immediate stop >/dev/null' EXIT
psql="runuser -u postgres -- psql -X -q -h /tmp -p 5499 -d postgres -v ON_ERROR_STOP=1"
$psql -q -f /capture/capture.sql
$psql -At -c "SELECT version()" > $out/version.txt
while IFS='|' read -r name options sql; do
  for format in TEXT JSON YAML XML; do
    opts="${options:+$options, }FORMAT $format"
    pre=""; post=""
    [[ $name == disabled ]] && pre="SET enable_seqscan = off;"
    [[ $name == jit ]] && pre="SET jit = on; SET jit_above_cost = 0; SET jit_inline_above_cost = 0; SET jit_optimize_above_cost = 0;"
    [[ $name == wal ]] && { pre="BEGIN;"; post="ROLLBACK;"; }
    lower=$(echo $format | tr A-Z a-z)
    if [[ $format == TEXT ]]; then
      $psql -c "$pre" -c "EXPLAIN ($opts) $sql" ${post:+-c "$post"} > $out/pg18__$name.$lower.raw 2>&1 || true
    else
      $psql -At -c "$pre" -c "EXPLAIN ($opts) $sql" ${post:+-c "$post"} > $out/pg18__$name.$lower.raw 2>&1 || true
    fi
  done
done < /capture/statements.txt
