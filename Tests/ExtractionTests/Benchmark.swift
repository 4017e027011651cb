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
