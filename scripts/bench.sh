#!/usr/bin/env bash
# make bench: every natoql benchmark, then BENCHMARKS.md from the figures.
#
#   1. the machine (cores, CPU, memory, Swift, load average);
#   2. the release build (`make release`: one fully static executable);
#   3. whole-process timings with hyperfine: the seed query against sqlite3 answering it from the
#      export, start-up, and loading synthetic corpora of 1k, 10k, 100k articles against `cat`
#      reading the same files; peak memory with /usr/bin/time;
#   4. the in-process benchmarks (Benchmarks/, ordo-one's package-benchmark);
#   5. profiles (perf) of the workloads whose targets are measured against a budget;
#   6. scripts/bench-report.py writes BENCHMARKS.md.
#
# Environment: BENCH_SIZES (default "1000 10000 100000"), BENCH_RUNS (default 30),
# BENCH_SKIP_PACKAGE=1 to skip package-benchmark, BENCH_SKIP_PROFILE=1 to skip perf,
# BENCH_SKIP_WHOLE=1 to keep the whole-process figures already in bench-out/ (they take longest).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=bench-out
SIZES=${BENCH_SIZES:-"1000 10000 100000"}
RUNS=${BENCH_RUNS:-30}
NATOQL=.build/release/natoql
mkdir -p "$OUT" corpora

step() { printf '\n== %s\n' "$*" >&2; }
demangle() { if command -v swift >/dev/null; then swift demangle --simplified --compact 2>/dev/null || cat; else cat; fi; }

step "machine"
{
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "swift: $(swift --version 2>&1 | head -1)"
    echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
    echo "hyperfine: $(hyperfine --version | cut -d' ' -f2)"
    echo "kernel: $(uname -sr)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "commit: $(git rev-parse --short HEAD)"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

step "release build (make release: a fully static executable)"
make --no-print-directory release >&2
ls -l "$NATOQL" | awk '{print "binary bytes: " $5}' >> "$OUT/machine.txt"

if [ "${BENCH_SKIP_WHOLE:-0}" != 1 ]; then
step "seed query: natoql against sqlite3 on the export"
"$NATOQL" export --sqlite "$OUT/seeds.db"
"$NATOQL" --format csv -c 'allies where supports(Rutte) = false' | tail -n +2 > "$OUT/seeds-answer-natoql.txt"
sqlite3 "$OUT/seeds.db" '.read Benchmarks/holdouts.sql' > "$OUT/seeds-answer-sqlite3.txt"
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$OUT/seeds-query.json" \
    -n natoql "$NATOQL -c 'allies where supports(Rutte) = false'" \
    -n sqlite3 "sqlite3 $OUT/seeds.db '.read Benchmarks/holdouts.sql'" >&2
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$OUT/startup.json" \
    -n "natoql --version" "$NATOQL --version" \
    -n "natoql -c 1 (start-up and loading the seeds)" "$NATOQL -c 1" \
    -n "sqlite3 -version" "sqlite3 -version" >&2

for n in $SIZES; do
    dir=corpora/$n
    if [ ! -f "$dir/articles.tsv" ]; then
        step "generating $n articles"
        "$NATOQL" generate -n "$n" "$dir" >&2
    fi
    bytes=$(find "$dir" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
    # The largest corpus is loaded twice (each load takes about 20 s; its page faults cost the
    # most, and their cost varies most on a shared VM), the others five times.
    runs=5; [ "$n" -ge 100000 ] && runs=2
    natoql_case=(-n "natoql" "$NATOQL --corpus $dir -c 'count(claims)'")
    step "loading $n articles ($bytes bytes), $runs runs"
    hyperfine --warmup 1 --runs "$runs" --export-json "$OUT/load-$n.json" "${natoql_case[@]}" \
        -n "cat" "find $dir -name '*.txt' -print0 | xargs -0 cat > /dev/null" >&2
    /usr/bin/time -f '%M %e %U %S' -o "$OUT/memory-$n.txt" \
        "$NATOQL" --corpus "$dir" --format csv -c 'count(claims)' -c 'count(entities)' > "$OUT/counts-$n.txt"
    echo "$bytes" > "$OUT/bytes-$n.txt"
    git rev-parse --short HEAD > "$OUT/commit-$n.txt"
    if [ "$n" = 10000 ]; then
        NATOQL_THREADS=1 /usr/bin/time -f '%M %e %U %S' -o "$OUT/memory-$n-1thread.txt" \
            "$NATOQL" --corpus "$dir" -c 'count(claims)' > /dev/null
    fi
done
fi

if [ "${BENCH_SKIP_PACKAGE:-0}" != 1 ]; then
    step "package-benchmark (Benchmarks/)"
    (cd Benchmarks && swift package benchmark --format markdown --no-progress 2>/dev/null) > "$OUT/package-benchmark.md"
fi

if [ "${BENCH_SKIP_PROFILE:-0}" != 1 ] && command -v perf >/dev/null; then
    step "profiles"
    profile() {  # name, command...
        local name=$1; shift
        perf record -q -F 2000 -g -o "$OUT/$name.perf" -- "$@" > /dev/null 2>&1 || return 0
        perf report -i "$OUT/$name.perf" --children --sort symbol -g none --percent-limit 2 2>/dev/null \
            > "$OUT/$name.report" || true
        grep -v '^#' "$OUT/$name.report" | grep '%' | sed -n 1,40p | demangle | cut -c1-160 > "$OUT/profile-$name.txt" || true
        rm -f "$OUT/$name.report"
        rm -f "$OUT/$name.perf"
    }
    # 50 runs of the seed query, for enough samples of a 15 ms process.
    profile seeds-query sh -c "for i in \$(seq 50); do $NATOQL -c 'allies where supports(Rutte) = false'; done"
    profile load-1000 "$NATOQL" --corpus corpora/1000 -c 'count(claims)'
    (cd Benchmarks && swift build -c release --product natoql-profile >&2)
    profile query-1m Benchmarks/.build/release/natoql-profile query-1m 30
    profile scan-1m Benchmarks/.build/release/natoql-profile scan-1m 3
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
step "writing BENCHMARKS.md"
python3 scripts/bench-report.py "$OUT" > BENCHMARKS.md
echo "BENCHMARKS.md written" >&2
