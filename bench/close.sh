#!/usr/bin/env bash
# Times the after-close finalization (payout mode afterClose) of 100,000 approved requests against
# a count(*) over the same requests, on a throwaway PostgreSQL cluster. Prints a Markdown table.
#   bench/close.sh [APPROVED_REQUESTS] [ROUNDS]
exec bash "$(dirname "$0")/budget.sh" close "${1:-100000}" "${2:-5}"
