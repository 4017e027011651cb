/// Parses source text into a ``Script``: statements and syntax diagnostics.
///
/// The parser is a value type over the lexer's tokens. It never throws and never stops at the first
/// error: a syntax error is recorded, the rest of its statement is skipped, and parsing resumes at
/// the next statement boundary (a line break that ends a statement, or `;`), so one run reports
/// every syntax error of a script. A statement with an error is left out of
/// ``Script/statements``.
///
/// ```swift
/// let script = Parser.parse(SourceFile(name: "holdouts.nql", text: "allies where supports(Rutte) = false"))
/// for diagnostic in script.diagnostics { print(DiagnosticRenderer().render(diagnostic, source: source)) }
/// ```
///
/// Limits, each reported as a diagnostic rather than a crash: ``maxNestingDepth``,
/// ``maxStatementTokens``, ``maxInputBytes``.
public struct Parser: Sendable {
    /// How deeply brackets, `not` and `-` may nest (`nesting-too-deep`).
    public static let maxNestingDepth = 256
    /// How many tokens one statement may have (`statement-too-long`).
    public static let maxStatementTokens = 100_000
    /// How many UTF-8 bytes one source may have (`input-too-large`): 16 MiB.
    public static let maxInputBytes = 16 * 1024 * 1024

    private let source: SourceFile
    private let tokens: [Token]
    private var index = 0
    private var depth = 0
    private var diagnostics: [Diagnostic] = []

    /// Unwinds the current statement after its error has been recorded (or already reported by
    /// the lexer). Internal only: the public API never throws.
    private struct Abort: Error {}

    private init(source: SourceFile, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    /// Parses a whole source: a script file, a REPL entry, a `-c` argument.
    ///
    /// - Parameter source: the text and the name that diagnostics show.
    /// - Returns: the statements that parsed without error, and every lexical and syntax
    ///   diagnostic, in source order. Every diagnostic's `file` is `source.name`.
    public static func parse(_ source: SourceFile) -> Script {
        if source.text.utf8.count > maxInputBytes {
            let diagnostic = Diagnostic(
                .error, id: "input-too-large",
                message: "input too large (\(source.text.utf8.count) bytes; the limit is \(maxInputBytes))",
                file: source.name, range: SourceRange(at: SourcePosition(offset: 0, line: source.firstLine, column: 1)),
                notes: ["split the script into files and '.read' them one by one"])
            return Script(statements: [], diagnostics: [diagnostic])
        }
        let (tokens, lexical) = Lexer.tokenize(source)
        var parser = Parser(source: source, tokens: tokens)
        var statements = parser.parseScript()
        if !lexical.isEmpty {
            // A statement that holds a lexical error does not run either.
            var next = 0
            statements.removeAll { statement in
                while next < lexical.count, lexical[next].range.start.offset < statement.range.start.offset {
                    next += 1
                }
                return next < lexical.count && lexical[next].range.start.offset < statement.range.end.offset
            }
        }
        return Script(statements: statements, diagnostics: merge(lexical, parser.diagnostics))
    }

    /// Whether `text` is a complete input, for the REPL's continuation prompt.
    ///
    /// - Returns: `nil` when the text is ready to run (including when it has errors that more
    ///   lines cannot fix, such as an unterminated string: strings end on their line); otherwise
    ///   what is still open: `"("` or `"["` for the innermost open bracket, or `"operator"` when the
    ///   last line ends in an operator, a comma or a keyword that needs more (`and`, `where`, `=`,
    ///   `,`, `let`, `as of`).
    public static func continuation(_ text: String) -> String? {
        var lexer = Lexer(SourceFile(name: "<input>", text: text))
        while lexer.next().kind != .endOfInput {}
        if let open = lexer.openBrackets.last { return open }
        return lexer.endsIncomplete ? "operator" : nil
    }

    private static func merge(_ a: [Diagnostic], _ b: [Diagnostic]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].range.start.offset <= b[j].range.start.offset) {
                result.append(a[i])
                i += 1
            } else {
                result.append(b[j])
                j += 1
            }
        }
        return result
    }

    // MARK: - Tokens

    private var peek: Token { tokens[index] }

    private func peek(_ ahead: Int) -> Token {
        tokens[min(index + ahead, tokens.count - 1)]
    }

    @discardableResult
    private mutating func take() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func at(_ keyword: Keyword) -> Bool { peek.kind == .keyword(keyword) }

    private func atName(_ name: String, _ ahead: Int = 0) -> Bool { peek(ahead).kind == .name(name) }

    /// The end of the last token taken.
    private var lastEnd: SourcePosition {
        index > 0 ? tokens[index - 1].range.end : peek.range.start
    }

    /// The token's text as written (`003` for the integer 3).
    private func spelling(of token: Token) -> String {
        let utf8 = source.text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: token.range.start.offset)
        let to = utf8.index(from, offsetBy: token.range.byteLength)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    private func where_(_ position: SourcePosition) -> String { "\(position.line):\(position.column)" }

    private mutating func report(
        _ id: String, _ message: String, _ range: SourceRange, label: String? = nil, notes: [String] = []
    ) {
        diagnostics.append(
            Diagnostic(.error, id: id, message: message, file: source.name, range: range, label: label, notes: notes))
    }

    /// The range to mark for the token found: the token itself, or, for a line end or the end of
    /// input, the point just after the last token.
    private var foundRange: SourceRange {
        switch peek.kind {
        case .newline, .endOfInput: return SourceRange(at: lastEnd)
        default: return peek.range
        }
    }

    /// Records `expected X, found Y` at the current token and abandons the statement. A token the
    /// lexer already reported is not reported twice.
    private mutating func fail(
        expected: String, id: String = "expected-token", label: String? = nil, notes: [String] = []
    ) throws(Abort) -> Never {
        if case .invalid = peek.kind { throw Abort() }
        var notes = notes
        if at(.as) || at(.according) {
            notes.append("a view ('as of', 'according to') applies to a whole statement: put it at the end")
        }
        report(id, "expected \(expected), found \(peek.kind)", foundRange, label: label, notes: notes)
        throw Abort()
    }

    private mutating func expect(_ kind: TokenKind, _ expected: String, notes: [String] = []) throws(Abort) -> Token {
        guard peek.kind == kind else { try fail(expected: expected, notes: notes) }
        return take()
    }

    private mutating func enter() throws(Abort) {
        depth += 1
        if depth > Parser.maxNestingDepth {
            report(
                "nesting-too-deep", "expression nested too deeply", peek.range,
                label: "more than \(Parser.maxNestingDepth) levels of brackets, 'not' or '-'",
                notes: ["split the expression with 'let'"])
            throw Abort()
        }
    }

    // MARK: - Statements

    private mutating func parseScript() -> [Statement] {
        var statements: [Statement] = []
        while true {
            while peek.kind == .newline || peek.kind == .semicolon { take() }
            if peek.kind == .endOfInput { break }
            let start = index
            var end = index
            while !tokens[end].kind.isSeparator { end += 1 }
            if end - start > Parser.maxStatementTokens {
                report(
                    "statement-too-long", "statement too long (\(end - start) tokens)", peek.range,
                    label: "the limit is \(Parser.maxStatementTokens) tokens",
                    notes: ["split it into several statements with 'let'"])
                index = end
                continue
            }
            depth = 0
            do {
                statements.append(try parseStatement())
            } catch {
                while !peek.kind.isSeparator { take() }
            }
            // Loop-progress guard: every round consumes at least one token.
            if index == start { take() }
        }
        return statements
    }

    private mutating func parseStatement() throws(Abort) -> Statement {
        let first = peek
        let kind: StatementKind
        var view: ViewClause?
        switch first.kind {
        case .meta(let name, let arguments):
            take()
            kind = .meta(MetaCommand(name: name, arguments: arguments, range: first.range))
        case .keyword(.let):
            take()
            guard case .name(let name) = peek.kind else {
                var notes: [String] = []
                if case .keyword(let k) = peek.kind { notes = ["'\(k.rawValue)' is a keyword and cannot be a name"] }
                try fail(expected: "a name after 'let'", notes: notes)
            }
            let nameRange = take().range
            _ = try expect(.equal, "'=' after 'let \(name)'")
            let value = try parseExpr()
            kind = .letBinding(name: name, nameRange: nameRange, value: value)
            view = try parseView()
        case .keyword(.why):
            take()
            kind = .why(try parseExpr())
            view = try parseView()
        case .keyword(.show):
            take()
            kind = .show(try parseExpr())
            view = try parseView()
        case .keyword(.assert):
            take()
            kind = .assert(try parseExpr())
            view = try parseView()
        case .keyword(.expect):
            take()
            kind = try parseExpect()
        default:
            let expression = try parseExpr()
            kind = .evaluate(expression)
            view = try parseView()
        }
        try expectStatementEnd(kind)
        return Statement(kind: kind, view: view, range: SourceRange(start: first.range.start, end: lastEnd))
    }

    /// `expect STATEMENT VIEW? = VALUE`, or `expect STATEMENT_AND_VALUE VIEW?` where the
    /// expression's top-level `=` splits it (`expect count(allies) = 32`).
    private mutating func parseExpect() throws(Abort) -> StatementKind {
        let actual = try parseExpr()
        let view = try parseView()
        if peek.kind == .equal {
            take()
            let expected = try parseUnary()
            try checkExpectedValue(expected)
            return .expect(actual: actual, view: view, expected: expected)
        }
        if case .binary(.equal, let lhs, let rhs, _, _) = actual {
            try checkExpectedValue(rhs)
            return .expect(actual: lhs, view: view, expected: rhs)
        }
        // The last select item or order key of a query took the `=`:
        // `expect allies select name, member_since = [...]`.
        if case .query(var query) = actual, query.limit == nil, query.offset == nil {
            if let last = query.ordering.last, last.direction == .ascending,
                case .binary(.equal, let lhs, let rhs, _, _) = last.expression
            {
                try checkExpectedValue(rhs)
                query.ordering[query.ordering.count - 1].expression = lhs
                query.range.end = lhs.range.end
                return .expect(actual: .query(query), view: view, expected: rhs)
            }
            if query.ordering.isEmpty, let last = query.projection.last, last.alias == nil,
                case .binary(.equal, let lhs, let rhs, _, _) = last.expression
            {
                try checkExpectedValue(rhs)
                query.projection[query.projection.count - 1].expression = lhs
                query.range.end = lhs.range.end
                return .expect(actual: .query(query), view: view, expected: rhs)
            }
        }
        if case .invalid = peek.kind { throw Abort() }
        report(
            "expect-without-value", "'expect' needs the value the statement should have", SourceRange(at: lastEnd),
            label: "add '= VALUE' here", notes: ["write: expect STATEMENT = VALUE, e.g. expect count(allies) = 32"])
        throw Abort()
    }

    private mutating func checkExpectedValue(_ value: Expr) throws(Abort) {
        func isValue(_ e: Expr) -> Bool {
            switch e {
            case .literal, .name: return true
            case .list(let items, _): return items.allSatisfy(isValue)
            default: return false
            }
        }
        guard isValue(value) else {
            report(
                "invalid-expected-value", "the expected value must be a literal", value.range,
                label: "not a literal, a name or a list of them",
                notes: ["to compare two expressions, write: assert A = B"])
            throw Abort()
        }
    }

    /// `as of DATE` and `according to SOURCE`, in either order, each at most once.
    private mutating func parseView() throws(Abort) -> ViewClause? {
        var asOf: DateLiteral?
        var accordingTo: (name: String, range: SourceRange)?
        var start: SourcePosition?
        while true {
            let clause = peek
            if at(.as) {
                take()
                guard atName("of") else { try fail(expected: "'of' after 'as'") }
                take()
                guard case .date(let year, let month, let day) = peek.kind else {
                    try fail(expected: "a date (YYYY-MM-DD) after 'as of'")
                }
                if asOf != nil {
                    report(
                        "duplicate-view", "the statement already has 'as of'",
                        SourceRange(start: clause.range.start, end: peek.range.end))
                    throw Abort()
                }
                asOf = DateLiteral(year: year, month: month, day: day, range: take().range)
            } else if at(.according) {
                take()
                guard atName("to") else { try fail(expected: "'to' after 'according'") }
                take()
                let name: String
                switch peek.kind {
                case .string(let s): name = s
                case .name(let n): name = n
                case .integer: name = spelling(of: peek)
                default:
                    try fail(
                        expected: "an article or an outlet after 'according to'",
                        notes: ["write a string: according to \"003\""])
                }
                if accordingTo != nil {
                    report(
                        "duplicate-view", "the statement already has 'according to'",
                        SourceRange(start: clause.range.start, end: peek.range.end))
                    throw Abort()
                }
                accordingTo = (name, take().range)
            } else {
                break
            }
            if start == nil { start = clause.range.start }
        }
        guard let start else { return nil }
        return ViewClause(asOf: asOf, accordingTo: accordingTo, range: SourceRange(start: start, end: lastEnd))
    }

    private static let clauseKeywords = [
        "where", "group", "select", "order", "limit", "offset", "and", "or", "as", "according", "is", "in", "not", "asc", "desc",
    ]
    private static let statementKeywords = ["let", "why", "show", "assert", "expect"]

    private mutating func expectStatementEnd(_ kind: StatementKind) throws(Abort) {
        let found = peek
        if found.kind.isSeparator { return }
        if case .invalid = found.kind { throw Abort() }
        if found.kind == .rightParen || found.kind == .rightBracket {
            let open = found.kind == .rightParen ? "(" : "["
            report(
                "unmatched-bracket", "unexpected '\(found.kind.spelling)' without a matching '\(open)'", found.range)
            throw Abort()
        }
        var label: String?
        var notes: [String] = []
        if case .name(let n) = found.kind, let keyword = Suggestions.closest(to: n, in: Parser.clauseKeywords) {
            label = "did you mean '\(keyword)'?"
        }
        if found.kind.isComparison {
            notes.append("comparisons do not chain; combine them with 'and'")
        }
        if case .evaluate(.name(let n, _)) = kind,
            let keyword = Suggestions.closest(to: n, in: Parser.statementKeywords)
        {
            notes.append("'\(n)' is not a keyword; did you mean '\(keyword)'?")
        }
        if case .keyword(let k) = found.kind, Parser.clauseRank[k] != nil {
            notes.append("a query's clauses go in this order: where, group by, select, order by, limit, offset")
        }
        report(
            "unexpected-token", "expected end of statement, found \(found.kind)", found.range, label: label,
            notes: notes)
        throw Abort()
    }

    // MARK: - Expressions

    private static let clauseRank: [Keyword: Int] = [.where: 1, .select: 3, .order: 4, .limit: 5, .offset: 6]

    /// An expression, possibly a query: `or_expr (where ...)? (select ...)? ...`.
    private mutating func parseExpr() throws(Abort) -> Expr {
        try enter()
        defer { depth -= 1 }
        let expression = try parseOr()
        if currentClause != nil {
            return .query(try parseQuery(source: expression))
        }
        return expression
    }

    /// The query clause starting at the next token, if any. `group` is contextual: a clause
    /// only when `by` follows, a plain name otherwise.
    private var currentClause: Keyword? {
        if case .keyword(let k) = peek.kind, Parser.clauseRank[k] != nil { return k }
        if atName("group"), peek(1).kind == .keyword(.by) { return .by }
        return nil
    }

    /// The rank of a clause in a query: where, group by, select, order by, limit, offset.
    private static func rank(_ clause: Keyword) -> Int {
        clause == .by ? 2 : clauseRank[clause]!
    }

    /// How a clause is written, for messages.
    private static func clauseName(_ clause: Keyword) -> String {
        switch clause {
        case .by: return "group by"
        case .order: return "order by"
        default: return clause.rawValue
        }
    }

    private mutating func parseQuery(source: Expr) throws(Abort) -> Query {
        var query = Query(source: source, range: source.range)
        var reached = 0
        var reachedToken: Keyword?
        while let k = currentClause {
            let rank = Parser.rank(k)
            let clause = peek
            if rank == reached {
                report(
                    "duplicate-clause", "a query has at most one '\(Parser.clauseName(k))' clause", clause.range,
                    notes: k == .where ? ["combine conditions with 'and'"] : [])
                throw Abort()
            }
            if rank < reached, let reachedToken {
                report(
                    "clause-out-of-order", "'\(Parser.clauseName(k))' must come before '\(Parser.clauseName(reachedToken))'", clause.range,
                    notes: ["a query's clauses go in this order: where, group by, select, order by, limit, offset"])
                throw Abort()
            }
            take()
            switch k {
            case .where:
                query.filter = try parseOr()
            case .by:
                take()  // `by` after `group`
                repeat {
                    query.grouping.append(try parseOr())
                } while try takeComma()
            case .select:
                repeat {
                    let expression = try parseOr()
                    var alias: String?
                    if at(.as), !atName("of", 1) {
                        take()
                        switch peek.kind {
                        case .name(let n): alias = n
                        case .string(let s): alias = s
                        default: try fail(expected: "a column name after 'as'")
                        }
                        take()
                    }
                    query.projection.append(SelectItem(expression: expression, alias: alias))
                } while try takeComma()
            case .order:
                _ = try expect(.keyword(.by), "'by' after 'order'")
                repeat {
                    let expression = try parseOr()
                    var direction = SortDirection.ascending
                    if at(.asc) {
                        take()
                    } else if at(.desc) {
                        take()
                        direction = .descending
                    }
                    query.ordering.append(OrderItem(expression: expression, direction: direction))
                } while try takeComma()
            case .limit, .offset:
                guard case .integer(let n) = peek.kind else {
                    try fail(expected: "a whole number after '\(k.rawValue)'")
                }
                take()
                if k == .limit { query.limit = n } else { query.offset = n }
            default:
                break
            }
            reached = rank
            reachedToken = k
        }
        query.range = SourceRange(start: source.range.start, end: lastEnd)
        return query
    }

    private mutating func takeComma() throws(Abort) -> Bool {
        guard peek.kind == .comma else { return false }
        take()
        return true
    }

    private mutating func parseOr() throws(Abort) -> Expr {
        var lhs = try parseAnd()
        while at(.or) {
            let op = take()
            let rhs = try parseAnd()
            lhs = .binary(.or, lhs, rhs, operatorRange: op.range, range: lhs.range.union(rhs.range))
        }
        return lhs
    }

    private mutating func parseAnd() throws(Abort) -> Expr {
        var lhs = try parseNot()
        while at(.and) {
            let op = take()
            let rhs = try parseNot()
            lhs = .binary(.and, lhs, rhs, operatorRange: op.range, range: lhs.range.union(rhs.range))
        }
        return lhs
    }

    private mutating func parseNot() throws(Abort) -> Expr {
        guard at(.not) else { return try parseComparison() }
        let op = take()
        try enter()
        defer { depth -= 1 }
        let operand = try parseNot()
        return .unary(.not, operand, range: op.range.union(operand.range))
    }

    private static let comparisonOperators: [TokenKind: BinaryOperator] = [
        .equal: .equal, .notEqual: .notEqual, .less: .less, .lessOrEqual: .lessOrEqual,
        .greater: .greater, .greaterOrEqual: .greaterOrEqual,
    ]

    /// One comparison at most: `a = b = c` stops after `a = b`.
    private mutating func parseComparison() throws(Abort) -> Expr {
        let lhs = try parseUnary()
        if let op = Parser.comparisonOperators[peek.kind] {
            let opToken = take()
            let rhs = try parseUnary()
            return .binary(op, lhs, rhs, operatorRange: opToken.range, range: lhs.range.union(rhs.range))
        }
        if at(.is) {
            take()
            var negated = false
            if at(.not) {
                take()
                negated = true
            }
            guard at(.unknown) else {
                try fail(
                    expected: negated ? "'unknown' after 'is not'" : "'unknown' or 'not unknown' after 'is'",
                    notes: ["'is' only tests for unknown; compare values with '='"])
            }
            let end = take().range
            return .isUnknown(lhs, negated: negated, range: lhs.range.union(end))
        }
        if at(.in) || (at(.not) && peek(1).kind == .keyword(.in)) {
            let negated = at(.not)
            if negated { take() }
            take()
            let rhs = try parseUnary()
            return .membership(lhs, rhs, negated: negated, range: lhs.range.union(rhs.range))
        }
        return lhs
    }

    private mutating func parseUnary() throws(Abort) -> Expr {
        guard peek.kind == .minus else { return try parsePrimary() }
        let op = take()
        try enter()
        defer { depth -= 1 }
        let operand = try parseUnary()
        let range = op.range.union(operand.range)
        if case .literal(.integer(let n), _) = operand, n != Int.min {
            return .literal(.integer(-n), range)
        }
        return .unary(.negate, operand, range: range)
    }

    private mutating func parsePrimary() throws(Abort) -> Expr {
        let token = peek
        switch token.kind {
        case .integer(let n):
            take()
            return .literal(.integer(n), token.range)
        case .string(let s):
            take()
            return .literal(.string(s), token.range)
        case .date(let y, let m, let d):
            take()
            return .literal(.date(year: y, month: m, day: d), token.range)
        case .keyword(.true):
            take()
            return .literal(.boolean(true), token.range)
        case .keyword(.false):
            take()
            return .literal(.boolean(false), token.range)
        case .keyword(.unknown):
            take()
            return .literal(.unknown, token.range)
        case .name(let name):
            take()
            guard peek.kind == .leftParen else { return .name(name, token.range) }
            let open = take()
            var arguments: [Expr] = []
            while peek.kind != .rightParen {
                arguments.append(try parseExpr())
                guard try takeComma() else { break }
            }
            guard peek.kind == .rightParen else {
                try fail(expected: "',' or ')' to close '(' at \(where_(open.range.start))")
            }
            let close = take()
            return .call(
                name: name, nameRange: token.range, arguments: arguments, range: token.range.union(close.range))
        case .leftParen:
            let open = take()
            let inner = try parseExpr()
            _ = try expect(.rightParen, "')' to close '(' at \(where_(open.range.start))")
            return inner
        case .leftBracket:
            let open = take()
            try enter()
            defer { depth -= 1 }
            var items: [Expr] = []
            while peek.kind != .rightBracket {
                items.append(try parseExpr())
                guard try takeComma() else { break }
            }
            guard peek.kind == .rightBracket else {
                try fail(expected: "',' or ']' to close '[' at \(where_(open.range.start))")
            }
            let close = take()
            return .list(items, range: open.range.union(close.range))
        default:
            var after = ""
            if index > 0 {
                let previous = tokens[index - 1].kind
                if previous != .newline, previous != .semicolon { after = " after '\(previous.spelling)'" }
            }
            var notes: [String] = []
            if case .keyword(let k) = token.kind, Parser.clauseRank[k] != nil, after.isEmpty {
                notes = ["a query starts with a collection, e.g. allies \(k.rawValue) ..."]
            } else if case .keyword(let k) = token.kind, Keywords.reserved.contains(k.rawValue),
                k != .not, k != .let
            {
                notes = ["'\(k.rawValue)' is a keyword; quote a name that is spelled like one: \"\(k.rawValue)\""]
            }
            try fail(expected: "an expression\(after)", notes: notes)
        }
    }
}
