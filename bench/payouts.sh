#!/usr/bin/env bash
# Builds a payout batch of AWARDS awards and streams its pain.001 file, ROUNDS times, each round
# in a process of its own on a fresh throwaway PostgreSQL cluster (so that peak memory is the
# round's own); prints every round and the medians as a Markdown table.
#   bench/payouts.sh [AWARDS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
awards=${1:-100000}
rounds=${2:-3}
ensure_postgres
dotnet build bench/Payouts -c Release -v quiet -nologo >&2
runs=$(mktemp)
trap 'stop_throwaway; rm -f "$runs"' EXIT
for ((round = 1; round <= rounds; round++)); do
  start_throwaway "-c shared_buffers=512MB"
  dotnet bench/Payouts/bin/Release/net10.0/Waardering.Payouts.Bench.dll \
    "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres" "$awards" "$WORK/pain001.xml" >>"$runs"
  stop_throwaway
  log "round $round: $(tail -n 1 "$runs")"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { awk -v c="$1" '{ print $c }' "$runs"; }
# A measure against its floor in the same round: each round's ratio, and their median.
ratios() { awk -v a="$1" -v b="$2" '{ printf "%.2f\n", $a / $b }' "$runs"; }
ratio_row() { echo "| $1 | $(ratios "$2" "$3" | paste -sd, | sed 's/,/, /g') | $(ratios "$2" "$3" | median) |"; }
row() { echo "| $1 | $(column "$2" | paste -sd, | sed 's/,/, /g') | $(column "$2" | median) |"; }
cat <<TABLE
| measure ($(column 1 | head -n 1 | sed ':a; s/\B[0-9]\{3\}\>/,&/; ta') awards) | runs | median |
|---|---|---|
$(row "build the batch, s" 2)
$(row "write the pain.001 file, s" 3)
$(row "file size, MB" 4)
$(row "peak working set of build and file, MB" 5)
$(row "book the batch: payment mails and consent links, s" 6)
$(row "peak working set after booking, MB" 7)
$(row "floor of the build: the same rows into a table without indexes or constraints, s" 8)
$(row "floor of the file: the same rows copied out as text (COPY), s" 9)
$(ratio_row "ratio build / its floor" 2 8)
$(ratio_row "ratio file / its floor" 3 9)
TABLE
