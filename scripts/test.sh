#!/usr/bin/env bash
# Runs every test of Waardering.sln against a real PostgreSQL and a real SMTP receiver, both
# started here on free loopback ports and removed afterwards. Extra arguments go to `dotnet test`.
# The last line printed is the summary: "N passed, N failed" (", N skipped" when any).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

started=$(date +%s)
ensure_postgres
ensure_aiosmtpd
ensure_chromium
ensure_kill
ensure_axe
ensure_nlds
ensure_fonts

cleanup() {
  local status=$?
  if [ $status -ne 0 ] && [ -f "${PG_DATA:-}/server.log" ]; then
    log "PostgreSQL log (last lines):"
    tail -n 30 "$PG_DATA/server.log" >&2 || true
  fi
  stop_throwaway
}
trap cleanup EXIT

# A throwaway cluster: durability settings off for speed; many connections for parallel tests.
pg_options="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400"
start_throwaway "$pg_options"
# The fault tests stop and start this cluster during load; they call this script to do it.
cat >"$WORK/pg-control.sh" <<EOF
set -euo pipefail
source "$PWD/scripts/lib.sh"
PG_BIN="$PG_BIN"
case "\$1" in
  stop) stop_postgres "$PG_DATA" ;;
  start) start_postgres "$PG_DATA" "$PG_PORT" "$pg_options" ;;
esac
EOF
results="$WORK/results"
smtp_port=$(free_port)
start_smtp "$smtp_port" "$WORK/mail"
log "PostgreSQL on 127.0.0.1:$PG_PORT, SMTP receiver on 127.0.0.1:$smtp_port"

export WAARDERING_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
export WAARDERING_TEST_SMTP_HOST=127.0.0.1
export WAARDERING_TEST_SMTP_PORT=$smtp_port
export WAARDERING_TEST_MAILDIR="$WORK/mail"
export WAARDERING_TEST_CHROMIUM="$CHROMIUM"
export WAARDERING_TEST_AXE="$AXE"
# Every page the browser tests check is saved here as a PNG, to look at as a citizen would.
export WAARDERING_TEST_SCREENSHOTS="${WAARDERING_TEST_SCREENSHOTS:-$PWD/.local/screenshots}"
export WAARDERING_TEST_PG_CONTROL="$WORK/pg-control.sh"

# Build once, then run each test project with a TRX file of its own name (one shared name per
# second could overwrite another project's results).
set +e
dotnet build Waardering.sln >&2
test_status=$?
if [ $test_status -eq 0 ]; then
  for project in tests/*/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" >&2 || test_status=$?
  done
fi
set -e

# Sum the counters of every TRX file: one per test project.
# The failed tests' names and the first lines of their messages go to stderr and, when
# WAARDERING_TEST_FAILURES names a file, into it: .ci/run repeats them beside its last line.
failures="${WAARDERING_TEST_FAILURES:-$WORK/failures.txt}"
read -r passed failed skipped total < <(/usr/bin/python3 - "$results" "$failures" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = s = t = 0
lines = []
for path in glob.glob(sys.argv[1] + "/*.trx"):
    root = ET.parse(path).getroot()
    for r in root.findall(".//{*}UnitTestResult"):
        if r.get("outcome") not in ("Passed", "NotExecuted"):
            message = r.find(".//{*}Message")
            text = (message.text or "").strip().splitlines() if message is not None else []
            lines.append(f"FAILED {r.get('testName')}: {' / '.join(text[:3])[:400]}")
    c = root.find(".//{*}Counters")
    if c is None:
        continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    s += int(c.get("notExecuted", 0)); t += int(c.get("total", 0))
with open(sys.argv[2], "w") as out:
    out.writelines(line + "\n" for line in lines)
sys.stderr.writelines(line + "\n" for line in lines)
print(p, f, s, t)
PY
)

log "Tests took $(( $(date +%s) - started )) s in all"
if [ "$total" -eq 0 ] || { [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  # The build failed or a test host crashed: no honest count of passes exists.
  failed=$((failed + 1))
  echo "FAILED the build or a test host (exit $test_status, no failed test in the results)" | tee -a "$failures" >&2
fi
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
