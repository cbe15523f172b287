#!/usr/bin/env bash
# The .deb on a truly clean Debian 12: debootstrap a minimal bookworm into a folder, install the
# package there with apt (every dependency comes from the Debian archive), run the CLI and a
# screenshot under Xvfb inside it. Slow (downloads a few hundred MB): not part of CI.
#   scripts/deb-clean-install-test.sh PACKAGE.deb [ROOT_DIR]     (needs root and network to Debian)
set -euo pipefail
deb=$(realpath "$1")
root=${2:-$(mktemp -d /tmp/bookworm-XXXXXX)}
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
mirror=${mirror:-$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list)}
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap

t0=$(date +%s)
[ -x "$root/usr/bin/apt-get" ] || debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1
t1=$(date +%s)
echo "debootstrap: $((t1 - t0)) s"
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" || true' EXIT
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb") >/tmp/apt.log 2>&1" || {
    tail -30 "$root/tmp/apt.log"
    exit 1
}
t2=$(date +%s)
echo "apt-get install of the package and its dependencies: $((t2 - t1)) s ($(du -sh "$root" | cut -f1) in the root)"
in_root /usr/bin/tensorgame-cli verify builtin:strassen
# Xvfb is not a dependency of the package (a desktop has a display); the test brings its own.
in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth >/dev/null 2>&1"
in_root sh -c 'mkdir -m 700 -p /tmp/xdg && XDG_RUNTIME_DIR=/tmp/xdg xvfb-run -a -s "-screen 0 1280x1024x24" /usr/bin/tensorgame --screenshot /tmp/shot.png --size 1000x700 --step 2'
test -s "$root/tmp/shot.png"
echo "screenshot: $(stat -c %s "$root/tmp/shot.png") bytes; total $(($(date +%s) - t0)) s"
