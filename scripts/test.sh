#!/usr/bin/env bash
# Runs every test: formatting and lints, native unit tests and the check of every day file, the
# release build, then the browser tests in real headless Chromium. Installs what is missing first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
cargo fetch --locked >/dev/null

say "cargo fmt --check"
cargo fmt --all -- --check
say "cargo clippy -D warnings (native, and the wasm app)"
cargo clippy --locked --offline --workspace --all-targets -- -D warnings
cargo clippy --locked --offline --target wasm32-unknown-unknown --bin today-in-history -- -D warnings
say "cargo test: date logic, model, validation, every data/ file"
cargo test --locked --offline --workspace

bash scripts/build.sh

say "browser tests (headless Chromium)"
node --test --test-concurrency=1 --test-timeout=180000 e2e/
