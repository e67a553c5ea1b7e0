#!/usr/bin/env bash
# Linli kiosk: install what is missing, build, then run the kiosk or its tests.
#   ./setup.sh run [kiosk options...]   build and start the kiosk
#   ./setup.sh test                     build and run the whole test suite
#   ./setup.sh build                    only install and build
set -euo pipefail
cd "$(dirname "$0")"

# Everything comes from Debian 12's own packages, by name.
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql postgresql-15 qt6-qpa-plugins libgl-dev libegl-dev
  qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-window qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-controls qml6-module-qttest
  qt6-multimedia-dev gstreamer1.0-plugins-good
  libzxing-dev libusb-1.0-0-dev libsqlite3-dev libespeak-ng-dev espeak-ng-data
  fonts-noto-cjk xvfb xauth umockdev libumockdev-dev
)
BUILD_DIR=${LINLI_BUILD_DIR:-build}

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    echo "Not running as root: using sudo for apt-get."
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

case "${1:-}" in
  run)
    shift
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display found. To see the kiosk without a screen, run one of:"
      echo "  xvfb-run -a -s '-screen 0 1920x1080x24' $BUILD_DIR/linli-kiosk --windowed"
      echo "  $BUILD_DIR/linli-kiosk -platform offscreen --screenshot-tour shots/"
      exit 1
    fi
    exec "$BUILD_DIR/linli-kiosk" "$@"
    ;;
  test)
    install_missing
    build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300 -j "$(nproc)"
    ;;
  build)
    install_missing
    build
    ;;
  *)
    echo "usage: $0 run [kiosk options] | test | build" >&2
    exit 2
    ;;
esac
