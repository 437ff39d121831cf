#!/usr/bin/env bash
# Installs everything Marquee needs to build, run and test on Debian 12 (bookworm).
# Idempotent: when every package is already installed it only checks and returns in seconds.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake make pkg-config git
  # kiosk runtime libraries
  libsdl2-dev libimgui-dev libstb-dev liblua5.4-dev libcurl4-openssl-dev libsodium-dev libicu-dev
  nlohmann-json3-dev libtomlplusplus-dev libcli11-dev libspdlog-dev libfmt-dev
  libhowardhinnant-date-dev libsystemd-dev libqrencode-dev tzdata fonts-noto-cjk
  # Markdown/HTML to plain text, schedule.xml / xCal import, XLSX exhibitor lists, symbol glyphs
  libcmark-dev libzip-dev libxml2-dev fonts-symbola
  # the fleet channel (MQTT client) and the broker its tests and benchmark start on loopback
  libmosquitto-dev mosquitto
  # the fleet's TLS test makes a throw-away CA and server certificate
  openssl
  # packaging: the .deb (dpkg-shlibdeps, man page) and its test (unit verification, the cage session)
  dpkg-dev help2man file binutils systemd adduser cage
  # tests, tools and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev libcpp-httplib-dev xvfb xauth nginx-light ola
  iproute2 procps
  # the include_graph tests (scripts/check_includes.py)
  python3
  # sanitizer and fuzzing stages of scripts/test.sh (clang's ASan/UBSan/TSan and libFuzzer runtimes)
  clang libclang-rt-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -q
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
