#!/usr/bin/env bash
# The package on a clean Debian 12 system, as a user installs it:
#   1. the .deb made by CPack (by the package-build test, or here when it is missing);
#   2. a fresh minimal Debian 12 root (debootstrap --variant=minbase bookworm, from the mirror this
#      machine's apt uses); a pristine copy is extracted for every run;
#   3. apt-get install ./scaling-advisor_….deb inside it (chroot), which must pull every dependency
#      (no Recommends, so the Depends alone must be complete);
#   4. inside: scaling-advisor --version, scaling-advisor audit --demo --format json (the JSON is
#      checked), and the GUI on the demo platform under xvfb-run with SA_QUIT_AFTER_LOAD=1.
#
# usage: package-test.sh BUILD_DIR PACKAGE_DIR VERSION WORK_DIR
# WORK_DIR keeps the cache between runs: the pristine root (a tarball) and apt's downloaded .debs.
# Delete WORK_DIR/cache (or set SA_PACKAGE_REFRESH=1) to start from a new debootstrap.
# SA_DEBIAN_MIRROR overrides the mirror. Exit 77 = skipped (not root, or debootstrap cannot run).
set -euo pipefail

build=$1 out=$2 version=$3 work=$4
here=$(cd "$(dirname "$0")" && pwd)
SKIP=77
GUI_TIMEOUT=${SA_GUI_TIMEOUT:-120}
started=$(date +%s)

log() { echo "[$(($(date +%s) - started))s] $*"; }
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
skip() {
    echo "SKIP: $*"
    exit $SKIP
}

[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap, chroot and mount); run ctest as root"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (Debian package debootstrap)"
command -v python3 >/dev/null || fail "python3 is needed to check the audit's JSON"
mkdir -p "$work"
work=$(realpath "$work")

# --- the Debian mirrors this machine's apt uses (bookworm, -updates, -security) -------------------
# Prints "URI SUITE" pairs, from one-line (.list) and deb822 (.sources) files.
apt_sources() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        sed -E 's/#.*//; s/\[[^]]*\]//' "$f" | awk '$1 == "deb" { print $2, $3 }'
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk 'BEGIN { RS = ""; FS = "\n" }
             {
                 uris = ""; suites = ""; types = ""
                 for (i = 1; i <= NF; i++) {
                     if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
                     if ($i ~ /^Suites:/) { suites = $i; sub(/^Suites:[ \t]*/, "", suites) }
                     if ($i ~ /^Types:/) { types = $i }
                 }
                 if (types !~ /(^|[ \t])deb([ \t]|$)/) next
                 n = split(uris, u, /[ \t]+/); m = split(suites, s, /[ \t]+/)
                 for (a = 1; a <= n; a++) for (b = 1; b <= m; b++) if (u[a] != "" && s[b] != "") print u[a], s[b]
             }' "$f"
    done
}
sources=$(apt_sources | awk '$2 ~ /^bookworm(-updates|-security|\/updates)?$/' | awk '!seen[$0]++')
mirror=${SA_DEBIAN_MIRROR:-$(awk '$2 == "bookworm" { print $1; exit }' <<<"$sources")}
mirror=${mirror:-http://deb.debian.org/debian}
[ -n "$sources" ] || sources="$mirror bookworm"
if [ -n "${SA_DEBIAN_MIRROR:-}" ]; then
    sources=$(awk -v m="$mirror" '$2 == "bookworm" || $2 == "bookworm-updates" { $1 = m } 1' <<<"$sources")
fi
log "Debian mirror: $mirror"

# --- the package ----------------------------------------------------------------------------------
deb=$(ls "$out"/scaling-advisor_"$version"-*_*.deb 2>/dev/null | head -1 || true)
if [ -z "$deb" ]; then
    log "building the package (cpack in $build)"
    "$here/package-checks.sh" build "$build" "$out" >/dev/null || fail "cpack failed"
    deb=$(ls "$out"/scaling-advisor_"$version"-*_*.deb | head -1)
fi
log "package: $deb ($(du -h "$deb" | cut -f1))"

mkdir -p "$work/cache/apt-archives/partial"
exec 9>"$work/lock"
flock 9 # one run at a time per work folder
root=$work/root
cache_tar=$work/cache/bookworm-minbase.tar
cache_key=$work/cache/bookworm-minbase.key
key=$(printf 'minbase bookworm\n%s\n' "$sources")

# --- mounts: always undone, and the root is deleted only when nothing is mounted in it ------------
mounts_under() { awk -v r="$1" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts | sort -r; }
kill_chroot_processes() {
    local p target
    for p in /proc/[0-9]*; do
        target=$(readlink "$p/root" 2>/dev/null || true)
        [ "$target" = "$1" ] && kill -9 "${p#/proc/}" 2>/dev/null || true
    done
}
cleanup_root() {
    local dir=$1
    [ -d "$dir" ] || return 0
    unmount_root "$dir"
    if [ -n "$(mounts_under "$dir")" ]; then
        echo "WARNING: still mounted under $dir; not deleting it" >&2
        return 1
    fi
    rm -rf --one-file-system "$dir"
}
mount_root() {
    local dir=$1
    mount -t proc proc "$dir/proc"
    mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$dir/dev/shm"
    mount --bind "$work/cache/apt-archives" "$dir/var/cache/apt/archives"
}
# SA_PACKAGE_KEEP_ROOT=1 leaves the root in place (unmounted) to look into a failure.
unmount_root() {
    local m
    kill_chroot_processes "$1"
    for m in $(mounts_under "$1"); do umount "$m" 2>/dev/null || umount -l "$m"; done
}
on_exit() {
    cleanup_root "$root.new" || true
    if [ -n "${SA_PACKAGE_KEEP_ROOT:-}" ] && [ -d "$root" ]; then
        unmount_root "$root"
        echo "root kept in $root"
    elif [ -d "$root" ]; then
        cleanup_root "$root" || true
        log "root removed"
    fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM

# in_root SECONDS COMMAND…: run COMMAND in the root with a clean environment and a time limit.
in_root() {
    local seconds=$1
    shift
    timeout "$seconds" chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# --- the pristine root: debootstrap once, then a tarball ----------------------------------------
cleanup_root "$root.new" || fail "cannot clean $root.new"
cleanup_root "$root" || fail "cannot clean $root"
if [ ! -f "$cache_tar" ] || [ "$(cat "$cache_key" 2>/dev/null)" != "$key" ] || [ -n "${SA_PACKAGE_REFRESH:-}" ]; then
    log "debootstrap --variant=minbase bookworm (first run: downloads about 40 MB)"
    include=()
    case "$mirror" in https:*) include=(--include=ca-certificates) ;; esac
    mkdir -p "$root.new"
    mount -t tmpfs -o size=3g,mode=755 tmpfs "$root.new" 2>/dev/null || true
    if ! debootstrap --variant=minbase "${include[@]}" bookworm "$root.new" "$mirror" \
        >"$work/debootstrap.log" 2>&1; then
        tail -20 "$work/debootstrap.log"
        cleanup_root "$root.new" || true
        skip "debootstrap cannot run here (log: $work/debootstrap.log)"
    fi
    awk '{ print "deb", $1, $2, "main" }' <<<"$sources" >"$root.new/etc/apt/sources.list"
    rm -f "$root.new"/var/cache/apt/archives/*.deb
    tar --numeric-owner -cpf "$cache_tar.tmp" -C "$root.new" .
    mv "$cache_tar.tmp" "$cache_tar"
    echo "$key" >"$cache_key"
    cleanup_root "$root.new" || fail "cannot clean $root.new"
    log "pristine root cached in $cache_tar ($(du -h "$cache_tar" | cut -f1))"
fi

mkdir "$root"
# In memory when possible: extracting and deleting ~600 MB of small files on a busy disk takes
# longer than the rest of the test (a kept root stays on disk).
if [ -z "${SA_PACKAGE_KEEP_ROOT:-}" ] && mount -t tmpfs -o size=3g,mode=755 tmpfs "$root" 2>/dev/null; then
    log "root in memory (tmpfs)"
fi
tar --numeric-owner -xpf "$cache_tar" -C "$root"
mount_root "$root"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# No daemon may start inside the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
log "fresh Debian 12 root ready in $root"

in_root 300 apt-get update -qq || fail "apt-get update failed in the root"
log "apt-get update done"

# --- install the package: apt must find every dependency ----------------------------------------
cp "$deb" "$root/tmp/"
debname=$(basename "$deb")
t0=$(date +%s)
if ! in_root 900 sh -c "cd /tmp && apt-get install -y -q --no-install-recommends ./$debname" \
    >"$work/apt-install.log" 2>&1; then
    tail -30 "$work/apt-install.log"
    fail "apt-get install ./$debname failed in a clean Debian 12 root (log: $work/apt-install.log)"
fi
installed=$(grep -cE '^(Setting up|Unpacking) ' "$work/apt-install.log" || true)
log "installed $debname with its dependencies in $(($(date +%s) - t0)) s ($((installed / 2)) packages)"
dpkg_status=$(in_root 60 dpkg-query -W -f '${Status}' scaling-advisor)
[ "$dpkg_status" = "install ok installed" ] || fail "dpkg does not list scaling-advisor as installed"
for f in /usr/bin/scaling-advisor /usr/bin/platform-sim \
    /usr/share/applications/scaling-advisor.desktop \
    /usr/share/metainfo/org.example.ScalingAdvisor.metainfo.xml \
    /usr/share/mime/packages/org.example.ScalingAdvisor.xml \
    /usr/share/doc/scaling-advisor/user-guide.md \
    /usr/share/icons/hicolor/scalable/apps/scaling-advisor.svg \
    /usr/share/icons/hicolor/48x48/apps/scaling-advisor.png \
    /usr/share/man/man1/scaling-advisor.1.gz /usr/share/man/man1/platform-sim.1.gz; do
    [ -e "$root$f" ] || fail "$f is not installed"
done

# --- run it, as a terminal user without a display would -------------------------------------------
status=0
out_version=$(in_root 60 scaling-advisor --version 2>&1) || status=$?
echo "scaling-advisor --version: $out_version"
[ $status -eq 0 ] || fail "scaling-advisor --version exited $status"
grep -q "$version" <<<"$out_version" || fail "scaling-advisor --version does not print $version"

# Missing shared libraries would show here as well as in the GUI.
missing_libs=$(in_root 60 sh -c 'ldd /usr/bin/scaling-advisor /usr/bin/platform-sim' | grep 'not found' || true)
[ -z "$missing_libs" ] || fail "unresolved libraries: $missing_libs"

status=0
in_root 120 sh -c 'cd /tmp && exec scaling-advisor audit --demo --format json >/tmp/audit.json 2>/tmp/audit.err' || status=$?
# 0 = no danger found, 3 = findings at or above --fail-on (the demo has some): both are a report.
if [ $status -ne 0 ] && [ $status -ne 3 ]; then
    cat "$root/tmp/audit.err" "$root/tmp/audit.json" >&2
    fail "scaling-advisor audit --demo --format json exited $status"
fi
python3 - "$root/tmp/audit.json" <<'PY' || { cat "$root/tmp/audit.err" >&2; fail "the audit did not print the JSON report"; }
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except ValueError as e:
    sys.exit("not JSON: %s: %r" % (e, open(sys.argv[1]).read()[:300]))
score = report["summary"]["score"]
findings = report["findings"]
assert isinstance(score, (int, float)) and 0 <= score <= 100, "summary.score %r" % score
assert isinstance(findings, list) and findings, "no findings on the demo platform"
assert all("rule" in f and "severity" in f for f in findings), "a finding without rule or severity"
print("audit --demo: score %s, grade %s, %d findings" % (score, report["summary"].get("grade"), len(findings)))
PY
log "command line checked (exit status $status)"

# --- the GUI under Xvfb (installed for the test only, after the package) ---------------------------
in_root 600 apt-get install -y -q --no-install-recommends xvfb xauth >"$work/apt-xvfb.log" 2>&1 ||
    { tail -20 "$work/apt-xvfb.log"; fail "cannot install xvfb in the root"; }
log "xvfb installed"
mkdir -m 700 "$root/tmp/runtime"
status=0
# SA_SCREENSHOT: the window as it looked once loaded, kept beside the logs for a look.
in_root $((GUI_TIMEOUT + 30)) env SA_QUIT_AFTER_LOAD=1 SA_SCREENSHOT=/tmp/gui.png XDG_RUNTIME_DIR=/tmp/runtime \
    DBUS_SESSION_BUS_ADDRESS=disabled: \
    sh -c "cd /tmp && exec timeout $GUI_TIMEOUT xvfb-run -a -s '-screen 0 1280x800x24' scaling-advisor --demo" \
    >"$work/gui.log" 2>&1 || status=$?
cat "$work/gui.log"
if [ $status -eq 124 ]; then
    fail "the GUI did not quit within $GUI_TIMEOUT s with SA_QUIT_AFTER_LOAD=1 (demo not loaded, or SA_QUIT_AFTER_LOAD not implemented)"
fi
[ $status -eq 0 ] || fail "the GUI (scaling-advisor --demo under xvfb-run) exited $status"
log "GUI loaded the demo and quit cleanly"
if [ -f "$root/tmp/gui.png" ]; then
    cp "$root/tmp/gui.png" "$work/gui.png"
    log "screenshot of the window: $work/gui.png"
fi

in_root 120 apt-get autoclean -qq >/dev/null 2>&1 || true
log "PASS: the package installs and runs on a clean Debian 12"
