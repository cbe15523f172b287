#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run the whole test suite.
# GUI and rendering tests need an X display with OpenGL: they run under Xvfb (Mesa llvmpipe),
# because Qt's offscreen platform cannot create an OpenGL context.
# Extra arguments go to ctest, e.g. scripts/test.sh -L core
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${TG_PRESET:-dev}
scripts/setup.sh "$preset"
# Qt wants a private runtime folder; one made here is removed at the end, however the suite ends.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d)
  trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
# Every test runs once: a test that fails sometimes is a defect to find and fix, not to retry.
xvfb-run -a -s "-screen 0 1280x1024x24" \
  ctest --preset "$preset" --output-on-failure -j "$(nproc)" "$@"

# The static checks on the same build: clang-format, clang-tidy on core/, widgets/ and app/ (zero
# findings), function length (scripts/lint.sh: about 11 minutes on an idle 2-core machine, nearly
# all of it clang-tidy).
if [ "${TG_SKIP_LINT:-0}" != 1 ] && [ $# -eq 0 ]; then
  scripts/lint.sh "build/$preset"
fi

# The readers' libFuzzer targets need clang: a second, core-only build tree. Their smoke runs
# (a few seconds each) are part of the suite; scripts/fuzz.sh runs one for longer.
if [ "${TG_SKIP_FUZZ:-0}" != 1 ] && [ $# -eq 0 ]; then
  scripts/setup.sh fuzz
  ctest --preset fuzz --output-on-failure -j "$(nproc)"
fi

# The core, io and search tests again under AddressSanitizer + UBSan (core and CLI only: the
# GUI's and LibTorch's libraries are not instrumented). The hostile corpus is left out there: it
# caps each run's address space at 512 MB, which ASan's shadow memory cannot live in.
if [ "${TG_SKIP_ASAN:-0}" != 1 ] && [ $# -eq 0 ]; then
  scripts/setup.sh asan-core
  ctest --preset asan-core --output-on-failure -j "$(nproc)" -L "core|io|search" -LE hostile
fi

# Last: the .deb that the suite built (test packaging_deb_contents) installed with apt on this
# system, its programs run from /usr/bin, then removed. Needs root or sudo; TG_SKIP_DEB_INSTALL=1
# skips it.
if [ "${TG_SKIP_DEB_INSTALL:-0}" != 1 ] && [ $# -eq 0 ]; then
  if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
    deb=$(ls "build/$preset"/deb/tensorgame-explorer_*.deb 2>/dev/null | head -n 1 || true)
    scripts/deb-install-test.sh ${deb:+"$deb"}
  else
    echo "test.sh: skipping the .deb install test (needs root or sudo without a password)"
  fi
fi
