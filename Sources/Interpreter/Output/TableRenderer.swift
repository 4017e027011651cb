import Extraction

/// Aligned columns for a terminal: a header, a rule, the rows; numbers right-aligned; long
/// text cut with an ellipsis so the table fits the width it is given.
struct TableRenderer {
    let context: RenderContext

    func render(_ value: Value) -> String {
        let columns = Columns(context: context)
        switch value {
        case .collection(var c):
            if c.rows.isEmpty { return "(no rows)\n" }
            let total = c.rows.count
            if let maxRows = context.maxRows, total > maxRows { c.rows.removeLast(total - maxRows) }
            return grid(columns.table(c)) + more(shown: c.rows.count, of: total)
        case .table(var t):
            if t.rows.isEmpty { return "(no rows)\n" }
            let total = t.rows.count
            if let maxRows = context.maxRows, total > maxRows { t.rows.removeLast(total - maxRows) }
            return grid(t) + more(shown: t.rows.count, of: total)
        case .explanation(let e): return explanation(e)
        case .report(let r): return report(r)
        default: return columns.text(value) + "\n"
        }
    }

    /// The note under a table cut at ``RenderContext/maxRows``.
    func more(shown: Int, of total: Int) -> String {
        guard shown < total else { return "" }
        return "… \(total - shown) more rows (\(total) in all, \(shown) shown): use 'limit' and 'offset', "
            + "'.mode csv', or '.output FILE' to see them\n"
    }

    func grid(_ table: Table) -> String {
        let columns = Columns(context: context)
        var cells = table.rows.map { $0.map { columns.text($0).replacingLineBreaks() } }
        var widths = table.columns.map { $0.count }
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        if let width = context.width {
            fit(&widths, into: width, minimum: table.columns.map { min($0.count, 12) })
            cells = cells.map { row in row.enumerated().map { $0.element.truncated(to: widths[$0.offset]) } }
        }
        let numeric = table.columns.indices.map { i in
            !table.rows.isEmpty
                && table.rows.allSatisfy {
                    switch $0[i] {
                    case .integer, .number, .unknown: return true;
                    default: return false
                    }
                }
        }
        func line(_ row: [String], header: Bool) -> String {
            var parts: [String] = []
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                var text = numeric[i] && !header ? pad + cell : cell + pad
                if header, context.colored { text = "\u{1B}[1m" + text + "\u{1B}[0m" }
                parts.append(text)
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s + "\n"
        }
        var out = line(table.columns.enumerated().map { $0.element.truncated(to: widths[$0.offset]) }, header: true)
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row, header: false) }
        return out
    }

    /// Shrinks the widest columns until the row fits `width`.
    func fit(_ widths: inout [Int], into width: Int, minimum: [Int]) {
        let gaps = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + gaps > width {
            guard let i = widths.indices.filter({ widths[$0] > max(minimum[$0], 3) }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[i] -= 1
        }
    }

    func explanation(_ e: Explanation) -> String {
        let columns = Columns(context: context)
        var out = "\(e.fact) = \(columns.text(e.value))    (\(e.view))\n"
        out += "rule: \(e.rule)\n"
        if e.claims.isEmpty { return out + "no claims\n" }
        out += "claims, newest first:\n"
        for entry in e.claims {
            let date = entry.published?.description ?? "undated"
            let mark = entry.decided ? "*" : " "
            out +=
                "\(mark) \(entry.article)  \(date)  \(entry.outlet ?? "unknown outlet")  \(entry.modality.rawValue)  \(columns.text(entry.value))\n"
            out += wrap("\"\(entry.evidence.text.replacingLineBreaks())\"", indent: "    ")
            if entry.evidence.sentence != entry.evidence.text, !entry.evidence.sentence.isEmpty {
                out += wrap("in: \(entry.evidence.sentence.replacingLineBreaks())", indent: "    ", hanging: "        ")
            }
        }
        return out + "(* decided the value)\n"
    }

    /// `text` after `indent`, broken at spaces to fit the width (if any), continuation lines
    /// after `hanging`.
    func wrap(_ text: String, indent: String, hanging: String? = nil) -> String {
        guard let width = context.width, width > indent.count + 20 else { return indent + text + "\n" }
        let next = hanging ?? indent
        var out = ""
        var line = indent
        var lineLength = indent.count
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let needed = (lineLength > (out.isEmpty ? indent.count : next.count) ? 1 : 0) + word.count
            if lineLength + needed > width, lineLength > (out.isEmpty ? indent.count : next.count) {
                out += line + "\n"
                line = next + word
                lineLength = next.count + word.count
            } else {
                if lineLength > (out.isEmpty ? indent.count : next.count) { line += " "; lineLength += 1 }
                line += word
                lineLength += word.count
            }
        }
        return out + line + "\n"
    }

    func report(_ r: EntityReport) -> String {
        let model = context.cache.model
        var out = "\(r.name)  (\(r.kind.rawValue))\n"
        if !r.aliases.isEmpty { out += "aliases: \(r.aliases.joined(separator: ", "))\n" }
        if !r.aliasesSeen.isEmpty { out += "aliases seen: \(r.aliasesSeen.joined(separator: ", "))\n" }
        for attribute in r.attributes { out += "\(attribute.name): \(attribute.value)\n" }
        if !r.offices.isEmpty { out += "offices: \(r.offices.joined(separator: ", "))\n" }
        out += "articles: \(r.articles.isEmpty ? "none" : r.articles.joined(separator: ", "))\n"
        out += "claims (\(r.claims.count)):\n"
        for index in r.claims {
            let c = model.claims[index]
            let object: String
            switch c.object {
            case .entity(let id): object = model[id].name
            case .literal(let s): object = s
            }
            let value: String
            switch c.value {
            case .boolean(let b): value = b ? "true" : "false"
            case .literal(let s): value = s
            }
            out +=
                "  \(model.articles[c.article].name)  \(c.predicate)(\(model[c.subject].name), \(object)) = \(value)  \(c.modality.rawValue)\n"
        }
        return out
    }
}

extension String {
    func replacingLineBreaks() -> String {
        contains(where: \.isNewline) ? String(map { $0.isNewline ? " " : $0 }) : self
    }

    func truncated(to width: Int) -> String {
        guard count > width else { return self }
        guard width > 1 else { return String(prefix(width)) }
        return String(prefix(width - 1)) + "…"
    }
}
