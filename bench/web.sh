# Shared by bench/intake.sh and bench/rush.sh (sourced, after scripts/lib.sh): a throwaway
# PostgreSQL with durable settings, a Release build of Web started against it with Production
# settings, and the helpers that read wrk's and pgbench's output.
ensure_postgres
ensure_wrk

# Durable settings as in production (fsync on); pg_stat_statements counts the statements per request.
start_throwaway "-c max_connections=200 -c shared_preload_libraries=pg_stat_statements"
log "PostgreSQL on 127.0.0.1:$PG_PORT"
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create extension pg_stat_statements"
web_pid=""
cleanup() {
  [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null && wait "$web_pid" 2>/dev/null
  stop_throwaway
}
trap cleanup EXIT

dotnet build src/Web -c Release -v quiet -nologo >&2
web=src/Web/bin/Release/net10.0/Waardering.Web.dll
export Auth__SigningKey=$(head -c 32 /dev/urandom | base64)
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
# The warm-up before the counted rounds (see bench/intake.sh): 15 s, shorter in a smoke run.
warmup=$(( seconds < 15 ? seconds : 15 ))

psql_bench() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -v ON_ERROR_STOP=1 "$@"; }

# admin_token CODE...: a bearer token of an admin of these municipalities, signed with this run's
# Auth__SigningKey (the token command works only in Development).
admin_token() {
  ASPNETCORE_ENVIRONMENT=Development dotnet "$web" token --role admin --name bench $(printf -- '--municipality %s ' "$@")
}

# put_scheme TOKEN CODE NAME [OPENS_ON]: a scheme as Hilversum's (EUR 150, rolling payout) for this year.
put_scheme() {
  local token=$1 code=$2 name=$3 opens=${4:-$year-01-01}
  curl -fsS -o /dev/null -X PUT "http://127.0.0.1:$port/api/schemes/$code/$year" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"municipalityName\":\"$name\",\"opensOn\":\"$opens\",\"closesOn\":\"$year-12-31\",
    \"baseAmountCents\":15000,\"maxCaregivers\":3,\"splitMode\":\"perRequest\",\"payoutMode\":\"rolling\",\"floorAmountCents\":5000,
    \"stepCents\":100,\"whoMayApply\":\"both\",\"postcodeRanges\":[]}"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f\n", v }'; }
runs() { paste -sd, "$1" | sed 's/,/, /g'; }
# wrk_round NAME OUTPUT: appends requests per second, p50 and p99 (ms) of wrk's --latency OUTPUT
# to $WORK/NAME.rps, .p50 and .p99, and adds its answers other than 2xx to $WORK/NAME.errors.
wrk_round() {
  local name=$1 out=$2
  awk '/^Requests\/sec:/ { print $2 }' <<<"$out" >>"$WORK/$name.rps"
  awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms >>"$WORK/$name.p50"
  awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms >>"$WORK/$name.p99"
  echo $(( $(cat "$WORK/$name.errors" 2>/dev/null || echo 0) + $(awk '/Non-2xx/ { n += $NF } /Socket errors/ { for (i = 3; i <= NF; i++) n += $i + 0 } END { print n + 0 }' <<<"$out") )) \
    >"$WORK/$name.errors"
}

# table_rows: every table of the service's schema with its number of rows, one "name count" a line.
table_rows() {
  psql_bench -tAF' ' -c "select string_agg(format('select %L, count(*) from %I', relname, relname), ' union all ')
    from pg_stat_user_tables where schemaname = 'public'" | psql_bench -tAF' ' | sort
}
# rows_per_request BEFORE AFTER: the tables that grew between two table_rows, each with the rows it
# gained per request stored ("audit_events 1, ..., requests 1").
rows_per_request() {
  join "$1" "$2" | awk '$3 > $2 { d[$1] = $3 - $2 } END { for (t in d) printf "%s %g\n", t, d[t] / d["requests"] }' \
    | sort | paste -sd, | sed 's/,/, /g'
}

# statements_per_request REQUESTS: how many statements PostgreSQL ran since pg_stat_statements_reset(),
# per request; the ten most called, with their calls per request and mean time, go to the log.
statements_per_request() {
  local where="query not like '%pg_stat_statements%' and query not like 'select string_agg(format(%'"
  psql_bench -tAF' ' -c "select round(calls::numeric / $1, 2), round(mean_exec_time::numeric, 3) || ' ms',
    left(regexp_replace(query, '\s+', ' ', 'g'), 90) from pg_stat_statements where $where order by calls desc limit 10" >&2
  psql_bench -tAc "select round(sum(calls)::numeric / $1, 1) from pg_stat_statements where $where"
}

# cpu_ticks PID: the CPU time of a process and of its children, running and ended, in clock ticks.
cpu_ticks() {
  local total child
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat")
  # A backend may end between pgrep and the read: it then counts as nothing.
  for child in $(pgrep -P "$1"); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
# The CPU time of Web and of PostgreSQL (the postmaster and its backends), "web postgres", in ticks.
cpu_now() { echo "$(cpu_ticks "$web_pid") $(cpu_ticks "$(head -n 1 "$PG_DATA/postmaster.pid")")"; }
# cpu_per_request BEFORE AFTER REQUESTS: milliseconds of CPU per request, "web postgres".
cpu_per_request() {
  awk -v a="$1" -v b="$2" -v n="$3" -v hz="$(getconf CLK_TCK)" 'BEGIN { split(a, x, " "); split(b, y, " ");
    printf "%.2f %.2f\n", (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n }'
}
