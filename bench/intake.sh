#!/usr/bin/env bash
# Intake under load. wrk posts valid, distinct requests as citizens send them (a BSN, an
# Idempotency-Key) over 32 connections to a Release build of Web (Production settings, logging at
# Warning) for SECONDS; the baseline is pgbench writing the same rows in one transaction per
# request on the same database, over as many connections, in the same run. Rounds alternate the
# two. Fails when the two do not write the same tables and rows per request. Prints a Markdown
# table with the medians.
#   bench/intake.sh [ROUNDS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
rounds=${1:-3}
seconds=${2:-20}
connections=32
source bench/web.sh

put_scheme "$(admin_token GM0402)" GM0402 Hilversum
scheme_id=$(psql_bench -tAc "select id from schemes where municipality_code = 'GM0402'")

# Warm-up, not counted: the JIT compiles the hot paths (tiered compilation settles after some
# thousands of requests), the pools fill and the statements are prepared.
wrk -t 2 -c "$connections" -d "${warmup}s" -s bench/intake/post.lua "http://127.0.0.1:$port" -- GM0402 "$year" 0 >/dev/null
# Statistics, as autovacuum gathers them within its first minute on a new database: until then
# PostgreSQL keeps the plans it made for the service's prepared statements while the tables were
# empty, and the check for an earlier request of the recipient scans the table (3 ms instead of
# 0.2 ms per request at 10,000 rows). A database in service has them from its earlier seasons.
psql_bench -qc "analyze"
for ((round = 1; round <= rounds; round++)); do
  [ "$round" -eq 1 ] && table_rows >"$WORK/rows.0" && psql_bench -qAtc "select pg_stat_statements_reset()" >/dev/null
  cpu0=$(cpu_now)
  out=$(wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 30s --latency -s bench/intake/post.lua "http://127.0.0.1:$port" -- GM0402 "$year" "$round")
  wrk_round web "$out"
  cpu1=$(cpu_now)
  if [ "$round" -eq 1 ]; then
    table_rows >"$WORK/rows.1"
    web_requests=$(( $(awk '$1 == "requests" { print $2 }' "$WORK/rows.1") - $(awk '$1 == "requests" { print $2 }' "$WORK/rows.0") ))
    web_cpu=$(cpu_per_request "$cpu0" "$cpu1" "$web_requests")
    log "statements per request, Web:"
    web_statements=$(statements_per_request "$web_requests")
    psql_bench -qAtc "select pg_stat_statements_reset()" >/dev/null
  fi
  # Each transaction's latency is logged (microseconds, third column) for the baseline's p99.
  rm -f "$WORK"/pglog*
  cpu2=$(cpu_now)
  "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$connections" -j 2 -T "$seconds" -l --log-prefix="$WORK/pglog" \
    -D scheme_id="$scheme_id" -f bench/intake/baseline.sql postgres 2>"$WORK/pgbench.err" \
    | awk '/^tps = / { print $3 }' >>"$WORK/pg.tps" || { cat "$WORK/pgbench.err" >&2; exit 1; }
  cpu3=$(cpu_now)
  cat "$WORK"/pglog* | awk '{ print $3 / 1000 }' | sort -g | awk '{ v[NR] = $1 } END { printf "%.1f\n", v[int(NR * 0.99 + 0.5)] }' >>"$WORK/pg.p99"
  if [ "$round" -eq 1 ]; then
    table_rows >"$WORK/rows.2"
    log "statements per request, pgbench:"
    pg_requests=$(( $(awk '$1 == "requests" { print $2 }' "$WORK/rows.2") - $(awk '$1 == "requests" { print $2 }' "$WORK/rows.1") ))
    pg_statements=$(statements_per_request "$pg_requests")
    pg_cpu=$(cpu_per_request "$cpu2" "$cpu3" "$pg_requests")
    web_rows=$(rows_per_request "$WORK/rows.0" "$WORK/rows.1")
    pg_rows=$(rows_per_request "$WORK/rows.1" "$WORK/rows.2")
    log "rows per request: web $web_rows; pgbench $pg_rows"
    [ "$web_rows" = "$pg_rows" ] || { log "Web and pgbench write different rows per request"; exit 1; }
  fi
  log "round $round: web $(tail -n 1 "$WORK/web.rps") req/s, p99 $(tail -n 1 "$WORK/web.p99") ms;" \
    "pgbench $(tail -n 1 "$WORK/pg.tps") tps, p99 $(tail -n 1 "$WORK/pg.p99") ms"
done

rps=$(median <"$WORK/web.rps"); tps=$(median <"$WORK/pg.tps"); p99=$(median <"$WORK/web.p99"); pg_p99=$(median <"$WORK/pg.p99")
cat <<TABLE
| measure | runs | median |
|---|---|---|
| Web: requests per second ($connections connections, ${seconds} s) | $(runs "$WORK/web.rps") | $rps |
| Web: p50 latency, ms | $(runs "$WORK/web.p50") | $(median <"$WORK/web.p50") |
| Web: p99 latency, ms | $(runs "$WORK/web.p99") | $p99 |
| pgbench: the same rows, transactions per second (baseline) | $(runs "$WORK/pg.tps") | $tps |
| pgbench: p99 latency, ms | $(runs "$WORK/pg.p99") | $pg_p99 |
| ratio Web / baseline, requests per second (target: at least 0.8) | | $(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.2f", a / b }') |
| ratio Web / baseline, p99 (target: at most 2) | | $(awk -v a="$p99" -v b="$pg_p99" 'BEGIN { printf "%.2f", a / b }') |
| answers other than 2xx | | $(cat "$WORK/web.errors") |

Rows written per request, Web and pgbench alike: $web_rows. Statements PostgreSQL ran per request
(pg_stat_statements, first round): Web $web_statements, pgbench $pg_statements. CPU per request in the
first round, ms: Web's process $(cut -d' ' -f1 <<<"$web_cpu") and PostgreSQL $(cut -d' ' -f2 <<<"$web_cpu") while Web ran;
PostgreSQL $(cut -d' ' -f2 <<<"$pg_cpu") while pgbench ran (pgbench's own not counted).
TABLE
