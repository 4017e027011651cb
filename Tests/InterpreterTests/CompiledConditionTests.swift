import DSL
import Extraction
import Foundation
import Testing

@testable import Interpreter

/// A `where` condition compiled once a query decides every row as the interpreter does, errors
/// included: on every row of the seeds and the development corpus, in several views, for
/// conditions over every attribute type, unknowns, and/or/not, constants and nested queries.
@Suite struct CompiledConditionTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

    /// Conditions over claims: each attribute compared with constants of its own type and of
    /// others (type errors), unknowns, and/or/not, constants on either side.
    static let claimConditions = [
        "modality = \"hedged\" and value = false", "modality = \"hedged\"", "\"asserted\" != modality",
        "modality < \"hedged\"", "modality >= \"expected\"", "modality in [\"hedged\", \"expected\"]",
        "modality not in [\"past\"]", "modality = 3", "modality = unknown", "modality = \"hedged\" or unknown",
        "value = true", "value = false", "value != true", "false = value", "value = \"4 years\"", "value is unknown",
        "not value", "value", "value = 3", "value in [true, unknown]", "value and true", "unknown and value",
        "predicate = \"supports\"", "predicate != \"holds\"", "\"supports\" = predicate", "predicate > \"m\"",
        "predicate in [\"supports\", \"opposes\"]", "predicate = 1", "rule = \"support.verb\"", "rule != \"meeting\"",
        "subject = Hungary", "subject = \"Hungary\"", "subject != Rutte", "subject in allies", "subject not in allies",
        "subject < \"M\"", "subject = 1", "subject in (allies where supports(Rutte) = false)",
        "subject in countries and predicate = \"supports\"", "object = Rutte", "object = \"4 years\"",
        "object in [Rutte, \"Mark Rutte\"]", "object > \"L\"", "article > \"003\"", "article = article",
        "published >= 2024-06-01", "published is unknown", "published < 2024-06-10 or outlet = \"AFP\"",
        "outlet is not unknown", "published = \"x\"", "start > 100", "end <= 500", "start = end", "start < 2024-01-01",
        "place is unknown", "date = \"2024-06-18\"", "qualifiers != \"\"", "evidence = sentence",
        "corroborated = true", "corroborated and modality = \"asserted\"", "not (modality = \"hedged\" and unknown)",
        "true and value = false", "not modality = \"hedged\"", "-start < 0", "supports(Rutte)", "count(allies) > 3",
        "(modality = \"hedged\") = (value = true)", "(value = true) is unknown", "1 = 1", "\"x\"", "group",
    ]

    /// Conditions over entities.
    static let entityConditions = [
        "name = \"Hungary\"", "kind = \"country\"", "member_since > 2000", "nato_member = true", "nato_member",
        "member_since is unknown", "supports(Rutte) = false", "supports(Rutte) = false or supports(Rutte) is unknown",
        "articles > 1", "discovered", "not discovered and kind = \"person\"", "term_length is unknown",
        "aliases = []", "name in [\"Hungary\", \"Romania\"]", "member_since = \"x\"", "kind",
    ]

    /// The rows of `collection` and the condition compiled for them, checked row by row.
    func compare(_ collection: String, _ condition: String, session: Session, view: View) throws -> Int {
        let source = SourceFile(name: "<test>", text: "\(collection) where \(condition)")
        let script = Parser.parse(source)
        guard case .evaluate(.query(let query)) = script.statements.first?.kind, let filter = query.filter else {
            Issue.record("does not parse: \(source.text)")
            return 0
        }
        let evaluator = Evaluator(
            cache: session.cache, source: source, environment: session.definitions, view: view, cancellation: nil)
        guard case .collection(let rows) = try evaluator.evaluate(query.source, row: nil) else {
            Issue.record("not a collection: \(collection)")
            return 0
        }
        let compiled = ConditionCompiler(evaluator: evaluator, rowKind: rows.kind).compile(filter)
        let failure = "'where' needs a condition that is true or false"
        for row in rows.rows {
            let interpreted: Result<Bool?, EvaluationError> = Result { () throws(EvaluationError) -> Bool? in
                let v = try evaluator.evaluate(filter, row: row)
                guard let t = v.truth else { throw evaluator.typeError(failure, found: v, at: filter.range) }
                return t
            }
            let fast: Result<Bool?, EvaluationError> = Result { () throws(EvaluationError) -> Bool? in
                try compiled.truth(at: row)
            }
            switch (interpreted, fast) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "\(source.text) at \(row) in \(view)")
            case (.failure(let a), .failure(let b)):
                #expect(a.diagnostics == b.diagnostics, "\(source.text) at \(row) in \(view)")
            default:
                Issue.record("\(source.text) at \(row) in \(view): interpreted \(interpreted), compiled \(fast)")
            }
        }
        return rows.rows.count
    }

    @Test(arguments: ["seeds", "dev"])
    func compiledAgreesWithInterpreted(corpus: String) throws {
        let source: CorpusSource =
            corpus == "seeds" ? .seeds : .directory(Self.shared.appendingPathComponent("corpus-dev/articles").path)
        let session = try Session(corpus: source)
        let views = [View.all, View(asOf: CalendarDate(year: 2024, month: 6, day: 1)), View(articles: [0, 2])]
        var rows = 0
        for view in views {
            for condition in Self.claimConditions { rows += try compare("claims", condition, session: session, view: view) }
            for condition in Self.entityConditions {
                rows += try compare("entities", condition, session: session, view: view)
                rows += try compare("countries", condition, session: session, view: view)
            }
            rows += try compare("articles", "published >= 2024-06-01 and outlet in [\"AFP\", \"Reuters\"]", session: session, view: view)
            rows += try compare("conflicts", "predicate = \"term_length\" or reason is unknown", session: session, view: view)
        }
        #expect(rows > 10_000)
    }

    /// A whole query gives the same rows and errors with the condition compiled as interpreted.
    @Test func queriesStillGiveTheirAnswers() throws {
        let nql = try NatoQL(corpus: .seeds)
        #expect(try nql.scalar("count(claims where modality = \"hedged\" and value = true)") != .integer(0))
        let (_, errors) = nql.output("claims where modality = 3")
        #expect(errors.contains("error: cannot compare string with integer"))
        let (_, noRows) = nql.output("claims where subject = Rutte and modality = 3 as of 2000-01-01")
        #expect(noRows.isEmpty)
    }

    /// `claims where` in the default view scans the claims by index; through a `let` it filters
    /// the collection's rows: the same rows either way.
    @Test(arguments: ["modality = \"hedged\"", "subject in allies or modality = \"past\"", "predicate = \"supports\" and object = Rutte"])
    func scanningClaimsByIndexKeepsTheSameRows(condition: String) throws {
        let session = try Session(corpus: .seeds)
        let source = SourceFile(name: "<test>", text: "let every = claims\nclaims where \(condition)\nevery where \(condition)")
        var values: [Value] = []
        for statement in Parser.parse(source).statements {
            if case .value(let v) = try session.execute(statement, in: source), v != .nothing { values.append(v) }
        }
        #expect(values.count == 2)
        #expect(values.first == values.last)
        if case .collection(let c) = values.first { #expect(!c.rows.isEmpty) } else { Issue.record("not a collection") }
    }
}
