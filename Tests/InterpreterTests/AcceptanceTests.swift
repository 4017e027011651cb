import Interpreter
import Testing

/// The acceptance table of the interpreter: each statement through the real pipeline on the
/// real seeds.
@Suite struct AcceptanceTests {
    let nql: NatoQL = try! NatoQL(corpus: .seeds)

    @Test func countAllies() throws {
        #expect(try nql.scalar("count(allies)") == .integer(32))
    }

    @Test(arguments: [
        ("allies where supports(Rutte) = false", ["Romania"]),
        ("allies where supports(Rutte) = false as of 2024-05-01", ["Hungary", "Romania", "Slovakia", "Türkiye"]),
        ("allies where supports(Rutte) = false according to \"003\"", []),
        ("candidates as of 2024-06-18", ["Kaja Kallas", "Klaus Iohannis", "Krišjānis Kariņš", "Mark Rutte"]),
        ("people where holds(\"NATO Secretary General\")", ["Jens Stoltenberg"]),
    ])
    func names(statement: String, expected: [String]) throws {
        #expect(try nql.names(statement).sorted() == expected.sorted())
    }

    @Test(arguments: [
        ("count(allies where supports(Rutte))", 31),
        ("count(allies where supports(Rutte)) as of 2024-05-01", 28),
        ("count(allies where supports(Rutte) is unknown)", 0),
    ])
    func counts(statement: String, expected: Int) throws {
        #expect(try nql.scalar(statement) == .integer(expected))
    }

    @Test func projectionOrderingLimit() throws {
        let rows = try nql.rows(
            "allies where member_since >= 2004 select name, member_since order by member_since desc, name limit 3")
        #expect(rows == [["Sweden", "2024"], ["Finland", "2023"], ["North Macedonia", "2020"]])
    }

    @Test func conflictsIncludeTheTermOfTheSecretaryGeneral() throws {
        let rows = try nql.rows(
            "conflicts where predicate = \"term_length\" select subject, first_value, first_article, second_value, second_article")
        let found = rows.contains { row in
            row[0] == "NATO Secretary General" && Set([row[1], row[3]]) == ["4 years", "5 years"]
                && Set([row[2], row[4]]).contains { $0.hasPrefix("002") } && Set([row[2], row[4]]).contains { $0.hasPrefix("003") }
        }
        #expect(found, "conflicts: \(rows)")
    }

    @Test func whyHungarySupportsRutte() throws {
        guard case .explanation(let e) = try nql.run("why supports(Hungary, Rutte)") else {
            Issue.record("why did not explain")
            return
        }
        #expect(e.value == .boolean(true))
        let articles = Set(e.claims.map { String($0.article.prefix(3)) })
        #expect(articles.isSuperset(of: ["000", "001", "002", "003", "004"]), "articles: \(articles)")
        let earlierFalse = e.claims.filter { $0.article.hasPrefix("004") && $0.value == .boolean(false) }
        #expect(!earlierFalse.isEmpty)
        // Newest first.
        let dates = e.claims.compactMap(\.published)
        #expect(dates == dates.sorted(by: >))
    }

    @Test func showOrban() throws {
        guard case .report(let r) = try nql.run("show Orban") else {
            Issue.record("show did not report")
            return
        }
        #expect(r.name == "Viktor Orbán")
        #expect(r.offices.contains("Prime Minister of Hungary"))
        #expect(r.aliasesSeen.contains("Victor Orban"))
    }
}
