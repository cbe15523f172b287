#!/usr/bin/env bash
# Installs the .deb on this Debian 12 system with apt, as a user would, and checks that the
# installed programs work: tensorgame-cli verifies Strassen's scheme and speaks Russian under a
# Russian locale, tensorgame saves a screenshot under Xvfb. Then removes the package again.
# Needs root (or sudo). CI runs it as the last step of scripts/test.sh.
#   scripts/deb-install-test.sh [PACKAGE.deb]    (default: builds it from build/${TG_PRESET:-dev})
set -euo pipefail
cd "$(dirname "$0")/.."
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
apt_get() { DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get "$@"; }

deb=${1:-}
if [ -z "$deb" ]; then
    build=build/${TG_PRESET:-dev}
    packaging/check-deb.sh "$build" . "$build/deb"
    deb=$(ls "$build"/deb/tensorgame-explorer_*.deb)
fi
deb=$(realpath "$deb")
package=$(dpkg-deb -f "$deb" Package)
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    echo "deb-install-test: $package is installed already; remove it first (this test removes it)" >&2
    exit 2
fi

work=$(mktemp -d)
cleanup() {
    apt_get remove -y -qq "$package" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

start=$(date +%s)
# apt resolves Depends from its lists; refresh them once if they are missing or stale.
if ! apt_get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
    apt_get update -qq
    apt_get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || {
        cat "$work/apt.log"
        exit 1
    }
fi
echo "installed $package with apt in $(($(date +%s) - start)) s"

failed=0
check() {  # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failed=1; fi
}
# Run from an empty folder with a fresh configuration: nothing of the checkout is used.
cd "$work"
export XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

check "tensorgame-cli verify builtin:strassen" \
    sh -c '/usr/bin/tensorgame-cli verify builtin:strassen >verify.txt && grep -q valid verify.txt'
check "tensorgame-cli finds the installed published schemes and verifies AlphaTensor's 4x4x4 mod 2" \
    sh -c 'env -u TG_PUBLISHED_DIR /usr/bin/tensorgame-cli list --published >published.txt &&
           test "$(grep -c "^[0-9]" published.txt)" -ge 148 &&
           /usr/bin/tensorgame-cli verify /usr/share/tensorgame/published/alphatensor/factorizations_f2.npz#4,4,4 | grep -q "valid over Z2"'
check "tensorgame-cli speaks Russian (installed translations)" \
    sh -c 'LANGUAGE=ru /usr/bin/tensorgame-cli --help | grep -q "Использование: tensorgame-cli"'
check "man page" sh -c 'man -P cat tensorgame-cli 2>/dev/null | grep -q "tensorgame-cli"'
check "tensorgame --screenshot under Xvfb" \
    xvfb-run -a -s "-screen 0 1280x1024x24" /usr/bin/tensorgame --screenshot "$work/shot.png" \
    --size 1000x700 --step 2 builtin:strassen
check "the screenshot is a non-empty PNG" \
    sh -c "test -s '$work/shot.png' && head -c 8 '$work/shot.png' | od -An -c | grep -q 'P   N   G'"
check "tensorgame starts without LibTorch (--bench-memory)" \
    sh -c "xvfb-run -a -s '-screen 0 1280x1024x24' /usr/bin/tensorgame --bench-memory builtin:strassen |
           grep -q 'LibTorch loaded: no'"
check "the app's network module is installed and its libraries resolve" \
    sh -c 'm=$(find /usr/lib -name libtensorgame-nn.so | head -1) && test -n "$m" &&
           ! ldd "$m" | grep -q "not found"'
check "tensorgame --language ru" \
    sh -c '/usr/bin/tensorgame --language ru --help | grep -q "Сохранить снимок окна"'
[ $failed = 0 ] && echo "deb-install-test: the installed package works"
exit $failed
