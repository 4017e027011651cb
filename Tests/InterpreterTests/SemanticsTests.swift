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
        #expect(errors == """
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
