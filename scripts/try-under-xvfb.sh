#!/usr/bin/env bash
# Tries the kiosk as a visitor would, on a real X11 window under Xvfb: xdotool moves a "finger"
# in from elsewhere, taps, drags and lifts (no hovering), and ImageMagick's import captures the
# screen after each step into an output folder to look at.
# Usage: scripts/try-under-xvfb.sh [build dir, default build/release] [out dir, default /tmp/marquee-xvfb] [WxH]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
out=${2:-/tmp/marquee-xvfb}
size=${3:-1920x1080}
for p in xvfb xdotool imagemagick; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=" $p"
done
if [ -n "${missing:-}" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi
mkdir -p "$out"
w=${size%x*}; h=${size#*x}
display=:$((90 + RANDOM % 50))
Xvfb "$display" -screen 0 "${w}x${h}x24" -nolisten tcp &
xvfb=$!
trap 'kill $kiosk $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1
"$build/marquee" run --config config/kiosk-beijing-hall-a.toml --now 2027-03-26T10:40:00+08:00 --size "$size" &
kiosk=$!
sleep 3
snap() { import -window root "$out/$1.png"; echo "$out/$1.png"; }
# A finger: appears at a point, presses, (moves,) lifts. Between touches it is simply not there,
# which X cannot express, so it rests in a corner that has no control.
tap() { xdotool mousemove "$1" "$2" mousedown 1; sleep 0.08; xdotool mouseup 1 mousemove 0 "$((h / 2))"; sleep 0.6; }
drag() { xdotool mousemove "$1" "$2" mousedown 1; for i in 1 2 3 4 5 6 7 8; do
  xdotool mousemove "$(($1 + $3 * i / 8))" "$(($2 + $4 * i / 8))"; sleep 0.03; done
  xdotool mouseup 1 mousemove 0 "$((h / 2))"; sleep 0.8; }
# Where things are, in thousandths of the screen: a portrait kiosk stacks the map above its panel
# and puts the languages on a second navigation row.
if [ "$h" -gt "$w" ]; then
  schedule=(303 897) map=(696 897) map_centre=(500 280) hall_a=(250 220) nearest=(270 555) step_free=(890 490)
else
  schedule=(182 940) map=(420 940) map_centre=(500 500) hall_a=(200 450) nearest=(752 358) step_free=(936 243)
fi
at() { local -n p=$1; echo "$((w * p[0] / 1000)) $((h * p[1] / 1000))"; }
snap 01-home
tap $(at schedule)                             # Schedule in the navigation bar
snap 02-schedule
drag $((w / 2)) $((h * 75 / 100)) 0 -$((h / 3))  # scroll the day
snap 03-schedule-scrolled
tap $(at map)                                  # Map
snap 04-map
read -r cx cy <<<"$(at map_centre)"
drag "$cx" "$cy" -$((w / 5)) 0                 # pan (at zoom 1 the clamp holds it)
snap 05-map-dragged
# double tap on Hall A: zoom in there
read -r ax ay <<<"$(at hall_a)"
xdotool mousemove "$ax" "$ay" click 1 sleep 0.1 click 1 mousemove 0 $((h / 2)); sleep 0.8
snap 06-map-double-tap
drag "$cx" "$cy" -$((w / 4)) -$((h / 12))
snap 07-map-zoomed-dragged
tap $(at nearest)                              # the first "Nearest" button (restrooms): a route
snap 08-map-nearest-route
tap $(at step_free)                            # the Step-free toggle
snap 09-map-step-free
