import BenchmarkFixtures
import Extraction
import Interpreter

// natoql-profile WORKLOAD [REPEAT]: runs one benchmark workload in a loop, for a profiler
// (`perf record -g`, `valgrind --tool=callgrind`). scripts/bench.sh profiles the targets it misses.
let arguments = CommandLine.arguments.dropFirst()
let workload = arguments.first ?? "help"
let repeats = arguments.dropFirst().first.flatMap { Int($0) } ?? 5

switch workload {
case "query-1m":
    let session = Session(model: Fixtures.millionClaims)
    for _ in 0..<repeats { print(session.value(of: "count(allies where supports(Rutte) = false)")) }
case "scan-1m":
    let session = Session(model: Fixtures.millionClaims)
    for _ in 0..<repeats { print(session.value(of: "count(claims where modality = \"hedged\" and value = false)")) }
case "load-seeds":
    for _ in 0..<repeats { blackHoleCount(try Loader.load(.seeds).model.claims.count) }
case "load-1k":
    for _ in 0..<repeats { print(try Loader.load(Fixtures.syntheticThousand).model.claims.count) }
default:
    print("usage: natoql-profile query-1m|scan-1m|load-seeds|load-1k [REPEAT]")
}

/// Keeps a result alive without printing it once per repeat.
func blackHoleCount(_ count: Int) {
    if count < 0 { print(count) }
}
