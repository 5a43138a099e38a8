#!/usr/bin/env bash
# Builds the release site into dist/: the app (trunk), then the day files, deep-link pages and
# service worker (tools/datagen). Fails, naming file and field, if any day file is malformed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
cargo fetch --locked >/dev/null
say "building the app (trunk, release)"
TRUNK_SKIP_VERSION_CHECK=true trunk build --release --offline --locked
say "checking data/ and completing dist/"
cargo run --quiet --locked --offline -p datagen -- data dist
# Files for static hosts: _headers/_redirects (Netlify, Cloudflare Pages), .nojekyll (GitHub Pages).
cp deploy/static-hosts/_headers deploy/static-hosts/_redirects dist/
touch dist/.nojekyll
