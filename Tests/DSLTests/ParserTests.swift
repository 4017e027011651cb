import DSL
import Testing

struct ParserTests {
    static let statements: [(String, String)] = [
        // Queries.
        ("allies", "allies"),
        ("allies where supports(Rutte) = false", "(query allies (where (= (supports Rutte) false)))"),
        (
            "allies where member_since >= 2004 select name, member_since order by member_since desc limit 3",
            "(query allies (where (>= member_since 2004)) (select name member_since) (order (desc member_since)) (limit 3))"
        ),
        ("countries where supports(Rutte) is unknown", "(query countries (where (is-unknown (supports Rutte))))"),
        (
            "countries where supports(Rutte) is not unknown",
            "(query countries (where (is-not-unknown (supports Rutte))))"
        ),
        ("people where holds(\"NATO Secretary General\")", "(query people (where (holds \"NATO Secretary General\")))"),
        (
            "allies select name as country, member_since as since order by since asc, name limit 5 offset 10",
            "(query allies (select (as name country) (as member_since since)) (order (asc since) (asc name)) (limit 5) (offset 10))"
        ),
        ("allies select name as \"member since\"", "(query allies (select (as name member since)))"),
        ("allies limit 3", "(query allies (limit 3))"),
        ("allies order by name", "(query allies (order (asc name)))"),
        ("count(allies where supports(Rutte))", "(count (query allies (where (supports Rutte))))"),
        ("(allies where supports(Rutte)) limit 2", "(query (query allies (where (supports Rutte))) (limit 2))"),
        ("claims where predicate = \"term_length\"", "(query claims (where (= predicate \"term_length\")))"),
        ("allies where name in holdouts select name", "(query allies (where (in name holdouts)) (select name))"),
        (
            "allies\n  where supports(Rutte) = false\n  select name\n  order by name",
            "(query allies (where (= (supports Rutte) false)) (select name) (order (asc name)))"
        ),
        // Precedence.
        ("a or b and c", "(or a (and b c))"),
        ("a and b or c", "(or (and a b) c)"),
        ("a or b or c", "(or (or a b) c)"),
        ("not a = b", "(not (= a b))"),
        ("not a and b", "(and (not a) b)"),
        ("not not a", "(not (not a))"),
        ("(a or b) and c", "(and (or a b) c)"),
        ("a = -1", "(= a -1)"),
        ("-x", "(- x)"),
        ("- -2", "2"),
        ("a != b", "(!= a b)"),
        ("a < b", "(< a b)"),
        ("a <= b", "(<= a b)"),
        ("a > b", "(> a b)"),
        ("x in [Hungary, \"North Macedonia\"]", "(in x [Hungary \"North Macedonia\"])"),
        ("x not in []", "(not-in x [])"),
        ("not x in [1]", "(not (in x [1]))"),
        ("a = b and c is unknown", "(and (= a b) (is-unknown c))"),
        // Literals and calls.
        ("[1, \"two\", 2024-06-18, true, false, unknown,]", "[1 \"two\" 2024-06-18 true false unknown]"),
        ("[[\"Sweden\", 2024], [\"Finland\", 2023]]", "[[\"Sweden\" 2024] [\"Finland\" 2023]]"),
        ("supports(Hungary, Rutte)", "(supports Hungary Rutte)"),
        ("supports (Hungary, Rutte)", "(supports Hungary Rutte)"),
        ("count()", "(count)"),
        ("contains(name, \"land\")", "(contains name \"land\")"),
        ("supports(\"Prime Minister of Hungary\", Türkiye)", "(supports \"Prime Minister of Hungary\" Türkiye)"),
        // Statements.
        (
            "let holdouts = allies where supports(Rutte) = false",
            "(let holdouts (query allies (where (= (supports Rutte) false))))"
        ),
        ("why supports(Hungary, Rutte)", "(why (supports Hungary Rutte))"),
        ("show Rutte", "(show Rutte)"),
        ("show \"Prime Minister of Hungary\"", "(show \"Prime Minister of Hungary\")"),
        ("conflicts", "conflicts"),
        ("articles", "articles"),
        ("assert count(allies) = 32", "(assert (= (count allies) 32))"),
        ("expect count(allies) = 32", "(expect (count allies) = 32)"),
        (
            "expect allies where supports(Rutte) = false = [Romania]",
            "(expect (query allies (where (= (supports Rutte) false))) = [Romania])"
        ),
        ("expect count(allies) as of 2024-05-01 = 31", "(expect (count allies) (as-of 2024-05-01) = 31)"),
        ("expect count(allies) = 32 as of 2024-05-01", "(expect (count allies) (as-of 2024-05-01) = 32)"),
        ("expect supports(Hungary, Rutte) = true", "(expect (supports Hungary Rutte) = true)"),
        ("expect x = -1", "(expect x = -1)"),
        (
            "expect allies where member_since >= 2023 select name, member_since = [[\"Sweden\", 2024], [\"Finland\", 2023]]",
            "(expect (query allies (where (>= member_since 2023)) (select name member_since)) = [[\"Sweden\" 2024] [\"Finland\" 2023]])"
        ),
        (
            "expect allies order by name = [Albania]",
            "(expect (query allies (order (asc name))) = [Albania])"
        ),
        (
            "expect allies where member_since = 2024 select name = [\"Sweden\"] as of 2024-06-18",
            "(expect (query allies (where (= member_since 2024)) (select name)) (as-of 2024-06-18) = [\"Sweden\"])"
        ),
        // Views.
        ("candidates as of 2024-06-18", "candidates (as-of 2024-06-18)"),
        ("why supports(Hungary, Rutte) according to \"003\"", "(why (supports Hungary Rutte)) (according-to \"003\")"),
        ("count(claims) according to 003", "(count claims) (according-to \"003\")"),
        ("allies according to AFP as of 2024-06-18", "allies (as-of 2024-06-18) (according-to \"AFP\")"),
        ("allies select name as of 2024-05-01", "(query allies (select name)) (as-of 2024-05-01)"),
        ("let x = allies as of 2024-05-01", "(let x allies) (as-of 2024-05-01)"),
        // `of` and `to` are names elsewhere.
        ("show to", "(show to)"),
        ("of(to)", "(of to)"),
        // Meta commands and separators.
        (".mode json", "(.mode json)"),
        (".read \"my file.nql\"", "(.read \"my file.nql\")"),
        ("a; b\nc", "a\nb\nc"),
        (";;\n;a;;", "a"),
        ("count(allies)\n.mode json\ncount(allies)", "(count allies)\n(.mode json)\n(count allies)"),
        ("", ""),
        ("-- nothing", ""),
    ]

    @Test(arguments: statements)
    func parses(_ input: String, _ expected: String) {
        #expect(sexpr(input) == expected)
    }

    static let errors: [(String, [String])] = [
        ("allies where", ["expected-token"]),
        ("allies where x =", ["expected-token"]),
        ("(a", ["expected-token"]),
        ("f(a b)", ["expected-token"]),
        ("[1 2]", ["expected-token"]),
        ("a)", ["unmatched-bracket"]),
        ("a]", ["unmatched-bracket"]),
        ("let where = 1", ["expected-token"]),
        ("let x 1", ["expected-token"]),
        ("let = 1", ["expected-token"]),
        ("x is 5", ["expected-token"]),
        ("x is not 5", ["expected-token"]),
        ("allies order name", ["expected-token"]),
        ("allies limit x", ["expected-token"]),
        ("allies limit -1", ["expected-token"]),
        ("allies select name as 5", ["expected-token"]),
        ("allies limit 3 where x", ["clause-out-of-order"]),
        ("allies select name where x", ["clause-out-of-order"]),
        ("allies where a where b", ["duplicate-clause"]),
        ("x as of 2024-01-01 as of 2024-01-02", ["duplicate-view"]),
        ("x according to a according to b", ["duplicate-view"]),
        ("x as 5", ["expected-token"]),
        ("x as of", ["expected-token"]),
        ("x as of 2024", ["expected-token"]),
        ("x according \"003\"", ["expected-token"]),
        ("x according to (", ["expected-token"]),
        ("expect count(allies)", ["expect-without-value"]),
        ("expect count(allies) = count(countries)", ["invalid-expected-value"]),
        ("expect x = [f(1)]", ["invalid-expected-value"]),
        ("a = b = c", ["unexpected-token"]),
        ("allies wher x", ["unexpected-token"]),
        ("shwo Rutte", ["unexpected-token"]),
        ("count(allies as of 2024-01-01)", ["expected-token"]),
        ("where x", ["expected-token"]),
        ("not", ["expected-token"]),
        // Lexical errors are reported once, not again by the parser.
        ("x @ y", ["bad-character"]),
        ("allies where @", ["bad-character"]),
        ("x = \"abc", ["unterminated-string"]),
        ("show x = 2024-13-01", ["invalid-date"]),
        ("a == b", ["unsupported-operator"]),
    ]

    @Test(arguments: errors)
    func rejects(_ input: String, _ ids: [String]) {
        let script = parse(input)
        #expect(script.diagnostics.map(\.id) == ids)
        #expect(script.statements.isEmpty)
        #expect(script.diagnostics.allSatisfy { $0.file == "test.nql" && $0.severity == .error })
    }

    static let messages: [(String, String, String?)] = [
        ("count(allies", "expected ',' or ')' to close '(' at 1:6, found end of input", nil),
        ("allies where (x = 1", "expected ')' to close '(' at 1:14, found end of input", nil),
        ("allies where", "expected an expression after 'where', found end of input", nil),
        ("let where = 1", "expected a name after 'let', found 'where'", nil),
        ("allies wher x", "expected end of statement, found name 'wher'", "did you mean 'where'?"),
        ("allies limit 3 where x", "'where' must come before 'limit'", nil),
        ("x is 5", "expected 'unknown' or 'not unknown' after 'is', found integer 5", nil),
        ("a)", "unexpected ')' without a matching '('", nil),
        ("x as of 2024", "expected a date (YYYY-MM-DD) after 'as of', found integer 2024", nil),
        ("allies where x = \"Orbán\" y", "expected end of statement, found name 'y'", nil),
    ]

    @Test(arguments: messages)
    func message(_ input: String, _ message: String, _ label: String?) {
        let diagnostic = parse(input).diagnostics.first
        #expect(diagnostic?.message == message)
        #expect(diagnostic?.label == label)
    }

    @Test func ranges() throws {
        let script = parse("allies where supports(Rutte) = false as of 2024-05-01")
        let statement = try #require(script.statements.first)
        #expect(statement.range.start.column == 1 && statement.range.end.column == 54)
        let view = try #require(statement.view)
        #expect(view.range.start.column == 38 && view.asOf?.range.start.column == 44)
        guard case .evaluate(.query(let query)) = statement.kind,
            case .binary(.equal, .call(_, let nameRange, _, let callRange), _, let opRange, let range)? = query.filter
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(nameRange.start.column == 14 && nameRange.end.column == 22)
        #expect(callRange.end.column == 29)
        #expect(opRange.start.column == 30)
        #expect(range.start.column == 14 && range.end.column == 37)
        #expect(query.range.start.column == 1 && query.range.end.column == 37)
    }

    @Test func recoversAtStatementBoundaries() {
        let text = """
            allies where supports(Rutte) = false
            allies wher supports(Rutte)
            count(allies)
            show (Orbán
            let x = ; show Rutte
            expect count(allies) = 32
            """
        let script = parse(text)
        #expect(script.diagnostics.map(\.id) == ["unexpected-token", "expected-token", "expected-token"])
        #expect(script.diagnostics.map(\.range.start.line) == [2, 4, 5])
        #expect(script.statements.count == 4)
        #expect(script.statements.map(\.range.start.line) == [1, 3, 5, 6])
    }

    @Test func statementsWithLexicalErrorsDoNotRun() {
        let script = parse("show \"Orbán\ncount(allies)\nallies where x = 2024-02-30; count(claims)")
        #expect(script.diagnostics.map(\.id) == ["unterminated-string", "invalid-date"])
        #expect(script.statements.map(sexpr) == ["(count allies)", "(count claims)"])
    }

    @Test func streamingLexer() {
        var lexer = Lexer(SourceFile(name: "t.nql", text: "count([allies"))
        var kinds: [TokenKind] = []
        while true {
            let token = lexer.next()
            if token.kind == .endOfInput { break }
            kinds.append(token.kind)
        }
        #expect(kinds == [.name("count"), .leftParen, .leftBracket, .name("allies")])
        #expect(lexer.openBrackets == ["(", "["])
        #expect(lexer.next().kind == .endOfInput)
        #expect(lexer.diagnostics.isEmpty)
    }

    @Test func unclosedBracketDoesNotSwallowTheScript() {
        let script = parse("count(allies\nshow Rutte\nwhy supports(Hungary, Rutte\nlet x = 1")
        #expect(script.diagnostics.map(\.range.start.line) == [1, 3])
        #expect(script.statements.count == 2)
    }
}
