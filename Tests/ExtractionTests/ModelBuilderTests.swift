import Foundation
import Testing

@testable import Extraction

/// Merging articles batch by batch, as loading does, gives the model that merging them at once gives.
@Suite struct ModelBuilderTests {
    /// 700 synthetic articles (more than one loading batch on two cores), read as the loader reads them.
    static let raws: [RawArticle] = {
        var problems: [LoadProblem] = []
        let generator = CorpusGenerator(seed: 7, countryCount: 20)
        return (0..<700).compactMap { i in
            let text = generator.article(i)
            return CorpusReader.makeArticle(
                fileName: text.name + ".txt", path: text.name + ".txt", bytes: Array(text.text.utf8), outlet: text.outlet,
                published: text.published, problems: &problems)
        }
    }()

    static func expectSame(_ a: EntityModel, _ b: EntityModel) {
        #expect(a.articles == b.articles)
        #expect(a.entities == b.entities)
        #expect(a.claims == b.claims)
        #expect(a.mentions == b.mentions)
        #expect(a.entitiesByName == b.entitiesByName)
        #expect(a.claimsByKey == b.claimsByKey)
        #expect(a.claimsBySubject == b.claimsBySubject)
        #expect(a.claimsByObject == b.claimsByObject)
        #expect(a.claimsByPredicate == b.claimsByPredicate)
    }

    @Test(arguments: [1, 3, 256])
    func batchesMergeLikeOne(batchSize: Int) {
        let lexicon = Loader.builtIn.lexicon
        let analyses = Self.raws.prefix(300).map { ArticleAnalysis($0, lexicon: lexicon) }
        let whole = ModelBuilder(lexicon: lexicon).build(Array(analyses))
        var builder = ModelBuilder(lexicon: lexicon)
        var next = 0
        while next < analyses.count {
            builder.add(analyses[next..<min(analyses.count, next + batchSize)].map(PreparedArticle.init))
            next += batchSize
        }
        #expect(builder.articleCount == analyses.count)
        Self.expectSame(builder.model(), whole)
        #expect(whole.claims.count > 1_000)
    }

    @Test("a prepared article's keys are distinct, its entities' kinds and folded names; each entity mentioned once")
    func preparedKeysAreDistinct() {
        let lexicon = Loader.builtIn.lexicon
        var discoveredCount = 0
        for raw in Self.raws.prefix(200) {
            let prepared = PreparedArticle(raw, lexicon: lexicon)
            #expect(prepared.keys == prepared.discovered.map { "\($0.kind.rawValue):\(NameFolding.fold($0.name))" })
            #expect(Set(prepared.keys).count == prepared.keys.count)
            #expect(Set(prepared.mentioned).count == prepared.mentioned.count)
            discoveredCount += prepared.discovered.count
        }
        #expect(discoveredCount > 0)
    }

    @Test("loading in parallel batches gives the model of a plain serial build")
    func loaderMatchesSerialBuild() throws {
        let texts = Self.raws.map {
            ArticleText(
                name: $0.name, text: String(decoding: $0.bytes, as: UTF8.self), outlet: $0.outlet, published: $0.published)
        }
        let loaded = try Loader.load(.texts(texts)).model
        let lexicon = Loader.builtIn.lexicon
        let serial = ModelBuilder(lexicon: lexicon).build(Self.raws.map { ArticleAnalysis($0, lexicon: lexicon) })
        Self.expectSame(loaded, serial)
    }

    @Test("evidence is cut from the article's text, and reads like evidence made from strings")
    func evidenceSharesTheArticleText() {
        let sentence = "Hungary backs Mark Rutte, Orbán said."
        let article = "Headline.\n\n" + sentence + " Then more."
        let shared = Evidence(in: article, text: 25..<35, sentence: 11..<49, start: 28, end: 38)
        #expect(shared.sentence == sentence)
        #expect(shared.text == "Mark Rutte")
        let made = Evidence(text: "Mark Rutte", start: 28, end: 38, sentence: sentence)
        #expect(shared == made)
        #expect(shared.hashValue == made.hashValue)
        let whole = Evidence(text: sentence, start: 11, end: 49, sentence: sentence)
        #expect(whole.text == sentence && whole.sentence == sentence)
        var changed = shared
        changed.text = "Orbán"
        #expect(changed.text == "Orbán" && changed.sentence == sentence)
        changed.sentence = "Orbán said."
        #expect(changed.text == "Orbán" && changed.sentence == "Orbán said.")
        #expect(changed != shared)
    }

    @Test("a folder read file by file after listing it is the folder read at once")
    func listingThenReading() throws {
        let dir = temporaryCorpus([
            "b.txt": Array("Hungary backs Mark Rutte.".utf8), "a.txt": Array("Turkey supports Rutte.".utf8),
            "c.txt": [0xFF], "articles.tsv": Array("file\toutlet\tpublished\na.txt\tX\t2024-01-02\nz.txt\tY\t-\n".utf8),
        ])
        let listing = try CorpusReader.list(directory: dir)
        #expect(listing.files.map(\.fileName) == ["a.txt", "b.txt", "c.txt"])
        #expect(listing.files[0].outlet == "X")
        var problems = listing.problems
        let articles = listing.files.compactMap { CorpusReader.readArticle($0, problems: &problems) }
        let contents = try CorpusReader.read(directory: dir)
        #expect(articles.map(\.name) == contents.articles.map(\.name))
        #expect(articles.map(\.bytes) == contents.articles.map(\.bytes))
        #expect(problems == contents.problems)
        #expect(problems.count == 2)
    }

    @Test("a claim packs its fields: a model holds millions")
    func claimIsCompact() {
        var claim = Claim(
            index: 0, article: 0, subject: EntityID(0), predicate: "", object: .literal(""), value: .boolean(false),
            modality: .asserted, evidence: Evidence(text: "", start: 0, end: 0, sentence: ""), rule: "")
        claim.index = 9_000_000
        claim.article = 99_999
        claim.evidence.start = 1 << 24
        #expect(claim.index == 9_000_000 && claim.article == 99_999 && claim.evidence.start == 1 << 24)
        #expect(MemoryLayout<Evidence>.size <= 40)
        #expect(MemoryLayout<Claim>.stride <= 144)
    }
}
