#!/usr/bin/env bash
# Mail throughput: 10,000 outbox mails sent by the Worker's dispatcher against a bare MailKit loop
# over one connection, both to the same local SMTP receiver (aiosmtpd writing a Maildir), on a
# throwaway PostgreSQL cluster. Prints a Markdown table.
#   bench/mail.sh [MAILS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_postgres
ensure_aiosmtpd
start_throwaway
trap stop_throwaway EXIT
smtp_port=$(free_port)
start_smtp "$smtp_port" "$WORK/mail"
dotnet build bench/Mail -c Release -v quiet -nologo >&2
dotnet bench/Mail/bin/Release/net10.0/Waardering.Mail.Bench.dll \
  "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres" "$smtp_port" "$PWD/templates/mail" "${1:-10000}" "${2:-3}"
