#!/usr/bin/env bash
# A 20,000-application account in the window against the command line, in one run: generates the
# snapshot (100,000 services), then alternates `bench_gui_open` (the real window, offscreen: time
# to paint, every keystroke of the filter, peak memory) and its peer, `scaling-advisor audit
# --snapshot` of the same file (wall time, peak memory), RUNS times each, and prints the figures
# with the load before and after. Goals: painted < 2 s, keystroke < 50 ms, memory <= 2x the audit.
#
#   bench/gui-open.sh                    build Release in build/release, then measure
#   SA_BENCH_BUILD=DIR ...                another build folder; SA_BENCH_NO_BUILD=1: use it as it is
#   RUNS=3 ...                            runs of each (every run is printed)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SA_BENCH_BUILD:-$root/build/release}"
runs="${RUNS:-3}"
if [ -z "${SA_BENCH_NO_BUILD:-}" ]; then
    cmake --preset release >/dev/null
    cmake --build "$build" --target bench_gui_open bench_make_snapshot scaling-advisor >/dev/null
fi
work="$(mktemp -d /tmp/sa-gui-open.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/runtime" \
    DBUS_SESSION_BUS_ADDRESS=disabled: QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

"$build/bench/bench_make_snapshot" 100000 "$work/big.json" >/dev/null
echo "window against the command line, $(du -h "$work/big.json" | cut -f1) snapshot, $runs runs each"
echo "  load: $(uptime)"
for i in $(seq 1 "$runs"); do
    echo "run $i, window:"
    /usr/bin/time -f "    maximum resident %M kB, %U s user, %e s wall" \
        "$build/bench/bench_gui_open" "$work/big.json" 2>&1 | sed 's/^/    /'
    echo "run $i, command line:"
    /usr/bin/time -f "    maximum resident %M kB, %U s user, %e s wall" \
        "$build/src/app/scaling-advisor" audit --snapshot "$work/big.json" --format json \
        --fail-on never --output "$work/r.json" 2>&1 | grep -v '^Wrote' | sed 's/^/    /'
done
echo "  load after: $(uptime)"
