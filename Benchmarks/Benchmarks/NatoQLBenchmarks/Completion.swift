import Benchmark
import BenchmarkFixtures
import Extraction
import Interpreter
import REPL

/// Tab completion over a model of 100,000 entities: the REPL's `Completer` with the words of a
/// session over that model, against a plain prefix scan over the same names.
enum CompletionBenchmarks {
    static func register(_ configuration: Benchmark.Configuration) {
        Benchmark("completion: a name prefix, 100,000 entities", configuration: configuration) { benchmark in
            let completer = Completer(words: Fixtures.hundredThousandWords)
            benchmark.startMeasurement()
            blackHole(completer.complete("allies where supports(Ann"))
        }
        Benchmark("completion: no match (folded retry), 100,000 entities", configuration: configuration) { benchmark in
            let completer = Completer(words: Fixtures.hundredThousandWords)
            benchmark.startMeasurement()
            blackHole(completer.complete("people where met(Zz"))
        }
        Benchmark("yardstick: prefix scan of 100,000 entity names", configuration: configuration) { benchmark in
            let names = Fixtures.hundredThousandWords.entities
            benchmark.startMeasurement()
            blackHole(names.filter { $0.hasPrefix("Ann") }.count)
        }
    }
}

extension Fixtures {
    /// The completion words of a session over ``hundredThousandEntities`` (built once).
    static let hundredThousandWords = Completer.Words(session: Session(model: hundredThousandEntities))
}
