#!/usr/bin/env bash
# Linli kiosk: install what is missing, build, then run the kiosk or its tests.
#   ./setup.sh run [kiosk options...]   build and start the kiosk
#   ./setup.sh test                     build and run the whole test suite
#   ./setup.sh build                    only install and build
#   ./setup.sh fuzz [SECONDS]           fuzz each parser for SECONDS (default 60) in a clang
#                                       build of its own (build-fuzz, or $LINLI_FUZZ_BUILD_DIR)
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
# ./setup.sh fuzz also needs clang and its libFuzzer and sanitizer runtimes.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

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
  fuzz)
    # Every target of tests/fuzz for SECONDS each, in a clang build with
    # libFuzzer, ASan and UBSan. New inputs go to a scratch corpus in the
    # build dir, seeded from tests/fuzz/corpus/ (only read); a failing input
    # is written next to it, to be added to the checked-in corpus.
    seconds=${2:-60}
    PACKAGES+=("${FUZZ_PACKAGES[@]}")
    install_missing
    fuzz_dir=${LINLI_FUZZ_BUILD_DIR:-build-fuzz}
    targets=(hid_wedge hid_pos serial_scanner ccid escpos_status token scan_text)
    CC=clang CXX=clang++ cmake -S . -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLINLI_FUZZ=ON >/dev/null
    cmake --build "$fuzz_dir" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"
    failed=()
    for t in "${targets[@]}"; do
      work="$fuzz_dir/fuzz-work/$t"
      mkdir -p "$work/corpus" "$work/found"
      echo "== fuzz_$t for ${seconds}s"
      "$fuzz_dir/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$work/found/" \
        "$work/corpus" "tests/fuzz/corpus/$t" || failed+=("$t")
    done
    if [ ${#failed[@]} -gt 0 ]; then
      echo "fuzzing found failing inputs for: ${failed[*]} (see $fuzz_dir/fuzz-work/*/found/)" >&2
      exit 1
    fi
    echo "fuzzed ${#targets[@]} targets for ${seconds}s each: every property held"
    ;;
  *)
    echo "usage: $0 run [kiosk options] | test | build | fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
