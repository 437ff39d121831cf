#!/usr/bin/env bash
# Figures for the Debian package: its size, the time from unpacking it to the first frame drawn
# by the unpacked /usr/bin/marquee, and the peak RSS of the kiosk run from it (300 headless
# frames at 1920x1080, demo content), as /usr/bin/time reports it.
#   bench/package_figures.sh [BUILD_DIR]     (default build/release; builds the package from it)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

deb="$(scripts/package.sh --build-dir "$build" --out "$work" 2>/dev/null | tail -n1)"
echo "package: $(basename "$deb") $(stat -c %s "$deb") bytes, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"

now=--now=2027-03-26T10:40:00+08:00
for i in 1 2 3; do
  root="$work/root$i"
  start=$(date +%s%N)
  dpkg-deb -x "$deb" "$root"
  stats="$(cd "$work" && "$root/usr/bin/marquee" run --config "$root/etc/marquee/kiosk.toml" --headless \
           --frames 1 --stats "$now" 2>/dev/null | tail -n1)"
  end=$(date +%s%N)
  echo "unpack to first frame (run $i): $(( (end - start) / 1000000 )) ms wall (process start to first frame: $(sed 's/.*"first_frame_ms":\([0-9.]*\).*/\1/' <<<"$stats") ms)"
done

rss="$(cd "$work" && /usr/bin/time -v "$work/root1/usr/bin/marquee" run --config "$work/root1/etc/marquee/kiosk.toml" \
       --headless --frames 300 "$now" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p')"
echo "peak RSS, 300 headless frames from the unpacked package: $rss KiB ($(( rss / 1024 )) MB)"
