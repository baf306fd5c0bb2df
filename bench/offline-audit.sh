#!/bin/sh
# Offline audit of a large snapshot against Python's parse of the same file (issue 3, bench b):
# our whole `audit --snapshot` must beat `json.load` alone, with peak memory under 400 MB.
#
#   bench/offline-audit.sh BUILD_DIR [SERVICES] [RUNS]
#
# BUILD_DIR is a Release build with the bench targets (bench_make_snapshot, bench_offline_audit).
# When SCALING_ADVISOR (default BUILD_DIR/src/app/scaling-advisor) is an executable, the real
# `scaling-advisor audit --snapshot FILE --format json` is measured; the in-process equivalent
# bench_offline_audit (Snapshot::read + RulesEngine::audit + the JSON report) is measured too.
set -eu

build=${1:?usage: offline-audit.sh BUILD_DIR [SERVICES] [RUNS]}
services=${2:-100000}
runs=${3:-3}
cli=${SCALING_ADVISOR:-$build/src/app/scaling-advisor}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
snapshot=$work/snapshot-$services.json

"$build/bench/bench_make_snapshot" "$services" "$snapshot"

# measure LABEL COMMAND…: prints "LABEL: S s, M MB peak" (wall time) and "LABEL CPU: C s" for each run. Exit status 3 (findings at
# or above --fail-on) is the expected outcome of an audit of this account, not a failure.
measure() {
    label=$1
    shift
    i=0
    while [ "$i" -lt "$runs" ]; do
        status=0
        /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>"$work/err" || status=$?
        if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
            echo "$label: failed with status $status" >&2
            cat "$work/err" >&2
            return 1
        fi
        seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time" |
            awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
        kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
        # CPU time (user + system) says more than wall time on a shared, loaded machine.
        cpu=$(sed -n 's/.*\(User\|System\) time (seconds): //p' "$work/time" | awk '{ t += $1 } END { print t }')
        echo "$label: ${seconds} s, $((kb / 1024)) MB peak"
        echo "$label CPU: ${cpu} s"
        i=$((i + 1))
    done
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure "python3 json.load" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$snapshot"
if [ -x "$cli" ]; then
    measure "scaling-advisor audit --snapshot" "$cli" audit --snapshot "$snapshot" --format json
    # The report must be the real thing: JSON with every finding.
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("  report:", d["summary"]["services"], "services,", len(d["findings"]), "findings")' "$work/out"
else
    echo "scaling-advisor not found at $cli: measuring the in-process equivalent only"
fi
measure "bench_offline_audit (in-process)" "$build/bench/bench_offline_audit" "$snapshot"
