import DSL
import Extraction
import Foundation
import Interpreter

/// Inputs shared by the benchmarks, built once (Swift globals are initialized lazily, once).
public enum Fixtures {
    /// A script of about 1 MB: representative statements of the language, repeated.
    public static let script: SourceFile = {
        let statements = [
            "allies where supports(Rutte) = false",
            "let holdouts = allies where supports(\"Mark Rutte\") = false or supports(Rutte) is unknown",
            "count(claims where predicate = \"supports\" and modality = \"hedged\") as of 2024-06-18",
            "people where candidate(offices) select name, country order by name limit 10",
            "why supports(Hungary, Rutte)",
            "expect allies where supports(Rutte) = false according to \"000\" = [Romania]",
            "max(allies, member_since)",
            ".format csv",
            "articles where published >= 2024-06-01 and outlet in [\"AFP\", \"Breaking Defense\"] select name, claims",
            "-- a comment between statements",
            "conflicts where predicate = \"term_length\"",
        ]
        var text = ""
        while text.utf8.count < 1_000_000 { text += statements.joined(separator: "\n") + "\n" }
        return SourceFile(name: "<bench>", text: text)
    }()

    /// The generator every synthetic corpus of the benchmarks comes from.
    public static let generator = CorpusGenerator(seed: 1)

    /// 1,000 synthetic articles in memory (about 3 MB), with their corpus lexicon.
    public static let syntheticThousand: CorpusSource = .texts(
        (0..<1_000).map { generator.article($0) }, lexicon: generator.lexicon)

    /// The bytes of text of ``syntheticThousand``.
    public static let syntheticThousandBytes: Int = {
        guard case .texts(let texts, _) = syntheticThousand else { return 0 }
        return texts.reduce(0) { $0 + $1.text.utf8.count }
    }()

    /// The seed corpus, loaded.
    public static let seeds: EntityModel = {
        do { return try Loader.load(.seeds).model } catch { fatalError("seeds do not load: \(error)") }
    }()

    /// The seeds exported to a temporary SQLite file: the in-process yardstick of the queries.
    public static let seedsDatabase: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("natoql-bench-seeds.db").path
        do { try SQLiteExporter(model: seeds).write(to: path) } catch { fatalError("export failed: \(error)") }
        return path
    }()

    /// A model of exactly 1,000,000 claims, built directly (no extraction), shaped like the
    /// synthetic corpora: 15,625 articles of 64 claims each, half of them from "Except for X,
    /// all other 31 NATO countries appear ready ..." sentences (one asserted false, 31 hedged
    /// true), the rest support, holds and meeting claims over 5,000 invented people.
    public static let millionClaims: EntityModel = SyntheticModel.build(claims: 1_000_000, people: 5_000)

    /// A model of 100,000 entities (people with invented names, and the lexicon's countries),
    /// for tab completion.
    public static let hundredThousandEntities: EntityModel = SyntheticModel.build(claims: 0, people: 100_000)
}

/// Builds large models in memory, deterministically.
public enum SyntheticModel {
    /// A model of `claims` claims over the 32 allies, 100 invented countries and `people` invented people.
    public static func build(claims claimCount: Int, people peopleCount: Int) -> EntityModel {
        var rng = SplitMix64(seed: 2024)
        var entities: [Entity] = []
        func add(_ name: String, _ kind: EntityKind, _ attributes: EntityAttributes = [:]) -> EntityID {
            let id = EntityID(entities.count)
            entities.append(Entity(id: id, name: name, kind: kind, attributes: attributes))
            return id
        }
        let allyNames = [
            "Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland",
            "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
            "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia",
            "Slovenia", "Spain", "Sweden", "Türkiye", "United Kingdom", "United States",
        ]
        let allies = allyNames.map { add($0, .country, ["nato_member": .boolean(true), "member_since": .integer(2004)]) }
        let others = CorpusGenerator(seed: 1).countries.map { add($0.name, .country, ["nato_member": .boolean(false)]) }
        let rutte = add("Mark Rutte", .person)
        entities[rutte.index].aliases = ["Rutte"]
        let office = add("NATO Secretary General", .office)
        let nato = add("NATO", .organization)
        _ = nato
        let firsts = ["Anna", "Marta", "Elena", "Tomas", "Anton", "Pavel", "Henrik", "Lukas", "Sofia", "Ingrid"]
        var people: [EntityID] = []
        for i in 0..<peopleCount {
            let last = "\(["Var", "Kest", "Lind", "Ost", "Tor"][i % 5])\(["berg", "ek", "son", "ov", "escu"][i / 5 % 5])\(i)"
            people.append(add("\(firsts[i % firsts.count]) \(last)", .person))
        }
        let perArticle = 64
        let articleCount = max(1, (claimCount + perArticle - 1) / perArticle)
        var articles: [Article] = []
        articles.reserveCapacity(articleCount)
        for i in 0..<articleCount {
            let day = rng.below(274)
            articles.append(
                Article(
                    index: i, name: "syn_\(i)", fileName: "syn_\(i).txt", outlet: "Wire",
                    published: CorpusGenerator.date(dayOfYear2024: day), text: ""))
        }
        var claims: [Claim] = []
        claims.reserveCapacity(claimCount)
        let sentence = "Except for Romania, all other 31 NATO countries appear ready to give their support to Rutte."
        let evidence = Evidence(text: sentence, start: 0, end: sentence.utf8.count, sentence: sentence)
        func claim(
            _ article: Int, _ subject: EntityID, _ predicate: String, _ object: EntityID, _ value: Bool,
            _ modality: Modality, _ rule: String
        ) {
            guard claims.count < claimCount else { return }
            claims.append(
                Claim(
                    index: claims.count, article: article, subject: subject, predicate: predicate,
                    object: .entity(object), value: .boolean(value), modality: modality,
                    evidence: evidence, rule: rule))
        }
        var article = 0
        while claims.count < claimCount {
            if rng.chance(0.5) {
                // Romania is the usual holdout, so the answer is small, as on the seeds.
                let holdout = rng.chance(0.8) ? allies[24] : allies[rng.below(allies.count)]
                for ally in allies {
                    claim(
                        article, ally, "supports", rutte, ally != holdout, ally == holdout ? .asserted : .hedged,
                        "quantified.except")
                }
            }
            while claims.count < claimCount && claims.count < (article + 1) * perArticle {
                let person = people.isEmpty ? rutte : people[rng.below(people.count)]
                switch rng.below(4) {
                case 0: claim(article, person, "supports", rutte, rng.chance(0.9), .asserted, "support.verb")
                case 1: claim(article, others[rng.below(others.count)], "supports", rutte, true, .hedged, "support.hedged")
                case 2: claim(article, person, "candidate", office, true, .asserted, "candidate.interest")
                default: claim(article, person, "met", rutte, true, .asserted, "meeting")
                }
            }
            article = min(article + 1, articleCount - 1)
        }
        return EntityModel(articles: articles, entities: entities, claims: claims)
    }
}

extension Session {
    /// Parses and runs `text`, returning the last value (benchmarks only: errors are fatal).
    public func value(of text: String) -> Value {
        let source = SourceFile(name: "<bench>", text: text)
        var last = Value.nothing
        for statement in Parser.parse(source).statements {
            do {
                if case .value(let v) = try execute(statement, in: source) { last = v }
            } catch {
                fatalError("\(text): \(error.diagnostics.map(\.message))")
            }
        }
        return last
    }
}

/// Plain Swift passes that do the least work an operation needs: the yardsticks.
public enum Yardsticks {
    /// The number of words (runs of letters and digits) in `text`, byte by byte.
    public static func words(in text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let letter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
            if letter && !inWord { count += 1 }
            inWord = letter
        }
        return count
    }

    /// The allies whose support for Mark Rutte the latest asserted or hedged claims decide as
    /// false: the default view's rule, written as one pass over every claim with flat arrays
    /// indexed by entity (no sorting, no dictionaries).
    public static func holdouts(_ model: EntityModel) -> [String] {
        guard let rutte = model.entities(named: "Mark Rutte").first else { return [] }
        let dates = model.articles.map { a in a.published.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? Int.max }
        let n = model.entities.count
        var bestDate = [Int](repeating: -1, count: n)
        var bestAsserted = [Bool](repeating: false, count: n)
        var sawTrue = [Bool](repeating: false, count: n)
        var sawFalse = [Bool](repeating: false, count: n)
        let object = ClaimObject.entity(rutte)
        model.claims.withUnsafeBufferPointer { claims in
            for claim in claims where claim.object == object && claim.predicate == "supports" {
                guard claim.modality == .asserted || claim.modality == .hedged, case .boolean(let value) = claim.value
                else { continue }
                let s = claim.subject.index
                let d = dates[claim.article]
                let asserted = claim.modality == .asserted
                if d > bestDate[s] || (d == bestDate[s] && asserted && !bestAsserted[s]) {
                    (bestDate[s], bestAsserted[s], sawTrue[s], sawFalse[s]) = (d, asserted, value, !value)
                } else if d == bestDate[s] && asserted == bestAsserted[s] {
                    if value { sawTrue[s] = true } else { sawFalse[s] = true }
                }
            }
        }
        return model.entities.filter { entity in
            entity.kind == .country && entity.attributes["nato_member"] == .boolean(true)
                && sawFalse[entity.id.index] && !sawTrue[entity.id.index]
        }.map(\.name)
    }
}
