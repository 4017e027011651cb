import Benchmark
import BenchmarkFixtures
import Extraction

/// Tab completion over a model of 100,000 entities.
///
/// The REPL's `Completer` has not landed on main yet, so only the yardstick is measured: a plain
/// prefix scan over the same 100,000 names, the least work a completion of a name can do without
/// an index.
enum Completion {
    static func register(_ configuration: Benchmark.Configuration) {
        Benchmark("yardstick: prefix scan of 100,000 entity names", configuration: configuration) { benchmark in
            let names = Fixtures.hundredThousandEntities.entities.map(\.name)
            benchmark.startMeasurement()
            blackHole(names.filter { $0.hasPrefix("Anna Ke") }.count)
        }
    }
}
