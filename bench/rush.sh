#!/usr/bin/env bash
# The opening rush: 50 municipalities' schemes open on the same day on one database, and 32
# connections post requests as citizens send them (bench/intake/post.lua), each to a municipality
# chosen at random. Compared with the same load on one municipality's scheme in the same run
# (rounds alternate the two): target, no request of the rush slower than 1.5 times the one
# municipality's p99. While the rush runs, PostgreSQL's wait events and ungranted locks are
# sampled every 0.25 s, to show whether requests wait on one row. Prints a Markdown table.
#   bench/rush.sh [ROUNDS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
rounds=${1:-3}
seconds=${2:-20}
connections=32
municipalities=50
source bench/web.sh

# Opening today in Amsterdam, where the window's dates are.
today=$(TZ=Europe/Amsterdam date +%F)
codes=()
for ((i = 1; i <= municipalities; i++)); do codes+=("$(printf 'GM%04d' $((9000 + i)))"); done
token=$(admin_token "${codes[@]}")
for code in "${codes[@]}"; do put_scheme "$token" "$code" "Gemeente $code" "$today"; done
all=$(IFS=,; echo "${codes[*]}")
one=${codes[0]}
url="http://127.0.0.1:$port"

# Warm-up, not counted, then statistics (see bench/intake.sh).
wrk -t 2 -c "$connections" -d "${warmup}s" -s bench/intake/post.lua "$url" -- "$all" "$year" 0 >/dev/null
psql_bench -qc "analyze"

# One row per sample, then per wait event of an active backend and per ungranted lock, with its count.
sample_sql="select 'sample', 1
  union all select 'wait ' || coalesce(wait_event_type || ':' || wait_event, 'running'), count(*) from pg_stat_activity
    where backend_type = 'client backend' and state = 'active' and pid <> pg_backend_pid() group by 1
  union all select 'lock ' || locktype || coalesce(':' || relation::regclass::text, '') || ':' || mode, count(*) from pg_locks
    where not granted group by 1;"
for ((round = 1; round <= rounds; round++)); do
  out=$(wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 30s --latency -s bench/intake/post.lua "$url" -- "$one" "$year" $((2 * round - 1)))
  wrk_round one "$out"
  touch "$WORK/sampling"
  (while [ -e "$WORK/sampling" ]; do echo "$sample_sql"; sleep 0.25; done | psql_bench -tA -F' ' >>"$WORK/samples") &
  sampler=$!
  out=$(wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 30s --latency -s bench/intake/post.lua "$url" -- "$all" "$year" $((2 * round)))
  rm "$WORK/sampling"; wait "$sampler"
  wrk_round rush "$out"
  awk '$1 == "max" { print $2 }' <<<"$out" >>"$WORK/rush.max"
  awk '$1 == "p99.9" { print $2 }' <<<"$out" >>"$WORK/rush.p999"
  paste -d' ' <(tail -n 1 "$WORK/rush.max") <(tail -n 1 "$WORK/one.p99") | awk '{ printf "%.2f\n", $1 / $2 }' >>"$WORK/slowest"
  paste -d' ' <(tail -n 1 "$WORK/rush.p99") <(tail -n 1 "$WORK/one.p99") | awk '{ printf "%.2f\n", $1 / $2 }' >>"$WORK/p99s"
  log "round $round: one municipality $(tail -n 1 "$WORK/one.rps") req/s, p99 $(tail -n 1 "$WORK/one.p99") ms;" \
    "$municipalities municipalities $(tail -n 1 "$WORK/rush.rps") req/s, p99 $(tail -n 1 "$WORK/rush.p99") ms, max $(tail -n 1 "$WORK/rush.max") ms"
done

# Per wait event or lock: the share of samples it was seen in, the backends it held on average and at most.
waits=$(awk '$1 == "sample" { n++; next } { key = $1 " " $2; seen[key]++; sum[key] += $3; if ($3 > most[key]) most[key] = $3 }
  END { for (k in seen) printf "| %s | %.0f %% | %.1f | %d |\n", k, 100 * seen[k] / n, sum[k] / n, most[k] }' "$WORK/samples" \
  | sort -t'|' -k4 -gr | head -n 12)
samples=$(grep -c '^sample' "$WORK/samples")
cat <<TABLE
| measure | runs | median |
|---|---|---|
| one municipality: requests per second ($connections connections, ${seconds} s) | $(runs "$WORK/one.rps") | $(median <"$WORK/one.rps") |
| one municipality: p99 latency, ms (baseline) | $(runs "$WORK/one.p99") | $(median <"$WORK/one.p99") |
| $municipalities municipalities: requests per second | $(runs "$WORK/rush.rps") | $(median <"$WORK/rush.rps") |
| $municipalities municipalities: p50 latency, ms | $(runs "$WORK/rush.p50") | $(median <"$WORK/rush.p50") |
| $municipalities municipalities: p99 latency, ms | $(runs "$WORK/rush.p99") | $(median <"$WORK/rush.p99") |
| $municipalities municipalities: p99.9 latency, ms | $(runs "$WORK/rush.p999") | $(median <"$WORK/rush.p999") |
| $municipalities municipalities: slowest request, ms | $(runs "$WORK/rush.max") | $(median <"$WORK/rush.max") |
| ratio p99, rush / one municipality | $(runs "$WORK/p99s") | $(median <"$WORK/p99s") |
| ratio slowest request of the rush / one municipality's p99 (target: at most 1.5) | $(runs "$WORK/slowest") | $(median <"$WORK/slowest") |
| answers other than 2xx (one, rush) | | $(cat "$WORK/one.errors"), $(cat "$WORK/rush.errors") |

What the database's active backends waited on during the rush ($samples samples; \`running\` is on a
core or waiting for one; a \`lock\` line is an ungranted lock, a row lock shows as \`transactionid\` or \`tuple\`):

| wait event or lock | seen in samples | backends, mean | backends, most |
|---|---|---|---|
$waits
TABLE
