/// The one JSON encoding of a claim, shared by `natoql --format jsonl -c 'claims'` and the
/// scorer: `article`, `subject`, `predicate`, `object`, `value`, `modality`, `qualifiers`,
/// `evidence` (`text`, `start`, `end`, `sentence`) and `rule`.
public enum ClaimJSON {
    /// One JSON object, on one line.
    public static func line(_ claim: Claim, in model: EntityModel) -> String {
        var out = "{"
        func field(_ key: String, _ value: String, first: Bool = false) {
            if !first { out += ", " }
            out += string(key) + ": " + value
        }
        field("article", string(model.articles[claim.article].name), first: true)
        field("subject", string(model[claim.subject].name))
        field("predicate", string(claim.predicate))
        switch claim.object {
        case .entity(let id): field("object", string(model[id].name))
        case .literal(let l): field("object", string(l))
        }
        switch claim.value {
        case .boolean(let b): field("value", b ? "true" : "false")
        case .literal(let l): field("value", string(l))
        }
        field("modality", string(claim.modality.rawValue))
        let qualifiers = claim.qualifiers.keys.sorted().map { string($0) + ": " + string(claim.qualifiers[$0]!) }
        field("qualifiers", "{" + qualifiers.joined(separator: ", ") + "}")
        field(
            "evidence",
            "{" + string("text") + ": " + string(claim.evidence.text) + ", " + string("start") + ": \(claim.evidence.start), "
                + string("end") + ": \(claim.evidence.end), " + string("sentence") + ": " + string(claim.evidence.sentence) + "}")
        field("rule", string(claim.rule))
        return out + "}"
    }

    /// Every claim of the model, one line each.
    public static func lines(_ model: EntityModel) -> String {
        var out = ""
        for claim in model.claims {
            out += line(claim, in: model)
            out += "\n"
        }
        return out
    }

    /// A JSON string literal.
    public static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
