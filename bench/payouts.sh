#!/usr/bin/env bash
# Builds a payout batch of 100,000 awards on a throwaway PostgreSQL cluster and streams its
# pain.001 file; prints the times and the process's peak memory as a Markdown table.
#   bench/payouts.sh [AWARDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_postgres
work=$(mktemp -d /tmp/waardering-bench.XXXXXX)
chmod 711 "$work"
pg_dir=$(pg_reachable_dir "$work/postgres")
trap 'stop_postgres "$pg_dir/data"; rm -rf "$work" "$pg_dir"' EXIT
port=$(free_port)
start_postgres "$pg_dir/data" "$port" "-c shared_buffers=512MB"
dotnet build bench/Payouts -c Release -v quiet -nologo >&2
dotnet bench/Payouts/bin/Release/net10.0/Waardering.Payouts.Bench.dll \
  "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" "${1:-100000}" "$work/pain001.xml"
