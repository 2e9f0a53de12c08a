# KubeLab. `make serve` and `make test` work on a machine that has only
# rustup/cargo (and, for tests, Debian's apt and Node.js): every other tool is
# installed here, pinned, and only when missing.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# npm's binaryen (wasm-opt) first: Trunk runs whatever wasm-opt is on PATH.
export PATH := $(CURDIR)/tools/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

.PHONY: help serve test dist tools test-tools screenshot bench fuzz

# `make fuzz FUZZ_RUNS=N FUZZ_JOBS=J`: how many inputs the fuzzer tries in
# all, shared by J processes fuzzing side by side.
FUZZ_RUNS ?= 10000000
FUZZ_JOBS ?= 2

help:
	@echo "make serve       serve the app with live reload on http://127.0.0.1:8080"
	@echo "make test        formatting, lints, native tests, release build, browser tests"
	@echo "make dist        the release site in dist/, with its gzip size"
	@echo "make screenshot  refresh docs/screenshot.png from the browser tests"
	@echo "make bench       engine and shell benchmarks on the 1,000-node stress scenario, and lesson checks"
	@echo "make fuzz        feed the shell random command lines (FUZZ_RUNS, default 10 million)"

tools:
	@tools/install.sh build

test-tools:
	@tools/install.sh test

serve: tools
	trunk serve --offline=true --address 127.0.0.1 --port 8080

dist: tools
	trunk build --offline=true --release
	@tools/dist-size.sh dist

test:
	@tools/test.sh

screenshot: dist test-tools
	cd e2e && SCREENSHOT_DIR=$(CURDIR)/docs npm test

bench:
	cargo bench --locked -p kubesim --bench engine --bench shell --bench lessons

# No sanitizer: the engine is safe Rust, so AddressSanitizer would only slow the
# search (docs/RELIABILITY.md). Each job logs to crates/kubesim/fuzz-N.log.
fuzz:
	@tools/install.sh fuzz
	cd crates/kubesim && cargo +nightly fuzz run --sanitizer none shell_line -- \
		-jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS) -runs=$$(( $(FUZZ_RUNS) / $(FUZZ_JOBS) )) \
		-dict=fuzz/shell.dict -print_final_stats=1
