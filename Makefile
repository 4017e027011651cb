# natoql: the two commands of the README are `make run` and `make test`.
# Both install what a fresh machine lacks (libedit-dev, tmux) with apt-get first.

SWIFT ?= swift
APT_PACKAGES := libedit-dev libsqlite3-dev tmux
SECONDS ?= 30

.PHONY: run test build release deps examples clean fuzz sanitize bench bench-deps corpus

# Install the system packages the build and the tests need, only when missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# Build (release, static Swift runtime) and start the REPL on the seed corpus.
run: release
	.build/release/natoql

# The whole test suite: Swift Testing suites (unit, the real binary in a pty, scripts,
# embedding), each fuzz target for FUZZ_SECONDS (30) seconds (docs/ROBUSTNESS.md;
# FUZZ_SECONDS=0 skips them), then the example scripts through `natoql test`, whose
# `N passed, N failed` is the last line.
FUZZ_SECONDS ?= 30
test: build
	$(SWIFT) test
	@if [ "$(FUZZ_SECONDS)" -gt 0 ]; then scripts/fuzz.sh run $(FUZZ_SECONDS); fi
	.build/debug/natoql test examples

# Run each fuzz target (Fuzz/, libFuzzer + AddressSanitizer) for SECONDS seconds:
# `make fuzz SECONDS=600`. Findings go to Fuzz/.work/artifacts/ (docs/ROBUSTNESS.md).
fuzz: deps
	scripts/fuzz.sh run $(SECONDS)

# The test suite under AddressSanitizer, then ThreadSanitizer (loading analyses articles in
# parallel). The CLI tests then run the sanitized binary too. Ends with a normal build, so
# .build/debug holds an unsanitized natoql again. Leak detection is off: LeakSanitizer cannot
# follow Swift's tagged pointers, and reports XCTest's and libedit's process-lifetime objects.
sanitize: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address
	$(SWIFT) test --sanitize=thread
	$(SWIFT) build

clean:
	rm -rf .build

# --- Performance (issue 8) ---------------------------------------------------------------------
N ?= 10000
SEED ?= 1

# hyperfine for the whole-process timings (perf and valgrind are optional, for profiles).
bench-deps: deps
	@dpkg -s hyperfine >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq hyperfine >/dev/null; }

# A synthetic corpus of N articles in corpora/N: `make corpus N=10000`.
corpus: release
	.build/release/natoql generate -n $(N) --seed $(SEED) corpora/$(N)

# Every benchmark (hyperfine, package-benchmark, profiles), then BENCHMARKS.md.
bench: bench-deps
	scripts/bench.sh
