import Foundation
import Testing

@testable import Extraction

/// The claim indexes gathered as loading merges (``ClaimIndexes``, ``EntityLists``), the merge's
/// table of introduced entities (``EntityKeyTable``) and the repeats a prepared article drops:
/// the same answers as the plain dictionaries and sets they replace.
@Suite struct ClaimIndexesTests {
    /// The model of 200 synthetic articles, merged in batches of 64 as loading merges them.
    static let model: EntityModel = {
        var problems: [LoadProblem] = []
        let generator = CorpusGenerator(seed: 11, countryCount: 20)
        let lexicon = Loader.builtIn.lexicon
        var builder = ModelBuilder(lexicon: lexicon)
        var batch: [PreparedArticle] = []
        for i in 0..<200 {
            let text = generator.article(i)
            guard
                let raw = CorpusReader.makeArticle(
                    fileName: text.name + ".txt", path: text.name + ".txt", bytes: Array(text.text.utf8), outlet: text.outlet,
                    published: text.published, problems: &problems)
            else { continue }
            batch.append(PreparedArticle(raw, lexicon: lexicon))
            if batch.count == 64 { builder.add(taking: &batch) }
        }
        builder.add(taking: &batch)
        return builder.model()
    }()

    @Test func mergedIndexesMatchPlainDictionaries() {
        let claims = Self.model.claims
        #expect(!claims.isEmpty)
        var byKey: [ClaimKey: [Int]] = [:]
        var bySubject: [EntityID: [Int]] = [:]
        var byObject: [EntityID: [Int]] = [:]
        var byPredicate: [String: [Int]] = [:]
        for claim in claims {
            byKey[ClaimKey(claim.subject, claim.predicate, claim.object), default: []].append(claim.index)
            bySubject[claim.subject, default: []].append(claim.index)
            if case .entity(let object) = claim.object { byObject[object, default: []].append(claim.index) }
            byPredicate[claim.predicate, default: []].append(claim.index)
        }
        #expect(Self.model.claimsByKey == byKey)
        #expect(Self.model.claimsBySubject == bySubject)
        #expect(Self.model.claimsByObject == byObject)
        #expect(Self.model.claimsByPredicate == byPredicate)
    }

    @Test func modelBuiltFromClaimsAloneHasTheSameIndexes() {
        let m = Self.model
        let rebuilt = EntityModel(articles: m.articles, entities: m.entities, claims: m.claims, mentions: m.mentions)
        #expect(rebuilt.claimsByKey == m.claimsByKey)
        #expect(rebuilt.claimsBySubject == m.claimsBySubject)
        #expect(rebuilt.claimsByObject == m.claimsByObject)
        #expect(rebuilt.claimsByPredicate == m.claimsByPredicate)
    }

    @Test func entityListsKeepIdsOutsideTheEntities() {
        var lists = EntityLists()
        lists.append(1, to: EntityID(5000))
        lists.append(2, to: EntityID(-3))
        lists.append(3, to: EntityID(5000))
        lists.append(4, to: EntityID(0))
        let index = lists.dictionary()
        #expect(index == [EntityID(5000): [1, 3], EntityID(-3): [2], EntityID(0): [4]])
        var unsorted = EntityLists()
        unsorted.append(9, to: EntityID(2))
        unsorted.append(4, to: EntityID(2))
        #expect(unsorted.dictionary(sorted: true) == [EntityID(2): [4, 9]])
    }

    @Test func entityKeyTableFindsEveryKeyPastGrowing() {
        var table = EntityKeyTable()
        let keys = (0..<3000).map { "person:name \($0)" }
        for (n, key) in keys.enumerated() {
            #expect(table.id(of: key, hash: WordSet.hash(key)) == nil)
            table.insert(key, hash: WordSet.hash(key), id: EntityID(n))
        }
        for (n, key) in keys.enumerated() { #expect(table.id(of: key, hash: WordSet.hash(key)) == EntityID(n)) }
        #expect(table.id(of: "person:nobody", hash: WordSet.hash("person:nobody")) == nil)
    }

    @Test func preparedArticleDropsRepeatsOnly() {
        var problems: [LoadProblem] = []
        let text = CorpusGenerator(seed: 3, countryCount: 20).article(0)
        let raw = CorpusReader.makeArticle(
            fileName: "a.txt", path: "a.txt", bytes: Array(text.text.utf8), outlet: nil, published: text.published,
            problems: &problems)!
        let analysis = ArticleAnalysis(raw, lexicon: Loader.builtIn.lexicon)
        let once = PreparedArticle(analysis).claims
        #expect(!once.isEmpty)
        // Every claim twice: the repeats go, and the claims left are the same, in the same order.
        var doubled = analysis
        doubled.claims.claims += analysis.claims.claims
        #expect(PreparedArticle(doubled).claims == once)
        // A claim that differs in its value only is no repeat.
        var changed = analysis
        var other = analysis.claims.claims[0]
        if case .boolean(let v) = other.value { other.value = .boolean(!v) } else { other.value = .boolean(true) }
        changed.claims.claims.append(other)
        #expect(PreparedArticle(changed).claims.count == once.count + 1)
    }
}
