#!/usr/bin/env bash
# Verifies every scheme file under a local copy of the FastMatrixMultiplication collection
# (or any folder of scheme files) with tensorgame-cli, each in the field its file states, and
# prints the counts per format and every failure.
#   scripts/check-collection.sh DIR [CLI]     (CLI: default build/dev/app/cli/tensorgame-cli)
# Exit status: 0 when every file read and verified, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: scripts/check-collection.sh DIR [CLI]}
cli=${2:-${TG_CLI:-build/dev/app/cli/tensorgame-cli}}
[ -x "$cli" ] || { echo "check-collection: no tensorgame-cli at $cli (build first: scripts/setup.sh)" >&2; exit 2; }

# The format a file is in, by its name (the reader itself goes by the content).
format_of() {
    case "$1" in
        *_reduced.json) echo reduced-json ;;
        *.json) echo fmm-json ;;
        *.exp) echo exp ;;
        *.m) echo mathematica ;;
        *.mpl) echo maple ;;
        *.txt) echo txt ;;
        *.npz) echo npz ;;
        *) echo "" ;;
    esac
}

declare -A present valid invalid unreadable
failures=()
total=0
while IFS= read -r -d '' file; do
    fmt=$(format_of "$file")
    [ -n "$fmt" ] || continue
    case "$(basename "$file")" in LICENSE*|README*|status.json|reduced_known.json) continue ;; esac
    present[$fmt]=$(( ${present[$fmt]:-0} + 1 ))
    total=$((total + 1))
    out=$(timeout 120 "$cli" verify "$file" 2>&1)
    code=$?
    case $code in
        0) valid[$fmt]=$(( ${valid[$fmt]:-0} + 1 )) ;;
        1) invalid[$fmt]=$(( ${invalid[$fmt]:-0} + 1 )); failures+=("not valid: $file: $(head -c 300 <<<"$out" | tr '\n' ' ')") ;;
        *) unreadable[$fmt]=$(( ${unreadable[$fmt]:-0} + 1 )); failures+=("not read (exit $code): $file: $(head -c 300 <<<"$out" | tr '\n' ' ')") ;;
    esac
    if [ $((total % 200)) -eq 0 ]; then echo "check-collection: $total files so far" >&2; fi
done < <(find "$dir" -type f -print0 | sort -z)

printf '%-14s %8s %8s %10s %10s\n' format present valid "not valid" "not read"
ok=0
for fmt in $(printf '%s\n' "${!present[@]}" | sort); do
    printf '%-14s %8d %8d %10d %10d\n' "$fmt" "${present[$fmt]}" "${valid[$fmt]:-0}" \
        "${invalid[$fmt]:-0}" "${unreadable[$fmt]:-0}"
    ok=$((ok + ${valid[$fmt]:-0}))
done
echo "read and verified: $ok of $total files"
for f in "${failures[@]}"; do echo "$f"; done
[ "$ok" -eq "$total" ]
