#!/usr/bin/env bash
# natoql's fuzz targets (Fuzz/, a SwiftPM package of its own, built with libFuzzer and
# AddressSanitizer).
#
#   scripts/fuzz.sh build                  build the targets (release, -sanitize=fuzzer,address)
#   scripts/fuzz.sh run SECONDS [TARGET..] run each target SECONDS seconds (all by default)
#   scripts/fuzz.sh replay FILE TARGET     run one input (a crash) through a target
#
# Each run starts from the committed seeds in Fuzz/corpus/TARGET and keeps what it finds in
# Fuzz/.work/TARGET (not committed); crashes, timeouts and out-of-memory inputs are written to
# Fuzz/.work/artifacts/ and make the run fail. A log per target goes to Fuzz/.work/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ=Fuzz
TARGETS=(FuzzParser FuzzPipeline FuzzLoader)
BIN=$FUZZ/.build/release
# The Swift runtime's backtracer forks a helper that outlives a crash and keeps pipes open.
export SWIFT_BACKTRACE=enable=no
# Swift keeps tags in spare bits of enum payload pointers, which LeakSanitizer cannot follow.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"

build() {
    swift build --package-path "$FUZZ" -c release \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 \
        | grep -v "Cannot export local symbol" || true
    for t in "${TARGETS[@]}"; do
        [ -x "$BIN/$t" ] || { echo "fuzz.sh: $t did not build" >&2; exit 1; }
    done
}

# Per-target options: the dictionary, the largest input, and a per-input time limit (a hang
# is a finding: no input may take seconds).
options() {
    case "$1" in
        FuzzParser) echo "-dict=$FUZZ/dictionaries/natoql.dict -max_len=4096 -timeout=10" ;;
        FuzzPipeline) echo "-max_len=512 -timeout=20" ;;
        FuzzLoader) echo "-dict=$FUZZ/dictionaries/loader.dict -max_len=8192 -timeout=20" ;;
    esac
}

run() {
    local seconds=$1
    shift
    local targets=("$@")
    [ ${#targets[@]} -gt 0 ] || targets=("${TARGETS[@]}")
    build
    mkdir -p "$FUZZ/.work/artifacts"
    local failed=0
    for t in "${targets[@]}"; do
        mkdir -p "$FUZZ/.work/$t"
        echo "fuzz.sh: $t for ${seconds}s"
        # shellcheck disable=SC2046
        if "$BIN/$t" $(options "$t") -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$FUZZ/.work/artifacts/$t-" \
            "$FUZZ/.work/$t" "$FUZZ/corpus/$t" >"$FUZZ/.work/$t.log" 2>&1; then
            grep -E "^stat::number_of_executed_units|^Done" "$FUZZ/.work/$t.log" | sed "s/^/  $t: /"
        else
            failed=1
            echo "fuzz.sh: $t FOUND A PROBLEM; see $FUZZ/.work/$t.log and $FUZZ/.work/artifacts/" >&2
            grep -E "ERROR|Fatal error|Test unit written" "$FUZZ/.work/$t.log" | head -5 >&2 || true
        fi
    done
    return $failed
}

case "${1:-}" in
    build) build ;;
    run) shift; run "${1:-30}" "${@:2}" ;;
    replay) [ $# -eq 3 ] || { echo "usage: scripts/fuzz.sh replay FILE TARGET" >&2; exit 64; }
        build; "$BIN/$3" $(options "$3") "$2" ;;
    *) echo "usage: scripts/fuzz.sh build | run SECONDS [TARGET...] | replay FILE TARGET" >&2; exit 64 ;;
esac
