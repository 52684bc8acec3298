#!/usr/bin/env bash
# Fills the example scheme of ./scripts/run.sh with what a newcomer needs to try the back office,
# through the API as any client would: Hilversum's budget line for the appreciation (€ 200,000 a
# year, DOMAIN.md "Budget lines, Hilversum") and one request from a citizen to find and approve.
# Runs again without doubling anything. Usage: example-data.sh URL YEAR POLICY_TOKEN OFFICER_TOKEN
set -euo pipefail
url=$1 year=$2 policy=$3 officer=$4

curl -fsS -o /dev/null -X PUT "$url/api/budget-lines/GM0402/$year/waardering" \
  -H "Authorization: Bearer $policy" -H "Content-Type: application/json" \
  -d '{"name":"Mantelzorgwaardering (individueel en collectief)","source":"municipal","amountCents":20000000,"fundsAppreciation":true}'

queue=$(curl -fsS "$url/api/requests?municipality=GM0402&year=$year" -H "Authorization: Bearer $officer")
if [[ $queue == *'"reference":"GM0402-'* ]]; then
  reference=$(sed -E 's/.*"reference":"(GM0402-[0-9]+-[0-9]+)".*/\1/' <<<"$queue")
else
  answer=$(curl -fsS -X POST "$url/api/requests" -H "Content-Type: application/json" -d "{
    \"municipality\": \"GM0402\", \"year\": $year, \"submittedBy\": \"recipient\",
    \"recipient\": {\"name\": \"Truus de Graaf\", \"birthDate\": \"1941-05-17\", \"postcode\": \"1211 AB\", \"houseNumber\": \"12\"},
    \"caregivers\": [{\"name\": \"Jan de Graaf\", \"birthDate\": \"1968-02-01\", \"iban\": \"NL20INGB0001234567\", \"consentToContact\": false}]
  }")
  reference=$(sed -E 's/.*"reference":"([^"]+)".*/\1/' <<<"$answer")
fi
echo "$reference"
