#!/usr/bin/env bash
# Redraws the README's screenshots with the real kiosk, headless (software rasteriser), on the
# demo content at fixed instants: every attendee screen in English, 简体中文 and Español, the
# attract sequence scene by scene, portrait (Barcelona kiosk) and an emergency.
# Full-size PNGs go to FULL_DIR (look at these); the README shows reduced copies in docs/screenshots
# so the repository stays small (ImageMagick's convert makes them; installed when missing).
# Usage: scripts/screenshots.sh [build dir, default build/release] [full-size dir, default build/screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
full=${2:-build/screenshots}
readme=docs/screenshots
mkdir -p "$full" "$readme"
command -v convert >/dev/null || { apt-get update -qq && apt-get install -y -qq imagemagick >/dev/null; }
marquee="$build/marquee"
morning=2027-03-26T10:40:00+08:00
barcelona=2027-03-27T11:10:00+01:00
shot() {  # name, width of the README copy (0: full size), then marquee run options
  local name=$1 width=$2
  shift 2
  "$marquee" run --headless --screenshot "$full/$name.png" "$@" >/dev/null 2>&1
  if [ "$width" = 0 ]; then
    cp "$full/$name.png" "$readme/$name.png"
  else  # a third of 1080p: enough to see the layout and read the headings
    convert "$full/$name.png" -resize "${width}x" -strip -colors 192 "PNG8:$readme/$name.png"
  fi
  echo "$readme/$name.png"
}
shot home-en 0 --config config/kiosk-beijing-hall-a.toml --now "$morning" --lang en
for lang in en zh es; do
  for screen in home schedule exhibitors map announcements; do
    shot "$screen-$lang-small" 640 --config config/kiosk-beijing-hall-a.toml --now "$morning" --screen "$screen" --lang "$lang"
  done
done
# Directions to a room upstairs (two floors) and an exhibitor's QR hand-off, in each language;
# full size for the README's wayfinding pictures.
for lang in en zh es; do
  shot "route-$lang-small" 640 --config config/kiosk-beijing-hall-a.toml --now "$morning" --directions bj-room-301 --lang "$lang"
  shot "qr-$lang-small" 640 --config config/kiosk-beijing-hall-a.toml --now "$morning" --exhibitor ex-001 --lang "$lang"
done
shot route-zh 0 --config config/kiosk-beijing-hall-a.toml --now "$morning" --directions bj-room-301 --lang zh
shot route-portrait-es 0 --config config/kiosk-beijing-hall-a.toml --now "$morning" --size 1080x1920 \
  --directions bj-room-301 --lang es
shot qr-en 0 --config config/kiosk-beijing-hall-a.toml --now "$morning" --exhibitor ex-001 --lang en
# The 28th has every scene of the loop (the evening show's countdown included).
for scene in event now featured countdown map; do
  shot "attract-$scene" 640 --config config/kiosk-beijing-hall-a.toml --now 2027-03-28T10:40:00+08:00 \
    --attract-scene "$scene" --lang en
done
for screen in home exhibitors attract; do
  shot "portrait-$screen-es" 360 --config config/kiosk-barcelona.toml --now "$barcelona" --screen "$screen" --lang es
done
# The evacuation drill in the demo announcements (Beijing, 08:00-08:05 on the 25th).
shot emergency-zh 640 --config config/kiosk-beijing-hall-a.toml --now 2027-03-25T08:02:00+08:00 --lang zh
