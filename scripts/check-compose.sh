#!/usr/bin/env bash
# Checks docker-compose.yml the way Compose reads it (`config`: schema, references, anchors) and
# fails on any error. Uses `docker compose` where the Compose plugin is installed, otherwise
# Debian's docker-compose 1.29, which reads the same format; neither needs a Docker engine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
if docker compose version >/dev/null 2>&1; then
  docker compose config --quiet
else
  command -v docker-compose >/dev/null || apt_install docker-compose
  docker-compose --log-level ERROR config --quiet
fi
log "docker-compose.yml: valid"
