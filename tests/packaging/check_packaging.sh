#!/usr/bin/env bash
# Desktop integration and Debian package checks, run by CTest (see CMakeLists.txt here).
#
#   check_packaging.sh desktop SOURCE_DIR APP_ID
#       desktop-file-validate and appstreamcli validate the .desktop file and the metainfo.
#   check_packaging.sh deb BUILD_DIR APP_ID VERSION FIXTURES_DIR CMAKE CPACK
#       cmake --install into a temporary prefix, cpack -G DEB into a temporary directory,
#       checks the package's contents and control fields, unpacks it with dpkg -x and runs
#       the unpacked binary with LD_LIBRARY_PATH unset.
#
# A real `dpkg -i` would need a chroot (or would touch this machine's package database), so
# the package is checked with `dpkg -x` into a throwaway root instead: that proves the files
# are in the package and the binary runs from it against the system's libraries and plugins.
#
# Exit codes: 0 passed, 1 failed, 77 skipped (a tool is missing; script/bootstrap installs it).
# Set SHARDSCOPE_KEEP_PACKAGING_TMP=1 to keep the temporary directory for inspection.
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }
step() { echo "-- $*"; }

check_desktop() {
    local source_dir=$1 app_id=$2
    local desktop="$source_dir/resources/desktop/$app_id.desktop"
    local metainfo="$source_dir/resources/desktop/$app_id.metainfo.xml"
    local ran=0
    [[ -f "$desktop" ]] || fail "missing $desktop"
    [[ -f "$metainfo" ]] || fail "missing $metainfo"

    if command -v desktop-file-validate >/dev/null; then
        step "desktop-file-validate $desktop"
        local out
        out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; fail "desktop-file-validate"; }
        [[ -n "$out" ]] && echo "$out"
        # Hints (such as "more than one main category") are fine; warnings and errors are not.
        if grep -qE ': (warning|error):' <<<"$out"; then fail "desktop-file-validate reported problems"; fi
        ran=1
    else
        echo "skipping the .desktop validation: desktop-file-validate is not installed (apt-get install desktop-file-utils)"
    fi

    if command -v appstreamcli >/dev/null; then
        step "appstreamcli validate --no-net --strict $metainfo"
        appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli validate"
        ran=1
    else
        echo "skipping the metainfo validation: appstreamcli is not installed (apt-get install appstream)"
    fi
    [[ $ran -eq 1 ]] || skip "neither desktop-file-validate nor appstreamcli is installed"

    # What the validators do not check: the names that tie the three files together.
    grep -qx "Icon=$app_id" "$desktop" || fail "$desktop: Icon= must be $app_id"
    grep -q "<id>$app_id</id>" "$metainfo" || fail "$metainfo: <id> must be $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        || fail "$metainfo: launchable must be $app_id.desktop"
    echo "desktop files OK"
}

check_deb() {
    local build_dir=$1 app_id=$2 version=$3 fixtures_dir=$4 cmake=$5 cpack=$6
    local tool
    for tool in dpkg-deb dpkg-shlibdeps file; do
        command -v "$tool" >/dev/null || skip "$tool is not installed (script/bootstrap installs dpkg-dev and file)"
    done

    tmp=$(mktemp -d "${TMPDIR:-/tmp}/shardscope-packaging.XXXXXX")  # global: the EXIT trap uses it
    if [[ "${SHARDSCOPE_KEEP_PACKAGING_TMP:-0}" == 1 ]]; then
        echo "keeping $tmp"
    else
        trap 'rm -rf "$tmp"' EXIT
    fi

    local files=(
        bin/shardscope
        "share/applications/$app_id.desktop"
        "share/icons/hicolor/scalable/apps/$app_id.svg"
        "share/metainfo/$app_id.metainfo.xml"
        share/doc/shardscope/copyright
        share/doc/shardscope/changelog.gz
    )

    step "cmake --install $build_dir --prefix $tmp/prefix"
    "$cmake" --install "$build_dir" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 \
        || { cat "$tmp/install.log"; fail "cmake --install"; }
    local file
    for file in "${files[@]}"; do
        [[ -f "$tmp/prefix/$file" ]] || fail "cmake --install did not install $file"
    done
    [[ -x "$tmp/prefix/bin/shardscope" ]] || fail "bin/shardscope is not executable"

    step "cpack -G DEB -B $tmp/deb"
    (cd "$build_dir" && "$cpack" -G DEB -B "$tmp/deb" --config "$build_dir/CPackConfig.cmake") \
        >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack -G DEB"; }
    local debs=("$tmp"/deb/*.deb)
    [[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || { cat "$tmp/cpack.log"; fail "cpack wrote no single .deb"; }
    local deb=${debs[0]}
    echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"

    step "dpkg-deb --field"
    local package deb_version architecture depends
    package=$(dpkg-deb --field "$deb" Package)
    deb_version=$(dpkg-deb --field "$deb" Version)
    architecture=$(dpkg-deb --field "$deb" Architecture)
    depends=$(dpkg-deb --field "$deb" Depends)
    echo "Package: $package"
    echo "Version: $deb_version"
    echo "Architecture: $architecture"
    echo "Depends: $depends"
    [[ "$package" == shardscope ]] || fail "Package is '$package', not shardscope"
    [[ "$deb_version" == "$version" ]] || fail "Version is '$deb_version', not $version"
    [[ "$architecture" == "$(dpkg --print-architecture)" ]] || fail "Architecture is '$architecture'"
    # The plugins and libsecret loaded at run time, and libqt6core6 and libqt6keychain1 to
    # show that dpkg-shlibdeps ran.
    local dependency
    for dependency in qt6-qpa-plugins libqt6sql6-psql qt6-translations-l10n libqt6svg6 libsecret-1-0 libqt6core6 \
        libqt6keychain1 libc6; do
        grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency"
    done
    # A keychain service to remember passwords in.
    local recommends
    recommends=$(dpkg-deb --field "$deb" Recommends)
    echo "Recommends: $recommends"
    grep -qE "(^|, )gnome-keyring( |,|$)" <<<"$recommends" || fail "Recommends lacks gnome-keyring"

    step "dpkg-deb --contents"
    dpkg-deb --contents "$deb" >"$tmp/contents.txt"
    for file in "${files[@]}"; do
        grep -qE " \./usr/$file\$" "$tmp/contents.txt" || { cat "$tmp/contents.txt"; fail "the package lacks /usr/$file"; }
    done

    step "dpkg -x into $tmp/root"
    dpkg -x "$deb" "$tmp/root"
    local binary="$tmp/root/usr/bin/shardscope"
    [[ -x "$binary" ]] || fail "the unpacked package has no executable /usr/bin/shardscope"
    if command -v readelf >/dev/null && readelf -d "$binary" | grep -qE '\((RPATH|RUNPATH)\)'; then
        readelf -d "$binary" | grep -E 'RPATH|RUNPATH'
        fail "the packaged binary carries an RPATH/RUNPATH"
    fi
    # A new version needs its changelog entry and its AppStream release.
    local changelog_top
    changelog_top=$(gzip -dc "$tmp/root/usr/share/doc/shardscope/changelog.gz" | sed -n 1p)
    [[ "$changelog_top" == "shardscope ($version) "* ]] \
        || fail "packaging/debian/changelog has no entry for $version at the top"
    grep -qF "<release version=\"$version\"" "$tmp/root/usr/share/metainfo/$app_id.metainfo.xml" \
        || fail "the metainfo has no <release version=\"$version\">"
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate-tree --no-net --strict "$tmp/root" || fail "appstreamcli validate-tree"
    fi

    # Runs the packaged binary, never the build tree's: no LD_LIBRARY_PATH, a clean HOME.
    local plan="$fixtures_dir/citus/router_user2.analyze.json"
    if [[ ! -f "$plan" ]]; then
        echo "$plan is missing; using a one-node plan instead"
        plan="$tmp/plan.json"
        printf '%s\n' '[{"Plan": {"Node Type": "Result", "Startup Cost": 0.00, "Total Cost": 0.01, "Plan Rows": 1, "Plan Width": 4}}]' >"$plan"
    fi
    run_packaged() {
        env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u QT_QPA_PLATFORM_PLUGIN_PATH \
            HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" QT_QPA_PLATFORM=offscreen "$binary" "$@"
    }
    mkdir -p "$tmp/home" "$tmp/run" && chmod 700 "$tmp/run"

    step "$binary inspect $(basename "$plan") --json"
    local json
    json=$(run_packaged inspect "$plan" --json) || fail "the packaged shardscope inspect failed"
    [[ "$json" == \{* ]] || { echo "$json"; fail "inspect --json did not print a JSON object"; }
    echo "${json:0:200}"

    # render needs QtGui, QtWidgets and a platform plugin (offscreen, from qt6-qpa-plugins).
    step "$binary render $(basename "$plan") -o plan.png"
    run_packaged render "$plan" -o "$tmp/plan.png" || fail "the packaged shardscope render failed"
    [[ "$(head -c 8 "$tmp/plan.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] \
        || fail "render did not write a PNG"

    echo "Debian package OK"
}

mode=${1:-}
shift || true
case "$mode" in
    desktop) [[ $# -eq 2 ]] || fail "usage: $0 desktop SOURCE_DIR APP_ID"; check_desktop "$@" ;;
    deb) [[ $# -eq 6 ]] || fail "usage: $0 deb BUILD_DIR APP_ID VERSION FIXTURES_DIR CMAKE CPACK"
         check_deb "$@" ;;
    *) fail "usage: $0 desktop|deb ..." ;;
esac
