#!/usr/bin/env bash
# Intake under load. wrk posts valid, distinct requests over 32 connections to a Release build of
# Web (Production settings, logging at Warning) for SECONDS; the baseline is pgbench writing the
# same rows in one transaction per request on the same database, over as many connections, in
# the same run. Rounds alternate the two. Prints a Markdown table with the medians.
#   bench/intake.sh [ROUNDS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
rounds=${1:-3}
seconds=${2:-20}
connections=32
ensure_postgres
command -v wrk >/dev/null || apt_install wrk

# Durable settings as in production (fsync on).
start_throwaway "-c max_connections=200"
log "PostgreSQL on 127.0.0.1:$PG_PORT"
web_pid=""
cleanup() {
  [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null && wait "$web_pid" 2>/dev/null
  stop_throwaway
}
trap cleanup EXIT

dotnet build src/Web -c Release -v quiet -nologo >&2
web=src/Web/bin/Release/net10.0/Waardering.Web.dll
key=$(head -c 32 /dev/urandom | base64)
export Auth__SigningKey=$key
export ConnectionStrings__Waardering="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Maximum Pool Size=64"
port=$(free_port)
# The load comes from one client address: its rate limits are lifted, so the bench measures intake.
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning \
  Links__PublicBaseUrl="http://127.0.0.1:$port" \
  RateLimits__PerClientPermitLimit=1000000000 RateLimits__SubmissionsPerClientPermitLimit=1000000000 \
  Privacy__EncryptionKey="$(head -c 32 /dev/urandom | base64)" Privacy__HashKey="$(head -c 32 /dev/urandom | base64)" \
  dotnet "$web" >"$WORK/web.log" 2>&1 &
web_pid=$!
wait_http "http://127.0.0.1:$port/health" 60 || { log "Web did not start:"; tail -n 30 "$WORK/web.log" >&2; exit 1; }

year=$(date +%Y)
# Signed with this run's Auth__SigningKey; the token command works only in Development.
admin=$(ASPNETCORE_ENVIRONMENT=Development dotnet "$web" token --role admin --name bench --municipality GM0402)
curl -fsS -o /dev/null -X PUT "http://127.0.0.1:$port/api/schemes/GM0402/$year" -H "Authorization: Bearer $admin" \
  -H 'Content-Type: application/json' -d "{\"municipalityName\":\"Hilversum\",\"opensOn\":\"$year-01-01\",\"closesOn\":\"$year-12-31\",
  \"baseAmountCents\":15000,\"maxCaregivers\":3,\"splitMode\":\"perRequest\",\"payoutMode\":\"rolling\",\"floorAmountCents\":5000,
  \"stepCents\":100,\"whoMayApply\":\"both\",\"postcodeRanges\":[]}"
scheme_id=$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select id from schemes where municipality_code = 'GM0402'")

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f\n", v }'; }

# Warm-up, not counted: the JIT compiles the hot paths (tiered compilation settles after some
# thousands of requests), the pools fill and the statements are prepared.
wrk -t 2 -c "$connections" -d 15s -s bench/intake/post.lua "http://127.0.0.1:$port" -- GM0402 "$year" warmup >/dev/null
# Statistics, as autovacuum gathers them within its first minute on a new database: until then
# PostgreSQL keeps the plans it made for the service's prepared statements while the tables were
# empty, and the check for an earlier request of the recipient scans the table (3 ms instead of
# 0.2 ms per request at 10,000 rows). A database in service has them from its earlier seasons.
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "analyze"
: >"$WORK/web.rps"; : >"$WORK/web.p50"; : >"$WORK/web.p99"; : >"$WORK/pg.tps"; errors=0
for ((round = 1; round <= rounds; round++)); do
  out=$(wrk -t 2 -c "$connections" -d "${seconds}s" --latency -s bench/intake/post.lua "http://127.0.0.1:$port" -- GM0402 "$year" "r$round")
  awk '/^Requests\/sec:/ { print $2 }' <<<"$out" >>"$WORK/web.rps"
  awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms >>"$WORK/web.p50"
  awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms >>"$WORK/web.p99"
  errors=$((errors + $(awk '/Non-2xx/ { print $5 }' <<<"$out" | grep . || echo 0)))
  "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$connections" -j 2 -T "$seconds" \
    -D scheme_id="$scheme_id" -f bench/intake/baseline.sql postgres 2>"$WORK/pgbench.err" \
    | awk '/^tps = / { print $3 }' >>"$WORK/pg.tps" || { cat "$WORK/pgbench.err" >&2; exit 1; }
  log "round $round: web $(tail -n 1 "$WORK/web.rps") req/s, pgbench $(tail -n 1 "$WORK/pg.tps") tps"
done

rps=$(median <"$WORK/web.rps"); tps=$(median <"$WORK/pg.tps")
cat <<TABLE
| measure | runs | median |
|---|---|---|
| Web: requests per second ($connections connections, ${seconds} s) | $(paste -sd, "$WORK/web.rps" | sed 's/,/, /g') | $rps |
| Web: p50 latency, ms | $(paste -sd, "$WORK/web.p50" | sed 's/,/, /g') | $(median <"$WORK/web.p50") |
| Web: p99 latency, ms | $(paste -sd, "$WORK/web.p99" | sed 's/,/, /g') | $(median <"$WORK/web.p99") |
| pgbench: the same rows, transactions per second (baseline) | $(paste -sd, "$WORK/pg.tps" | sed 's/,/, /g') | $tps |
| ratio Web / baseline | | $(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.2f", a / b }') |
| answers other than 2xx | | $errors |
TABLE
