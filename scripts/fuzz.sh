#!/usr/bin/env bash
# Runs the libFuzzer targets for longer than the test suite's smoke runs.
# Usage: scripts/fuzz.sh TARGET [SECONDS]     one target (default 600 s)
#        scripts/fuzz.sh all [SECONDS]        every target in turn, SECONDS each
# TARGET: exp txt mathematica maple fmmjson project npz (one reader each), load (format
# detection and loading by name), info (cost, formulas, shared additions, verification of a
# loaded scheme), writers (write in every format, read back, compare).
# Prints one line per target: its name, seconds, executions, and whether it found a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET|all [SECONDS]}
seconds=${2:-600}
targets=(exp txt mathematica maple fmmjson project npz load info writers model)
[ "$target" = all ] || targets=("$target")
scripts/setup.sh fuzz
dir=build/fuzz/tests/fuzz
status=0
for t in "${targets[@]}"; do
    log=$(mktemp)
    if "$dir/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 \
        -timeout=60 -max_len=262144 -dict=tests/fuzz/dict/schemes.dict -print_final_stats=1 \
        -artifact_prefix="$dir/crash_${t}_" "$dir/corpus_$t" >"$log" 2>&1; then
        result="crashes: 0"
    else
        result="FOUND A CRASH (see $dir/crash_${t}_*; log $log)"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz_$t: $seconds s, $runs executions, $result"
    [ "$status" -ne 0 ] || rm -f "$log"
done
exit $status
