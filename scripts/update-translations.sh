#!/usr/bin/env bash
# Refreshes translations/tensorgame_{en,ru}.ts from the sources (app/ and widgets/): new strings
# are added as unfinished, strings no longer in the sources are dropped. English strings that
# are not plurals get their source text as translation; plurals (%n) and every Russian string
# need a person: open the file in Qt Linguist (`linguist translations/tensorgame_ru.ts`),
# translate, mark finished (Ctrl+Return), save. See docs/translations.md.
#
#   scripts/update-translations.sh           refresh the .ts files in place
#   scripts/update-translations.sh --check   change nothing; exit 1 and list every string
#                                            without a finished translation in either file
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
PYTHON=${PYTHON:-/usr/bin/python3}
[ -x "$LUPDATE" ] || { echo "update-translations: $LUPDATE not found (apt-get install qt6-l10n-tools)" >&2; exit 2; }

# The sources that hold user-visible strings. -I . resolves the project's includes
# ("widgets/FactorPanel.h"), so that tr() in tg::FactorPanel gets the context Qt uses at run time.
run_lupdate() {  # run_lupdate EXTRA_OPTION... -- TS_FILE...
    local opts=()
    while [ "$1" != -- ]; do opts+=("$1"); shift; done
    shift
    "$LUPDATE" -silent -recursive app widgets -I . -extensions cpp,h -locations relative \
        "${opts[@]}" -ts "$@"
}

# lupdate reads a \uXXXX escape greedily: "\u22121" becomes one wrong character, and the string
# in the .ts file no longer matches the one the program translates. Split such literals
# ("\u2212" "1") or write the character itself.
greedy=$(grep -rnE '\\u[0-9a-fA-F]{5}' app widgets || true)
if [ -n "$greedy" ]; then
    echo "$greedy" >&2
    echo "update-translations: a \\u escape is followed by a hex digit (lupdate misreads it)" >&2
    exit 1
fi

if [ "${1:-}" = --check ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp translations/tensorgame_en.ts translations/tensorgame_ru.ts "$tmp/"
    # Without -no-obsolete: strings that left the sources stay, marked vanished or obsolete.
    run_lupdate -- "$tmp/tensorgame_en.ts" "$tmp/tensorgame_ru.ts"
    # Not exec: the EXIT trap that removes the copies must still run.
    "$PYTHON" scripts/translations-tool.py check "$tmp/tensorgame_en.ts" "$tmp/tensorgame_ru.ts"
    exit
fi

run_lupdate -no-obsolete -- translations/tensorgame_en.ts translations/tensorgame_ru.ts
"$PYTHON" scripts/translations-tool.py fill-english translations/tensorgame_en.ts
"$PYTHON" scripts/translations-tool.py check translations/tensorgame_en.ts translations/tensorgame_ru.ts || {
    echo "update-translations: translate the strings listed above" \
         "(linguist translations/tensorgame_ru.ts), then run this again" >&2
}
