import DSL
import Testing

struct LexerTests {
    static let tokens: [(String, [TokenKind])] = [
        ("allies", [.name("allies")]),
        ("Türkiye Orbán Kariņš _x1", [.name("Türkiye"), .name("Orbán"), .name("Kariņš"), .name("_x1")]),
        ("member_since", [.name("member_since")]),
        (
            "where select order by asc desc limit offset",
            [
                .keyword(.where), .keyword(.select), .keyword(.order), .keyword(.by), .keyword(.asc),
                .keyword(.desc), .keyword(.limit), .keyword(.offset),
            ]
        ),
        (
            "and or not is in unknown true false",
            [
                .keyword(.and), .keyword(.or), .keyword(.not), .keyword(.is), .keyword(.in), .keyword(.unknown),
                .keyword(.true), .keyword(.false),
            ]
        ),
        (
            "let why show assert expect as according",
            [
                .keyword(.let), .keyword(.why), .keyword(.show), .keyword(.assert), .keyword(.expect), .keyword(.as),
                .keyword(.according),
            ]
        ),
        // `of` and `to` are contextual; keywords are case-sensitive.
        ("of to Where", [.name("of"), .name("to"), .name("Where")]),
        ("as of 2024-05-01", [.keyword(.as), .name("of"), .date(year: 2024, month: 5, day: 1)]),
        ("\"Prime Minister of Hungary\"", [.string("Prime Minister of Hungary")]),
        ("'single quoted'", [.string("single quoted")]),
        (#""a\"b\\c\nd\te\u{E1}'""#, [.string("a\"b\\c\nd\teá'")]),
        (#"'it\'s'"#, [.string("it's")]),
        ("\"\"", [.string("")]),
        ("\"Orbán\"", [.string("Orbán")]),
        ("42 007 0", [.integer(42), .integer(7), .integer(0)]),
        ("2024-06-18", [.date(year: 2024, month: 6, day: 18)]),
        ("2024-02-29", [.date(year: 2024, month: 2, day: 29)]),
        ("-5", [.minus, .integer(5)]),
        (
            "= != < <= > >= -",
            [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .minus]
        ),
        ("( ) [ ] , ;", [.leftParen, .rightParen, .leftBracket, .rightBracket, .comma, .semicolon]),
        ("a>=b", [.name("a"), .greaterOrEqual, .name("b")]),
        ("supports(Rutte)", [.name("supports"), .leftParen, .name("Rutte"), .rightParen]),
        // Comments, shebang, byte-order mark.
        ("a -- a comment\nb", [.name("a"), .newline, .name("b")]),
        ("-- only a comment", []),
        ("#!/usr/bin/env natoql\nshow Rutte", [.keyword(.show), .name("Rutte")]),
        ("\u{FEFF}allies", [.name("allies")]),
        // Line breaks: separators only where a statement can end and the next can start.
        ("a\nb", [.name("a"), .newline, .name("b")]),
        ("a\r\nb", [.name("a"), .newline, .name("b")]),
        ("a\n\n  \n-- c\nb", [.name("a"), .newline, .name("b")]),
        ("\n\na", [.name("a")]),
        ("a;b", [.name("a"), .semicolon, .name("b")]),
        ("a where\nb", [.name("a"), .keyword(.where), .name("b")]),
        ("a\nwhere b", [.name("a"), .keyword(.where), .name("b")]),
        ("a =\nb", [.name("a"), .equal, .name("b")]),
        ("a\n= b", [.name("a"), .equal, .name("b")]),
        ("f(a,\nb)", [.name("f"), .leftParen, .name("a"), .comma, .name("b"), .rightParen]),
        ("f(a\n,b\n)", [.name("f"), .leftParen, .name("a"), .comma, .name("b"), .rightParen]),
        ("[a\nb]", [.leftBracket, .name("a"), .name("b"), .rightBracket]),
        ("a\nnot b", [.name("a"), .newline, .keyword(.not), .name("b")]),
        ("x as of\n2024-05-01", [.name("x"), .keyword(.as), .name("of"), .date(year: 2024, month: 5, day: 1)]),
        ("x according to\n\"003\"", [.name("x"), .keyword(.according), .name("to"), .string("003")]),
        ("a desc\nb", [.name("a"), .keyword(.desc), .newline, .name("b")]),
        // A statement keyword at the start of a line ends an unclosed bracket.
        (
            "count(a\nshow Rutte",
            [.name("count"), .leftParen, .name("a"), .newline, .keyword(.show), .name("Rutte")]
        ),
        // Meta commands: at the start of a line or after `;`, to the end of the line.
        (".mode json", [.meta(name: "mode", arguments: ["json"])]),
        (".help", [.meta(name: "help", arguments: [])]),
        (".read \"my file.nql\"  -x ", [.meta(name: "read", arguments: ["my file.nql", "-x"])]),
        ("  .mode table\nallies", [.meta(name: "mode", arguments: ["table"]), .newline, .name("allies")]),
        ("a; .mode csv; x", [.name("a"), .semicolon, .meta(name: "mode", arguments: ["csv;", "x"])]),
        ("a where\n.mode json", [.name("a"), .keyword(.where), .newline, .meta(name: "mode", arguments: ["json"])]),
        (".timer on\nwhere", [.meta(name: "timer", arguments: ["on"]), .newline, .keyword(.where)]),
    ]

    @Test(arguments: tokens)
    func lexes(_ input: String, _ expected: [TokenKind]) {
        #expect(lex(input) == expected)
        #expect(lexDiagnostics(input) == [])
    }

    static let errors: [(String, [String], [TokenKind])] = [
        ("\"abc", ["unterminated-string"], [.string("abc")]),
        ("'abc\nx", ["unterminated-string"], [.string("abc"), .newline, .name("x")]),
        ("#", ["bad-character"], [.invalid("#")]),
        ("a @@@ b", ["bad-character"], [.name("a"), .invalid("@@@"), .name("b")]),
        ("select *", ["bad-character"], [.keyword(.select), .invalid("*")]),
        ("a.b", ["bad-character"], [.name("a"), .invalid("."), .name("b")]),
        ("2024-13-01", ["invalid-date"], [.invalid("2024-13-01")]),
        ("2023-02-29", ["invalid-date"], [.invalid("2023-02-29")]),
        ("2024-04-31", ["invalid-date"], [.invalid("2024-04-31")]),
        ("2024-6-18", ["invalid-date"], [.invalid("2024-6-18")]),
        ("2024-06", ["invalid-date"], [.invalid("2024-06")]),
        ("99999999999999999999", ["integer-too-large"], [.invalid("99999999999999999999")]),
        (#""a\qb""#, ["invalid-escape"], [.string("ab")]),
        (#""\u{110000}""#, ["invalid-escape"], [.string("{110000}")]),
        ("“Orbán”", ["typographic-quotes"], [.string("Orbán")]),
        ("„x“", ["typographic-quotes"], [.string("x")]),
        ("a == b", ["unsupported-operator"], [.name("a"), .equal, .name("b")]),
        ("a <> b", ["unsupported-operator"], [.name("a"), .notEqual, .name("b")]),
        (
            "a && b || c", ["unsupported-operator", "unsupported-operator"],
            [
                .name("a"), .keyword(.and), .name("b"), .keyword(.or), .name("c"),
            ]
        ),
        ("!a", ["unsupported-operator"], [.keyword(.not), .name("a")]),
        ("\u{0}", ["bad-character"], [.invalid("\u{0}")]),
    ]

    @Test(arguments: errors)
    func reports(_ input: String, _ ids: [String], _ expected: [TokenKind]) {
        #expect(lexDiagnostics(input) == ids)
        #expect(lex(input) == expected)
    }

    @Test func positionsCountCharacters() {
        let source = SourceFile(name: "t.nql", text: "show Orbán = x\n  Kariņš\u{301}y \"é\" z", firstLine: 7)
        let tokens = Lexer.tokenize(source).tokens
        let positions = tokens.map { [$0.range.start.line, $0.range.start.column, $0.range.end.column] }
        #expect(
            positions == [
                [7, 1, 5], [7, 6, 11], [7, 12, 13], [7, 14, 15], [7, 15, 16], [8, 3, 10], [8, 11, 14], [8, 15, 16],
                [8, 16, 16],
            ])
        #expect(tokens[2].range.start.offset == "show Orbán ".utf8.count)
    }

    @Test func metaCommandRangeCoversTheLine() {
        let tokens = Lexer.tokenize(SourceFile(name: "t.nql", text: ".mode json  \nx")).tokens
        #expect(tokens[0].range.start.column == 1)
        #expect(tokens[0].range.end.column == 11)
    }

    @Test func keywordLists() {
        #expect(Keywords.all.count == Keyword.allCases.count)
        #expect(Keywords.all == Keywords.all.sorted())
        #expect(Keywords.all.contains("where") && Keywords.all.contains("of"))
        #expect(!Keywords.reserved.contains("of") && !Keywords.reserved.contains("to"))
        #expect(!Keywords.all.contains("count"))
    }
}
