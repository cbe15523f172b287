#!/usr/bin/env bash
# The static checks, as CI runs them after the test suite (scripts/test.sh):
#   1. format     every tracked .cpp and .h (data/ aside) is as clang-format (.clang-format) writes it;
#   2. clang-tidy every .cpp under core/, widgets/ and app/ has no finding (.clang-tidy, with the
#                 overrides in widgets/.clang-tidy, app/.clang-tidy and core/nn/.clang-tidy), in
#                 parallel;
#   3. length     no function is over 100 lines without a "// Long:" comment saying why
#                 (scripts/check-function-length.py).
# All three run even when one fails; the last lines are a summary with the time each took.
# Usage: scripts/lint.sh [BUILD_DIR]   (default: build/dev of this checkout)
# BUILD_DIR must hold compile_commands.json and be built (widgets' moc and autogen files), as
# scripts/setup.sh leaves it. Environment: LINT_JOBS (default: nproc) clang-tidy processes.
set -euo pipefail

build=${1:-}
if [ -n "$build" ]; then
    [ -d "$build" ] || { echo "lint: no build directory $build" >&2; exit 2; }
    build=$(cd "$build" && pwd)  # relative to where the script was called from
fi
cd "$(dirname "$0")/.."
root=$PWD
build=${build:-$root/build/dev}
jobs=${LINT_JOBS:-$(nproc)}

declare -A result seconds
now() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }'; }

# Tracked files that exist in the work tree (a file deleted but not yet committed is skipped).
tracked() {
    git ls-files -- "$@" | while IFS= read -r f; do [ -f "$f" ] && printf '%s\n' "$f"; done
}

# --- 1. format ---------------------------------------------------------------------------------
start=$(now)
mapfile -t sources < <(tracked '*.cpp' '*.h' ':(exclude)data/**')
format_log=$(mktemp)
tidy_logs=$(mktemp -d)
trap 'rm -rf "$format_log" "$tidy_logs"' EXIT
echo "lint: clang-format on ${#sources[@]} files"
if clang-format --dry-run -Werror "${sources[@]}" >"$format_log" 2>&1; then
    result[format]=ok
else
    mapfile -t unformatted < <(grep -oE '^[^:[:space:]]+\.(cpp|h):[0-9]+:[0-9]+: error' "$format_log" |
        cut -d: -f1 | sort -u)
    if [ ${#unformatted[@]} -eq 0 ]; then
        cat "$format_log"  # clang-format itself failed
        result[format]="FAILED (clang-format did not run)"
    else
        printf '  not formatted: %s\n' "${unformatted[@]}"
        echo "  fix: clang-format -i ${unformatted[*]}"
        result[format]="FAILED (${#unformatted[@]} files)"
    fi
fi
seconds[format]=$(took "$start")

# --- 2. clang-tidy -----------------------------------------------------------------------------
start=$(now)
mapfile -t units < <(tracked 'core/*.cpp' 'widgets/*.cpp' 'app/*.cpp')
if [ ! -f "$build/compile_commands.json" ]; then
    echo "lint: no $build/compile_commands.json: configure and build first (scripts/setup.sh)"
    result[clang-tidy]="FAILED (no compile database)"
else
    # A file the build does not compile (another preset, a file not yet in CMakeLists.txt) would be
    # checked with guessed flags: say so instead.
    mapfile -t unbuilt < <(python3 - "$build/compile_commands.json" "${units[@]}" <<'PY'
import json, os, sys
with open(sys.argv[1]) as f:
    built = {os.path.normpath(os.path.join(e["directory"], e["file"])) for e in json.load(f)}
for unit in sys.argv[2:]:
    if os.path.abspath(unit) not in built:
        print(unit)
PY
    )
    # The translation units with LibTorch take far longest: they go first, so that no slow one is
    # left to run alone at the end.
    mapfile -t units < <(printf '%s\n' "${units[@]}" | grep '^core/nn/' || true
        printf '%s\n' "${units[@]}" | grep -v '^core/nn/' || true)
    echo "lint: clang-tidy on ${#units[@]} files, $jobs at a time"
    # One log per file, so that parallel outputs do not interleave; a non-zero exit (the file did
    # not parse) is recorded beside it.
    # shellcheck disable=SC2016  # the single-quoted script expands its own arguments
    printf '%s\n' "${units[@]}" | xargs -d '\n' -P "$jobs" -n 1 bash -c '
        log="$1/$(printf %s "$3" | tr / _).log"
        clang-tidy -p "$2" -quiet "$3" >"$log" 2>&1 || echo "exit code $?" >>"$log.failed"' \
        _ "$tidy_logs" "$build"
    findings=0
    broken=0
    for f in "${units[@]}"; do
        log="$tidy_logs/$(printf %s "$f" | tr / _).log"
        n=$(grep -cE '^[^[:space:]]+:[0-9]+:[0-9]+: (warning|error):' "$log" || true)
        if [ "$n" -gt 0 ] || [ -f "$log.failed" ]; then
            echo "== $f"
            grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' "$log" || true
            if [ -f "$log.failed" ]; then
                echo "clang-tidy: $(cat "$log.failed")"
                broken=$((broken + 1))
            fi
            findings=$((findings + n))
        fi
    done
    if [ ${#unbuilt[@]} -gt 0 ]; then
        printf '  not in %s/compile_commands.json: %s\n' "$build" "${unbuilt[@]}"
        broken=$((broken + ${#unbuilt[@]}))
    fi
    if [ "$findings" -eq 0 ] && [ "$broken" -eq 0 ]; then
        result[clang-tidy]=ok
    else
        result[clang-tidy]="FAILED ($findings findings, $broken files not checked cleanly: see above)"
    fi
fi
seconds[clang-tidy]=$(took "$start")

# --- 3. function length ------------------------------------------------------------------------
start=$(now)
echo "lint: function length"
if python3 scripts/check-function-length.py; then
    result[function-length]=ok
else
    result[function-length]=FAILED
fi
seconds[function-length]=$(took "$start")

# --- summary -----------------------------------------------------------------------------------
status=0
echo "lint summary:"
for part in format clang-tidy function-length; do
    printf '  %-16s %-56s %5ss\n' "$part" "${result[$part]}" "${seconds[$part]}"
    [ "${result[$part]}" = ok ] || status=1
done
exit "$status"
