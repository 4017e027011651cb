import Extraction

/// JSON output. A collection is an array of objects with at least `name` (claims carry the
/// fields of the claim schema); a scalar is a JSON scalar. With `lines`, one value a line.
struct JSONRenderer {
    let context: RenderContext
    var model: EntityModel { context.cache.model }

    func render(_ value: Value, lines: Bool) -> String {
        switch value {
        case .collection(let c):
            let objects = c.rows.map { object(for: $0, view: c.view) }
            return lines ? objects.map { $0 + "\n" }.joined() : "[" + objects.joined(separator: ",\n ") + "]\n"
        case .table(let t):
            let objects = t.rows.map { row in
                "{" + zip(t.columns, row).map { "\(Self.string($0)):\(json($1))" }.joined(separator: ",") + "}"
            }
            return lines ? objects.map { $0 + "\n" }.joined() : "[" + objects.joined(separator: ",\n ") + "]\n"
        case .list(let items) where lines:
            return items.map { json($0) + "\n" }.joined()
        default:
            return json(value) + "\n"
        }
    }

    /// A JSON value.
    func json(_ value: Value) -> String {
        switch value {
        case .unknown, .nothing: return "null"
        case .boolean(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return d.isFinite ? String(d) : "null"
        case .string(let s): return Self.string(s)
        case .date(let d): return Self.string(d.description)
        case .entity(let id): return Self.string(model[id].name)
        case .list(let items): return "[" + items.map { json($0) }.joined(separator: ",") + "]"
        case .collection(let c): return "[" + c.rows.map { object(for: $0, view: c.view) }.joined(separator: ",") + "]"
        case .table(let t):
            return "["
                + t.rows.map { row in
                    "{" + zip(t.columns, row).map { "\(Self.string($0)):\(json($1))" }.joined(separator: ",") + "}"
                }.joined(separator: ",") + "]"
        case .explanation(let e): return explanation(e)
        case .report(let r): return report(r)
        }
    }

    func object(for row: RowRef, view: View = .all) -> String {
        switch row {
        case .entity(let id): return entity(model[id])
        case .article(let i):
            let table = Columns(context: context).table(Collection(kind: .article, rows: [row], view: view))
            var fields = zip(table.columns, table.rows[0]).map { "\(Self.string($0)):\(json($1))" }
            fields.insert("\"file\":\(Self.string(model.articles[i].fileName))", at: 1)
            return "{" + fields.joined(separator: ",") + "}"
        case .claim(let i): return claim(model.claims[i])
        case .conflict(let i):
            let c = context.cache.conflicts[i]
            let a = model.claims[c.first], b = model.claims[c.second]
            return "{\"name\":\(Self.string("\(a.predicate)(\(model[a.subject].name), \(objectName(a.object)))")),"
                + "\"predicate\":\(Self.string(a.predicate)),\"subject\":\(Self.string(model[a.subject].name)),"
                + "\"object\":\(Self.string(objectName(a.object))),\"reason\":\(Self.string(c.reason)),"
                + "\"first\":\(claim(a)),\"second\":\(claim(b))}"
        }
    }

    func entity(_ e: Entity) -> String {
        var fields = ["\"name\":\(Self.string(e.name))", "\"kind\":\(Self.string(e.kind.rawValue))"]
        for key in e.attributes.keys.sorted() {
            let v: String
            switch e.attributes[key]! {
            case .string(let s): v = Self.string(s)
            case .integer(let i): v = String(i)
            case .boolean(let b): v = b ? "true" : "false"
            case .entity(let id): v = Self.string(model[id].name)
            case .strings(let list): v = "[" + list.map(Self.string).joined(separator: ",") + "]"
            }
            fields.append("\(Self.string(key)):\(v)")
        }
        fields.append("\"aliases\":[" + e.aliases.map(Self.string).joined(separator: ",") + "]")
        fields.append("\"aliases_seen\":[" + e.aliasesSeen.map(Self.string).joined(separator: ",") + "]")
        return "{" + fields.joined(separator: ",") + "}"
    }

    func objectName(_ o: ClaimObject) -> String {
        switch o {
        case .entity(let id): return model[id].name
        case .literal(let s): return s
        }
    }

    /// A claim in the schema every consumer reads: ``ClaimJSON``, the one encoding of a claim.
    func claim(_ c: Claim) -> String {
        ClaimJSON.line(c, in: model)
    }

    func explanation(_ e: Explanation) -> String {
        let entries = e.claims.map { entry in
            "{\"article\":\(Self.string(entry.article)),\"published\":\(entry.published.map { Self.string($0.description) } ?? "null"),"
                + "\"modality\":\(Self.string(entry.modality.rawValue)),\"value\":\(json(entry.value)),\"decided\":\(entry.decided),"
                + "\"evidence\":{\"text\":\(Self.string(entry.evidence.text)),\"start\":\(entry.evidence.start),\"end\":\(entry.evidence.end)},"
                + "\"sentence\":\(Self.string(entry.evidence.sentence)),\"rule\":\(Self.string(entry.rule))}"
        }
        return "{\"name\":\(Self.string(e.fact)),\"fact\":\(Self.string(e.fact)),\"value\":\(json(e.value)),"
            + "\"rule\":\(Self.string(e.rule)),\"view\":\(Self.string(e.view)),\"claims\":[\(entries.joined(separator: ","))]}"
    }

    func report(_ r: EntityReport) -> String {
        "{\"name\":\(Self.string(r.name)),\"kind\":\(Self.string(r.kind.rawValue)),"
            + "\"aliases\":[\(r.aliases.map(Self.string).joined(separator: ","))],"
            + "\"aliases_seen\":[\(r.aliasesSeen.map(Self.string).joined(separator: ","))],"
            + "\"attributes\":{\(r.attributes.map { "\(Self.string($0.name)):\(Self.string($0.value))" }.joined(separator: ","))},"
            + "\"offices\":[\(r.offices.map(Self.string).joined(separator: ","))],"
            + "\"claims\":[\(r.claims.map { claim(model.claims[$0]) }.joined(separator: ","))],"
            + "\"articles\":[\(r.articles.map(Self.string).joined(separator: ","))]}"
    }

    /// A JSON string literal.
    static func string(_ s: String) -> String {
        ClaimJSON.string(s)
    }
}
