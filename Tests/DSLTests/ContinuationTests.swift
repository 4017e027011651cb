import DSL
import Testing

/// `Parser.continuation`: what the REPL asks before running an entry.
struct ContinuationTests {
    static let cases: [(String, String?)] = [
        ("", nil),
        ("   ", nil),
        ("allies", nil),
        ("count(allies)", nil),
        ("allies where supports(Rutte) = false", nil),
        ("allies order by name desc", nil),
        ("allies where x -- a comment", nil),
        ("show Rutte;", nil),
        (".mode json", nil),
        (".read \"a file.nql", nil),
        ("show \"Rutte", nil),  // an unterminated string is an error, not a continuation
        ("x as of 2024-05-01", nil),
        ("count(allies\nshow Rutte", nil),
        ("count(", "("),
        ("count(allies", "("),
        ("count(allies where x in [1,", "["),
        ("[[1], [", "["),
        ("(\n", "("),
        ("allies where", "operator"),
        ("allies where -- more below", "operator"),
        ("allies where x and", "operator"),
        ("allies where x or", "operator"),
        ("x =", "operator"),
        ("x !=", "operator"),
        ("allies select name,", "operator"),
        ("allies order", "operator"),
        ("allies order by", "operator"),
        ("allies limit", "operator"),
        ("x is", "operator"),
        ("x is not", "operator"),
        ("x in", "operator"),
        ("not", "operator"),
        ("-", "operator"),
        ("let", "operator"),
        ("let x =", "operator"),
        ("show", "operator"),
        ("x as", "operator"),
        ("x as of", "operator"),
        ("x according", "operator"),
        ("x according to", "operator"),
        ("expect count(allies) =", "operator"),
    ]

    @Test(arguments: cases)
    func continuation(_ text: String, _ expected: String?) {
        #expect(Parser.continuation(text) == expected)
    }
}
