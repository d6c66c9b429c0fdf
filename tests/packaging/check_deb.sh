#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check_deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/releasedesk_"$version"_*.deb)
contents=$(dpkg-deb -c "$deb")
fail=0
for path in ./usr/bin/releasedesk ./usr/bin/releasedesk-cli \
    ./usr/share/applications/releasedesk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/releasedesk.svg \
    ./usr/share/metainfo/io.releasedesk.ReleaseDesk.metainfo.xml; do
    if ! grep -q " $path\$" <<<"$contents"; then
        echo "missing from the package: $path"
        fail=1
    fi
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libgit2 libqt6widgets6 libyaml-cpp; do
    grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib: $depends"; fail=1; }
done
dpkg-deb -x "$deb" "$out/root"
desktop-file-validate "$out/root/usr/share/applications/releasedesk.desktop" || fail=1
"$out/root/usr/bin/releasedesk-cli" --version | grep -q "releasedesk-cli $version" \
    || { echo "the packaged CLI does not run"; fail=1; }
[[ $fail == 0 ]] && echo "ok: $(basename "$deb") ($(du -h "$deb" | cut -f1)), Depends: $depends"
exit $fail
