import Extraction
import Foundation
import Interpreter
import Testing

/// `natoql export --sqlite`: the database holds the model, and its SQL answers questions as
/// natoql does.
@Suite struct ExportTests {
    /// A temporary path, removed when `body` returns.
    func withTemporaryDatabase<T>(_ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("natoql-\(UUID().uuidString).db").path
        defer { unlink(path) }
        return try body(path)
    }

    @Test func seedsHoldoutsInSQLMatchNatoQL() throws {
        let nql = try NatoQL(corpus: .seeds)
        let natoql = try nql.names("allies where supports(Rutte) = false")
        let sql = try withTemporaryDatabase { path in
            try SQLiteExporter(model: nql.model).write(to: path)
            return try SQLiteQuery.rows(SQLiteSchema.holdoutsQuery, in: path).map { $0[0] ?? "NULL" }
        }
        #expect(sql == natoql.sorted())
        #expect(sql == ["Romania"])
    }

    @Test func everyRowIsExported() throws {
        let model = Self.story
        try withTemporaryDatabase { path in
            try SQLiteExporter(model: model).write(to: path)
            func count(_ table: String) throws -> Int {
                Int(try SQLiteQuery.rows("SELECT COUNT(*) FROM \(table)", in: path)[0][0] ?? "") ?? -1
            }
            #expect(try count("articles") == model.articles.count)
            #expect(try count("entities") == model.entities.count)
            #expect(try count("claims") == model.claims.count)
            #expect(try count("predicates") == PredicateSchema.standard.count)
            #expect(try count("aliases") == 2)
            #expect(try count("qualifiers") == 1)
            let rows = try SQLiteQuery.rows(
                "SELECT type, value FROM attributes a JOIN entities e ON e.id = a.entity WHERE e.name = 'Romania' ORDER BY key", in: path)
            #expect(rows == [["integer", "2004"], ["boolean", "1"]])
            let claim = try SQLiteQuery.rows(
                "SELECT modality, evidence, evidence_start, place, published FROM claims JOIN articles a ON a.id = claims.article WHERE claims.id = 0",
                in: path)
            #expect(claim == [["asserted", "Romania opposes Rutte", "0", "Brussels", "2024-06-01"]])
        }
    }

    /// The SQL view against natoql's resolver, fact by fact, on a model built for the rules:
    /// latest date decides, asserted outranks hedged, disagreement is unknown, expected and past
    /// never decide, undated articles come last.
    @Test func fluentValuesViewAgreesWithTheResolver() throws {
        let model = Self.story
        let resolver = Resolver(model: model, view: .all)
        let rutte = model.entities(named: "Mark Rutte")[0]
        try withTemporaryDatabase { path in
            try SQLiteExporter(model: model).write(to: path)
            let rows = try SQLiteQuery.rows(
                "SELECT e.name, f.value FROM fluent_values f JOIN entities e ON e.id = f.subject WHERE f.predicate = 'supports'", in: path)
            var sql: [String: String] = [:]
            for row in rows { sql[row[0] ?? ""] = row[1] ?? "unknown" }
            for entity in model.entities where entity.kind == .country {
                let natoql: String
                switch resolver.resolve(entity.id, "supports", rutte).value {
                case .boolean(let b): natoql = b ? "1" : "0"
                default: natoql = "unknown"
                }
                #expect(sql[entity.name, default: "unknown"] == natoql, "\(entity.name)")
            }
            #expect(sql["Romania"] == "0" && sql["Hungary"] == "1" && sql["Slovakia"] == "unknown" && sql["Estonia"] == "1")
        }
    }

    @Test func holdoutsQueryOnTheStory() throws {
        try withTemporaryDatabase { path in
            try SQLiteExporter(model: Self.story).write(to: path)
            #expect(try SQLiteQuery.rows(SQLiteSchema.holdoutsQuery, in: path) == [["Latvia"], ["Romania"]])
        }
    }

    @Test func unwritablePathIsAnExportError() {
        #expect(throws: ExportError.self) {
            try SQLiteExporter(model: Self.story).write(to: "/nonexistent-dir/x.db")
        }
    }

    @Test func docsShowTheSchemaAndTheQuery() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/EXPORT.md").path
        let text = try String(contentsOfFile: docs, encoding: .utf8)
        #expect(text.contains(SQLiteSchema.holdoutsQuery.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(text.contains(SQLiteSchema.views.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(text.contains("## For the README"))
        let benchmarkSQL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Benchmarks/holdouts.sql").path
        let sql = try String(contentsOfFile: benchmarkSQL, encoding: .utf8)
        #expect(sql.contains(SQLiteSchema.holdoutsQuery.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    // MARK: - A model built for the rules

    static let story: EntityModel = {
        let names: [(String, EntityKind, Int?)] = [
            ("Romania", .country, 2004), ("Hungary", .country, 1999), ("Slovakia", .country, 2004),
            ("Latvia", .country, 2004), ("Estonia", .country, 2004), ("Ukraine", .country, nil),
            ("Mark Rutte", .person, nil), ("Brussels", .place, nil),
        ]
        var entities = names.enumerated().map { i, e in
            var attributes: EntityAttributes = [:]
            if e.1 == .country {
                attributes["nato_member"] = .boolean(e.2 != nil)
                if let year = e.2 { attributes["member_since"] = .integer(year) }
            }
            return Entity(id: EntityID(i), name: e.0, kind: e.1, attributes: attributes)
        }
        entities[6].aliases = ["Rutte"]
        entities[6].aliasesSeen = ["PM Rutte"]
        let articles = [
            Article(
                index: 0, name: "a", fileName: "a.txt", outlet: "Wire", published: CalendarDate(year: 2024, month: 6, day: 1), text: "..."),
            Article(
                index: 1, name: "b", fileName: "b.txt", outlet: nil, published: CalendarDate(year: 2024, month: 6, day: 10), text: "..."),
            Article(index: 2, name: "c", fileName: "c.txt", outlet: nil, published: nil, text: "..."),
        ]
        let rutte = ClaimObject.entity(EntityID(6))
        var claims: [Claim] = []
        func claim(
            _ article: Int, _ subject: Int, _ value: Bool, _ modality: Modality, qualifiers: [String: String] = [:], _ text: String = ""
        ) {
            claims.append(
                Claim(
                    index: claims.count, article: article, subject: EntityID(subject), predicate: "supports",
                    object: rutte, value: .boolean(value), modality: modality, qualifiers: qualifiers,
                    evidence: Evidence(text: text, start: 0, end: text.utf8.count, sentence: text), rule: "test"))
        }
        claim(0, 0, false, .asserted, qualifiers: ["place": "Brussels"], "Romania opposes Rutte")
        claim(1, 0, true, .expected)  // expected never decides: Romania stays false
        claim(0, 1, false, .asserted)
        claim(1, 1, true, .hedged)  // the later date decides: Hungary true
        claim(1, 2, true, .hedged)
        claim(1, 2, false, .hedged)  // disagreement within the deciding tier: unknown
        claim(1, 3, true, .hedged)
        claim(1, 3, false, .asserted)  // asserted outranks hedged: Latvia false
        claim(1, 4, false, .asserted)
        claim(2, 4, true, .hedged)  // undated counts as latest: Estonia true
        claim(2, 5, false, .asserted)  // not an ally
        return EntityModel(articles: articles, entities: entities, claims: claims)
    }()
}
