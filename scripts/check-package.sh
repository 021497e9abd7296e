#!/usr/bin/env bash
# Builds the .deb (CPack) and checks it without installing anything on this machine: the control
# fields, the file list, the desktop entry, the icon and the MIME type, and that every library the
# two executables need resolves on this system once the package is unpacked into a temporary root.
# Then both executables answer --version from that root. lintian runs when it is installed.
#
#   scripts/check-package.sh            # uses build-package/ (configured on first run)
#   BUILD_DIR=build scripts/check-package.sh
#
# Not part of scripts/test.sh: configuring and building a release tree takes minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/packages.sh
nl_install_packages build-essential cmake ninja-build file dpkg-dev qt6-base-dev qt6-charts-dev qt6-svg-dev \
  qt6-tools-dev libeigen3-dev

BUILD_DIR="${BUILD_DIR:-build-package}"
if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  # The package needs only the two executables: skip building the tests and benchmarks first.
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_SKIP_PACKAGE_ALL_DEPENDENCY=ON
fi
cmake --build "$BUILD_DIR" --target neural-lessons neural-lessons-cli
(cd "$BUILD_DIR" && cpack -G DEB)
deb="$(ls -t "$BUILD_DIR"/neural-lessons_*.deb | head -n1)"
echo "== $deb"

fail=0
check() { # check <description> <command...>
  if "${@:2}" >/dev/null 2>&1; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}

info="$(dpkg-deb -I "$deb")"
contents="$(dpkg-deb -c "$deb")"
echo "$info" | sed -n '/Package:/,$p'
check "Package: neural-lessons" grep -q '^ Package: neural-lessons$' <<<"$info"
depends="$(grep '^ Depends:' <<<"$info")"
for dep in libqt6widgets6 libqt6charts6 libqt6svg6 libqt6core6 libstdc++6 qt6-qpa-plugins fonts-noto-cjk \
           qt6-translations-l10n; do
  check "Depends on $dep" grep -q "$dep" <<<"$depends"
done
for path in ./usr/bin/neural-lessons ./usr/bin/neural-lessons-cli \
            ./usr/share/applications/neural-lessons.desktop \
            ./usr/share/icons/hicolor/scalable/apps/neural-lessons.svg \
            ./usr/share/mime/packages/neural-lessons.xml; do
  check "contains $path" grep -q " $path\$" <<<"$contents"
done

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/neural-lessons.desktop"
check "desktop Name" grep -qx 'Name=Neural Lessons' "$desktop"
check "desktop Name[zh_CN]" grep -qx 'Name\[zh_CN\]=神经网络互动课堂' "$desktop"
check "desktop Comment[zh_CN]" grep -q '^Comment\[zh_CN\]=' "$desktop"
check "desktop Categories" grep -qx 'Categories=Education;Science;' "$desktop"
if command -v desktop-file-validate >/dev/null; then
  check "desktop-file-validate" desktop-file-validate "$desktop"
fi
check "icon is SVG" grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/neural-lessons.svg"
for exe in neural-lessons neural-lessons-cli; do
  check "$exe: no RUNPATH" bash -c "! readelf -d '$root/usr/bin/$exe' | grep -q -e RUNPATH -e RPATH"
  check "$exe: every library resolves" bash -c "! ldd '$root/usr/bin/$exe' | grep -q 'not found'"
  check "$exe --version" "$root/usr/bin/$exe" --version
done
check "app --version prints the version" bash -c "'$root/usr/bin/neural-lessons' --version | grep -q 'Neural Lessons'"

if command -v lintian >/dev/null; then
  echo "== lintian (informational)"
  lintian --no-tag-display-limit "$deb" || true
fi
exit "$fail"
