#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and open the app on Strassen's scheme.
# Extra arguments go to the app, e.g. scripts/run.sh builtin:laderman
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev
exec build/dev/app/gui/tensorgame "$@"
