#!/usr/bin/env bash
# Builds the site and serves dist/ locally, as a plain static host would. PORT=8080 by default.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/build.sh
exec node e2e/server.mjs dist "${PORT:-8080}"
