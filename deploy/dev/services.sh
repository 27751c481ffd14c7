#!/usr/bin/env bash
# Starts, stops and reports the Redis and PostgreSQL that Ivr needs, on loopback, with data in .data/.
#   deploy/dev/services.sh up|down|status [redis|postgres|browser|tools|cluster]   manage the services
#   ("up cluster", never part of "up": a three-primary Redis Cluster on IVR_CLUSTER_PORT and the next two ports,
#   default 7001-7003, for the ACD tests' second run; it prints IVR_REDIS_CLUSTER, the seed list)
#   ("up" also installs the browser the softphone's tests drive, Debian's chromium and a Korean font, and the
#   programs the several-instance and Redis failover tests start themselves: nginx and redis-sentinel)
#   eval "$(deploy/dev/services.sh env)"                      export the connection strings
# Installs the Debian packages when missing (as root). Safe to run twice.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
data=${IVR_DATA_DIR:-$repo/.data}
redis_port=${IVR_REDIS_PORT:-6380}
cluster_port=${IVR_CLUSTER_PORT:-7001}
cluster_ports=("$cluster_port" "$((cluster_port + 1))" "$((cluster_port + 2))")
pg_port=${IVR_PG_PORT:-5433}
pg_data=$data/postgres
# Where a parent folder is closed to the postgres user, the cluster lives under /var/lib instead (see pg_up).
pg_fallback=/var/lib/ivr-dev/$(printf '%s' "$data" | md5sum | cut -c1-12)/postgres
[ -f "$pg_fallback/PG_VERSION" ] && pg_data=$pg_fallback
pg_user=ivr
pg_password=ivr
pg_database=ivr

log() { printf 'services: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

install_packages() {
  if [ "$(id -u)" -ne 0 ]; then
    die "missing Debian package(s) $*; install them (sudo apt-get install -y $*) or run this script as root"
  fi
  log "installing $* from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null || die "apt-get install $* failed"
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && printf '%s' "$dir"
}

as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

redis_running() { redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG; }

redis_up() {
  command -v redis-server >/dev/null || install_packages redis-server redis-tools
  command -v redis-cli >/dev/null || install_packages redis-tools
  if redis_running; then log "redis already running on 127.0.0.1:$redis_port"; return; fi
  mkdir -p "$data/redis"
  # Append-only file: the call-record outbox lives in a Redis stream and must survive a restart.
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$data/redis" --daemonize yes \
    --pidfile "$data/redis/redis.pid" --logfile "$data/redis/redis.log" \
    --appendonly yes --save "" --protected-mode yes >/dev/null
  for _ in $(seq 1 50); do redis_running && break; sleep 0.1; done
  redis_running || die "redis did not start on 127.0.0.1:$redis_port; see $data/redis/redis.log"
  log "redis started on 127.0.0.1:$redis_port"
}

redis_down() {
  if redis_running; then redis-cli -h 127.0.0.1 -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true; log "redis stopped"
  else log "redis not running"; fi
}

node_running() { redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null | grep -q PONG; }

cluster_ok() { redis-cli -h 127.0.0.1 -p "$cluster_port" cluster info 2>/dev/null | grep -q 'cluster_state:ok'; }

cluster_seeds() { local IFS=,; printf '%s' "${cluster_ports[*]/#/127.0.0.1:}"; }

# Three primaries, no replicas: enough for keys of different hash tags to live on different nodes. Each node keeps
# its slot map in nodes.conf beside its append-only file, so a restart rejoins the same cluster.
cluster_up() {
  command -v redis-server >/dev/null || install_packages redis-server redis-tools
  local port dir
  for port in "${cluster_ports[@]}"; do
    node_running "$port" && continue
    dir=$data/cluster/$port
    mkdir -p "$dir"
    redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --daemonize yes \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" \
      --cluster-enabled yes --cluster-config-file nodes.conf --cluster-node-timeout 5000 \
      --appendonly yes --save "" --protected-mode yes >/dev/null
    for _ in $(seq 1 50); do node_running "$port" && break; sleep 0.1; done
    node_running "$port" || die "cluster node did not start on 127.0.0.1:$port; see $dir/redis.log"
  done
  if ! cluster_ok; then
    local known
    known=$(redis-cli -h 127.0.0.1 -p "$cluster_port" cluster info | grep -o 'cluster_known_nodes:[0-9]*' | cut -d: -f2)
    if [ "$known" = 1 ]; then
      # shellcheck disable=SC2046
      redis-cli --cluster create $(printf '127.0.0.1:%s ' "${cluster_ports[@]}") --cluster-replicas 0 --cluster-yes \
        >"$data/cluster/create.log" 2>&1 || die "redis-cli --cluster create failed; see $data/cluster/create.log"
    fi
    for _ in $(seq 1 100); do cluster_ok && break; sleep 0.1; done
    cluster_ok || die "the cluster on 127.0.0.1:${cluster_ports[0]}-${cluster_ports[2]} is not ok; see $data/cluster/"
  fi
  log "redis cluster running on 127.0.0.1:${cluster_ports[0]}-${cluster_ports[2]}"
}

# A node this data folder started (its dir is ours): "down" never stops another checkout's cluster on the same ports.
own_node() { [ "$(redis-cli -h 127.0.0.1 -p "$1" config get dir 2>/dev/null | sed -n 2p)" = "$(cd "$data/cluster/$1" 2>/dev/null && pwd -P)" ]; }

cluster_down() {
  local port
  for port in "${cluster_ports[@]}"; do
    if ! node_running "$port"; then continue; fi
    if own_node "$port"; then redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || true
    else log "the cluster node on 127.0.0.1:$port was not started from $data; left running"; fi
  done
  log "redis cluster stopped"
}

pg_running() {
  local bin; bin=$(pg_bin) || return 1
  [ -f "$pg_data/PG_VERSION" ] && as_pg_owner "$bin/pg_ctl" status -D "$pg_data" >/dev/null 2>&1
}

pg_up() {
  local bin
  bin=$(pg_bin) || { install_packages postgresql postgresql-client; bin=$(pg_bin) || die "postgresql installed but pg_ctl not found"; }
  command -v psql >/dev/null || install_packages postgresql-client
  if [ "$(id -u)" -eq 0 ] && [ ! -f "$pg_data/PG_VERSION" ]; then
    mkdir -p "$pg_data"
    if ! runuser -u postgres -- test -x "$(dirname "$pg_data")"; then
      rmdir "$pg_data" 2>/dev/null || true
      pg_data=$pg_fallback
      mkdir -p "$pg_data"
      log "the postgres user cannot reach $data; keeping PostgreSQL data in $pg_data"
    fi
  fi
  if [ ! -f "$pg_data/PG_VERSION" ]; then
    # initdb refuses to run as root: the data folder belongs to the postgres user the package created.
    mkdir -p "$pg_data"
    local pwfile; pwfile=$(mktemp)
    printf '%s\n' "$pg_password" > "$pwfile"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$pg_data" "$pwfile"
      chmod 700 "$pg_data"
    fi
    as_pg_owner "$bin/initdb" -D "$pg_data" -U "$pg_user" --pwfile="$pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 ||
      { rm -f "$pwfile"; die "initdb failed; see $data/initdb.log"; }
    rm -f "$pwfile"
  fi
  if pg_running; then
    log "postgres already running on 127.0.0.1:$pg_port"
  else
    as_pg_owner "$bin/pg_ctl" start -w -t 60 -D "$pg_data" -l "$pg_data/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories='' -c max_connections=300" >/dev/null ||
      die "postgres did not start on 127.0.0.1:$pg_port; see $pg_data/server.log"
    log "postgres started on 127.0.0.1:$pg_port"
  fi
  PGPASSWORD=$pg_password psql -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$pg_database'" | grep -q 1 ||
    PGPASSWORD=$pg_password psql -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -d postgres -qc "CREATE DATABASE $pg_database" ||
    die "could not create database $pg_database"
}

pg_down() {
  if pg_running; then as_pg_owner "$(pg_bin)/pg_ctl" stop -w -D "$pg_data" -m fast >/dev/null; log "postgres stopped"
  else log "postgres not running"; fi
}

# The softphone's browser tests drive Debian's chromium through Playwright (never a downloaded browser); the
# Korean labels need a CJK font to render in screenshots.
browser_up() {
  [ -x /usr/bin/chromium ] || install_packages chromium
  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || install_packages fonts-noto-cjk
  log "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
}

# The tests that run several servers behind a load balancer, or Redis with Sentinel or Cluster, start their own
# nginx, sentinels and cluster nodes on free loopback ports; they need only the programs.
tools_up() {
  local missing=()
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v redis-sentinel >/dev/null || missing+=(redis-sentinel)
  if [ ${#missing[@]} -gt 0 ]; then
    # Debian starts a package's service on install; the tests start their own, so keep the system ones down.
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d 2>/dev/null && chmod +x /usr/sbin/policy-rc.d
    install_packages "${missing[@]}"
    rm -f /usr/sbin/policy-rc.d
  fi
  log "nginx: $(/usr/sbin/nginx -v 2>&1 | tr -d '\n'); $(redis-sentinel --version 2>/dev/null | cut -d' ' -f1-3)"
}

print_env() {
  printf "export ConnectionStrings__Redis='127.0.0.1:%s'\n" "$redis_port"
  printf "export ConnectionStrings__Postgres='Host=127.0.0.1;Port=%s;Username=%s;Password=%s;Database=%s'\n" \
    "$pg_port" "$pg_user" "$pg_password" "$pg_database"
}

status() {
  if redis_running; then log "redis: running on 127.0.0.1:$redis_port"; else log "redis: stopped"; fi
  if pg_running; then log "postgres: running on 127.0.0.1:$pg_port"; else log "postgres: stopped"; fi
  if cluster_ok; then log "redis cluster: running on 127.0.0.1:${cluster_ports[0]}-${cluster_ports[2]}"; else log "redis cluster: stopped"; fi
}

which=${2:-all}
case "${1:-}" in
  up)
    case $which in redis) redis_up ;; postgres) pg_up ;; browser) browser_up ;; tools) tools_up ;;
      cluster) cluster_up; printf "export IVR_REDIS_CLUSTER='%s'\n" "$(cluster_seeds)"; exit 0 ;;
      all) redis_up; pg_up; browser_up; tools_up ;; *) die "unknown service $which" ;; esac
    print_env ;;
  down)
    case $which in redis) redis_down ;; postgres) pg_down ;; cluster) cluster_down ;;
      all) redis_down; pg_down; cluster_down ;; *) die "unknown service $which" ;; esac ;;
  status) status ;;
  env) print_env ;;
  *) die "usage: $0 up|down|status [redis|postgres|browser|tools|cluster] | env" ;;
esac
