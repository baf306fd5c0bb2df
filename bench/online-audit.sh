#!/usr/bin/env bash
# Online audit against curl: how long `scaling-advisor audit --api URL --format json` takes to read
# and audit a generated account of N applications over HTTP, against
# `curl --parallel --parallel-max 6` fetching the same URLs (me, applications, datacenters, every
# service's detail) with the same API key from the same server. Measured both ways: on bare
# loopback (where per-request CPU dominates) and with the simulator's 20 ms latency fault on
# every answer (what any real network adds). Target: within 1.05x of curl with latency.
#
# Beside both runs a bare QNetworkAccessManager loop (bench/bench_qnam_fetch: the same URLs, each
# answer parsed as JSON): the floor of the HTTP stack the advisor is built on, so that what the
# request layer adds shows apart from what Qt Network costs. Twice: with 6 requests handed to it at
# a time, and with 12, of which Qt Network sends 6 on its 6 connections to the host and keeps the
# others queued in its own thread (as the request layer does). Every tool uses 6 connections.
#
#   bench/online-audit.sh                 build Release in build/release-bench, then measure
#   SA_BENCH_BUILD=DIR bench/online-audit.sh   use (and build) another build folder
#   SA_BENCH_NO_BUILD=1 ...               use the binaries already in the build folder
#   APPS=1000 SEED=7 RUNS=5 ...           dataset size, seed, timed runs of each (median reported)
#   LATENCY_MS=20 ...                     the latency of the second measurement (0: skip it)
#
# Prints one line per tool and the ratio; exits 0 whether or not the target is met (figures are
# recorded, met or not), 1 when something could not run.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SA_BENCH_BUILD:-$root/build/release-bench}"
apps="${APPS:-1000}"
seed="${SEED:-7}"
runs="${RUNS:-5}"
latency="${LATENCY_MS:-20}"

for tool in curl python3; do
    command -v "$tool" >/dev/null || {
        echo "online-audit: $tool is needed" >&2
        exit 1
    }
done

if [ -z "${SA_BENCH_NO_BUILD:-}" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSA_BUILD_TESTS=OFF \
        -DSA_BUILD_BENCH=ON >/dev/null
    cmake --build "$build" --target scaling-advisor platform-sim bench_qnam_fetch >/dev/null
fi
sim="$build/src/app/platform-sim"
advisor="$build/src/app/scaling-advisor"
qnam="$build/bench/bench_qnam_fetch"
[ -x "$sim" ] && [ -x "$advisor" ] && [ -x "$qnam" ] || {
    echo "online-audit: no binaries in $build" >&2
    exit 1
}

# A private home: the advisor's snapshot cache and settings go there, never into the user's.
work="$(mktemp -d /tmp/sa-online-audit.XXXXXX)"
sim_pid=""
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/runtime" \
    DBUS_SESSION_BUS_ADDRESS=disabled:
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

"$sim" --generate "$apps" --seed "$seed" --port 0 --status-port 0 >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 1 600); do
    [ -s "$work/sim.out" ] && head -n1 "$work/sim.out" | grep -q '^{' && break
    kill -0 "$sim_pid" 2>/dev/null || {
        echo "online-audit: platform-sim stopped:" >&2
        cat "$work/sim.err" >&2
        exit 1
    }
    sleep 0.1
done
read -r api key user admin < <(head -n1 "$work/sim.out" | python3 -c '
import json, sys
info = json.load(sys.stdin)
dev = next(u for u in info["users"] if u["role"] == "developer")
print(info["api"], dev["api_key"], dev["username"], info["admin_token"])')

# The URLs the advisor reads, in curl's config format (the key is given once, on the command line
# through a config file so that it does not show in `ps`).
curl -sf -u "$key" "$api/v1/me/applications" -o "$work/apps.json"
python3 - "$api" "$work/apps.json" "$work/urls.txt" >"$work/urls.cfg" <<'EOF'
import json, sys
from urllib.parse import quote
api, path = sys.argv[1], sys.argv[2]
apps = json.load(open(path))["objects"]
urls = [api + "/v1/me", api + "/v1/me/applications", api + "/v1/datacenters"]
for app in apps:
    for svc in app.get("services", []):
        urls.append("%s/v1/me/applications/%s/services/%s" % (api, quote(app["name"], safe=""), quote(svc["name"], safe="")))
with open(sys.argv[3], "w") as plain:
    for u in urls:
        print('url = "%s"' % u)
        print('output = "/dev/null"')
        print(u, file=plain)
EOF
printf 'user = "%s"\n' "$key" >"$work/auth.cfg"
requests=$(grep -c '^url' "$work/urls.cfg")
services=$((requests - 3))

elapsed() { python3 -c "import sys; print('%.3f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }
median() { python3 -c 'import sys, statistics; print("%.3f" % statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }

run_advisor() {
    SCALING_ADVISOR_API_KEY="$key" "$advisor" audit --api "$api" --format json --fail-on never \
        >"$work/audit.json"
}
run_qnam() {
    SA_BENCH_KEY="$key" "$qnam" "$work/urls.txt" 6 >/dev/null
}
run_qnam_ahead() {
    SA_BENCH_KEY="$key" "$qnam" "$work/urls.txt" 12 >/dev/null
}
run_curl() {
    curl -sf --no-progress-meter --parallel --parallel-max 6 -K "$work/auth.cfg" -K "$work/urls.cfg"
}

# One warm-up of each (the server's caches, the page cache), then alternate the timed runs.
run_advisor
run_qnam
run_qnam_ahead
run_curl
python3 - "$work/audit.json" "$services" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
assert not report["errors"], report["errors"]
assert report["summary"]["services"] == int(sys.argv[2]), (report["summary"]["services"], sys.argv[2])
EOF

# Times RUNS alternated runs of each; prints one block of figures under the given title.
measure() {
    local title=$1 advisor_times=() qnam_times=() ahead_times=() curl_times=() t0 t1 t2 t3 t4
    for _ in $(seq 1 "$runs"); do
        t0=$EPOCHREALTIME # bash 5: no process started to read the clock
        run_advisor
        t1=$EPOCHREALTIME
        run_qnam
        t2=$EPOCHREALTIME
        run_qnam_ahead
        t3=$EPOCHREALTIME
        run_curl
        t4=$EPOCHREALTIME
        advisor_times+=("$(elapsed "$t0" "$t1")")
        qnam_times+=("$(elapsed "$t1" "$t2")")
        ahead_times+=("$(elapsed "$t2" "$t3")")
        curl_times+=("$(elapsed "$t3" "$t4")")
    done
    local advisor_median qnam_median ahead_median curl_median
    advisor_median=$(median "${advisor_times[@]}")
    qnam_median=$(median "${qnam_times[@]}")
    ahead_median=$(median "${ahead_times[@]}")
    curl_median=$(median "${curl_times[@]}")
    ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
    echo "$title:"
    echo "  scaling-advisor audit --api URL --format json : ${advisor_median} s  (runs: ${advisor_times[*]})"
    echo "  bare QNetworkAccessManager, 6 handed over     : ${qnam_median} s  (runs: ${qnam_times[*]})"
    echo "  bare QNetworkAccessManager, 12 handed over    : ${ahead_median} s  (runs: ${ahead_times[*]})"
    echo "  curl --parallel --parallel-max 6 (same URLs)   : ${curl_median} s  (runs: ${curl_times[*]})"
    echo "  ratio advisor/curl: $(ratio "$advisor_median" "$curl_median")   bare QNAM/curl: $(ratio "$qnam_median" "$curl_median") (6), $(ratio "$ahead_median" "$curl_median") (12)   advisor/bare QNAM (12): $(ratio "$advisor_median" "$ahead_median")"
}

echo "online audit: $apps applications (seed $seed), $services services, $requests requests, median of $runs runs"
echo "  load: $(uptime)"
measure "bare loopback"
if [ "$latency" -gt 0 ]; then
    curl -sf -X POST -H "X-Admin-Token: $admin" -H "Content-Type: application/json" \
        -d "{\"kind\": \"latency\", \"latency_ms\": $latency}" "$api/admin/faults" >/dev/null
    run_advisor # warm-up with the latency
    measure "with ${latency} ms of server latency per answer (target <= 1.05)"
    curl -sf -X DELETE -H "X-Admin-Token: $admin" "$api/admin/faults" >/dev/null
fi
echo "  load after: $(uptime)"
