import Benchmark
import BenchmarkFixtures
import DSL
import Extraction
import Interpreter

// natoql's in-process benchmarks. Each measured operation has a yardstick measured in the same
// run, named "yardstick: ...", so BENCHMARKS.md can give ratios rather than bare times that
// depend on the machine:
// - lexer and parser: a plain byte scan of the same script;
// - loading: a plain word scan of the same article text;
// - the query on the seeds: SQLite answering the same question from the exported database;
// - queries over a million claims: a plain Swift loop over the same claims;
// - completion: a plain prefix scan over the same names.

let benchmarks: @Sendable () -> Void = {
    let quick = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds, warmupIterations: 3,
        maxDuration: .seconds(2), maxIterations: 1_000)
    let slow = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, warmupIterations: 1,
        maxDuration: .seconds(5), maxIterations: 20)

    // MARK: Lexer and parser: a 1 MB script

    Benchmark("lexer: 1 MB script", configuration: quick) { benchmark in
        let source = Fixtures.script
        benchmark.startMeasurement()
        blackHole(Lexer.tokenize(source).tokens.count)
    }
    Benchmark("parser: 1 MB script", configuration: quick) { benchmark in
        let source = Fixtures.script
        benchmark.startMeasurement()
        blackHole(Parser.parse(source).statements.count)
    }
    Benchmark("yardstick: byte scan of the 1 MB script", configuration: quick) { benchmark in
        let text = Fixtures.script.text
        benchmark.startMeasurement()
        blackHole(Yardsticks.words(in: text))
    }

    // MARK: Loading

    Benchmark("loading: seeds", configuration: quick) { _ in
        blackHole(try Loader.load(.seeds).model.claims.count)
    }
    Benchmark("loading: 1,000 synthetic articles in memory", configuration: slow) { benchmark in
        let source = Fixtures.syntheticThousand
        benchmark.startMeasurement()
        blackHole(try Loader.load(source).model.claims.count)
    }
    Benchmark("yardstick: word scan of the 1,000 articles", configuration: slow) { benchmark in
        guard case .texts(let texts, _) = Fixtures.syntheticThousand else { return }
        benchmark.startMeasurement()
        var words = 0
        for article in texts { words += Yardsticks.words(in: article.text) }
        blackHole(words)
    }

    // MARK: Queries

    Benchmark("query: allies where supports(Rutte) = false, seeds", configuration: quick) { benchmark in
        let session = Session(model: Fixtures.seeds)
        benchmark.startMeasurement()
        blackHole(session.value(of: "allies where supports(Rutte) = false"))
    }
    Benchmark("yardstick: SQLite holdouts query on seeds.db, in process", configuration: quick) { benchmark in
        let path = Fixtures.seedsDatabase
        benchmark.startMeasurement()
        blackHole(try SQLiteQuery.rows(SQLiteSchema.holdoutsQuery, in: path))
    }
    Benchmark("query: allies where supports(Rutte) = false, 1M claims", configuration: slow) { benchmark in
        let session = Session(model: Fixtures.millionClaims)
        benchmark.startMeasurement()
        blackHole(session.value(of: "allies where supports(Rutte) = false"))
    }
    Benchmark("yardstick: Swift loop deciding supports(ally, Rutte), 1M claims", configuration: slow) { benchmark in
        let model = Fixtures.millionClaims
        benchmark.startMeasurement()
        blackHole(Yardsticks.holdouts(model))
    }
    Benchmark("query: count(claims where modality = hedged and value = false), 1M claims", configuration: slow) { benchmark in
        let session = Session(model: Fixtures.millionClaims)
        benchmark.startMeasurement()
        blackHole(session.value(of: "count(claims where modality = \"hedged\" and value = false)"))
    }
    Benchmark("yardstick: Swift loop counting hedged false claims, 1M claims", configuration: slow) { benchmark in
        let model = Fixtures.millionClaims
        benchmark.startMeasurement()
        var n = 0
        for claim in model.claims where claim.modality == .hedged && claim.value == .boolean(false) { n += 1 }
        blackHole(n)
    }

    // MARK: Completion

    CompletionBenchmarks.register(quick)
}
