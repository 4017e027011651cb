import Interpreter

/// Builds statements of natoql's grammar (docs/LANGUAGE.md) from a ``FuzzInput``: queries with
/// every clause, `let`, `why`, `show`, `assert`, `expect`, views and the meta commands that touch
/// no file but the ones it names (never `.output`). Names come from the seed corpus, so most
/// statements get past name resolution and exercise evaluation; now and then a token is
/// replaced by something wrong, so near-miss errors are exercised too.
public struct GrammarGenerator {
    /// The choices.
    public var input: FuzzInput
    /// Nesting left before expressions must be leaves.
    private var depth = 0

    /// Creates a generator over `input`.
    public init(_ input: FuzzInput) { self.input = input }

    static let entities = [
        "Rutte", "Orban", "Orbán", "Hungary", "Romania", "Türkiye", "Turkey", "Iohannis", "Stoltenberg", "NATO",
        "\"Prime Minister of Hungary\"", "\"NATO Secretary General\"", "Brussels", "Slovakia", "Kallas", "Nobody",
    ]
    static let predicates = ["supports", "candidate", "withdrew", "holds", "succeeds", "met", "visited", "member", "term_length"]
    static let collections = Vocabulary.collections + ["allies", "candidates", "a", "b", "undefined_name"]
    static let attributes =
        Attributes.entity + Attributes.article + Attributes.claim + Attributes.conflict
        + ["nato_member", "member_since", "iso", "country", "demonyms", "no_such_attribute"]
    static let literals = [
        "\"003\"", "\"AFP wire\"", "\"\"", "'x'", "\"\\u{E1}\\n\\t\"", "0", "1", "3", "-1", "2004", "32",
        "9223372036854775807", "99999999999999999999999", "2024-05-01", "2024-06-18", "2024-02-30", "0000-01-01",
        "true", "false", "unknown", "[]", "[1, 2, 3]", "[Hungary, Slovakia,]", "[[\"Sweden\", 2024]]",
    ]
    static let comparisons = ["=", "!=", "<", "<=", ">", ">="]
    static let noise = ["(", ")", "[", "]", ",", ";", "==", "&&", "“x”", "\"open", "@", "where", "\n", "-- c\n", "\u{0}", "\u{FEFF}"]
    static let dates = ["2024-01-01", "2024-04-01", "2024-05-01", "2024-06-18", "2024-06-30", "1999-12-31", "2999-01-01"]
    static let sources = ["\"003\"", "\"000\"", "\"AFP wire\"", "\"Breaking Defense\"", "\"nothing\"", "\"0\""]

    /// A script of one to four statements.
    public mutating func script() -> String {
        var out: [String] = []
        for _ in 0..<(1 + input.index(4)) { out.append(statement()) }
        return out.joined(separator: input.oneIn(3) ? "; " : "\n")
    }

    mutating func statement() -> String {
        depth = 0
        switch input.index(12) {
        case 0: return "let " + input.pick(["a", "b", "holdouts", "x"]) + " = " + query() + view()
        case 1: return "why " + fact() + view()
        case 2: return "show " + input.pick(Self.entities) + view()
        case 3: return input.pick(["assert ", "expect "]) + expression() + view()
        case 4: return meta()
        case 5: return noisy(query())
        default: return query() + view()
        }
    }

    mutating func view() -> String {
        switch input.index(6) {
        case 0: return " as of " + input.pick(Self.dates)
        case 1: return " according to " + input.pick(Self.sources)
        case 2: return " as of " + input.pick(Self.dates) + " according to " + input.pick(Self.sources)
        default: return ""
        }
    }

    mutating func meta() -> String {
        switch input.index(14) {
        case 0: return ".mode " + input.pick(["table", "csv", "json", "jsonl", "xml"])
        case 1: return ".view" + view()
        case 2: return ".view all"
        case 3: return ".show"
        case 4: return ".schema"
        case 5: return ".articles"
        case 6: return ".help " + input.pick(["", "statements", "views", "functions", "meta", "collections", "read", "nope"])
        case 7: return ".timing " + input.pick(["on", "off", "maybe"])
        case 8: return ".bail " + input.pick(["on", "off"])
        case 9: return ".echo " + input.pick(["on", "off"])
        case 10: return ".read /nonexistent/natoql-fuzz.nql"
        case 11: return ".load /nonexistent/natoql-fuzz-corpus"
        case 12: return ".nosuchcommand"
        default: return ".mode \"" + input.pick(["json", "a b", "\\\""]) + "\""
        }
    }

    mutating func fact() -> String {
        let p = input.pick(Self.predicates)
        if p == "term_length" { return "term_length(\(input.pick(Self.entities)))" }
        return "\(p)(\(input.pick(Self.entities)), \(input.pick(Self.entities)))"
    }

    /// A query: a source and clauses.
    public mutating func query() -> String {
        depth += 1
        defer { depth -= 1 }
        var q: String
        switch input.index(depth > 3 ? 1 : 8) {
        case 0, 1, 2, 3: q = input.pick(Self.collections)
        case 4: q = "(" + query() + ")"
        case 5: q = list()
        case 6: q = input.pick(Vocabulary.functions) + "(" + query() + ")"
        default: q = expression()
        }
        if input.oneIn(2) { q += " where " + expression() }
        if input.oneIn(3) {
            var items: [String] = []
            for _ in 0..<(1 + input.index(3)) {
                items.append(expression() + (input.oneIn(4) ? " as " + input.pick(["n", "\"the name\"", "where"]) : ""))
            }
            q += " select " + items.joined(separator: ", ")
        }
        if input.oneIn(3) {
            var keys: [String] = []
            for _ in 0..<(1 + input.index(2)) { keys.append(expression() + input.pick(["", " asc", " desc"])) }
            q += " order by " + keys.joined(separator: ", ")
        }
        if input.oneIn(3) { q += " limit " + input.pick(["0", "1", "3", "1000000", "-1", "99999999999999999999"]) }
        if input.oneIn(5) { q += " offset " + input.pick(["0", "2", "40", "-3"]) }
        return q
    }

    /// An expression of the `or_expr` rule.
    public mutating func expression() -> String {
        depth += 1
        defer { depth -= 1 }
        if depth > 5 { return leaf() }
        switch input.index(14) {
        case 0: return expression() + " or " + expression()
        case 1: return expression() + " and " + expression()
        case 2: return "not " + expression()
        case 3: return expression() + " " + input.pick(Self.comparisons) + " " + expression()
        case 4: return expression() + input.pick([" is unknown", " is not unknown"])
        case 5: return expression() + input.pick([" in ", " not in "]) + expression()
        case 6: return "-" + expression()
        case 7: return "(" + expression() + ")"
        case 8:
            let p = input.pick(Self.predicates)
            var args: [String] = []
            for _ in 0..<input.index(4) { args.append(input.oneIn(2) ? input.pick(Self.entities) : expression()) }
            return p + "(" + args.joined(separator: ", ") + ")"
        case 9:
            return input.pick(Vocabulary.functions) + "(" + (input.oneIn(2) ? query() : expression()) + ")"
        case 10: return "(" + query() + ")"
        default: return leaf()
        }
    }

    mutating func leaf() -> String {
        switch input.index(5) {
        case 0: return input.pick(Self.entities)
        case 1: return input.pick(Self.attributes)
        case 2: return list()
        default: return input.pick(Self.literals)
        }
    }

    mutating func list() -> String {
        var items: [String] = []
        for _ in 0..<input.index(4) { items.append(depth > 5 ? input.pick(Self.literals) : leaf()) }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// The text with one token inserted at a random word boundary.
    mutating func noisy(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let at = input.index(words.count + 1)
        words.insert(input.pick(Self.noise), at: at)
        return words.joined(separator: " ")
    }
}
