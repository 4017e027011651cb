import DSL

// Test helpers: one-line lexing and parsing, and a compact S-expression printer for the AST.

/// The token kinds of `text`, without the final end of input.
func lex(_ text: String) -> [TokenKind] {
    Lexer.tokenize(SourceFile(name: "test.nql", text: text)).tokens.map(\.kind).filter { $0 != .endOfInput }
}

/// The ids of the lexer's diagnostics for `text`.
func lexDiagnostics(_ text: String) -> [String] {
    Lexer.tokenize(SourceFile(name: "test.nql", text: text)).diagnostics.map(\.id)
}

/// Parses `text` as `test.nql`.
func parse(_ text: String, name: String = "test.nql") -> Script {
    Parser.parse(SourceFile(name: name, text: text))
}

/// The statements of `text` as S-expressions, one per line, then one `!id` line per diagnostic.
func sexpr(_ text: String) -> String {
    let script = parse(text)
    return (script.statements.map(sexpr) + script.diagnostics.map { "!\($0.id)" }).joined(separator: "\n")
}

/// Every diagnostic of `text`, rendered, separated by blank lines.
func rendered(_ text: String, name: String = "test.nql", firstLine: Int = 1) -> String {
    let source = SourceFile(name: name, text: text, firstLine: firstLine)
    let renderer = DiagnosticRenderer()
    return Parser.parse(source).diagnostics.map { renderer.render($0, source: source) }.joined(separator: "\n")
}

func sexpr(_ statement: Statement) -> String {
    var out: String
    switch statement.kind {
    case .evaluate(let e): out = sexpr(e)
    case .letBinding(let name, _, let value): out = "(let \(name) \(sexpr(value)))"
    case .why(let e): out = "(why \(sexpr(e)))"
    case .show(let e): out = "(show \(sexpr(e)))"
    case .assert(let e): out = "(assert \(sexpr(e)))"
    case .expect(let actual, let view, let expected):
        out = "(expect \(sexpr(actual))\(view.map { " " + sexpr($0) } ?? "") = \(sexpr(expected)))"
    case .meta(let command):
        let words = [command.name] + command.arguments.map { $0.contains(" ") || $0.isEmpty ? "\"\($0)\"" : $0 }
        out = "(.\(words.joined(separator: " ")))"
    }
    if let view = statement.view { out += " " + sexpr(view) }
    return out
}

func sexpr(_ view: ViewClause) -> String {
    var parts: [String] = []
    if let date = view.asOf {
        parts.append("(as-of \(sexpr(.literal(.date(year: date.year, month: date.month, day: date.day), date.range))))")
    }
    if let source = view.accordingTo { parts.append("(according-to \"\(source.name)\")") }
    return parts.joined(separator: " ")
}

func sexpr(_ expr: Expr) -> String {
    switch expr {
    case .literal(let literal, _):
        switch literal {
        case .string(let s): return "\"\(s)\""
        case .integer(let n): return String(n)
        case .date(let y, let m, let d): return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        case .boolean(let b): return String(b)
        case .unknown: return "unknown"
        }
    case .name(let n, _): return n
    case .call(let name, _, let arguments, _):
        return "(\(([name] + arguments.map(sexpr)).joined(separator: " ")))"
    case .unary(let op, let operand, _): return "(\(op.rawValue) \(sexpr(operand)))"
    case .binary(let op, let lhs, let rhs, _, _): return "(\(op.rawValue) \(sexpr(lhs)) \(sexpr(rhs)))"
    case .isUnknown(let e, let negated, _): return "(is-\(negated ? "not-" : "")unknown \(sexpr(e)))"
    case .membership(let e, let set, let negated, _): return "(\(negated ? "not-" : "")in \(sexpr(e)) \(sexpr(set)))"
    case .list(let items, _): return "[\(items.map(sexpr).joined(separator: " "))]"
    case .query(let q):
        var parts = ["query", sexpr(q.source)]
        if let filter = q.filter { parts.append("(where \(sexpr(filter)))") }
        if !q.projection.isEmpty {
            let items = q.projection.map { item in
                item.alias.map { "(as \(sexpr(item.expression)) \($0))" } ?? sexpr(item.expression)
            }
            parts.append("(select \(items.joined(separator: " ")))")
        }
        if !q.ordering.isEmpty {
            let keys = q.ordering.map { "(\($0.direction.rawValue) \(sexpr($0.expression)))" }
            parts.append("(order \(keys.joined(separator: " ")))")
        }
        if let limit = q.limit { parts.append("(limit \(limit))") }
        if let offset = q.offset { parts.append("(offset \(offset))") }
        return "(\(parts.joined(separator: " ")))"
    }
}
