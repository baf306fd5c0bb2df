#!/usr/bin/env bash
# Checks of the installable application, one per sub-command (registered in CMakeLists.txt):
#   build    BUILD OUT                 run CPack in the build tree: OUT gets the .deb and the .tar.gz
#   contents OUT VERSION BUILD         dpkg -c / dpkg -I / tar: every file a user needs, full Depends
#   lintian  OUT VERSION               lintian on the .deb: no error allowed
#   desktop  DESKTOP METAINFO [MIME]   desktop-file-validate, appstreamcli validate, and the MIME
#                                      package the desktop entry registers
#   prefix   BUILD PREFIX VERSION      cmake --install into a fresh prefix, then run from there
#   manpage  BINARY MANPAGE [COMMAND…] every option that BINARY --help (and BINARY COMMAND --help)
#                                      prints is documented in MANPAGE
# Exit 77 means skipped (a tool is missing), and the reason is printed.
set -euo pipefail

SKIP=77
APP_ID=org.example.ScalingAdvisor
ICON_SIZES="16 22 24 32 48 64 128 256"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
skip() {
    echo "SKIP: $*"
    exit $SKIP
}

# A quiet, private environment for running our binaries: no display, no session bus (a keychain
# call must not wait on a prompt), private settings.
run_isolated() {
    local home
    home=$(mktemp -d)
    mkdir -m 700 "$home/runtime"
    (cd / && env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home/runtime" \
        XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled: \
        timeout 60 "$@")
    local rc=$?
    rm -rf "$home"
    return $rc
}

find_deb() {
    local out=$1 version=$2 deb
    deb=$(ls "$out"/scaling-advisor_"$version"-*_*.deb 2>/dev/null | head -1)
    [ -n "$deb" ] || fail "no scaling-advisor_$version-*.deb in $out (the package-build test makes it)"
    echo "$deb"
}

# Options named in a help text: words starting with - or -- after a blank, comma, bracket or bar.
options_in() {
    grep -oE '(^|[[:space:],[(|])--?[A-Za-z][A-Za-z0-9-]*' | sed -E 's/^[[:space:],[(|]//' | sort -u
}

cmd=${1:-}
shift || true
case "$cmd" in
build)
    build=$1 out=$2
    command -v dpkg-shlibdeps >/dev/null || skip "dpkg-shlibdeps is missing (Debian package dpkg-dev)"
    rm -rf "$out"
    mkdir -p "$out"
    cpack --config "$build/CPackConfig.cmake" -B "$out" || fail "cpack failed"
    ls -l "$out"/*.deb "$out"/*.tar.gz
    ;;

contents)
    out=$1 version=$2 build=$3
    deb=$(find_deb "$out" "$version")
    listing=$(dpkg -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
    echo "$listing"
    expected="/usr/bin/scaling-advisor /usr/bin/platform-sim
        /usr/share/applications/scaling-advisor.desktop /usr/share/metainfo/$APP_ID.metainfo.xml
        /usr/share/mime/packages/$APP_ID.xml /usr/share/doc/scaling-advisor/user-guide.md
        /usr/share/icons/hicolor/scalable/apps/scaling-advisor.svg
        /usr/share/man/man1/scaling-advisor.1.gz /usr/share/man/man1/platform-sim.1.gz
        /usr/share/doc/scaling-advisor/copyright /usr/share/doc/scaling-advisor/changelog.Debian.gz"
    for size in $ICON_SIZES; do
        expected="$expected /usr/share/icons/hicolor/${size}x${size}/apps/scaling-advisor.png"
    done
    for f in $expected; do
        grep -qx "$f" <<<"$listing" || fail "the .deb does not contain $f"
    done
    ! grep -q '^/usr/local' <<<"$listing" || fail "the .deb installs into /usr/local"
    # Build products that are no business of a user's system.
    stray=$(grep -E '^/usr/include/|\.a$|/cmake/|/tests?/' <<<"$listing" || true)
    [ -z "$stray" ] || fail "the .deb contains development or test files: $stray"

    tree=$(mktemp -d)
    trap 'rm -rf "$tree"' EXIT
    dpkg-deb -x "$deb" "$tree"

    # Translations are compiled into the binary (qt_add_translations): every .qm file built in
    # the tree must appear, by name, in the binary's resource table (names are UTF-16).
    # The package tests' own trees are not descended into: package-debian's root may be in use
    # at the same moment, with a /proc mounted in it that find cannot read.
    qms=$(find "$build" -path '*/package-*' -prune -o -name '*.qm' -printf '%f\n' | sort -u)
    if [ -z "$qms" ]; then
        echo "NOTE: no .qm translation was built in $build: nothing to check yet"
    fi
    for qm in $qms; do
        utf16=$(printf '%s' "$qm" | iconv -f UTF-8 -t UTF-16BE | od -An -tx1 -v | tr -s ' \n' ' ' |
            sed -E 's/ ([0-9a-f]{2})/\\x\1/g; s/ //g')
        LC_ALL=C grep -qaP "$utf16" "$tree/usr/bin/scaling-advisor" ||
            fail "translation $qm is not embedded in scaling-advisor"
        echo "translation $qm: embedded in /usr/bin/scaling-advisor"
    done

    # The metainfo, the desktop entry and the icon agree with each other as installed.
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate-tree --no-net "$tree" || fail "appstreamcli validate-tree rejects the package"
    fi

    dpkg-deb -I "$deb"
    depends=$(dpkg-deb -f "$deb" Depends)
    # shlibdeps must have run (Qt libraries), and what it cannot see must be there by hand.
    for p in libc6 libqt6core6 libqt6widgets6 libqt6network6 qt6-qpa-plugins libqt6svg6 \
        libqt6sql6-sqlite libsecret-1-0; do
        grep -qE "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p: $depends"
    done
    [ "$(dpkg-deb -f "$deb" Package)" = scaling-advisor ] || fail "package name is not scaling-advisor"

    tgz=$(ls "$out"/scaling-advisor-"$version"-*.tar.gz 2>/dev/null | head -1)
    [ -n "$tgz" ] || fail "no scaling-advisor-$version-*.tar.gz in $out"
    tlisting=$(tar -tzf "$tgz")
    for f in bin/scaling-advisor bin/platform-sim share/applications/scaling-advisor.desktop \
        share/man/man1/scaling-advisor.1.gz; do
        grep -qE "/$f\$" <<<"$tlisting" || fail "the .tar.gz does not contain $f"
    done
    echo "OK: $(basename "$deb") and $(basename "$tgz") hold everything"
    ;;

lintian)
    out=$1 version=$2
    command -v lintian >/dev/null || skip "lintian is not installed"
    deb=$(find_deb "$out" "$version")
    report=$(lintian --display-level '>=pedantic' --allow-root "$deb" 2>&1) || true
    echo "$report"
    errors=$(grep -c '^E: ' <<<"$report" || true)
    warnings=$(grep -c '^W: ' <<<"$report" || true)
    echo "lintian: $errors error(s), $warnings warning(s)"
    [ "$errors" -eq 0 ] || fail "lintian reports errors"
    ;;

desktop)
    desktop=$1 metainfo=$2 mime=${3:-}
    ran=0
    if [ -n "$mime" ]; then
        # The desktop entry opens exactly the types the MIME package declares, and the package
        # compiles into a MIME database.
        declared=$(grep -o '<mime-type type="[^"]*"' "$mime" | sed 's/.*type="//; s/"$//' | sort)
        listed=$(sed -n 's/^MimeType=//p' "$desktop" | tr ';' '\n' | sed '/^$/d' | sort)
        [ -n "$declared" ] || fail "$mime declares no MIME type"
        [ "$declared" = "$listed" ] || fail "$desktop lists MimeType '$listed', $mime declares '$declared'"
        grep -q '^Exec=.*%[fFuU]' "$desktop" || fail "$desktop registers a MIME type but its Exec takes no file"
        if command -v update-mime-database >/dev/null; then
            db=$(mktemp -d)
            mkdir -p "$db/mime/packages"
            cp "$mime" "$db/mime/packages/"
            update-mime-database "$db/mime" 2>/dev/null || fail "update-mime-database rejects $mime"
            grep -q "$declared" "$db/mime/types" || fail "$mime: $declared is not in the compiled database"
            if command -v gio >/dev/null; then
                # As a file manager sees a snapshot named like any JSON file.
                printf '{"format":"scaling-advisor-snapshot","format_version":1}' >"$db/alice.json"
                seen=$(XDG_DATA_HOME=$db gio info -a standard::content-type "$db/alice.json" |
                    sed -n 's/.*content-type: //p')
                [ "$seen" = "$declared" ] || fail "gio sees a snapshot as '$seen', not $declared"
            fi
            rm -rf "$db"
            echo "update-mime-database: $mime declares $declared"
        fi
        ran=1
    fi
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
        echo "desktop-file-validate: $desktop is valid"
        ran=1
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli rejects $metainfo"
        ran=1
    fi
    [ $ran -eq 1 ] || skip "neither desktop-file-validate nor appstreamcli is installed"
    ;;

prefix)
    build=$1 prefix=$2 version=$3
    rm -rf "$prefix"
    cmake --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install failed"
    while read -r f; do
        case "$f" in "$prefix"/*) ;; *) fail "installed outside the prefix: $f" ;; esac
    done <"$build/install_manifest.txt"
    for f in bin/scaling-advisor bin/platform-sim share/applications/scaling-advisor.desktop \
        share/metainfo/$APP_ID.metainfo.xml share/mime/packages/$APP_ID.xml \
        share/doc/scaling-advisor/user-guide.md share/icons/hicolor/scalable/apps/scaling-advisor.svg \
        share/icons/hicolor/48x48/apps/scaling-advisor.png share/man/man1/scaling-advisor.1.gz; do
        [ -e "$prefix/$f" ] || fail "$prefix/$f is missing"
    done
    for bin in scaling-advisor platform-sim; do
        v=$(run_isolated "$prefix/bin/$bin" --version) || fail "$bin --version failed from $prefix"
        grep -q "$version" <<<"$v" || fail "$bin --version printed '$v', expected $version"
        echo "$prefix/bin/$bin --version: $v"
    done
    # The demo dataset and the service catalogue are resources: the audit works from the prefix.
    rc=0
    json=$(run_isolated "$prefix/bin/scaling-advisor" audit --demo --format json) || rc=$?
    [ $rc -eq 0 ] || [ $rc -eq 3 ] ||
        fail "'scaling-advisor audit --demo --format json' from $prefix exited $rc: $json"
    python3 -c 'import json,sys; d=json.loads(sys.argv[1]); s=d["summary"]["score"]; f=d["findings"]; print("audit from the prefix: score", s, "with", len(f), "findings")' \
        "$json" || fail "audit --demo --format json from $prefix did not print the report: $json"
    rm -rf "$prefix"
    ;;

manpage)
    binary=$(realpath "$1") page=$2
    shift 2
    help=$(run_isolated "$binary" --help) || fail "$binary --help failed: $help"
    for sub in "$@"; do
        # A command's own help, when it has one (printed with exit status 0).
        if subhelp=$(run_isolated "$binary" "$sub" --help 2>/dev/null); then
            help="$help"$'\n'"$subhelp"
        fi
    done
    options=$(options_in <<<"$help")
    [ -n "$options" ] || fail "$(basename "$binary") --help prints no option at all: $help"
    # The page as text: no font escapes, \- as -.
    text=$(sed -E 's/\\f(\[[^]]*\]|.)//g; s/\\-/-/g; s/\\e/\\/g' "$page")
    missing=()
    for o in $options; do
        grep -qE -- "(^|[^A-Za-z0-9-])$o([^A-Za-z0-9-]|$)" <<<"$text" || missing+=("$o")
    done
    echo "$(basename "$binary") --help options: $(echo $options)"
    [ ${#missing[@]} -eq 0 ] || fail "$(basename "$page") does not document: ${missing[*]}"
    # The other way round is informative only (a command's options may be printed only by its own
    # help text): the options the page defines in its .TP paragraphs.
    defined=$(awk 'tp && /^\.(B|BI|BR) / { print } { tp = /^\.TP/ }' "$page" |
        sed -E 's/\\-/-/g' | options_in)
    undocumented=$(comm -13 <(echo "$options") <(echo "$defined"))
    [ -z "$undocumented" ] || echo "NOTE: defined in the page but not printed by --help: $(echo $undocumented)"
    echo "OK: every option of $(basename "$binary") --help is in $(basename "$page")"
    ;;

*)
    echo "usage: $0 build|contents|lintian|desktop|prefix|manpage ..." >&2
    exit 2
    ;;
esac
