#!/usr/bin/env bash
# Times the amount recompute and the budget report at 1,000,000 requests against a bare
# count(*) over the same table, on a throwaway PostgreSQL cluster. Prints a Markdown table.
#   bench/budget.sh [REQUESTS] [ROUNDS]
#   bench/budget.sh close [APPROVED_REQUESTS] [ROUNDS]     (what bench/close.sh runs)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_postgres
# Durable settings as in production (fsync on); shared_buffers large enough to hold the table.
start_throwaway "-c shared_buffers=1GB"
trap stop_throwaway EXIT
args=("$@"); [ $# -ge 1 ] || args=(1000000); [ "${#args[@]}" -ge 2 ] || args+=(15)
dotnet build bench/Budget -c Release -v quiet -nologo >&2
dotnet bench/Budget/bin/Release/net10.0/Waardering.Budget.Bench.dll \
  "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres" "${args[@]}"
