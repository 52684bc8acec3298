#!/usr/bin/env bash
# Functions shared by scripts/run.sh and scripts/test.sh: install what is missing, start a
# PostgreSQL cluster and an SMTP receiver on loopback, and stop them again.

log() { printf '==> %s\n' "$*" >&2; }

# Installs Debian packages when missing. Only root can; others are told what to install.
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    log "Missing: $*. Install it with: sudo apt-get install -y $*"
    exit 1
  fi
  log "Installing $* (apt)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Sets PG_BIN to the newest installed PostgreSQL's bin folder, installing PostgreSQL if needed.
ensure_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    apt_install postgresql
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  export PG_BIN
}

# The HTTP load generator of the benchmarks (bench/intake.sh, bench/rush.sh), which CI's smoke run starts.
ensure_wrk() {
  command -v wrk >/dev/null || apt_install wrk
}

ensure_aiosmtpd() {
  if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
    apt_install python3-aiosmtpd
  fi
}

# The Worker's fault tests freeze and kill a Worker process with the kill program (SIGSTOP has no
# .NET API); Debian's procps has it.
ensure_kill() {
  if [ ! -x /usr/bin/kill ] && [ ! -x /bin/kill ]; then
    apt_install procps
  fi
}

# Sets AXE to axe-core's script, which the page tests inject to check WCAG 2.1 AA (tools/axe,
# pinned by its package-lock.json; Node.js 20 or later with npm).
ensure_axe() {
  if ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  (cd tools/axe && npm ci --no-audit --no-fund --loglevel=error >&2)
  AXE="$PWD/tools/axe/node_modules/axe-core/axe.min.js"
  export AXE
}

# Installs the NL Design System's CSS (tools/nlds/package.json, pinned) that every page links;
# the Web host serves it from tools/nlds/node_modules/@utrecht (DesignSystem.cs).
ensure_nlds() {
  if ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  (cd tools/nlds && npm ci --no-audit --no-fund --loglevel=error >&2)
}

# The dashboard's charts (ScottPlot on SkiaSharp, without fontconfig) draw their words with a
# font it finds under /usr/share/fonts; DejaVu Sans is the one they ask for.
ensure_fonts() {
  if ! ls /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf >/dev/null 2>&1; then
    apt_install fonts-dejavu-core
  fi
}

# Sets CHROMIUM to Debian's Chromium for the page tests, installing it if needed (Playwright's
# own browser download cannot run on these machines).
ensure_chromium() {
  CHROMIUM=$(command -v chromium || true)
  if [ -z "$CHROMIUM" ]; then
    apt_install chromium fonts-liberation
    CHROMIUM=$(command -v chromium)
  fi
  export CHROMIUM
}

# Runs a PostgreSQL program as the postgres user when root (initdb refuses root).
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Prints a folder the postgres user can reach: the one asked for, or one under /var/tmp when a
# parent folder (such as root's home) is closed to that user.
pg_reachable_dir() {
  local wanted=$1
  mkdir -p "$wanted"
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$wanted"; then
    local fallback
    fallback="/var/tmp/waardering-$(printf '%s' "$wanted" | sha1sum | cut -c1-12)"
    log "postgres cannot reach $wanted; using $fallback"
    wanted=$fallback
    mkdir -p "$wanted"
  fi
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$wanted"; fi
  printf '%s\n' "$wanted"
}

# start_postgres DATADIR PORT [extra server options]: creates the cluster when new, then starts it.
start_postgres() {
  local data=$1 port=$2 extra=${3:-}
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 $extra" start >/dev/null
}

stop_postgres() {
  local data=$1
  [ -f "$data/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

# start_smtp PORT MAILDIR: an SMTP receiver that writes each mail as a file in MAILDIR/new.
start_smtp() {
  local port=$1 maildir=$2
  mkdir -p "$maildir/cur" "$maildir/new" "$maildir/tmp"
  # -n: stay as the current user (aiosmtpd would switch to nobody); Debian's python3 has the module.
  nohup /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$maildir" \
    >"$maildir.log" 2>&1 &
  SMTP_PID=$!
  export SMTP_PID
  wait_port "$port" 10 || { log "SMTP receiver did not start:"; cat "$maildir.log" >&2; return 1; }
}

wait_port() {
  local port=$1 seconds=$2 i
  for ((i = 0; i < seconds * 10; i++)); do
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_http() {
  local url=$1 seconds=$2 i
  for ((i = 0; i < seconds * 4; i++)); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.25
  done
  return 1
}

# Starts a PostgreSQL cluster for one run in a fresh temporary folder. Sets WORK (the folder, for
# other throwaway files too), PG_DATA and PG_PORT; remove it all with stop_throwaway.
start_throwaway() {
  local extra=${1:-}
  WORK=$(mktemp -d /tmp/waardering-run.XXXXXX)
  chmod 711 "$WORK" # the postgres user must be able to enter it
  PG_DATA="$(pg_reachable_dir "$WORK/postgres")/data"
  PG_PORT=$(free_port)
  start_postgres "$PG_DATA" "$PG_PORT" "$extra"
}

stop_throwaway() {
  [ -n "${SMTP_PID:-}" ] && kill "$SMTP_PID" 2>/dev/null || true
  if [ -n "${PG_DATA:-}" ]; then
    stop_postgres "$PG_DATA"
    rm -rf "$(dirname "$PG_DATA")"
  fi
  [ -n "${WORK:-}" ] && rm -rf "$WORK"
  PG_DATA=""; WORK="" # a second call does nothing
}
