/// Turns source text into tokens, and reports what it cannot read as diagnostics.
///
/// The lexer is a value type that reads UTF-8 bytes, taking ASCII fast and decoding a whole
/// character only where a byte is not ASCII, so it is linear in the input. It never fails: text it
/// cannot read becomes an ``TokenKind/invalid(_:)`` token plus a diagnostic.
///
/// It also decides which line breaks end statements. A line break is a ``TokenKind/newline`` token
/// only when no bracket is open, the line's last token can end a statement, and the next line's
/// first token can start one. A line that starts with `let`, `why`, `show`, `assert`, `expect` or a
/// meta command always starts a new statement (closing any bracket left open before it), so one
/// missing `)` does not swallow the rest of a script.
///
/// ```swift
/// let (tokens, diagnostics) = Lexer.tokenize(SourceFile(name: "q.nql", text: "count(allies)"))
/// ```
public struct Lexer: Sendable {
    private let text: String
    private let bytes: [UInt8]
    private let file: String
    private var offset = 0
    private var line: Int
    private var column = 1
    /// Only spaces so far on the current physical line (a `.` here starts a meta command).
    private var atLineStart = true
    /// The open brackets, innermost last.
    private var brackets: [UInt8] = []
    /// The last two tokens handed out (newlines included).
    private var previous: TokenKind?
    private var beforePrevious: TokenKind?
    private var buffered: Token?
    /// Lexical errors met so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates a lexer over `source`. A leading byte-order mark and a `#!` first line are skipped.
    public init(_ source: SourceFile) {
        text = source.text
        bytes = Array(source.text.utf8)
        file = source.name
        line = source.firstLine
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        if bytes[offset...].starts(with: [UInt8(ascii: "#"), UInt8(ascii: "!")]) {
            while offset < bytes.count, bytes[offset] != .newline { offset += 1 }
        }
    }

    /// Lexes the whole source. The last token is always ``TokenKind/endOfInput``.
    public static func tokenize(_ source: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        tokens.reserveCapacity(source.text.utf8.count / 4)
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .endOfInput { break }
        }
        return (tokens, lexer.diagnostics)
    }

    /// The brackets still open, innermost last (`["(", "["]`).
    public var openBrackets: [String] {
        brackets.map { String(UnicodeScalar($0)) }
    }

    /// Whether the text so far ends inside a statement: after an operator, a comma, or a keyword
    /// that needs what follows (`where`, `and`, `let`, `as of`).
    var endsIncomplete: Bool {
        guard let previous, previous != .newline, previous != .semicolon else { return false }
        return !previousCanEnd
    }

    /// The next token. After ``TokenKind/endOfInput`` it keeps returning ``TokenKind/endOfInput``.
    public mutating func next() -> Token {
        if let token = buffered {
            buffered = nil
            return handOut(token)
        }
        var lineBreak: SourceRange?
        while true {
            switch lexRaw() {
            case .lineBreak(let range):
                if lineBreak == nil { lineBreak = range }
            case .token(let token):
                if let lineBreak, let previous, previous != .semicolon, previous != .newline {
                    var separates = false
                    if token.kind.startsOnlyStatements {
                        brackets.removeAll()
                        separates = true
                    } else if case .meta = previous {
                        separates = true
                    } else if brackets.isEmpty, previousCanEnd, token.kind.canStartStatement,
                        !(token.kind == .name("group") && nextWordIs("by"))
                    {
                        separates = true
                    }
                    if separates {
                        buffered = token
                        return handOut(Token(kind: .newline, range: lineBreak))
                    }
                }
                return handOut(token)
            }
        }
    }

    /// Whether the next word after the cursor, past spaces and tabs, is `word` (for the
    /// contextual `group by`).
    private func nextWordIs(_ word: String) -> Bool {
        var i = offset
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { return false }
        let after = i + w.count < bytes.count ? bytes[i + w.count] : UInt8(ascii: " ")
        return !(after.isIdentifierStart || after.isDigit || after >= 0x80)
    }

    /// Whether the last token can end a statement; `as of` and `according to` cannot.
    private var previousCanEnd: Bool {
        guard let previous, previous.canEndStatement else { return false }
        if case .name(let n) = previous {
            if n == "of", beforePrevious == .keyword(.as) { return false }
            if n == "to", beforePrevious == .keyword(.according) { return false }
        }
        return true
    }

    private mutating func handOut(_ token: Token) -> Token {
        switch token.kind {
        case .endOfInput: return token
        case .leftParen: brackets.append(UInt8(ascii: "("))
        case .leftBracket: brackets.append(UInt8(ascii: "["))
        case .rightParen, .rightBracket: _ = brackets.popLast()
        case .semicolon: brackets.removeAll()
        default: break
        }
        beforePrevious = previous
        previous = token.kind
        return token
    }

    // MARK: - Raw tokens

    private enum Raw {
        case token(Token)
        case lineBreak(SourceRange)
    }

    private var position: SourcePosition {
        SourcePosition(offset: offset, line: line, column: column)
    }

    private func peekByte(_ ahead: Int = 0) -> UInt8? {
        offset + ahead < bytes.count ? bytes[offset + ahead] : nil
    }

    /// The character starting at `offset` (decoded from the text; for non-ASCII bytes).
    private func character(at offset: Int) -> Character {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return text[index]
    }

    /// Advances over one character, ASCII or not, keeping the column in characters.
    private mutating func advanceCharacter() {
        let byte = bytes[offset]
        if byte < 0x80 {
            offset += 1
            column += 1
            return
        }
        let c = character(at: offset)
        // A combining mark after an ASCII letter belongs to the letter's column.
        if !c.isCombiningOnly { column += 1 }
        offset += max(1, c.utf8.count)
    }

    private mutating func report(
        _ id: String, _ message: String, _ range: SourceRange, label: String? = nil, notes: [String] = []
    ) {
        diagnostics.append(
            Diagnostic(.error, id: id, message: message, file: file, range: range, label: label, notes: notes))
    }

    private func slice(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to], as: UTF8.self)
    }

    private mutating func skipTrivia() {
        while let byte = peekByte() {
            switch byte {
            case .space, .tab, .carriageReturn, 0x0B, 0x0C:
                offset += 1
                column += 1
            case .hyphen where peekByte(1) == .hyphen:
                while let b = peekByte(), b != .newline { advanceCharacter() }
            case 0x80...:
                let c = character(at: offset)
                guard c.isWhitespace && !c.isNewline || c == "\u{FEFF}" else { return }
                advanceCharacter()
            default:
                return
            }
        }
    }

    private mutating func lexRaw() -> Raw {
        skipTrivia()
        let start = position
        guard let byte = peekByte() else {
            return .token(Token(kind: .endOfInput, range: SourceRange(at: start)))
        }
        if byte == .newline {
            offset += 1
            column += 1
            let range = SourceRange(start: start, end: position)
            line += 1
            column = 1
            atLineStart = true
            return .lineBreak(range)
        }
        let wasAtLineStart = atLineStart
        atLineStart = false

        func single(_ kind: TokenKind, _ length: Int = 1) -> Raw {
            offset += length
            column += length
            return .token(Token(kind: kind, range: SourceRange(start: start, end: position)))
        }
        func replaced(_ kind: TokenKind, _ length: Int, use: String) -> Raw {
            let result = single(kind, length)
            let range = SourceRange(start: start, end: position)
            report(
                "unsupported-operator", "'\(slice(start.offset, offset))' is not an operator; use '\(use)'",
                range, label: "use '\(use)'")
            return result
        }

        switch byte {
        case UInt8(ascii: "("): return single(.leftParen)
        case UInt8(ascii: ")"): return single(.rightParen)
        case UInt8(ascii: "["): return single(.leftBracket)
        case UInt8(ascii: "]"): return single(.rightBracket)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: ";"): return single(.semicolon)
        case .hyphen: return single(.minus)
        case UInt8(ascii: "="):
            return peekByte(1) == UInt8(ascii: "=") ? replaced(.equal, 2, use: "=") : single(.equal)
        case UInt8(ascii: "!"):
            return peekByte(1) == UInt8(ascii: "=") ? single(.notEqual, 2) : replaced(.keyword(.not), 1, use: "not")
        case UInt8(ascii: "<"):
            if peekByte(1) == UInt8(ascii: "=") { return single(.lessOrEqual, 2) }
            if peekByte(1) == UInt8(ascii: ">") { return replaced(.notEqual, 2, use: "!=") }
            return single(.less)
        case UInt8(ascii: ">"):
            return peekByte(1) == UInt8(ascii: "=") ? single(.greaterOrEqual, 2) : single(.greater)
        case UInt8(ascii: "&") where peekByte(1) == UInt8(ascii: "&"):
            return replaced(.keyword(.and), 2, use: "and")
        case UInt8(ascii: "|") where peekByte(1) == UInt8(ascii: "|"):
            return replaced(.keyword(.or), 2, use: "or")
        case .doubleQuote, .singleQuote:
            return .token(lexString(quote: byte))
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .token(lexNumber())
        case UInt8(ascii: "."):
            if wasAtLineStart || previous == .semicolon, let next = peekByte(1), next.isIdentifierStart {
                return .token(lexMeta())
            }
            return .token(lexBad())
        case _ where byte.isIdentifierStart:
            return .token(lexName())
        case 0x80...:
            let c = character(at: offset)
            if c.isLetter || c == "_" { return .token(lexName()) }
            if let close = Lexer.typographicQuotes[c] { return .token(lexTypographicString(closing: close)) }
            return .token(lexBad())
        default:
            return .token(lexBad())
        }
    }

    private static let typographicQuotes: [Character: Set<Character>] = [
        "\u{201C}": ["\u{201D}", "\u{201C}"], "\u{201E}": ["\u{201D}", "\u{201C}"],
        "\u{2018}": ["\u{2019}", "\u{2018}"], "\u{201A}": ["\u{2019}", "\u{2018}"],
        "\u{00AB}": ["\u{00BB}"],
    ]

    private mutating func lexName() -> Token {
        let start = position
        while let byte = peekByte() {
            if byte < 0x80 {
                guard byte.isIdentifierStart || byte.isDigit else { break }
                offset += 1
                column += 1
            } else {
                let c = character(at: offset)
                guard c.isLetter || c.isNumber || c == "_" || c.isCombiningOnly else { break }
                advanceCharacter()
            }
        }
        let name = slice(start.offset, offset)
        let range = SourceRange(start: start, end: position)
        if let keyword = Keywords.lookup[name] { return Token(kind: .keyword(keyword), range: range) }
        return Token(kind: .name(name), range: range)
    }

    private mutating func lexNumber() -> Token {
        let start = position
        var groups: [Int] = []  // digit counts of each `-`-separated group
        func digits() -> Int {
            var n = 0
            while let b = peekByte(), b.isDigit {
                offset += 1
                column += 1
                n += 1
            }
            return n
        }
        groups.append(digits())
        while groups.count < 3, peekByte() == .hyphen, let next = peekByte(1), next.isDigit {
            offset += 1
            column += 1
            groups.append(digits())
        }
        let spelling = slice(start.offset, offset)
        let range = SourceRange(start: start, end: position)
        if groups.count == 1 {
            guard let value = Int(spelling) else {
                report(
                    "integer-too-large", "integer '\(spelling)' is too large", range,
                    label: "the largest integer is \(Int.max)")
                return Token(kind: .invalid(spelling), range: range)
            }
            return Token(kind: .integer(value), range: range)
        }
        let parts = spelling.split(separator: "-").map { Int($0) ?? 0 }
        guard groups == [4, 2, 2] else {
            report(
                "invalid-date", "invalid date '\(spelling)'", range, label: "dates are written YYYY-MM-DD",
                notes: groups.count == 2 ? ["there is no subtraction; a date needs a year, a month and a day"] : [])
            return Token(kind: .invalid(spelling), range: range)
        }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        guard (1...12).contains(month) else {
            report("invalid-date", "invalid date '\(spelling)'", range, label: "there is no month \(month)")
            return Token(kind: .invalid(spelling), range: range)
        }
        let days = DateText.daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            report(
                "invalid-date", "invalid date '\(spelling)'", range,
                label: "\(DateText.monthNames[month - 1]) \(year) has \(days) days")
            return Token(kind: .invalid(spelling), range: range)
        }
        return Token(kind: .date(year: year, month: month, day: day), range: range)
    }

    private mutating func lexString(quote: UInt8) -> Token {
        let start = position
        offset += 1
        column += 1
        var value: [UInt8] = []
        while let byte = peekByte() {
            if byte == quote {
                offset += 1
                column += 1
                return Token(
                    kind: .string(String(decoding: value, as: UTF8.self)),
                    range: SourceRange(start: start, end: position))
            }
            if byte == .newline { break }
            if byte == .backslash {
                let escapeStart = position
                offset += 1
                column += 1
                guard let next = peekByte(), next != .newline else { break }
                switch next {
                case .doubleQuote, .singleQuote, .backslash: value.append(next)
                case UInt8(ascii: "n"): value.append(.newline)
                case UInt8(ascii: "t"): value.append(.tab)
                case UInt8(ascii: "r"): value.append(.carriageReturn)
                case UInt8(ascii: "u") where peekByte(1) == UInt8(ascii: "{"):
                    var end = offset + 2
                    while end < bytes.count, bytes[end].isHexDigit, end - offset < 10 { end += 1 }
                    let hex = slice(offset + 2, end)
                    if end < bytes.count, bytes[end] == UInt8(ascii: "}"), let code = UInt32(hex, radix: 16),
                        let scalar = Unicode.Scalar(code)
                    {
                        value.append(contentsOf: Array(String(scalar).utf8))
                        column += end - offset
                        offset = end
                    } else {
                        advanceCharacter()
                        report(
                            "invalid-escape", "invalid unicode escape in string",
                            SourceRange(start: escapeStart, end: position),
                            label: "write \\u{XXXX} with 1 to 8 hex digits")
                        continue
                    }
                default:
                    advanceCharacter()
                    report(
                        "invalid-escape", "invalid escape '\(slice(escapeStart.offset, offset))' in string",
                        SourceRange(start: escapeStart, end: position),
                        notes: ["the escapes are \\\" \\' \\\\ \\n \\t \\r \\u{XXXX}"])
                    continue
                }
                offset += 1
                column += 1
                continue
            }
            let from = offset
            advanceCharacter()
            value.append(contentsOf: bytes[from..<offset])
        }
        let q = String(UnicodeScalar(quote))
        report(
            "unterminated-string", "unterminated string", SourceRange(start: start, end: position),
            label: "missing closing \(q)", notes: ["a string ends on the line where it starts"])
        return Token(
            kind: .string(String(decoding: value, as: UTF8.self)), range: SourceRange(start: start, end: position))
    }

    private mutating func lexTypographicString(closing: Set<Character>) -> Token {
        let start = position
        advanceCharacter()
        let contentStart = offset
        var contentEnd = offset
        var closed = false
        while let byte = peekByte(), byte != .newline {
            if byte >= 0x80, closing.contains(character(at: offset)) {
                contentEnd = offset
                advanceCharacter()
                closed = true
                break
            }
            advanceCharacter()
            contentEnd = offset
        }
        let value = slice(contentStart, contentEnd)
        let range = SourceRange(start: start, end: position)
        report(
            "typographic-quotes", "typographic quotes do not delimit strings", range,
            label: closed ? "use straight quotes: \"\(value)\"" : "use straight quotes, and close the string",
            notes: [])
        return Token(kind: .string(value), range: range)
    }

    private mutating func lexMeta() -> Token {
        let start = position
        offset += 1
        column += 1
        let nameStart = offset
        while let b = peekByte(), b.isIdentifierStart || b.isDigit || b == .hyphen {
            offset += 1
            column += 1
        }
        let name = slice(nameStart, offset)
        var arguments: [String] = []
        var end = position
        while true {
            while let b = peekByte(), b == .space || b == .tab || b == .carriageReturn {
                offset += 1
                column += 1
            }
            guard let first = peekByte(), first != .newline else { break }
            var word: [UInt8] = []
            var quoted = false
            while let b = peekByte(), b != .newline {
                if !quoted, b == .space || b == .tab || b == .carriageReturn { break }
                if b == .doubleQuote {
                    quoted.toggle()
                    offset += 1
                    column += 1
                    continue
                }
                if quoted, b == .backslash, let next = peekByte(1), next == .doubleQuote || next == .backslash {
                    word.append(next)
                    offset += 2
                    column += 2
                    continue
                }
                let from = offset
                advanceCharacter()
                word.append(contentsOf: bytes[from..<offset])
            }
            arguments.append(String(decoding: word, as: UTF8.self))
            end = position
        }
        return Token(kind: .meta(name: name, arguments: arguments), range: SourceRange(start: start, end: end))
    }

    private mutating func lexBad() -> Token {
        let start = position
        advanceCharacter()
        // Run together a stretch of unreadable ASCII punctuation, so `@@@` is one error.
        while let b = peekByte(), b < 0x80, b.isBadASCII { advanceCharacter() }
        let spelling = slice(start.offset, offset)
        let range = SourceRange(start: start, end: position)
        var notes: [String] = []
        switch spelling {
        case "*": notes = ["there is no '*': without 'select', a query returns every column"]
        case ".": notes = ["a meta command is a line that starts with '.' and a name, e.g. '.help'"]
        case "+", "/": notes = ["the language has no arithmetic"]
        default: break
        }
        let invisible = spelling.unicodeScalars.allSatisfy {
            $0.value < 0x20 || $0.value == 0x7F || $0.properties.generalCategory == .format
        }
        if invisible {
            let codes = spelling.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
            report(
                "bad-character", "unexpected invisible character \(codes.joined(separator: " "))", range,
                label: "delete it")
            return Token(kind: .invalid(spelling), range: range)
        }
        report(
            "bad-character", "unexpected character '\(spelling)'", range,
            label: spelling.count == 1 ? "not part of the language" : nil, notes: notes)
        return Token(kind: .invalid(spelling), range: range)
    }
}

extension UInt8 {
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let hyphen = UInt8(ascii: "-")
    fileprivate static let doubleQuote = UInt8(ascii: "\"")
    fileprivate static let singleQuote = UInt8(ascii: "'")
    fileprivate static let backslash = UInt8(ascii: "\\")

    fileprivate var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    fileprivate var isHexDigit: Bool {
        isDigit || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "f"))
            || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "F"))
    }
    fileprivate var isIdentifierStart: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z"))
            || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z")) || self == UInt8(ascii: "_")
    }
    /// ASCII that no token starts with.
    fileprivate var isBadASCII: Bool {
        switch self {
        case UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "*"),
            UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "@"),
            UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"),
            UInt8(ascii: "~"), UInt8(ascii: "\\"):
            return true
        default:
            return self < 0x20 && self != .newline && self != .tab && self != .carriageReturn
        }
    }
}

extension Character {
    /// A character made only of combining marks (decomposed text: the mark of "e\u{301}").
    fileprivate var isCombiningOnly: Bool {
        unicodeScalars.allSatisfy {
            switch $0.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }
}
