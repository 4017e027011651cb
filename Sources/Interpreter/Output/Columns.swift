import Extraction

/// Turns collections into columns and values into text: what every renderer shares.
struct Columns {
    let context: RenderContext
    var model: EntityModel { context.cache.model }

    /// The default columns of a collection's rows.
    static func names(of kind: RowKind) -> [String] {
        switch kind {
        case .entity: return ["name"]
        case .article: return ["name", "outlet", "published", "claims", "corroborated", "conflicts"]
        case .claim: return ["article", "subject", "predicate", "object", "value", "modality", "evidence"]
        case .conflict:
            return [
                "predicate", "subject", "object", "first_article", "first_value", "first_evidence",
                "second_article", "second_value", "second_evidence",
            ]
        }
    }

    /// A collection as a table of its default columns.
    func table(_ collection: Collection) -> Table {
        let columns = Self.names(of: collection.kind)
        let evaluator = Evaluator(
            cache: context.cache, source: .init(name: "", text: ""), environment: [:],
            view: collection.view, cancellation: nil)
        let rows = collection.rows.map { row in columns.map { evaluator.attribute($0, of: row) ?? .unknown } }
        return Table(columns: columns, rows: rows)
    }

    /// A value as plain text.
    func text(_ value: Value) -> String {
        switch value {
        case .unknown: return "unknown"
        case .boolean(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return Self.format(d)
        case .string(let s): return s
        case .date(let d): return d.description
        case .entity(let id): return model[id].name
        case .list(let items): return "[" + items.map { text($0) }.joined(separator: ", ") + "]"
        case .collection(let c): return "[" + table(c).rows.map { text($0.first ?? .unknown) }.joined(separator: ", ") + "]"
        case .table(let t):
            return "[" + t.rows.map { "[" + $0.map { text($0) }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        case .explanation(let e): return "\(e.fact) = \(text(e.value))"
        case .report(let r): return r.name
        case .nothing: return ""
        }
    }

    /// A number with at most two decimals, without trailing zeros.
    static func format(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return String(d) }
        let scaled = (d * 100).rounded() / 100
        // A whole number prints without decimals (past Int's range, as Swift prints a Double).
        if scaled == scaled.rounded(), let whole = Int(exactly: scaled) { return String(whole) }
        if scaled == scaled.rounded() { return String(scaled) }
        var s = String(scaled)
        if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) > 3 {
            s = String(s[..<s.index(dot, offsetBy: 3)])
        }
        return s
    }
}
