import Extraction
import Foundation
import Testing

/// The synthetic corpus generator: deterministic, the size the benchmarks expect, a corpus on
/// disk in the documented format. Tiny N only: `swift test` stays fast.
@Suite struct GeneratorTests {
    @Test func sameSeedSameArticles() {
        let a = CorpusGenerator(seed: 42), b = CorpusGenerator(seed: 42)
        for i in 0..<3 { #expect(a.article(i).text == b.article(i).text) }
        #expect(a.lexicon == b.lexicon)
    }

    @Test func otherSeedOtherArticles() {
        #expect(CorpusGenerator(seed: 1).article(0).text != CorpusGenerator(seed: 2).article(0).text)
    }

    @Test func articlesDifferFromEachOther() {
        let g = CorpusGenerator(seed: 1)
        let texts = Set((0..<20).map { g.article($0).text })
        #expect(texts.count == 20)
        let dates = Set((0..<20).compactMap { g.article($0).published })
        #expect(dates.count > 10)
    }

    @Test func articlesAreAboutThreeKilobytes() {
        let g = CorpusGenerator(seed: 7)
        let sizes = (0..<20).map { g.article($0).text.utf8.count }
        let mean = sizes.reduce(0, +) / sizes.count
        #expect((2_800...3_600).contains(mean))
    }

    @Test func articlesUseTitleLedNamesAndQuantifiers() {
        let g = CorpusGenerator(seed: 3)
        let all = (0..<30).map { g.article($0).text }.joined(separator: "\n")
        #expect(all.contains("all other 31 NATO countries"))
        #expect(all.contains(" Prime Minister "))
        #expect(all.contains(g.countries[0].name) || all.contains(g.countries[1].name) || all.contains(g.countries[2].name))
    }

    @Test func inventedCountriesAreDistinctAndUnknownToTheSeeds() {
        let countries = CorpusGenerator(seed: 1).countries
        #expect(Set(countries.map(\.name)).count == countries.count)
        #expect(Set(countries.map(\.iso)).count == countries.count)
        #expect(!countries.contains { ["Romania", "Hungary", "Netherlands"].contains($0.name) })
    }

    @Test func writesACorpusFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("natoql-gen-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let summary = try CorpusGenerator(seed: 5).write(articles: 4, to: dir)
        #expect(summary.articles == 4)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(files == ["articles.tsv", "lexicon.tsv", "syn_0000001.txt", "syn_0000002.txt", "syn_0000003.txt", "syn_0000004.txt"])
        let metadata = try String(contentsOfFile: dir + "/articles.tsv", encoding: .utf8).split(separator: "\n")
        #expect(metadata.first == "file\toutlet\tpublished")
        #expect(metadata.count == 5)
        for line in metadata.dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(columns.count == 3)
            #expect(CalendarDate(iso: columns[2]) != nil)
        }
        let lexicon = try String(contentsOfFile: dir + "/lexicon.tsv", encoding: .utf8)
        for line in lexicon.split(separator: "\n") where !line.hasPrefix("#") {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 4)
        }
        let bytes = try (1...4).map { try Data(contentsOf: URL(fileURLWithPath: "\(dir)/syn_000000\($0).txt")).count }
        #expect(bytes.reduce(0, +) == summary.bytes)
    }

    @Test func aLargerCorpusStartsWithTheSmallerOne() {
        let g = CorpusGenerator(seed: 9)
        // Article i depends on the seed and i alone: 1k is a prefix of 10k.
        #expect(g.article(5).name == "syn_0000006")
        #expect(g.article(5).text == CorpusGenerator(seed: 9).article(5).text)
    }
}
