import DSL
import Testing

/// Golden rendered diagnostics: the whole text, exactly.
struct DiagnosticTests {
    /// The example of the issue, built by hand (unknown predicates are the interpreter's to find).
    @Test func issueExample() {
        let source = SourceFile(
            name: "holdouts.nql",
            text: """
                -- allies that withhold their support
                let holdouts = allies where supports(Rutte) = false
                allies where suports(Rutte) = false
                """)
        let start = SourcePosition(offset: 0, line: 3, column: 14)
        let end = SourcePosition(offset: 0, line: 3, column: 21)
        let diagnostic = Diagnostic(
            .error, id: "unknown-predicate", message: "unknown predicate 'suports'", file: "holdouts.nql",
            range: SourceRange(start: start, end: end),
            label: "did you mean '\(Suggestions.closest(to: "suports", in: ["supports", "holds", "member"])!)'?")
        #expect(
            DiagnosticRenderer().render(diagnostic, source: source) == """
                error: unknown predicate 'suports'
                 --> holdouts.nql:3:14
                  |
                3 | allies where suports(Rutte) = false
                  |              ^^^^^^^ did you mean 'supports'?

                """)
    }

    static let golden: [(String, String)] = [
        (
            "show Orbán)",
            """
            error: unexpected ')' without a matching '('
             --> test.nql:1:11
              |
            1 | show Orbán)
              |           ^

            """
        ),
        (
            "allies where name = \"Orbán\" and",
            """
            error: expected an expression after 'and', found end of input
             --> test.nql:1:32
              |
            1 | allies where name = "Orbán" and
              |                                ^

            """
        ),
        (
            "count(allies where name = \"Kariņš\"",
            """
            error: expected ',' or ')' to close '(' at 1:6, found end of input
             --> test.nql:1:35
              |
            1 | count(allies where name = "Kariņš"
              |                                   ^

            """
        ),
        (
            "let x = “Orbán”",
            """
            error: typographic quotes do not delimit strings
             --> test.nql:1:9
              |
            1 | let x = “Orbán”
              |         ^^^^^^^ use straight quotes: "Orbán"

            """
        ),
        (
            "show \"Orbán",
            """
            error: unterminated string
             --> test.nql:1:6
              |
            1 | show "Orbán
              |      ^^^^^^ missing closing "
              = note: a string ends on the line where it starts

            """
        ),
        (
            "Türkiye wher supports(Rutte)",
            """
            error: expected end of statement, found name 'wher'
             --> test.nql:1:9
              |
            1 | Türkiye wher supports(Rutte)
              |         ^^^^ did you mean 'where'?

            """
        ),
        (
            "allies where supports(Rutte) = false = true",
            """
            error: expected end of statement, found '='
             --> test.nql:1:38
              |
            1 | allies where supports(Rutte) = false = true
              |                                      ^
              = note: comparisons do not chain; combine them with 'and'

            """
        ),
        (
            "candidates as of 2024-02-30",
            """
            error: invalid date '2024-02-30'
             --> test.nql:1:18
              |
            1 | candidates as of 2024-02-30
              |                  ^^^^^^^^^^ February 2024 has 29 days

            """
        ),
        (
            "allies limit 3 where member_since > 2000",
            """
            error: 'where' must come before 'limit'
             --> test.nql:1:16
              |
            1 | allies limit 3 where member_since > 2000
              |                ^^^^^
              = note: a query's clauses go in this order: where, group by, select, order by, limit, offset

            """
        ),
        (
            "expect count(allies)",
            """
            error: 'expect' needs the value the statement should have
             --> test.nql:1:21
              |
            1 | expect count(allies)
              |                     ^ add '= VALUE' here
              = note: write: expect STATEMENT = VALUE, e.g. expect count(allies) = 32

            """
        ),
        (
            "shwo Orbán",
            """
            error: expected end of statement, found name 'Orbán'
             --> test.nql:1:6
              |
            1 | shwo Orbán
              |      ^^^^^
              = note: 'shwo' is not a keyword; did you mean 'show'?

            """
        ),
    ]

    @Test(arguments: golden)
    func renders(_ input: String, _ expected: String) {
        #expect(rendered(input) == expected)
    }

    @Test func invisibleCharacter() {
        #expect(
            rendered("show\u{200B} Rutte") == """
                error: unexpected invisible character U+200B
                 --> test.nql:1:5
                  |
                1 | show\u{200B} Rutte
                  |     ^ delete it

                """)
    }

    /// Three syntax errors in one script: three diagnostics, in order, with multi-digit gutters.
    @Test func everyErrorOfAScript() {
        let text = """
            -- holdouts.nql
            let holdouts = allies where supports(Rutte) = false
            count(holdouts
            show Orbán
            allies select name order member_since
            holdouts where name in [Hungary, Slovakia

            \t
            why supports(Hungary, Rutte) according to
            """
        #expect(
            rendered(text, name: "holdouts.nql", firstLine: 2) == """
                error: expected ',' or ')' to close '(' at 4:6, found end of line
                 --> holdouts.nql:4:15
                  |
                4 | count(holdouts
                  |               ^

                error: expected 'by' after 'order', found name 'member_since'
                 --> holdouts.nql:6:26
                  |
                6 | allies select name order member_since
                  |                          ^^^^^^^^^^^^

                error: expected ',' or ']' to close '[' at 7:24, found end of line
                 --> holdouts.nql:7:42
                  |
                7 | holdouts where name in [Hungary, Slovakia
                  |                                          ^

                error: expected an article or an outlet after 'according to', found end of input
                  --> holdouts.nql:10:42
                   |
                10 | why supports(Hungary, Rutte) according to
                   |                                          ^
                   = note: write a string: according to "003"

                """)
    }
}
