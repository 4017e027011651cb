/// Renders diagnostics the way compilers do:
///
/// ```
/// error: unknown predicate 'suports'
///  --> holdouts.nql:3:14
///   |
/// 3 | allies where suports(Rutte) = false
///   |              ^^^^^^^ did you mean 'supports'?
/// ```
///
/// Carets are counted in characters, so non-ASCII names line up. Colour is used only when asked.
public struct DiagnosticRenderer: Sendable {
    /// Whether to emit ANSI colour sequences.
    public var colored: Bool

    /// The most characters of a source line shown; a longer line is cut around the caret.
    public static let maxLineWidth = 160

    /// Creates a renderer.
    public init(colored: Bool = false) {
        self.colored = colored
    }

    /// The rendered text of `diagnostic` over `source`, ending in a newline.
    public func render(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        let start = diagnostic.range.start
        let lineNumber = String(start.line)
        let gutter = String(repeating: " ", count: lineNumber.count)
        var out = ""
        out += paint(diagnostic.severity.rawValue, diagnostic.severity == .error ? "1;31" : "1;33")
        out += paint(": " + diagnostic.message, "1") + "\n"
        out += "\(gutter)\(paint("-->", "34")) \(diagnostic.file):\(start.line):\(start.column)\n"
        if let source, let line = source.lineText(at: start) {
            var lineString = String(line).replacingTabs()
            var column = start.column
            if lineString.count > Self.maxLineWidth {
                // Show a window of a long line around the caret, not the whole line.
                let characters = Array(lineString)
                let from = max(0, min(column - 1 - Self.maxLineWidth / 3, characters.count - Self.maxLineWidth))
                let to = min(characters.count, from + Self.maxLineWidth)
                lineString = (from > 0 ? "…" : "") + String(characters[from..<to]) + (to < characters.count ? "…" : "")
                column += (from > 0 ? 1 : 0) - from
            }
            out += "\(gutter) \(paint("|", "34"))\n"
            out += "\(paint(lineNumber, "34")) \(paint("|", "34"))\(lineString.isEmpty ? "" : " " + lineString)\n"
            let lineLength = lineString.count
            var width: Int
            if diagnostic.range.end.line == start.line {
                width = diagnostic.range.end.column - start.column
            } else {
                width = lineLength - column + 1
            }
            width = max(1, min(width, max(1, lineLength - column + 1)))
            let pad = String(repeating: " ", count: max(0, column - 1))
            var marker = paint(String(repeating: "^", count: width), diagnostic.severity == .error ? "1;31" : "1;33")
            if let label = diagnostic.label { marker += " " + label }
            out += "\(gutter) \(paint("|", "34")) \(pad)\(marker)\n"
        }
        for note in diagnostic.notes {
            out += "\(gutter) \(paint("=", "34")) note: \(note)\n"
        }
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : self
    }
}
