#!/usr/bin/env bash
# Fills the example scheme of ./scripts/run.sh with what a newcomer needs to try the back office,
# through the API as any client would: Hilversum's budget line for the appreciation (€ 200,000 a
# year, DOMAIN.md "Budget lines, Hilversum"), the caregivers' day charged to it as collective
# costs, the support line with SPUK GALA, one request from a citizen to find and approve, and a
# recompute of the amount for the dashboard's history, and Hilversum's multi-year plan 2024-2030
# (002:1545-1577: income per source, SPUK GALA up to 2026, the planned spending).
# Runs again without doubling anything. Usage: example-data.sh URL YEAR POLICY_TOKEN OFFICER_TOKEN
set -euo pipefail
url=$1 year=$2 policy=$3 officer=$4

curl -fsS -o /dev/null -X PUT "$url/api/budget-lines/GM0402/$year/waardering" \
  -H "Authorization: Bearer $policy" -H "Content-Type: application/json" \
  -d '{"name":"Mantelzorgwaardering (individueel en collectief)","source":"municipal","amountCents":20000000,"fundsAppreciation":true}'

# SPUK GALA funds caregiver support up to and including 2026 (002:1545-1577).
if [ "$year" -le 2026 ]; then
  curl -fsS -o /dev/null -X PUT "$url/api/budget-lines/GM0402/$year/gala" \
    -H "Authorization: Bearer $policy" -H "Content-Type: application/json" \
    -d "{\"name\":\"Mantelzorgondersteuning, deel SPUK GALA\",\"source\":\"spuk\",\"grantCode\":\"GALA\",\"grantLastYear\":2026,\"amountCents\":4500000,\"fundsAppreciation\":false}"
fi

budget=$(curl -fsS "$url/api/budget/GM0402/$year" -H "Authorization: Bearer $policy")
spent=$(python3 -c 'import json, sys; print(sum(l["spentCents"] for l in json.load(sys.stdin)["lines"]))' <<<"$budget")
if [ "$spent" = 0 ]; then
  curl -fsS -o /dev/null -X POST "$url/api/expenditures" -H "Authorization: Bearer $policy" -H "Content-Type: application/json" \
    -d "{\"municipality\":\"GM0402\",\"year\":$year,\"lineCode\":\"waardering\",\"amountCents\":1200000,\"description\":\"Dag van de Mantelzorg (10 november)\"}"
fi

queue=$(curl -fsS "$url/api/requests?municipality=GM0402&year=$year" -H "Authorization: Bearer $officer")
if [[ $queue == *'"reference":"GM0402-'* ]]; then
  reference=$(sed -E 's/.*"reference":"(GM0402-[0-9]+-[0-9]+)".*/\1/' <<<"$queue")
else
  answer=$(curl -fsS -X POST "$url/api/requests" -H "Content-Type: application/json" -d "{
    \"municipality\": \"GM0402\", \"year\": $year, \"submittedBy\": \"recipient\",
    \"recipient\": {\"name\": \"Truus de Graaf\", \"birthDate\": \"1941-05-17\", \"postcode\": \"1211 AB\", \"houseNumber\": \"12\", \"street\": \"Kerkbrink\", \"city\": \"Hilversum\"},
    \"caregivers\": [{\"name\": \"Jan de Graaf\", \"birthDate\": \"1968-02-01\", \"iban\": \"NL20INGB0001234567\", \"consentToContact\": false}]
  }")
  reference=$(sed -E 's/.*"reference":"([^"]+)".*/\1/' <<<"$answer")
fi
plan=$(curl -fsS "$url/api/budget/GM0402/plan" -H "Authorization: Bearer $policy" || true)
if [[ $plan != *'"name":'* ]]; then
  curl -fsS -o /dev/null -X PUT "$url/api/budget/GM0402/plan" -H "Authorization: Bearer $policy" -H "Content-Type: application/json" \
    -d '{"firstYear":2024,"lastYear":2030}'
  # kind|source|grant|name|amount in euros a year|last year of the amount
  while IFS='|' read -r kind source grant name euros until; do
    amounts=$(python3 -c 'import json, sys; print(json.dumps({str(y): int(sys.argv[1]) * 100 for y in range(2024, int(sys.argv[2]) + 1)}))' "$euros" "$until")
    body=$(python3 -c 'import json, sys; k, s, g, n, a = sys.argv[1:6]; print(json.dumps({"kind": k, "name": n, "source": s or None,
      "grantCode": g or None, "grantLastYear": 2026 if g else None, "amountCents": json.loads(a)}))' "$kind" "$source" "$grant" "$name" "$amounts")
    curl -fsS -o /dev/null -X POST "$url/api/budget/GM0402/plan/rows" -H "Authorization: Bearer $policy" -H "Content-Type: application/json" -d "$body"
  done <<'ROWS'
income|municipal||Mantelzorgwaardering (individueel en collectief)|200000|2030
income|municipal||Gemeentelijke middelen mantelzorgondersteuning|415000|2030
income|spuk|GALA|SPUK GALA (mantelzorgondersteuning)|45000|2026
spending|||Nadere regeling basisvoorziening mantelzorg|355000|2030
spending|||Nadere regeling vrijwillige inzet|45000|2030
spending|||Mantelzorgwaardering (individueel en collectief)|200000|2030
spending|||0,5 FTE uitbreiding team Beleid SD|50000|2030
spending|||Meerjarige communicatieaanpak|10000|2030
ROWS
fi

curl -fsS -o /dev/null -X POST "$url/api/schemes/GM0402/$year/recompute" -H "Authorization: Bearer $policy"
echo "$reference"
