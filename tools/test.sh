#!/usr/bin/env bash
# `make test`: every check, in order. A failed step does not stop the others
# (the browser tests need the build, so they are skipped without it). Ends
# with one summary line; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()

step() {
  local name=$1
  shift
  printf '\n==> %s\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
    return 0
  fi
  failed=$((failed + 1))
  failures+=("$name")
  return 1
}

step "tools" tools/install.sh test
step "cargo fmt" cargo fmt --all --check
step "clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
step "native tests" cargo test --workspace --locked
step "lessons" cargo run --quiet --locked -p kubesim -- --check-lessons content
if step "release build" trunk build --offline=true --release; then
  step "browser tests" bash -c 'cd e2e && npm test'
else
  failed=$((failed + 1))
  failures+=("browser tests (no build)")
fi

echo
if [ "$failed" -gt 0 ]; then
  printf 'failed: %s\n' "${failures[@]}"
fi
echo "steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
