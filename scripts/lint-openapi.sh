#!/usr/bin/env bash
# Lints an OpenAPI document with Redocly's recommended rules (tools/openapi/redocly.yaml), with the
# CLI at the version tools/openapi/package-lock.json pins. Usage: scripts/lint-openapi.sh FILE
# (.ci/run passes the document the Web tests fetched from /openapi/v1.json).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
document=$1
if [ ! -s "$document" ]; then
  log "No OpenAPI document at $document: OpenApiDocumentTests writes it when WAARDERING_OPENAPI_OUT is set"
  exit 1
fi
if ! command -v npm >/dev/null; then
  log "Missing: Node.js 20 or later with npm, for Redocly's CLI"
  exit 1
fi
(cd tools/openapi && npm ci --no-audit --no-fund --loglevel=error >&2)
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
tools/openapi/node_modules/.bin/redocly lint "$document" --config tools/openapi/redocly.yaml >&2
log "OpenAPI document: valid against Redocly's recommended rules"
