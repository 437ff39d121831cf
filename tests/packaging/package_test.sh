#!/usr/bin/env bash
# The Debian package end to end: scripts/package.sh builds it from this build tree; dpkg-deb shows
# its control data and files; it is extracted into a temporary root, where the installed
# /usr/bin/marquee prints its version, checks its own layout with `doctor` and renders a headless
# frame; systemd-analyze verifies both units against that root.
#   package_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"
build="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {  # expect WHAT PATTERN TEXT: TEXT must match the extended regex PATTERN
  grep -Eq -- "$2" <<<"$3" || { echo "$3" >&2; fail "$1: no match for /$2/"; }
}

deb="$("$src/scripts/package.sh" --build-dir "$build" --out "$work/out" | tail -n1)"
version="$(sed -n 's/^project(marquee VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")"
arch="$(dpkg --print-architecture)"
[ "$(basename "$deb")" = "marquee_${version}_${arch}.deb" ] || fail "package name $(basename "$deb")"
echo "package: $deb ($(stat -c %s "$deb") bytes)"

# --- control data -----------------------------------------------------------------------------
info="$(dpkg-deb -I "$deb")"
expect "Package" '^ Package: marquee$' "$info"
expect "Version" "^ Version: ${version}$" "$info"
depends="$(dpkg-deb -f "$deb" Depends)"
for runtime in 'libsdl2-2\.0-0' 'libcurl4' 'libsodium23' 'libsystemd0' 'liblua5\.4-0' 'libicu72' \
               'libspdlog1\.10-fmt9' 'libfmt9' 'libc6' 'fonts-noto-cjk' 'adduser' 'libcmark0\.30\.2' 'libxml2' 'libzip4'; do
  expect "Depends on $runtime" "(^|, )${runtime}( |,|$)" "$depends"
done
if grep -Eq -- '-dev( |,|$)' <<<"$depends"; then fail "Depends names a -dev package: $depends"; fi
expect "Recommends" '^cage, mosquitto-clients, fonts-symbola$' "$(dpkg-deb -f "$deb" Recommends)"
mkdir "$work/control"
dpkg-deb -e "$deb" "$work/control"
for member in postinst prerm postrm conffiles; do
  [ -f "$work/control/$member" ] || fail "no $member in the control archive"
done
for script in postinst prerm postrm; do [ -x "$work/control/$script" ] || fail "$script not executable"; done
[ "$(cat "$work/control/conffiles")" = "/etc/marquee/kiosk.toml" ] || fail "conffiles: $(cat "$work/control/conffiles")"
expect "postinst creates the system user" 'adduser --system --group --home /var/lib/marquee' "$(cat "$work/control/postinst")"
expect "postinst owns the state directory" 'install -d -o marquee -g marquee -m 0750 /var/lib/marquee' \
  "$(cat "$work/control/postinst")"
for script in postinst prerm postrm; do sh -n "$work/control/$script" || fail "$script: shell syntax"; done

# --- files ------------------------------------------------------------------------------------
files="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for f in ./usr/bin/marquee ./usr/share/marquee/assets/demo/event.json ./usr/share/marquee/scripting/lib/effects.lua \
         ./usr/share/marquee/scripting/shows/night_of_digital_city.lua ./usr/share/marquee/config/patch-demo.toml \
         ./usr/share/doc/marquee/examples/kiosk-beijing-hall-a.toml ./usr/share/doc/marquee/packaging.md \
         ./usr/share/doc/marquee/copyright ./usr/share/man/man1/marquee.1.gz ./etc/marquee/kiosk.toml \
         ./lib/systemd/system/marquee.service ./lib/systemd/system/marquee-kiosk.service ./var/lib/marquee/; do
  grep -qxF -- "$f" <<<"$files" || fail "missing $f"
done

# --- installed layout (extracted, as dpkg would unpack it) ------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
if file "$root/usr/bin/marquee" | grep -q 'not stripped'; then fail "binary not stripped"; fi
# Data is found next to the executable, not at a path compiled in from the source tree.
if strings "$root/usr/bin/marquee" | grep -qxE -- "$src(/(assets|config|scripting).*)?"; then
  fail "the binary names the source tree $src"
fi
expect "--version" "^marquee ${version} \(git ([0-9a-f]{12}(-dirty)?|unknown)\)$" "$(env -u MARQUEE_DATA_DIR "$root/usr/bin/marquee" --version)"
expect "man page" '^\.TH MARQUEE "1"' "$(zcat "$root/usr/share/man/man1/marquee.1.gz")"
expect "man page lists doctor" 'doctor' "$(zcat "$root/usr/share/man/man1/marquee.1.gz")"
doctor="$(cd "$work" && env -u MARQUEE_DATA_DIR "$root/usr/bin/marquee" doctor --config "$root/etc/marquee/kiosk.toml" \
          --skip clock,display,touch 2>&1)" || { echo "$doctor" >&2; fail "doctor on the installed layout"; }
expect "installed data directory" "^ok +content +$root/usr/share/marquee/assets/demo is valid$" "$doctor"
shot="$work/first-frame.png"
(cd "$work" && env -u MARQUEE_DATA_DIR "$root/usr/bin/marquee" run --config "$root/etc/marquee/kiosk.toml" \
   --headless --frames 2 --size 1280x720 --screenshot "$shot" --now 2027-03-26T10:40:00+08:00 >/dev/null 2>&1) \
  || fail "headless frame from the installed layout"
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' ')" = "89504e470d0a1a0a" ] || fail "no PNG written"
[ "$(stat -c %s "$shot")" -gt 20000 ] || fail "screenshot too small to be a rendered frame"

# --- systemd units --------------------------------------------------------------------------
# verify resolves the units' dependencies and ExecStart= binaries inside --root: give the root
# the host's unit files and cage (Recommends) next to the extracted package.
mkdir -p "$root/usr/lib/systemd" "$root/usr/bin"
cp -a /lib/systemd/system/. "$root/lib/systemd/system/"
cp /usr/bin/cage "$root/usr/bin/cage"
verify="$(systemd-analyze verify --man=no --root="$root" marquee.service marquee-kiosk.service 2>&1)" \
  || { echo "$verify" >&2; fail "systemd-analyze verify"; }
[ -z "$verify" ] || { echo "$verify" >&2; fail "systemd-analyze verify warned"; }
unit="$(cat "$root/lib/systemd/system/marquee.service")"
for setting in '^Type=notify$' '^WatchdogSec=[0-9]+$' '^Restart=always$' '^StartLimitBurst=' '^ProtectSystem=strict$' \
               '^ReadWritePaths=/var/lib/marquee$' '^NoNewPrivileges=yes$' '^PrivateTmp=yes$' \
               '^RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK$'; do
  expect "marquee.service $setting" "$setting" "$unit"
done
if grep -Eq '^(PrivateDevices=yes|DevicePolicy=|DeviceAllow=|ProtectClock=yes)' "$root/lib/systemd/system/marquee.service"; then
  fail "marquee.service would shut out /dev/dri and /dev/input"
fi
# Marquee runs under cage, so the watchdog systemd addresses to cage's PID must reach Marquee.
expect "kiosk session" '^ExecStart=/usr/bin/cage .*-- /usr/bin/env -u WATCHDOG_PID /usr/bin/marquee run' \
  "$(cat "$root/lib/systemd/system/marquee-kiosk.service")"
expect "kiosk session notify access" '^NotifyAccess=all$' "$(cat "$root/lib/systemd/system/marquee-kiosk.service")"
echo "package test passed"
