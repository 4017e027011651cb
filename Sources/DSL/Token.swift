/// A keyword of the query language.
///
/// Most keywords are reserved: they can never be names. `of` and `to` are *contextual*: they are
/// keywords only right after `as` and `according`, and plain names everywhere else (see
/// ``Keywords/contextual``); the lexer therefore produces them as ``TokenKind/name(_:)``.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    case `where`, select, order, by, asc, desc, limit, offset
    case `as`, of, according, to
    case and, or, not, `is`, `in`
    case unknown, `true`, `false`
    case `let`, why, show, assert, expect
}

/// The keyword lists, for the lexer and for tab completion.
public enum Keywords {
    /// Every keyword, reserved or contextual, in alphabetical order.
    public static let all: [String] = Keyword.allCases.map(\.rawValue).sorted()
    /// Keywords that are names outside their context: `of` (after `as`) and `to` (after `according`).
    public static let contextual: Set<String> = ["of", "to"]
    /// Keywords that can never be names.
    public static let reserved: [String] = all.filter { !contextual.contains($0) }

    /// Reserved keywords by spelling (keywords are lowercase and case-sensitive).
    static let lookup: [String: Keyword] = Dictionary(
        uniqueKeysWithValues: Keyword.allCases.filter { !contextual.contains($0.rawValue) }.map {
            ($0.rawValue, $0)
        })
}

/// What a token is. Payloads hold literal values only; positions live in ``Token/range``.
public enum TokenKind: Sendable, Hashable {
    /// An identifier: Unicode letters, digits and `_`, not starting with a digit (`Türkiye`).
    case name(String)
    /// A reserved keyword.
    case keyword(Keyword)
    /// A string literal, escapes resolved: `"Prime Minister of Hungary"`.
    case string(String)
    /// An integer literal.
    case integer(Int)
    /// A date literal `YYYY-MM-DD`, already validated.
    case date(year: Int, month: Int, day: Int)
    /// A meta command line: `.mode json` is `meta(name: "mode", arguments: ["json"])`.
    case meta(name: String, arguments: [String])
    /// `(`
    case leftParen
    /// `)`
    case rightParen
    /// `[`
    case leftBracket
    /// `]`
    case rightBracket
    /// `,`
    case comma
    /// `;`, a statement separator.
    case semicolon
    /// `=`
    case equal
    /// `!=`
    case notEqual
    /// `<`
    case less
    /// `<=`
    case lessOrEqual
    /// `>`
    case greater
    /// `>=`
    case greaterOrEqual
    /// `-`
    case minus
    /// A line break that ends a statement. Line breaks inside brackets, after an operator, or
    /// before a clause keyword are not tokens at all.
    case newline
    /// Text the lexer could not read; the lexer has already reported it. Holds the text.
    case invalid(String)
    /// The end of the source.
    case endOfInput
}

/// A token and where it was read.
public struct Token: Sendable, Hashable {
    /// What the token is.
    public var kind: TokenKind
    /// Where it is in the source.
    public var range: SourceRange

    /// Creates a token.
    public init(kind: TokenKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

extension TokenKind: CustomStringConvertible {
    /// How diagnostics name the token: `name 'Rutte'`, `'where'`, `')'`, `end of input`.
    public var description: String {
        switch self {
        case .name(let n): return "name '\(n)'"
        case .keyword(let k): return "'\(k.rawValue)'"
        case .string(let s): return "string \"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .integer(let i): return "integer \(i)"
        case .date(let y, let m, let d): return "date \(DateText.format(y, m, d))"
        case .meta(let name, _): return "meta command '.\(name)'"
        case .newline: return "end of line"
        case .endOfInput: return "end of input"
        case .invalid(let text): return "'\(text)'"
        default: return "'\(spelling)'"
        }
    }

    /// The source spelling of punctuation and operators (and keywords).
    var spelling: String {
        switch self {
        case .leftParen: return "("
        case .rightParen: return ")"
        case .leftBracket: return "["
        case .rightBracket: return "]"
        case .comma: return ","
        case .semicolon: return ";"
        case .equal: return "="
        case .notEqual: return "!="
        case .less: return "<"
        case .lessOrEqual: return "<="
        case .greater: return ">"
        case .greaterOrEqual: return ">="
        case .minus: return "-"
        case .keyword(let k): return k.rawValue
        case .name(let n): return n
        default: return description
        }
    }

    /// Whether a statement can end with this token (so a line break after it ends the statement).
    var canEndStatement: Bool {
        switch self {
        case .name, .string, .integer, .date, .meta, .rightParen, .rightBracket, .invalid:
            return true
        case .keyword(let k):
            return k == .true || k == .false || k == .unknown || k == .asc || k == .desc
        default:
            return false
        }
    }

    /// Whether a statement can start with this token. A line break before a token that cannot
    /// start a statement (`where`, `and`, `=`, `)`, ...) does not end the statement.
    var canStartStatement: Bool {
        switch self {
        case .name, .string, .integer, .date, .meta, .leftParen, .leftBracket, .minus, .invalid:
            return true
        case .keyword(let k):
            switch k {
            case .not, .unknown, .true, .false, .let, .why, .show, .assert, .expect: return true
            default: return false
            }
        default:
            return false
        }
    }

    /// Whether the token can only start a statement (`let`, `why`, `show`, `assert`, `expect`, a
    /// meta command). A line starting with one ends whatever came before, even inside brackets.
    var startsOnlyStatements: Bool {
        switch self {
        case .meta: return true
        case .keyword(let k): return [.let, .why, .show, .assert, .expect].contains(k)
        default: return false
        }
    }

    /// Whether this is a comparison operator.
    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        default: return false
        }
    }

    /// Whether this ends a statement: a line break, `;`, or the end of input.
    var isSeparator: Bool {
        switch self {
        case .newline, .semicolon, .endOfInput: return true
        default: return false
        }
    }
}

/// Date text helpers shared by the lexer and diagnostics.
enum DateText {
    static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
