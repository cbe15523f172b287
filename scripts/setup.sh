#!/usr/bin/env bash
# Installs the Debian 12 packages TensorGame Explorer needs, then configures and builds it.
# Idempotent: when every package is present it skips apt entirely, so a rebuild costs only
# the (ccache-backed) compile. Usage: scripts/setup.sh [PRESET]   (default preset: dev)
set -euo pipefail
cd "$(dirname "$0")/.."

# Each package is named with what it is for where that is not obvious.
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-charts-dev
  libgl-dev
  libvtk9-dev libopenmpi-dev
  libeigen3-dev nlohmann-json3-dev libzip-dev python3-numpy
  # GMP's C++ interface: exact verification falls back to its integers when 64 bits overflow.
  libgmp-dev
  # LibTorch; Debian's links the generic libblas.so.3, which is the slow reference BLAS unless an
  # optimised one is installed: OpenBLAS (serial: the agent parallelises over trees) makes the
  # network 2-4x faster.
  libtorch-dev libopenblas0-serial
  clang libclang-rt-14-dev
  # scripts/lint.sh (run by scripts/test.sh): the format check and clang-tidy (14 on Debian 12).
  clang-format clang-tidy
  xvfb xauth imagemagick
  desktop-file-utils appstream man-db dpkg-dev qt6-translations-l10n
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "${SETUP_NO_BUILD:-0}" = 1 ]; then exit 0; fi
# ccache hashes paths relative to the checkout, so that a clone in another folder (a CI run, a
# second work tree) reuses what an earlier build compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
preset=${1:-dev}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
