#!/usr/bin/env bash
# Builds the .deb from a build tree with CPack and checks what it holds: the programs, the
# translations, the desktop entry, the icons, the AppStream metainfo, the man page, the user
# guide, the default models the checkout has, and Depends computed by dpkg-shlibdeps.
#   packaging/check-deb.sh BUILD_DIR SOURCE_DIR [OUT_DIR]
# Leaves the package in OUT_DIR (default BUILD_DIR/deb) for scripts/deb-install-test.sh.
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
out=${3:-$build/deb}
rm -rf "$out"
mkdir -p "$out"
start=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"
    exit 1
}
deb=$(ls "$out"/tensorgame-explorer_*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) in $(($(date +%s) - start)) s"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
info=$(dpkg-deb -I "$deb")
failed=0
need() {
    if ! grep -qx -- "$1" <<<"$contents"; then
        echo "missing from the package: $1"
        failed=1
    fi
}
need ./usr/bin/tensorgame
need ./usr/bin/tensorgame-cli
need ./usr/share/tensorgame/translations/tensorgame_en.qm
need ./usr/share/tensorgame/translations/tensorgame_ru.qm
need ./usr/share/applications/io.github.tensorgame.Explorer.desktop
need ./usr/share/metainfo/io.github.tensorgame.Explorer.metainfo.xml
need ./usr/share/man/man1/tensorgame-cli.1.gz
need ./usr/share/icons/hicolor/scalable/apps/tensorgame.svg
for px in 16 32 48 64 128 256; do
    need "./usr/share/icons/hicolor/${px}x${px}/apps/tensorgame.png"
done
need ./usr/share/doc/tensorgame-explorer/user-guide.md
need ./usr/share/doc/tensorgame-explorer/user-guide.ru.md
if [ -d "$source/resources/models" ]; then
    while IFS= read -r model; do
        need "./usr/share/tensorgame/models/${model#"$source/resources/models/"}"
    done < <(find "$source/resources/models" -type f ! -name .gitkeep)
fi
# The published schemes of the Library, with their catalogue and licences.
while IFS= read -r file; do
    need "./usr/share/tensorgame/published/${file#"$source/data/published/"}"
done < <(find "$source/data/published" -type f)
need ./usr/share/tensorgame/published/NOTICE.md
# Nothing of the build or the tests leaks in.
if grep -E '\.(a|o|h|cpp)$|/tests?/|tst_' <<<"$contents"; then
    echo "the package holds build or test files (above)"
    failed=1
fi

field() { sed -n "s/^ $1: //p" <<<"$info"; }
[ "$(field Package)" = tensorgame-explorer ] || { echo "wrong Package: $(field Package)"; failed=1; }
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || { echo "wrong Architecture"; failed=1; }
depends=$(field Depends)
# From dpkg-shlibdeps (the libraries the programs link) and from CMake (the run-time plugins).
names=$(sed 's/, */\n/g' <<<"$depends" | awk '{print $1}')
for lib in libqt6widgets6 libqt6core6 libqt6openglwidgets6 libvtk9.1 libzip4 libc6 libstdc++6 \
           qt6-qpa-plugins libgl1-mesa-dri; do
    if ! grep -qxF -- "$lib" <<<"$names"; then
        echo "Depends lacks $lib: $depends"
        failed=1
    fi
done
# The stripped programs: no debug sections in the package.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
for program in tensorgame tensorgame-cli; do
    if readelf -S "$tmp/usr/bin/$program" | grep -q '\.debug_info'; then
        echo "$program is not stripped"
        failed=1
    fi
done
# No path of the source or build tree is compiled into what is installed: the programs find
# their data relative to themselves (../share/tensorgame).
if leaks=$(grep -rlF -e "$source/" -e "$build/" "$tmp/usr/bin" "$tmp/usr/lib"); then
    echo "source or build paths compiled into: $leaks"
    failed=1
fi
desktop-file-validate "$tmp/usr/share/applications/io.github.tensorgame.Explorer.desktop" || failed=1
[ $failed = 0 ] && echo "package contents and Depends are as expected"
echo "Depends: $depends"
exit $failed
