#!/usr/bin/env bash
# Installs what the build (`install.sh build`) or the tests (`install.sh test`)
# need, pinned, skipping whatever is already there at the right version.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14   # 0.22 needs a newer rustc than 1.95
CARGO_FUZZ_VERSION=0.13.2
WASM_TARGET=wasm32-unknown-unknown

say() { printf '==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# npm ci, but only when node_modules is missing or older than the lockfile.
npm_install() {
  local dir=$1
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

need_node() {
  if ! command -v npm >/dev/null; then
    say "installing Node.js and npm (Debian)"
    as_root apt-get update -qq
    as_root apt-get install -y -qq nodejs npm
  fi
}

build_tools() {
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "adding the $WASM_TARGET target"
    rustup target add "$WASM_TARGET"
  fi
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes about 11 minutes)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  # wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
  # No --locked: its own lockfile names a crate version the registry lacks.
  local bindgen
  bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen" ]; then
    say "installing wasm-bindgen-cli $bindgen (takes about 9 minutes)"
    cargo install wasm-bindgen-cli --version "$bindgen" --force
  fi
  need_node
  npm_install tools
}

test_tools() {
  # Chromium, and a Japanese font so screenshots show 日本語 rather than boxes.
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ "$(dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null)" = "install ok installed" ] || missing+=(fonts-noto-cjk)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]} (Debian)"
    as_root apt-get update -qq
    as_root apt-get install -y -qq "${missing[@]}"
  fi
  need_node
  npm_install e2e
}

# libFuzzer needs nightly Rust; cargo-fuzz drives it.
fuzz_tools() {
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain"
    rustup toolchain install nightly --profile minimal
  fi
  if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
}

case "${1:-}" in
  build) build_tools ;;
  test) build_tools; test_tools ;;
  fuzz) fuzz_tools ;;
  *) echo "usage: $0 build|test|fuzz" >&2; exit 2 ;;
esac
