import Foundation
import Testing

@testable import Extraction

/// Loading throughput: articles and megabytes per second. A report, not a timed test: it runs
/// only with NATOQL_BENCH=1, best in release:
///
///     NATOQL_BENCH=1 swift test -c release --filter Benchmark
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NATOQL_BENCH"] == "1"))
struct Benchmark {
    func measure(_ label: String, repetitions: Int, _ body: () throws -> LoadReport) rethrows {
        let first = try body()
        let articles = first.model.articles.count
        let bytes = first.model.articles.reduce(0) { $0 + $1.text.utf8.count }
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<repetitions { _ = try body() }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let perLoad = seconds / Double(repetitions)
        print(
            "\(label): \(articles) articles, \(bytes) bytes: \(String(format: "%.3f", perLoad * 1000)) ms a load, "
                + "\(Int(Double(articles) / perLoad)) articles/s, \(String(format: "%.2f", Double(bytes) / perLoad / 1e6)) MB/s, "
                + "\(first.model.claims.count) claims")
    }

    @Test func seeds() throws {
        try measure("seeds", repetitions: 200) { try Loader.load(.seeds) }
    }

    /// Where a load of the seeds goes, stage by stage (each stage timed alone over many runs),
    /// and what building the built-in lexicon costs (once a process, on the first load).
    @Test func stages() throws {
        var problems: [LoadProblem] = []
        let raws = EmbeddedCorpus.seedArticles(problems: &problems)
        let lexicon = Loader.builtIn.lexicon
        let clock = ContinuousClock()
        let n = 200
        func ms(_ d: Duration, _ runs: Int = n) -> String {
            String(format: "%.3f", (Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) * 1000 / Double(runs))
        }
        let read = clock.measure { for _ in 0..<n { var p: [LoadProblem] = []; _ = EmbeddedCorpus.seedArticles(problems: &p) } }
        var tokens: [[Token]] = []
        let tokenize = clock.measure { for _ in 0..<n { tokens = raws.map { Tokenizer().tokenize($0.bytes) } } }
        var sentences: [[Range<Int>]] = []
        let split = clock.measure { for _ in 0..<n { sentences = zip(raws, tokens).map { SentenceSplitter().split($1, bytes: $0.bytes) } } }
        let recognize = clock.measure {
            for _ in 0..<n {
                for (raw, (t, ss)) in zip(raws, zip(tokens, sentences)) {
                    var entities = ArticleEntities(lexicon: lexicon)
                    for r in ss { _ = EntityRecognizer().recognize(t, in: raw.bytes, range: r, entities: &entities) }
                }
            }
        }
        var analyses: [ArticleAnalysis] = []
        let analyse = clock.measure { for _ in 0..<n { analyses = raws.map { ArticleAnalysis($0, lexicon: lexicon) } } }
        let build = clock.measure { for _ in 0..<n { _ = ModelBuilder(lexicon: lexicon).build(analyses) } }
        let lexiconRuns = 20
        let lexiconBuild = clock.measure {
            for _ in 0..<lexiconRuns { var p: [LoadProblem] = []; _ = Loader.makeLexicon(corpus: nil, problems: &p) }
        }
        print(
            "stages (ms a load): read \(ms(read)), tokenize \(ms(tokenize)), split \(ms(split)), recognize \(ms(recognize)), "
                + "analyse (tokens to claims) \(ms(analyse)), build the model \(ms(build)); built-in lexicon \(ms(lexiconBuild, lexiconRuns)) ms once"
        )
    }

    /// The seeds repeated 1x, 4x, 16x: time per byte stays flat (linear in the corpus size).
    @Test func scaling() throws {
        let seeds = try Loader.load(.seeds).model.articles
        for factor in [1, 4, 16, 64] {
            var texts: [ArticleText] = []
            for copy in 0..<factor {
                for a in seeds { texts.append(ArticleText(name: "\(copy)-\(a.name)", text: a.text, published: a.published)) }
            }
            try measure("seeds x\(factor)", repetitions: max(1, 64 / factor)) { try Loader.load(.texts(texts)) }
            // One long article made of every copy: no quadratic work inside an article either.
            let long = ArticleText(name: "long", text: texts.map(\.text).joined(separator: "\n\n"))
            try measure("one article x\(factor)", repetitions: max(1, 64 / factor)) { try Loader.load(.texts([long])) }
        }
    }
}
