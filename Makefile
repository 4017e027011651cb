# natoql: the two commands of the README are `make run` and `make test`.
# Both install what a fresh machine lacks (libedit-dev, tmux) with apt-get first.

SWIFT ?= swift
# libedit's static link needs terminfo (libncurses-dev) and libbsd/libmd (libbsd-dev); libedit-dev
# pulls them in, and they are named here because the release build links their archives.
APT_PACKAGES := libedit-dev libncurses-dev libbsd-dev libsqlite3-dev tmux
SECONDS ?= 30

.PHONY: run test build release deps examples clean lint format fuzz sanitize bench bench-deps corpus

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

# The build users run: one fully static executable. The Swift runtime, Foundation, libedit with
# terminfo, SQLite and the C library are linked in, so start-up maps no shared library and applies
# no relocations (README, "Design notes"). libedit's archive needs -ltinfo -lbsd -lmd after it.
# Generic metadata is made by accessors that hand the runtime their conformances, not from mangled
# type names that it demangles and checks against each of the binary's ~3,800 conformance records
# (a fifth of a one-statement run's instructions). These are command-line flags, not Package.swift
# settings, because unsafe flags in a library target would stop the package being a dependency.
RELEASE_FLAGS := -c release -Xswiftc -static-executable -Xlinker -ltinfo -Xlinker -lbsd -Xlinker -lmd \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product natoql

# The toolchain's swift-format, with the committed .swift-format (generated code aside).
SWIFT_SOURCES = $(shell git ls-files 'Sources/*.swift' 'Tests/*.swift' 2>/dev/null | grep -v /Generated/)
lint:
	@$(SWIFT) format lint --strict $(SWIFT_SOURCES) && echo "swift format lint: clean"

format:
	$(SWIFT) format -i $(SWIFT_SOURCES)

# Build the release executable and start the REPL on the seed corpus.
run: release
	.build/release/natoql

# The whole test suite: Swift Testing suites (unit, the real binary in a pty, scripts,
# embedding), the command-line suites again against the static release executable users get,
# each fuzz target for FUZZ_SECONDS (30) seconds (docs/ROBUSTNESS.md; FUZZ_SECONDS=0 skips
# them), then the example scripts through the release `natoql test`, whose `N passed, N failed`
# is the last line.
FUZZ_SECONDS ?= 30
test: build lint release
	$(SWIFT) test
	NATOQL_BINARY=.build/release/natoql $(SWIFT) test --skip-build --filter CLITests
	@if [ "$(FUZZ_SECONDS)" -gt 0 ]; then scripts/fuzz.sh run $(FUZZ_SECONDS); fi
	.build/release/natoql test examples

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
