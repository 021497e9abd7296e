#!/usr/bin/env bash
# Installs what is missing, builds Release into build/ and starts the app.
# Extra arguments go to the app, e.g. ./scripts/run.sh --lang zh_CN
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec build/app/neural-lessons "$@"
