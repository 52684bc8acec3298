#!/usr/bin/env bash
# Builds a payout batch of 100,000 awards on a throwaway PostgreSQL cluster and streams its
# pain.001 file; prints the times and the process's peak memory as a Markdown table.
#   bench/payouts.sh [AWARDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_postgres
start_throwaway "-c shared_buffers=512MB"
trap stop_throwaway EXIT
dotnet build bench/Payouts -c Release -v quiet -nologo >&2
dotnet bench/Payouts/bin/Release/net10.0/Waardering.Payouts.Bench.dll \
  "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres" "${1:-100000}" "$WORK/pain001.xml"
