#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite, on a unix socket only.
#   postgres_cluster.sh start STATE_DIR   initdb and start; STATE_DIR/socket names the socket folder
#   postgres_cluster.sh stop STATE_DIR    stop it (by its pid file) and remove its files
#   postgres_cluster.sh pause STATE_DIR   stop the server but keep its data (a network loss)
#   postgres_cluster.sh resume STATE_DIR  start it again on the same socket
# It has the two roles the README asks a street's server for: linli_owner
# (owns and migrates the schema) and linli_kiosk (reads and writes rows).
# The server's files live in a folder of its own under /tmp, which the
# postgres user can reach wherever the build folder is; STATE_DIR only
# says where.
set -euo pipefail
action=${1:?start, stop, pause or resume} state=${2:?state folder}
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
# PostgreSQL refuses to run as root: as root, run it as the packaged postgres user.
as_server=()
[ "$(id -u)" -eq 0 ] && as_server=(runuser -u postgres --)

run_server() {
  local cluster
  cluster=$(cat "$state/socket")
  # Durability is the server's business, not the tests': no fsync, unless a
  # benchmark asks for a server as durable as a street's (LINLI_SERVER_DURABLE=1).
  local options="-k $cluster -c listen_addresses= -c max_connections=300"
  [ "${LINLI_SERVER_DURABLE:-0}" = 1 ] || options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  "${as_server[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -o "$options" start >/dev/null
}

stop() {
  [ -f "$state/socket" ] || return 0
  local cluster
  cluster=$(cat "$state/socket")
  if [ -f "$cluster/data/postmaster.pid" ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$cluster" "$state"
}

case $action in
  start)
    stop
    mkdir -p "$state"
    # Short, for the socket's name (about 100 bytes at most), and reachable.
    cluster=$(mktemp -d /tmp/linli-pg.XXXXXX)
    echo "$cluster" > "$state/socket"
    [ "$(id -u)" -eq 0 ] && chown postgres "$cluster"
    "${as_server[@]}" "$bindir/initdb" -D "$cluster/data" -U linli_owner -A trust -E UTF8 --no-locale >"$cluster/initdb.log"
    run_server
    # Every database made from template1 inherits the kiosk role's rights.
    psql -q -v ON_ERROR_STOP=1 -h "$cluster" -U linli_owner -d template1 <<'SQL'
CREATE ROLE linli_kiosk LOGIN;
ALTER DEFAULT PRIVILEGES FOR ROLE linli_owner GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO linli_kiosk;
ALTER DEFAULT PRIVILEGES FOR ROLE linli_owner GRANT USAGE, SELECT ON SEQUENCES TO linli_kiosk;
SQL
    echo "test PostgreSQL server running, socket in $cluster"
    ;;
  stop)
    stop
    echo "test PostgreSQL server stopped"
    ;;
  pause)
    cluster=$(cat "$state/socket")
    "${as_server[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null
    ;;
  resume)
    run_server
    ;;
  *)
    echo "usage: $0 start|stop|pause|resume STATE_DIR" >&2
    exit 2
    ;;
esac
