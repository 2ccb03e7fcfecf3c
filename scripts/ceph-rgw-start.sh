#!/usr/bin/env bash
# Start a throw-away, single-node Ceph cluster with a RADOS Gateway serving S3 on 127.0.0.1, for the S3 tests
# and CI. One monitor, one OSD keeping its objects in memory (memstore), one radosgw; about 15 s and 150 MB.
#
# Why Ceph: it is the real S3 server Debian packages, and unlike mocks it checks Content-MD5 and honours
# If-None-Match on PUT, which the tests rely on. Needs:
#   apt-get install -y --no-install-recommends ceph-mon ceph-osd radosgw curl
#
# Settings (all optional, from the environment):
#   CEPH_RGW_STATE    folder for config, pid files and logs (default: a new mktemp folder, removed on stop)
#   CEPH_RGW_PORT     S3 port (default: a free port);  CEPH_RGW_MON_PORT  monitor port (default: a free port)
#   CEPH_RGW_TIMEOUT  seconds to wait for each daemon to come up (default 90)
#
# On success, stdout holds only KEY=VALUE lines (the fixture parses them; `set -a; eval "$(...)"` exports
# them in a shell): AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, CEPH_RGW_STATE.
# Progress and errors go to stderr. Stop with: scripts/ceph-rgw-stop.sh "$CEPH_RGW_STATE".
set -euo pipefail

say() { echo "ceph-rgw-start: $*" >&2; }
die() { say "$*"; exit 1; }

for tool in ceph-mon ceph-osd radosgw radosgw-admin ceph monmaptool curl; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found: apt-get install ceph-mon ceph-osd radosgw curl"
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
timeout=${CEPH_RGW_TIMEOUT:-90}

if [[ -n "${CEPH_RGW_STATE:-}" ]]; then
    state=$CEPH_RGW_STATE
    mkdir -p "$state"
    [[ -z "$(ls -A "$state")" ]] || die "state folder $state is not empty"
else
    state=$(mktemp -d "${TMPDIR:-/tmp}/ceph-rgw.XXXXXX")
    touch "$state/.remove-on-stop"
fi
mkdir -p "$state"/{mon.a,osd.0,run,log}

# A port nobody listens on now, below Linux's ephemeral range (32768 and up) so that no outgoing connection
# holds it either. Another process could still take it before the daemon binds it; the readiness checks
# below then fail with the log to read, rather than hang.
free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 12000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    die "no free port found"
}
rgw_port=${CEPH_RGW_PORT:-$(free_port)}
mon_port=${CEPH_RGW_MON_PORT:-$(free_port)}
while [[ "$mon_port" == "$rgw_port" ]]; do mon_port=$(free_port); done

# Anything started so far is stopped again if a later step fails.
started=0
cleanup_on_error() {
    local rc=$?
    if [[ $rc -ne 0 && $started -eq 1 ]]; then
        say "failed; stopping what was started (logs: $state/log)"
        tail -n 20 "$state"/log/*.log >&2 2>/dev/null || true
        CEPH_RGW_KEEP=1 "$here/ceph-rgw-stop.sh" "$state" >&2 || true
    fi
}
trap cleanup_on_error EXIT

# Wait until a command succeeds, or give up after $timeout seconds.
wait_for() {
    local what=$1; shift
    local deadline=$((SECONDS + timeout))
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || die "$what not ready after ${timeout}s"
        sleep 0.5
    done
}

fsid=$(cat /proc/sys/kernel/random/uuid)
conf="$state/ceph.conf"
# No authentication (the cluster only listens on loopback and lives for one test session); one replica;
# the OSD keeps objects in memory, capped at 2 GiB.
cat >"$conf" <<EOF
[global]
fsid = $fsid
mon host = v1:127.0.0.1:$mon_port
mon initial members = a
public network = 127.0.0.0/8
ms bind ipv4 = true
ms bind ipv6 = false
auth cluster required = none
auth service required = none
auth client required = none
auth supported = none
keyring = /dev/null
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd crush chooseleaf type = 0
mon allow pool size one = true
mon allow pool delete = true
mon max pg per osd = 1000
mon warn on pool no redundancy = false
run dir = $state/run
admin socket = $state/run/\$name.asok
pid file = $state/run/\$name.pid
log file = $state/log/\$name.log
mon data = $state/mon.\$id
osd data = $state/osd.\$id
osd objectstore = memstore
memstore device bytes = 2147483648
osd max object name len = 460
osd max object namespace len = 64
[client.rgw]
rgw frontends = beast endpoint=127.0.0.1:$rgw_port
rgw dns name = localhost
rgw thread pool size = 32
EOF

say "state in $state; monitor on port $mon_port, S3 on port $rgw_port"
# The address is spelled out as msgr v1: given a bare address on a port other than 6789, monmaptool declares
# v2 there, and the v1 clients (ceph CLI, OSD) then hang.
monmaptool --create --fsid "$fsid" --addv a "[v1:127.0.0.1:$mon_port]" "$state/monmap" >/dev/null
ceph-mon -c "$conf" --mkfs -i a --monmap "$state/monmap"
started=1
ceph-mon -c "$conf" -i a
wait_for "monitor" timeout 10 ceph -c "$conf" mon stat

osd_uuid=$(cat /proc/sys/kernel/random/uuid)
# The CLI too can ask before it has the monitor map (all-zero fsid, answered "EPERM: problem getting
# command descriptions"): seen once on a loaded machine. `osd new` with the same uuid is idempotent, so
# asking again is safe.
for attempt in 1 2 3 4 5; do
    osd_id=$(timeout 30 ceph -c "$conf" osd new "$osd_uuid") && break
    ((attempt < 5)) || die "the monitor did not register the OSD"
    say "registering the OSD failed (attempt $attempt), trying again"
    sleep 1
done
ceph-osd -c "$conf" -i "$osd_id" --mkfs --osd-uuid "$osd_uuid" >/dev/null 2>&1
# Now and then the OSD asks the monitor something before it has the monitor map, with an all-zero cluster id,
# is told "wrong fsid" and exits during start-up; a second start then works. Hence a few attempts, each
# judged by the OSD coming up: `ceph-osd` forks, so its exit status says only that the daemon was started
# (a daemon that died in its start-up failed a CI run this way).
osd_up() { timeout 10 ceph -c "$conf" osd stat 2>/dev/null | grep -q ' 1 up'; }
osd_alive() { local pid; pid=$(cat "$state/run/osd.$osd_id.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null; }
for attempt in 1 2 3 4 5; do
    ceph-osd -c "$conf" -i "$osd_id" || true
    deadline=$((SECONDS + timeout))
    while ((SECONDS < deadline)); do
        osd_up && break 2
        sleep 1
        osd_alive || break  # died in its start-up: start it again
    done
    ((attempt < 5)) || die "the OSD did not come up (see $state/log/osd.$osd_id.log)"
    say "the OSD did not come up (attempt $attempt), starting it again"
    if osd_alive; then kill "$(cat "$state/run/osd.$osd_id.pid")" 2>/dev/null || true; sleep 2; fi
done

radosgw -c "$conf" -n client.rgw
wait_for "radosgw" curl -fsS "http://127.0.0.1:$rgw_port/"

random_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }
access_key=AK$(random_hex 9 | tr a-f A-F)
secret_key=$(random_hex 20)
radosgw-admin -c "$conf" user create --uid=archiver-test --display-name="archiver tests" \
    --access-key="$access_key" --secret="$secret_key" >/dev/null

trap - EXIT
say "radosgw ready on http://127.0.0.1:$rgw_port"
cat <<EOF
AWS_ENDPOINT_URL=http://127.0.0.1:$rgw_port
AWS_ACCESS_KEY_ID=$access_key
AWS_SECRET_ACCESS_KEY=$secret_key
AWS_REGION=us-east-1
CEPH_RGW_STATE=$state
EOF
