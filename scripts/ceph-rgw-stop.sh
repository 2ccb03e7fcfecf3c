#!/usr/bin/env bash
# Stop the Ceph daemons scripts/ceph-rgw-start.sh started, by the pid files in its state folder, and remove
# the folder if the start script made it (set CEPH_RGW_KEEP=1 to keep it, e.g. to read the logs).
#
#   scripts/ceph-rgw-stop.sh STATE        (or CEPH_RGW_STATE=STATE scripts/ceph-rgw-stop.sh)
#
# Only the processes named in STATE/run/*.pid are signalled: other Ceph instances on the machine (another
# test session, a real cluster) are left alone. TERM first; KILL whatever is still alive after
# CEPH_RGW_STOP_GRACE seconds (default 3).
set -uo pipefail

state=${1:-${CEPH_RGW_STATE:-}}
[[ -n "$state" ]] || { echo "usage: $0 STATE-FOLDER (printed by ceph-rgw-start.sh as CEPH_RGW_STATE)" >&2; exit 2; }
[[ -d "$state" ]] || { echo "ceph-rgw-stop: no such folder: $state" >&2; exit 0; }

pids=()
for pidfile in "$state"/run/*.pid; do
    [[ -f "$pidfile" ]] || continue
    pid=$(<"$pidfile")
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && pids+=("$pid")
done

if ((${#pids[@]})); then
    kill -TERM "${pids[@]}" 2>/dev/null
    grace=${CEPH_RGW_STOP_GRACE:-3}
    deadline=$((SECONDS + grace))
    while :; do
        alive=()
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
        ((${#alive[@]} && SECONDS < deadline)) || break
        sleep 0.2
    done
    # The cluster is throw-away (objects in memory, nothing to flush), so there is no point waiting out
    # radosgw's and the OSD's slow shutdowns (6 s and more once the monitor is gone).
    ((${#alive[@]})) && kill -KILL "${alive[@]}" 2>/dev/null
fi

if [[ -f "$state/.remove-on-stop" && "${CEPH_RGW_KEEP:-0}" != "1" ]]; then
    rm -rf "$state"
fi
exit 0
