#!/usr/bin/env bash
# Runs every benchmark, each against its baseline in the same run, and writes the tables with the
# machine they ran on to bench/RESULTS.md (and prints them). Takes about 20 minutes.
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

cat >"$out" <<RESULTS
# Benchmark results

Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d). Machine: $machine, a shared and noisy host;
PostgreSQL $postgres (throwaway cluster, fsync on), .NET SDK $(dotnet --version), Release builds.
Each figure is the median of its rounds, next to a baseline measured in the same run.

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
