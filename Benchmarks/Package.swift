// swift-tools-version: 6.1
// natoql's benchmarks: a package of its own, so that the main package and its CI build do not
// depend on the benchmark harness. Run with `swift package benchmark` here, or `make bench` at
// the root (which also runs the whole-process timings and writes BENCHMARKS.md).
// The harness needs its MallocInterposer trait (without it, 1.38.1 does not build here), which
// adds a hook to every allocation: allocation-heavy benchmarks (loading) run slower in process
// than in the natoql binary, so BENCHMARKS.md takes loading rates from whole-process timings.
import PackageDescription

let package = Package(
    name: "natoql-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "natoql", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The inputs and yardsticks the benchmarks share: the script, synthetic corpora and models.
        .target(
            name: "BenchmarkFixtures",
            dependencies: [.product(name: "NatoQL", package: "natoql")],
            path: "Sources/BenchmarkFixtures"),
        // One workload in a loop, for perf and callgrind.
        .executableTarget(
            name: "natoql-profile",
            dependencies: ["BenchmarkFixtures", .product(name: "NatoQL", package: "natoql")],
            path: "Sources/Profile"),
        // Lexer, parser, loading, queries and completion, each beside a yardstick measured in
        // the same run.
        .executableTarget(
            name: "NatoQLBenchmarks",
            dependencies: [
                "BenchmarkFixtures",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "NatoQL", package: "natoql"),
                .product(name: "NatoQLREPL", package: "natoql"),
            ],
            path: "Benchmarks/NatoQLBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
