#!/usr/bin/env bash
# Redraws the README's screenshots with the real kiosk, headless (software rasteriser), on the
# demo content at fixed instants: every attendee screen in English, 简体中文 and Español, landscape
# (Beijing kiosk) and portrait (Barcelona kiosk), plus the attract loop and an emergency.
# Usage: scripts/screenshots.sh [build dir, default build/release] [output dir, default docs/screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
out=${2:-docs/screenshots}
mkdir -p "$out"
marquee="$build/marquee"
morning=2027-03-26T10:40:00+08:00
shot() {  # name, then marquee run options
  local name=$1
  shift
  "$marquee" run --headless --screenshot "$out/$name.png" "$@" >/dev/null
  echo "$out/$name.png"
}
for lang in en zh es; do
  for screen in home schedule exhibitors map announcements; do
    shot "$screen-$lang" --config config/kiosk-beijing-hall-a.toml --now "$morning" --screen "$screen" --lang "$lang"
  done
  shot "attract-$lang" --config config/kiosk-beijing-hall-a.toml --now "$morning" --screen attract --lang "$lang"
  # Directions to a room upstairs (two floors), landscape and portrait; an exhibitor's QR hand-off.
  shot "route-$lang" --config config/kiosk-beijing-hall-a.toml --now "$morning" --directions bj-room-301 --lang "$lang"
  shot "route-portrait-$lang" --config config/kiosk-beijing-hall-a.toml --now "$morning" --size 1080x1920 \
    --directions bj-room-301 --lang "$lang"
  shot "qr-$lang" --config config/kiosk-beijing-hall-a.toml --now "$morning" --exhibitor ex-001 --lang "$lang"
  shot "portrait-home-$lang" --config config/kiosk-barcelona.toml --now 2027-03-27T11:10:00+01:00 --lang "$lang"
  shot "portrait-exhibitors-$lang" --config config/kiosk-barcelona.toml --now 2027-03-27T11:10:00+01:00 \
    --screen exhibitors --lang "$lang"
  shot "portrait-attract-$lang" --config config/kiosk-barcelona.toml --now 2027-03-27T11:10:00+01:00 \
    --screen attract --lang "$lang"
done
# The evacuation drill in the demo announcements (Beijing, 08:00-08:05 on the 25th).
shot emergency-zh --config config/kiosk-beijing-hall-a.toml --now 2027-03-25T08:02:00+08:00 --lang zh
