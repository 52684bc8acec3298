#!/usr/bin/env bash
# Checks docker-compose.yml the way Compose reads it (`config`: schema, references, anchors) and
# fails on any error, or on a port published beyond 127.0.0.1. Uses `docker compose` where the Compose plugin is installed, otherwise
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
# Every published port is bound to the loopback address: the setup runs the Development
# environment, whose keys are in the repository, so nothing of it may be reachable from a network.
unbound=$(awk '
  /^[[:space:]]*ports:/ { in_ports = 1; next }
  in_ports && /^[[:space:]]*-/ { if ($0 !~ /-[[:space:]]*"?127\.0\.0\.1:/) print; next }
  { in_ports = 0 }
' docker-compose.yml)
if [ -n "$unbound" ]; then
  log "docker-compose.yml publishes ports on every address; bind them to 127.0.0.1:"
  printf '%s\n' "$unbound" >&2
  exit 1
fi
# Web and the Worker get the time to stop cleanly (README, "Stopping"): Docker's default is 10 s, the Worker's host takes up to 30 s.
if ! grep -q 'stop_grace_period: 40s' docker-compose.yml; then
  log "docker-compose.yml: give Web and the Worker stop_grace_period: 40s"
  exit 1
fi
log "docker-compose.yml: valid, ports on 127.0.0.1 only, 40 s to stop"
