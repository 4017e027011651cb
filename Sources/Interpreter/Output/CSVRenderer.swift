/// RFC 4180 output: a header row, then one record a row, CRLF line ends, fields quoted when
/// they hold a comma, a quote or a line break.
struct CSVRenderer {
    let context: RenderContext

    func render(_ value: Value) -> String {
        let columns = Columns(context: context)
        let table: Table
        switch value {
        case .collection(let c): table = columns.table(c)
        case .table(let t): table = t
        case .list(let items): table = Table(columns: ["value"], rows: items.map { [$0] })
        case .explanation(let e):
            table = Table(
                columns: ["article", "published", "modality", "value", "decided", "evidence"],
                rows: e.claims.map {
                    [
                        .string($0.article), $0.published.map { .date($0) } ?? .unknown,
                        .string($0.modality.rawValue), $0.value, .boolean($0.decided),
                        .string($0.evidence.text),
                    ]
                })
        case .report(let r):
            table = Table(columns: ["name", "kind"], rows: [[.string(r.name), .string(r.kind.rawValue)]])
        default:
            return Self.field(columns.text(value)) + "\r\n"
        }
        var out = table.columns.map(Self.field).joined(separator: ",") + "\r\n"
        for row in table.rows {
            out += row.map { Self.field(columns.text($0)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        var quoted = "\""
        for ch in s {
            if ch == "\"" { quoted += "\"\"" } else { quoted.append(ch) }
        }
        return quoted + "\""
    }
}
