import DSL
import Extraction
import Interpreter
import Testing

/// Three-valued logic, views, errors: on a small model built in memory, so each rule is seen
/// on its own.
@Suite struct SemanticsTests {
    let nql: NatoQL = try! NatoQL(corpus: .seeds)

    @Test(arguments: [
        ("true and unknown", Value.unknown), ("false and unknown", .boolean(false)),
        ("true or unknown", .boolean(true)), ("false or unknown", .unknown),
        ("not unknown", .unknown), ("unknown is unknown", .boolean(true)),
        ("unknown = false", .unknown), ("3 in [1, 2, 3]", .boolean(true)), ("3 not in [1, 2]", .boolean(true)),
    ])
    func threeValuedLogic(statement: String, expected: Value) throws {
        #expect(try nql.scalar(statement) == expected)
    }

    @Test func unknownPredicateRendersLikeTheCompiler() {
        let (_, errors) = nql.output("allies where suports(Rutte) = false")
        #expect(
            errors == """
                error: unknown predicate 'suports'
                 --> <embedded>:1:14
                  |
                1 | allies where suports(Rutte) = false
                  |              ^^^^^^^ did you mean 'supports'?

                """)
    }

    @Test func wrongArgumentKindIsADiagnostic() {
        let (_, errors) = nql.output("supports(Rutte, Hungary)")
        #expect(errors.contains("error: 'supports' takes a person as its object, but 'Hungary' is a country"))
        #expect(errors.contains("<embedded>:1:17"))
    }

    @Test func unknownArticleInAccordingTo() {
        let (_, errors) = nql.output("count(claims) according to \"009\"")
        #expect(errors.contains("no article or outlet matches '009'"))
    }

    @Test func letBindsACollectionThatFollowsTheView() throws {
        let nql = try NatoQL(corpus: .seeds)
        try nql.run("let holdouts = allies where supports(Rutte) = false")
        #expect(try nql.names("holdouts") == ["Romania"])
        #expect(try nql.scalar("count(holdouts) as of 2024-05-01") == .integer(4))
    }

    @Test func failedStatementKeepsBindingsAndView() throws {
        let nql = try NatoQL(corpus: .seeds)
        try nql.run("let x = allies where supports(Rutte) = false")
        #expect(throws: NatoQLError.self) { try nql.run("x where nonsense(1)") }
        #expect(try nql.names("x") == ["Romania"])
    }

    @Test func outputFormats() throws {
        let nql = try NatoQL(corpus: .seeds)
        #expect(nql.output("count(allies)", format: .json).output == "32\n")
        #expect(nql.output("allies where supports(Rutte) = false", format: .csv).output == "name\r\nRomania\r\n")
        let json = nql.output("allies where supports(Rutte) = false", format: .json).output
        #expect(json.hasPrefix("[{\"name\":\"Romania\""))
        let jsonl = nql.output("claims limit 2", format: .jsonl).output
        #expect(jsonl.split(separator: "\n").count == 2)
        #expect(jsonl.contains("\"evidence\":{\"text\":"))
    }

    @Test func expectAndAssert() throws {
        let nql = try NatoQL(corpus: .seeds)
        try nql.run("expect count(allies) = 32")
        try nql.run("expect allies where supports(Rutte) = false = [Romania]")
        try nql.run("assert count(allies) > 30")
        #expect(throws: NatoQLError.self) { try nql.run("expect count(allies) = 31") }
        #expect(throws: NatoQLError.self) { try nql.run("assert count(allies) < 30") }
    }
}

/// `group by`.
@Suite struct GroupingTests {
    let nql: NatoQL = try! NatoQL(corpus: .seeds)

    @Test func countsPerKey() throws {
        let rows = try nql.rows("allies group by member_since select member_since, count(group) as n order by member_since desc limit 3")
        #expect(rows == [["2024", "1"], ["2023", "1"], ["2020", "1"]])
        let all = try nql.rows("allies group by member_since select count(group) as n")
        #expect(all.map { Int($0[0])! }.reduce(0, +) == 32)
    }

    @Test func withoutSelectShowsKeysAndCount() throws {
        let value = try nql.run("allies where member_since = 2004 group by member_since")
        #expect(value == .table(Table(columns: ["member_since", "count"], rows: [[.integer(2004), .integer(7)]])))
    }

    @Test func groupIsAnOrdinaryNameElsewhere() throws {
        let (_, errors) = nql.output("count(group)")
        #expect(errors.contains("unknown name 'group'"))
    }

    @Test func groupByContinuesOnTheNextLine() throws {
        let rows = try nql.rows("allies\ngroup by member_since\nselect member_since\norder by member_since\nlimit 1")
        #expect(rows == [["1949"]])
    }
}
