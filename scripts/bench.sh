#!/usr/bin/env bash
# Builds the release site, then prints first-visit bytes and time-to-first-event (app vs a static
# HTML floor) on a throttled mobile profile. RUNS=5 by default.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh
node bench/bench.mjs "${RUNS:-5}"
