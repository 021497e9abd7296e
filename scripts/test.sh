#!/usr/bin/env bash
# Same set-up as run.sh, then every test through ctest. Needs no display: GUI tests use the
# offscreen platform (see tests/CMakeLists.txt).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ctest --test-dir build --output-on-failure -j"$(nproc)"
