# natoql: the two commands of the README are `make run` and `make test`.
# Both install what a fresh machine lacks (libedit-dev, tmux) with apt-get first.

SWIFT ?= swift
APT_PACKAGES := libedit-dev libsqlite3-dev tmux
SECONDS ?= 30

.PHONY: run test build release deps examples clean bench bench-deps corpus

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
# embedding), then the example scripts through `natoql test`.
test: build
	$(SWIFT) test
	.build/debug/natoql test examples

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
