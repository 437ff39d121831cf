#!/usr/bin/env bash
# Installs what is missing, builds, and runs the kiosk on the bundled demo content. Full-screen on
# a display; without one it renders headless for a few seconds and prints the screenshot's path.
# The demo conference is in March 2027, so the clock starts on its second morning; extra
# arguments go to `marquee run` (e.g. --windowed, --lang zh, --screen map).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release
cmake --build --preset release --target marquee
exec build/release/marquee run --config config/kiosk-beijing-hall-a.toml --now 2027-03-26T10:40:00+08:00 "$@"
