#!/usr/bin/env bash
# Runs one reader's fuzzer for longer than the test suite's smoke run.
# Usage: scripts/fuzz.sh READER [SECONDS]   READER: exp txt mathematica maple fmmjson project npz
set -euo pipefail
cd "$(dirname "$0")/.."
reader=${1:?usage: scripts/fuzz.sh READER [SECONDS]}
seconds=${2:-600}
scripts/setup.sh fuzz
exec build/fuzz/tests/fuzz/fuzz_"$reader" -max_total_time="$seconds" -rss_limit_mb=2048 \
  -malloc_limit_mb=1024 -timeout=60 build/fuzz/tests/fuzz/corpus_"$reader"
