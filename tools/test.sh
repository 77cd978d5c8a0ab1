#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root or through sudo), builds MyoChart with the
# dev preset and runs the whole test suite. Ends with ctest's summary.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools/setup.sh build run test
cmake --preset dev
cmake --build --preset dev
ctest --preset dev -j "$(nproc)"
