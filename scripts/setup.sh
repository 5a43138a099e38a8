#!/usr/bin/env bash
# Installs whatever this machine lacks to build and test the site; skips what is already there at
# the right version. Safe to run again. Sourced by build.sh, serve.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v nginx >/dev/null || need_apt+=(nginx-light)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if [ ! -x node_modules/.bin/wasm-opt ] || ! node -e "require('playwright-core'); require('@axe-core/playwright')" 2>/dev/null \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (playwright-core, axe-core, binaryen)"
  npm ci --no-audit --no-fund --loglevel=error
fi
# Trunk looks for wasm-opt by version; binaryen 132 from npm (Debian's 108 breaks the wasm).
if ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  echo "wasm-opt 132 is not first on PATH: $(command -v wasm-opt || echo none)" >&2
  exit 1
fi
