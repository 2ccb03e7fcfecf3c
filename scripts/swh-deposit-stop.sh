#!/usr/bin/env bash
# Stop what scripts/swh-deposit-start.sh started in BASE: gunicorn, then PostgreSQL, by their pid files.
#
#   scripts/swh-deposit-stop.sh BASE            stop; starting again with SWH_DEPOSIT_BASE=BASE resumes the
#                                               same database on the same port
#   scripts/swh-deposit-stop.sh BASE --clean    stop and delete BASE (and the cluster, if it lives in /tmp)
#
# Only the processes named in BASE's pid files are signalled, and only if their command line is still
# gunicorn's or postgres's (a pid can be reused): another server on the machine is left alone.
set -uo pipefail

BASE=${1:-${SWH_DEPOSIT_BASE:-}}
[ -n "$BASE" ] || { echo "usage: $0 BASE [--clean]" >&2; exit 2; }
[ -d "$BASE" ] || { echo "swh-deposit-stop: no such folder: $BASE" >&2; exit 0; }
CLEAN=0
[ "${2:-}" = --clean ] && CLEAN=1
say() { echo "swh-deposit-stop: $*" >&2; }

runs_as() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q -- "$2"; }
gone_within() {  # pid, tenths of a second
    for _ in $(seq 1 "$2"); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
    return 1
}

# 1. gunicorn: TERM to the master, which stops its workers; KILL after 5 s
pid=$(cat "$BASE/gunicorn.pid" 2>/dev/null)
if runs_as "$pid" gunicorn; then
    kill -TERM "$pid"
    gone_within "$pid" 50 || { say "gunicorn $pid still running, killing it"; kill -KILL "$pid"; gone_within "$pid" 20; }
fi
rm -f "$BASE/gunicorn.pid"

# 2. PostgreSQL: a fast shutdown by pg_ctl as the cluster's owner, else SIGINT to the postmaster
PGDIR=$(cat "$BASE/pgdir" 2>/dev/null || echo "$BASE/pg")
PGDATA=$PGDIR/data
pid=$(head -n1 "$PGDATA/postmaster.pid" 2>/dev/null)
if runs_as "$pid" postgres; then
    owner=$(stat -c %U "$PGDATA")
    pg_ctl=$(dirname "$(readlink -f "/proc/$pid/exe")")/pg_ctl
    if [ "$(id -un)" = "$owner" ]; then "$pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
    else runuser -u "$owner" -- "$pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1; fi ||
        { kill -INT "$pid"; gone_within "$pid" 50; }
fi

if [ "$CLEAN" = 1 ]; then
    sock=$(cat "$BASE/pgsock" 2>/dev/null)
    case "$sock" in /tmp/swhpgs.*) rm -rf "$sock" ;; esac
    case "$PGDIR" in /tmp/swhpg.*) rm -rf "$PGDIR" ;; esac
    rm -rf "$BASE"
fi
exit 0
