#!/usr/bin/env bash
# Runs the whole service on this machine to try it out: PostgreSQL (a local cluster in
# .local/postgres unless ConnectionStrings__Waardering is set), an SMTP receiver that writes the
# mail to .local/mail/new (unless Mail__Smtp__Host is set), the migrations, an example scheme for
# Hilversum (GM0402), the development identity provider where staff sign in, the Worker and the
# API with its pages. Ctrl-C stops what this script started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

root=$(pwd)
url=${WAARDERING_URL:-http://127.0.0.1:5080}
identity_url=${WAARDERING_IDENTITY_URL:-http://127.0.0.1:5090}
mkdir -p .local/logs
export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

pids=()
pg_data=""
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "$pg_data" ] && stop_postgres "$pg_data"
  log "Stopped."
}
trap stop_all EXIT
trap 'exit 130' INT TERM

if [ -z "${ConnectionStrings__Waardering:-}" ]; then
  ensure_postgres
  pg_port=${WAARDERING_PG_PORT:-55432}
  pg_dir=$(pg_reachable_dir "$root/.local/postgres")
  if (echo >"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; then
    log "PostgreSQL already answers on port $pg_port; using it"
  else
    start_postgres "$pg_dir/data" "$pg_port"
    pg_data="$pg_dir/data"
    log "PostgreSQL started on 127.0.0.1:$pg_port ($pg_dir/data)"
  fi
  if ! psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "select 1 from pg_database where datname = 'waardering'" | grep -q 1; then
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create database waardering" >/dev/null
  fi
  export ConnectionStrings__Waardering="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=waardering"
fi

inbox="the mailboxes of ${Mail__Smtp__Host:-}"
if [ -z "${Mail__Smtp__Host:-}" ]; then
  ensure_aiosmtpd
  smtp_port=${WAARDERING_SMTP_PORT:-2525}
  if ! (echo >"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null; then
    start_smtp "$smtp_port" "$root/.local/mail"
    pids+=("$SMTP_PID")
  fi
  export Mail__Smtp__Host=127.0.0.1 Mail__Smtp__Port=$smtp_port Mail__Smtp__Security=None Mail__Smtp__RequireTls=false
  inbox="$root/.local/mail/new (one file per mail)"
fi

ensure_nlds
ensure_fonts
log "Building"
dotnet build Waardering.sln -v quiet -nologo >.local/logs/build.log 2>&1 || { tail -n 30 .local/logs/build.log; exit 1; }
cli() { dotnet run --project src/Web --no-build -- "$@"; }
cli migrate
cli seed-example

# The development identity provider first: the Web reads its discovery document at the first sign-in.
dotnet run --project src/DevIdentity --no-build -- --urls "$identity_url" \
  --DevIdentity:Client:RedirectUris:0="$url/staff/signin-oidc" \
  --DevIdentity:Client:PostLogoutRedirectUris:0="$url/staff/signout-callback-oidc" \
  --DevIdentity:CitizenClient:RedirectUris:0="$url/citizen/signin-oidc" >.local/logs/identity.log 2>&1 &
pids+=("$!")
export Auth__Oidc__Authority="$identity_url" Auth__Oidc__RequireHttpsMetadata=false
# The same provider stands in for the DigiD broker of the citizens' sign-in.
export Citizens__Oidc__Authority="$identity_url" Citizens__Oidc__RequireHttpsMetadata=false
if ! wait_http "$identity_url/.well-known/openid-configuration" 60; then
  log "The development identity provider did not start; last lines of .local/logs/identity.log:"
  tail -n 30 .local/logs/identity.log >&2
  exit 1
fi

dotnet run --project src/Worker --no-build >.local/logs/worker.log 2>&1 &
pids+=("$!")
dotnet run --project src/Web --no-build -- --urls "$url" >.local/logs/web.log 2>&1 &
pids+=("$!")
if ! wait_http "$url/health" 60; then
  log "The API did not become healthy; last lines of .local/logs/web.log:"
  tail -n 30 .local/logs/web.log >&2
  exit 1
fi

OFFICER=$(cli token --role officer --name medewerker --municipality GM0402)
POLICY=$(cli token --role policy --name beleid --municipality GM0402)
example=$(bash scripts/example-data.sh "$url" "$(date +%Y)" "$POLICY" "$OFFICER") || example="(could not be made: see .local/logs/web.log)"

cat <<INFO

Waardering runs.
  Staff pages         $url/staff   (sign in with a development user below)
  API                 $url
  Health              $url/health
  OpenAPI document    $url/openapi/v1.json
  API reference       $url/scalar/v1
  Jobs dashboard      $url/hangfire?access_token=\$ADMIN   (admins only)
  Mail inbox          $inbox
  Logs                $root/.local/logs/web.log, worker.log, identity.log

Try the back office: open $url/staff, sign in as anna (password anna-dev), find the example
request $example (Truus de Graaf) and approve it, build a payout batch under "Uitbetalen";
then sign out, sign in as bram (bram-dev), approve the batch and download its SEPA file.

Development users at the identity provider $identity_url (Development only):
$(grep ' password ' .local/logs/identity.log | grep -v ' BSN ')

Apply as a citizen with DigiD: open $url/apply/GM0402/$(date +%Y), press "Inloggen met DigiD" and sign
in as a test citizen below (no real DigiD: the development provider stands in for the broker);
the form then takes the BSN from the sign-in. "English" in the page's header switches the language.
Your requests afterwards: $url/my-requests
Test citizens (username, password, BSN, name):
$(grep ' BSN ' .local/logs/identity.log)

Staff tokens (Development only, valid 8 hours):
  ADMIN=$(cli token --role admin --name beheerder --municipality GM0402)
  OFFICER=$OFFICER
  POLICY=$POLICY

Try it: see "Walkthrough" in README.md. Ctrl-C stops everything.
INFO

wait
