#!/usr/bin/env bash
# Times the amount recompute and the budget report at 1,000,000 requests against a bare
# count(*) over the same table, on a throwaway PostgreSQL cluster. Prints a Markdown table.
#   bench/budget.sh [REQUESTS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_postgres
work=$(mktemp -d /tmp/waardering-bench.XXXXXX)
chmod 711 "$work"
pg_dir=$(pg_reachable_dir "$work/postgres")
trap 'stop_postgres "$pg_dir/data"; rm -rf "$work" "$pg_dir"' EXIT
port=$(free_port)
# Durable settings as in production (fsync on); shared_buffers large enough to hold the table.
start_postgres "$pg_dir/data" "$port" "-c shared_buffers=1GB"
dotnet build bench/Budget -c Release -v quiet -nologo >&2
dotnet bench/Budget/bin/Release/net10.0/Waardering.Budget.Bench.dll \
  "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" "${1:-1000000}" "${2:-15}"
