#!/usr/bin/env bash
# Start a throw-away Software Heritage deposit server (swh-deposit from PyPI, a real SWORD v2 server) on
# 127.0.0.1, for the deposit tests and CI. Django under gunicorn, with a PostgreSQL cluster of its own made by
# initdb (unix socket only, trust authentication, fsync off) and one deposit client and collection.
#
# Why this server: it is the SWORD v2 server that installs from PyPI and runs without a Java stack, and it
# checks what a client must get right (Content-MD5, packaging, credentials, collections). Its differences
# from the SWORD 2.0 profile are target settings in archiver (see archiver/deposit/targets.py).
#
# Needs: Debian's `postgresql` (apt-get install postgresql) and python3 >= 3.11 with venv and PyPI access.
# swh-deposit goes into its own venv, SWH_VENV (default ~/.cache/swh-deposit-venv): built once (about 30-50 s),
# then reused; never the project's .venv.
#
# Settings (all optional, from the environment):
#   SWH_DEPOSIT_BASE   state folder (default: a new mktemp folder). Starting again with the BASE of a stopped
#                      server restarts it on the same port with the same database (its deposits are kept).
#   SWH_DEPOSIT_PORT   port (default: a free one);  SWH_DEPOSIT_USER / SWH_DEPOSIT_PASS / SWH_DEPOSIT_COLLECTION
#   SWH_DEPOSIT_PROVIDER_URL  swh:create_origin URLs must start with it (default https://example.org/)
#   SWH_DEPOSIT_MAX_UPLOAD    max_upload_size in bytes (default 209715200)
#   SWH_VENV, SWH_PYTHON (default python3), PG_BINDIR (default: newest /usr/lib/postgresql/*/bin)
#
# On success stdout holds only KEY=VALUE lines (also written, shell-quoted, to BASE/server.env):
# SWH_DEPOSIT_BASE, SWH_DEPOSIT_PORT, SD_IRI, COL_IRI, DEPOSIT_USER, DEPOSIT_PASS, PROVIDER_URL.
# Progress and errors go to stderr, logs to BASE/*.log. Stop with: scripts/swh-deposit-stop.sh BASE [--clean]
set -euo pipefail

say() { echo "swh-deposit-start: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# The versions this was tested with; a cached venv built from another list is rebuilt.
PIP_SPEC=${SWH_PIP_SPEC:-"swh-deposit[server]==3.0.1 swh-core==5.0.1 swh-model==8.4.1 swh-storage==4.3.0
 swh-scheduler==3.6.0 swh-loader-core==5.24.2 swh-auth==0.11.0 django==5.2.19 djangorestframework==3.18.3
 psycopg[binary]==3.3.9 gunicorn==27.0.1"}
SWH_VENV=${SWH_VENV:-$HOME/.cache/swh-deposit-venv}
PYTHON=${SWH_PYTHON:-python3}

# --- PostgreSQL server binaries ------------------------------------------------------------------------
if [ -z "${PG_BINDIR:-}" ]; then
    PG_BINDIR=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
    if [ -z "$PG_BINDIR" ] && command -v initdb >/dev/null 2>&1; then PG_BINDIR=$(dirname "$(command -v initdb)"); fi
fi
[ -n "$PG_BINDIR" ] && [ -x "$PG_BINDIR/initdb" ] && [ -x "$PG_BINDIR/pg_ctl" ] ||
    die "no PostgreSQL server binaries: apt-get install postgresql (or set PG_BINDIR)"

# --- state folder, port --------------------------------------------------------------------------------
restart=0
if [ -n "${SWH_DEPOSIT_BASE:-}" ]; then
    BASE=$SWH_DEPOSIT_BASE
    mkdir -p "$BASE"
    [ -f "$BASE/initialized" ] && restart=1
else
    BASE=$(mktemp -d "${TMPDIR:-/tmp}/swh-deposit.XXXXXX")
fi
BASE=$(cd "$BASE" && pwd)
if [ -s "$BASE/gunicorn.pid" ] && kill -0 "$(cat "$BASE/gunicorn.pid")" 2>/dev/null; then
    die "the server of $BASE is running already (scripts/swh-deposit-stop.sh $BASE)"
fi

# A port nobody listens on, below Linux's ephemeral range so no outgoing connection holds it either.
free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 12000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    die "no free port found"
}
if [ "$restart" = 1 ]; then
    # shellcheck disable=SC1091
    . "$BASE/server.env"
    PORT=$SWH_DEPOSIT_PORT
else
    PORT=${SWH_DEPOSIT_PORT:-$(free_port)}
    DEPOSIT_USER=${SWH_DEPOSIT_USER:-sword}
    DEPOSIT_PASS=${SWH_DEPOSIT_PASS:-sword-test-pass}
    COLLECTION=${SWH_DEPOSIT_COLLECTION:-test}
    PROVIDER_URL=${SWH_DEPOSIT_PROVIDER_URL:-https://example.org/}
    SD_IRI=http://127.0.0.1:$PORT/1/servicedocument/
    COL_IRI=http://127.0.0.1:$PORT/1/$COLLECTION/
fi
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "127.0.0.1:$PORT is in use"

# Whatever this run started is stopped again if a later step fails.
PG_STARTED=0; GUNICORN_PID=; OK=0
on_exit() {
    [ "$OK" = 1 ] && return 0
    set +e
    [ -n "$GUNICORN_PID" ] && { kill "$GUNICORN_PID" 2>/dev/null; rm -f "$BASE/gunicorn.pid"; }
    [ "$PG_STARTED" = 1 ] && as_pg "$PG_BINDIR/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
    say "failed; logs in $BASE"
    return 0
}
trap on_exit EXIT

# --- swh-deposit's own venv, built once and shared by concurrent starts (flock) -------------------------
mkdir -p "$(dirname "$SWH_VENV")"
exec 9>"$SWH_VENV.lock"
flock 9
if [ "$(cat "$SWH_VENV/.archiver-spec" 2>/dev/null)" != "$PIP_SPEC" ]; then
    say "building $SWH_VENV (30-60 s; log: $BASE/venv.log)"
    read -r -d '' -a SPEC <<<"$PIP_SPEC" || true
    rm -rf "$SWH_VENV"
    { "$PYTHON" -m venv "$SWH_VENV" &&
      "$SWH_VENV/bin/python" -m pip install -q --upgrade pip &&
      "$SWH_VENV/bin/python" -m pip install -q "${SPEC[@]}"; } >"$BASE/venv.log" 2>&1 ||
        die "building the venv failed, see $BASE/venv.log"
    printf '%s' "$PIP_SPEC" >"$SWH_VENV/.archiver-spec"
fi
exec 9>&-
PY=$SWH_VENV/bin/python

# --- PostgreSQL cluster: initdb refuses root, so as root it belongs to the 'postgres' account -------------
if [ "$(id -u)" = 0 ]; then
    PG_OS_USER=${PG_OS_USER:-postgres}
    id "$PG_OS_USER" >/dev/null 2>&1 || die "no account $PG_OS_USER to run PostgreSQL as (set PG_OS_USER)"
    as_pg() { runuser -u "$PG_OS_USER" -- "$@"; }
else
    as_pg() { "$@"; }
fi
if [ -s "$BASE/pgdir" ]; then
    PGDIR=$(cat "$BASE/pgdir")
else
    PGDIR=$BASE/pg
    mkdir -p "$PGDIR"
    chmod 700 "$PGDIR"
    if [ "$(id -u)" = 0 ]; then
        chmod 755 "$BASE"
        chown "$PG_OS_USER:" "$PGDIR"
        # BASE under a folder closed to others (pytest's /tmp/pytest-of-root is 0700): the cluster goes to /tmp
        if ! as_pg test -w "$PGDIR"; then
            rmdir "$PGDIR"
            PGDIR=$(mktemp -d /tmp/swhpg.XXXXXX)
            chown "$PG_OS_USER:" "$PGDIR"
        fi
    fi
    echo "$PGDIR" >"$BASE/pgdir"
fi
PGDATA=$PGDIR/data
# A unix socket path is limited to about 100 bytes: a long BASE gets its socket folder in /tmp.
if [ -s "$BASE/pgsock" ] && [ -d "$(cat "$BASE/pgsock")" ]; then
    PGSOCK=$(cat "$BASE/pgsock")
elif [ ${#PGDIR} -gt 80 ]; then
    PGSOCK=$(mktemp -d /tmp/swhpgs.XXXXXX)
else
    PGSOCK=$PGDIR/sock
    mkdir -p "$PGSOCK"
fi
echo "$PGSOCK" >"$BASE/pgsock"
chmod 700 "$PGSOCK"
[ "$(id -u)" = 0 ] && chown "$PG_OS_USER:" "$PGSOCK"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    as_pg "$PG_BINDIR/initdb" -D "$PGDATA" -U swh --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$BASE/initdb.log" 2>&1 || die "initdb failed, see $BASE/initdb.log"
fi
if ! as_pg "$PG_BINDIR/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    PG_STARTED=1
    as_pg "$PG_BINDIR/pg_ctl" -D "$PGDATA" -l "$PGDIR/postgresql.log" -w -t 60 -o \
        "-c listen_addresses='' -c unix_socket_directories='$PGSOCK' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >"$BASE/pg_ctl.log" 2>&1 || die "PostgreSQL did not start, see $PGDIR/postgresql.log"
fi

# --- deposit.yml: what swh.deposit.settings.production reads (SWH_CONFIG_FILENAME) -----------------------
mkdir -p "$BASE/uploads"
if [ ! -s "$BASE/secret" ]; then od -An -tx1 -N24 /dev/urandom | tr -d ' \n' >"$BASE/secret"; fi
cat >"$BASE/deposit.yml" <<EOF
authentication_provider: basic   # Django accounts, HTTP Basic authentication
checks: false                    # no checker task is scheduled: there are no workers here
max_upload_size: ${SWH_DEPOSIT_MAX_UPLOAD:-209715200}
scheduler: {cls: memory}
storage: {cls: memory}
storage_metadata: {cls: memory}
swh_authority_url: http://127.0.0.1:$PORT/
private:
  secret_key: $(cat "$BASE/secret")
  media_root: $BASE/uploads
  db: {name: swh-deposit, host: $PGSOCK, user: swh}
EOF
# What the checker and loader (run by hand by tests/swhserver.py) read.
cat >"$BASE/worker.yml" <<EOF
storage: {cls: memory}
deposit: {url: "http://127.0.0.1:$PORT/1/private/", auth: null}
EOF
export SWH_CONFIG_FILENAME=$BASE/deposit.yml DJANGO_SETTINGS_MODULE=swh.deposit.settings.production

# --- first start only: database, schema, the deposit client and its collection -------------------------
if [ "$restart" = 0 ]; then
    if [ "$("$PG_BINDIR/psql" -h "$PGSOCK" -U swh -d postgres -tAc \
            "select 1 from pg_database where datname='swh-deposit'")" != 1 ]; then
        "$PG_BINDIR/createdb" -h "$PGSOCK" -U swh swh-deposit
    fi
    "$PY" -m django migrate --noinput >"$BASE/migrate.log" 2>&1 || die "migrate failed, see $BASE/migrate.log"
    "$SWH_VENV/bin/swh" deposit admin --config-file "$BASE/deposit.yml" --platform production \
        user create --username "$DEPOSIT_USER" --password "$DEPOSIT_PASS" \
        --collection "$COLLECTION" --provider-url "$PROVIDER_URL" >"$BASE/admin.log" 2>&1 ||
        die "creating the deposit client failed, see $BASE/admin.log"
    printf 'SWH_DEPOSIT_BASE=%q\nSWH_DEPOSIT_PORT=%q\nSD_IRI=%q\nCOL_IRI=%q\nDEPOSIT_USER=%q\nDEPOSIT_PASS=%q\nPROVIDER_URL=%q\n' \
        "$BASE" "$PORT" "$SD_IRI" "$COL_IRI" "$DEPOSIT_USER" "$DEPOSIT_PASS" "$PROVIDER_URL" >"$BASE/server.env"
    touch "$BASE/initialized"
fi

# --- gunicorn in the background, then wait for the service document -------------------------------------
GUNICORN_OPTS=()   # gunicorn 22+ opens a control socket under ~/.gunicorn unless told not to
[[ $("$PY" -m gunicorn --help) == *--no-control-socket* ]] && GUNICORN_OPTS+=(--no-control-socket)
cd "$BASE"
nohup "$PY" -m gunicorn --bind "127.0.0.1:$PORT" --workers "${SWH_DEPOSIT_WORKERS:-2}" --timeout 120 \
    --graceful-timeout 2 "${GUNICORN_OPTS[@]}" --access-logfile "$BASE/access.log" \
    --access-logformat '%(m)s %(U)s %(s)s' --capture-output 'django.core.wsgi:get_wsgi_application()' \
    </dev/null >>"$BASE/gunicorn.log" 2>&1 &
GUNICORN_PID=$!
echo "$GUNICORN_PID" >"$BASE/gunicorn.pid"

PROBE='import base64, sys, urllib.request as r
auth = "Basic " + base64.b64encode(sys.argv[2].encode()).decode()
body = r.urlopen(r.Request(sys.argv[1], headers={"Authorization": auth}), timeout=5).read()
sys.exit(0 if b"<service" in body else 1)'
up=0
for _ in $(seq 1 240); do
    kill -0 "$GUNICORN_PID" 2>/dev/null || die "gunicorn exited, see $BASE/gunicorn.log"
    if "$PY" -c "$PROBE" "$SD_IRI" "$DEPOSIT_USER:$DEPOSIT_PASS" 2>/dev/null; then up=1; break; fi
    sleep 0.25
done
[ "$up" = 1 ] || die "no service document at $SD_IRI after 60 s, see $BASE/gunicorn.log"

OK=1
say "ready on 127.0.0.1:$PORT (BASE=$BASE)"
printf 'SWH_DEPOSIT_BASE=%s\nSWH_DEPOSIT_PORT=%s\nSD_IRI=%s\nCOL_IRI=%s\nDEPOSIT_USER=%s\nDEPOSIT_PASS=%s\nPROVIDER_URL=%s\n' \
    "$BASE" "$PORT" "$SD_IRI" "$COL_IRI" "$DEPOSIT_USER" "$DEPOSIT_PASS" "$PROVIDER_URL"
