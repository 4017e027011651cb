/// The one JSON encoding of a claim, shared by `natoql --format jsonl -c 'claims'` and the
/// scorer: `article`, `subject`, `predicate`, `object`, `value`, `modality`, `qualifiers`,
/// `evidence` (`text`, `start`, `end`, `sentence`), `rule` and the article's `published` date.
public enum ClaimJSON {
    /// One JSON object, on one line, without spaces.
    public static func line(_ claim: Claim, in model: EntityModel) -> String {
        let article = model.articles[claim.article]
        var out = "{\"article\":" + string(article.name)
        out += ",\"subject\":" + string(model[claim.subject].name)
        out += ",\"predicate\":" + string(claim.predicate)
        switch claim.object {
        case .entity(let id): out += ",\"object\":" + string(model[id].name)
        case .literal(let l): out += ",\"object\":" + string(l)
        }
        switch claim.value {
        case .boolean(let b): out += ",\"value\":" + (b ? "true" : "false")
        case .literal(let l): out += ",\"value\":" + string(l)
        }
        out += ",\"modality\":" + string(claim.modality.rawValue)
        let qualifiers = claim.qualifiers.keys.sorted().map { string($0) + ":" + string(claim.qualifiers[$0]!) }
        out += ",\"qualifiers\":{" + qualifiers.joined(separator: ",") + "}"
        out +=
            ",\"evidence\":{\"text\":" + string(claim.evidence.text) + ",\"start\":\(claim.evidence.start)"
            + ",\"end\":\(claim.evidence.end),\"sentence\":" + string(claim.evidence.sentence) + "}"
        out += ",\"rule\":" + string(claim.rule)
        out += ",\"published\":" + (article.published.map { string($0.description) } ?? "null")
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
