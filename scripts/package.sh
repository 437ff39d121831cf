#!/usr/bin/env bash
# Builds the Debian package out/marquee_<version>_<arch>.deb (stripped, with the man page) and
# prints its path. By default it installs what is missing and builds the release preset;
# --build-dir DIR packages an already configured tree instead (the package test uses the CI tree).
#   scripts/package.sh [--build-dir DIR] [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

build=""
out="out"
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: scripts/package.sh [--build-dir DIR] [--out DIR]" >&2; exit 2 ;;
  esac
done

if [ -z "$build" ]; then
  scripts/setup-debian.sh
  cmake --preset release
  build="build/release"
fi
# Only what the package holds: the executable and its man page.
cmake --build "$build" --target marquee marquee_man -j2

mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# CPack installs into its own staging directory, runs dpkg-shlibdeps for Depends, and builds the .deb.
(cd "$build" && cpack --config CPackConfig.cmake -B "$work" >"$work/cpack.log") || {
  cat "$work/cpack.log" >&2
  exit 1
}
deb="$(find "$work" -maxdepth 1 -name 'marquee_*.deb' -print -quit)"
[ -n "$deb" ] || { echo "package.sh: cpack made no .deb" >&2; cat "$work/cpack.log" >&2; exit 1; }
mv -f "$deb" "$out/"
echo "$out/$(basename "$deb")"
