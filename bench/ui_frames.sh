#!/usr/bin/env bash
# Per-frame CPU time of every screen at 1920x1080 without a GPU, for the demo content and for 10k
# synthetic content, plus first-frame time and peak RSS (marquee run --stats). Each screen runs
# with Marquee's software rasteriser and, as the baseline in the same run, SDL's software renderer.
# Demo only: "exhibitor-card" is the Exhibitors screen with a card open, its logo decoded off the
# UI thread and drawn from the texture cache; "key-visual" is the event's 1920x1080 key visual
# full-screen (a show scene from bench/key_visual_show.lua); "attract" opens on the key visual
# scene and "attract-featured" on the featured exhibitors' logos (--attract-scene).
# usage: bench/ui_frames.sh [BUILD_DIR]   (default build/release; RENDERERS="software" skips the baseline)
set -euo pipefail
build=${1:-build/release}
frames=${FRAMES:-300}
renderers=${RENDERERS:-software sdl-software}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/bench/make_synthetic_bundle" "$tmp/10k" >/dev/null
for content in demo 10k; do
  dir=$([ "$content" = demo ] && echo assets/demo || echo "$tmp/10k")
  screens="home schedule exhibitors map announcements attract"
  [ "$content" = demo ] && screens="$screens attract-featured exhibitor-card key-visual"
  for screen in $screens; do
    args=(--screen "$screen")
    [ "$screen" = exhibitor-card ] && args=(--screen exhibitors --exhibitor ex-001)
    [ "$screen" = attract-featured ] && args=(--attract-scene featured)
    [ "$screen" = key-visual ] && args=(--show bench/key_visual_show.lua)
    for renderer in $renderers; do
      stats=$("$build/marquee" run --headless --frames "$frames" --stats --size 1920x1080 --content "$dir" \
              "${args[@]}" --renderer "$renderer" --now 2027-03-26T10:40:00+08:00 2>/dev/null | tail -n 1)
      printf '%-5s %-14s %-13s %s\n' "$content" "$screen" "$renderer" "$stats"
    done
  done
done
