#!/usr/bin/env bash
# Runs every benchmark, each against its baseline in the same run, and writes the tables with the
# machine they ran on to bench/RESULTS.md (and prints them). Takes about 15 minutes.
#   bench/run.sh            the full run: 3 rounds each, the sizes of the issues
#   bench/run.sh --smoke    a small, quick run that only shows every benchmark works
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
if [ "${1:-}" = "--smoke" ]; then
  intake=(1 3); mail=(200 1); budget=(20000 3); payouts=(2000 1); out=$(mktemp)
  rush=(1 3); close=(2000 1)
else
  intake=(3 20); mail=(10000 3); budget=(1000000 15); payouts=(100000 3); out=bench/RESULTS.md
  rush=(3 20); close=(100000 5)
fi

machine="$(. /etc/os-release && echo "$PRETTY_NAME"), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
ensure_postgres
postgres=$("$PG_BIN/postgres" --version | awk '{ print $3 }')
log "Intake (wrk against pgbench)"
intake_table=$(bash bench/intake.sh "${intake[@]}")
log "Opening rush (50 municipalities against one)"
rush_table=$(bash bench/rush.sh "${rush[@]}")
log "Mail (outbox against a bare MailKit loop)"
mail_table=$(bash bench/mail.sh "${mail[@]}")
log "Recompute and report (against count(*))"
budget_table=$(bash bench/budget.sh "${budget[@]}")
log "After-close finalization (against count(*))"
close_table=$(bash bench/close.sh "${close[@]}")
log "Payout file"
payouts_table=$(bash bench/payouts.sh "${payouts[@]}")

# cell TABLE LABEL N: the N-th cell from the end (1 = the last) of the table's first row whose label
# holds LABEL, without spaces or bold marks; "?" when there is none (a benchmark that changed its table).
cell() {
  awk -F'|' -v label="$2" -v n="$3" 'index($2, label) > 0 { v = $(NF - n); gsub(/^ +| +$|\*/, "", v); print v; found = 1; exit }
    END { if (!found) print "?" }' <<<"$1"
}
# meets VALUE OP LIMIT: "yes" when VALUE OP LIMIT holds (OP is <=, >= or <), else "no".
meets() {
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { if (v == "?") { print "?"; exit } v += 0; l += 0
    print ((op == "<=" ? v <= l : op == ">=" ? v >= l : v < l) ? "yes" : "**no**") }'
}
# target_row NAME MEASURED BASELINE RATIO OP LIMIT [VALUE]: one row of the targets' table; the
# target holds for the ratio, or for VALUE when given (an absolute target).
target_row() {
  local shown; case "$5" in "<=") shown="≤" ;; ">=") shown="≥" ;; *) shown="$5" ;; esac
  echo "| $1 | $2 | $3 | $4 | $shown $6 | $(meets "${7:-$4}" "$5" "$6") |"
}
intake_rate=$(cell "$intake_table" "ratio Web / baseline, requests" 1)
intake_p99=$(cell "$intake_table" "ratio Web / baseline, p99" 1)
slowest_panel=$(cell "$budget_table" "slowest dashboard panel" 1)
recompute=$(cell "$budget_table" "amount recompute** (target" 1)
build_s=$(cell "$payouts_table" "build the batch, s" 1)
file_s=$(cell "$payouts_table" "write the pain.001 file, s" 1)
peak_mb=$(cell "$payouts_table" "peak working set of build and file" 1)
targets_table=$(cat <<TARGETS
| benchmark | measured (median) | baseline in the same run (median) | ratio | target | reached |
|---|---|---|---|---|---|
$(target_row "intake: requests per second" "$(cell "$intake_table" "Web: requests per second" 1)" "pgbench $(cell "$intake_table" "pgbench: the same rows, transactions" 1) tps" "$intake_rate" ">=" 0.8)
$(target_row "intake: p99 latency, ms" "$(cell "$intake_table" "Web: p99 latency" 1)" "pgbench $(cell "$intake_table" "pgbench: p99 latency" 1)" "$intake_p99" "<=" 2)
$(target_row "opening rush: slowest request, ms" "$(cell "$rush_table" "municipalities: slowest" 1)" "one municipality's p99 $(cell "$rush_table" "one municipality: p99" 1)" "$(cell "$rush_table" "ratio slowest request" 1)" "<=" 1.5)
$(target_row "mail: mails per second" "$(cell "$mail_table" "outbox dispatch" 1)" "bare MailKit $(cell "$mail_table" "bare MailKit loop" 1)" "$(cell "$mail_table" "ratio outbox" 1)" ">=" 0.95)
$(target_row "amount recompute, ms" "$(cell "$budget_table" "amount recompute** (target" 2)" "count(*) $(cell "$budget_table" "select count(*) from requests" 2)" "$recompute" "<=" 2)
$(target_row "dashboard: slowest panel, ms" "$(cell "$budget_table" "slowest dashboard panel" 2)" "count(*) $(cell "$budget_table" "select count(*) from requests" 2)" "$slowest_panel" "<=" 2)
$(target_row "after-close finalization, ms" "$(cell "$close_table" "after-close finalization" 2)" "count(*) $(cell "$close_table" "select count(*) over" 2)" "$(cell "$close_table" "after-close finalization" 1)" "<=" 5)
$(target_row "payout batch: build, s" "$build_s" "floor $(cell "$payouts_table" "floor of the build" 1) s" "$(cell "$payouts_table" "ratio build" 1)" "<" "1 s" "$build_s")
$(target_row "payout batch: file, s" "$file_s" "floor $(cell "$payouts_table" "floor of the file" 1) s" "$(cell "$payouts_table" "ratio file" 1)" "<" "1 s" "$file_s")
$(target_row "payout batch: peak working set, MB" "$peak_mb" "" "" "<" "64 MB" "$peak_mb")
TARGETS
)

cat >"$out" <<RESULTS
# Benchmark results

Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d). Machine: $machine, a shared and noisy host;
PostgreSQL $postgres (throwaway cluster, fsync on), .NET SDK $(dotnet --version), Release builds.
Each figure is the median of its rounds, next to a baseline measured in the same run.

## Targets

Every benchmark's target next to what this run measured and the baseline it ran against (the
sections below have every round). The payout batch's targets are absolute; its floors are shown
for what the machine could do at best.

$targets_table

## Intake (\`bench/intake.sh\`)

wrk posts valid, distinct requests as citizens send them (a recipient with a BSN and one caregiver,
an Idempotency-Key) to Web over 32 connections; Web runs with Production settings and logs at
Warning, no Worker. Baseline: pgbench writing the same rows (the idempotency record and the
encrypted and hashed BSN included) in one transaction per request, over 32 connections, on the
same database. Target: at least 0.8 of the baseline's rate, with a p99 at most twice its p99.

$intake_table

## Opening rush (\`bench/rush.sh\`)

50 municipalities' schemes open on the same day on one database; wrk posts the intake's requests
over 32 connections, each to a municipality chosen at random, against the same load on one
municipality's scheme in the same run. Target: no request of the rush slower than 1.5 times the
one municipality's p99, and no row that all requests wait on (the wait events sampled below).

$rush_table

## Mail (\`bench/mail.sh\`)

The Worker's outbox dispatcher (claim, render from the Scriban templates, send, mark sent)
against a bare MailKit loop sending as many messages of the same shape over one connection; both
to the same local SMTP receiver (aiosmtpd writing a Maildir). Target: at least 0.95 of the baseline (issue 16).

$mail_table

## Amount recompute and budget report (\`bench/budget.sh\`)

$budget_table

Targets at 1,000,000 requests: recompute under 250 ms, report under 100 ms.

## After-close finalization (\`bench/close.sh\`)

An afterClose scheme's approved requests (1-3 caregivers, weights 1-3) granted at the final
amount: split, charges to the lines, the lines' totals, the parts and the grants, in one
transaction; each round next to a count(*) over the same requests and a bare update of their
grant time (rolled back), in the same round. Target: at most 5 × count(*).

$close_table

## Payout batch and pain.001 file (\`bench/payouts.sh\`)

$payouts_table

Targets at 100,000 awards (issue 16): build under 1 s, file under 1 s, peak working set under 64 MB;
each round also measures the floors both are set against.

## Request to confirmation mail

\`bench/mail-latency.py\` against a service started by \`./scripts/run.sh\` (not part of this run):
on 2026-11-24 the median of three runs of 100 requests was 31 ms (target: under 2 s).
RESULTS
cat "$out"
