/// The kinds of line a lexicon holds: the five entity kinds, and titles that offices are built from.
public enum LexiconKind: String, Sendable, Hashable, CaseIterable {
    case country, person, office, organization, place, title
}

/// One line of a lexicon file: `kind <TAB> name <TAB> aliases <TAB> attributes`.
public struct LexiconEntry: Sendable, Hashable {
    /// What the line defines.
    public var kind: LexiconKind
    /// The canonical name.
    public var name: String
    /// Other names (the `|`-separated third column).
    public var aliases: [String]
    /// `key=value` pairs of the fourth column, in order.
    public var attributes: [(key: String, value: String)]
    /// The file the line came from.
    public var file: String
    /// The 1-based line number.
    public var line: Int

    /// Creates an entry.
    public init(
        kind: LexiconKind, name: String, aliases: [String] = [], attributes: [(key: String, value: String)] = [],
        file: String = "", line: Int = 0
    ) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.file = file
        self.line = line
    }

    /// The value of an attribute, if given.
    public func attribute(_ key: String) -> String? { attributes.last(where: { $0.key == key })?.value }

    public static func == (a: LexiconEntry, b: LexiconEntry) -> Bool {
        a.kind == b.kind && a.name == b.name && a.aliases == b.aliases && a.file == b.file && a.line == b.line
            && a.attributes.map(\.key) == b.attributes.map(\.key)
            && a.attributes.map(\.value) == b.attributes.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(name)
        hasher.combine(line)
    }
}

/// Reads the lexicon's text format (documented in docs/LEXICON.md and at the top of
/// lexicon/lexicon.tsv). Never throws: a malformed line becomes a ``LoadProblem`` with its line
/// number, and the other lines still count.
public enum LexiconParser {
    /// The entries of `text`, and a problem for each line that could not be read.
    ///
    /// One pass over the UTF-8 bytes: lines, columns, aliases and attributes are split at their
    /// ASCII separators, so that building the built-in lexicon costs little.
    public static func parse(_ text: String, file: String) -> (entries: [LexiconEntry], problems: [LoadProblem]) {
        var entries: [LexiconEntry] = []
        var problems: [LoadProblem] = []
        let bytes = Array(text.utf8)
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            if lineEnd == bytes.count, lineStart == bytes.count, lineNumber > 0 || bytes.isEmpty { break }
            lineNumber += 1
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let line = bytes[lineStart..<end]
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) || line.first == UInt8(ascii: "#") { continue }
            let columns = split(line, at: UInt8(ascii: "\t")).map { trimmed($0) }
            func problem(_ message: String) {
                problems.append(LoadProblem(file: file, line: lineNumber, message: message + "; line skipped"))
            }
            guard columns.count >= 2, columns.count <= 4 else {
                problem("expected 2 to 4 tab-separated columns (kind, name, aliases, attributes), found \(columns.count)")
                continue
            }
            guard let kind = LexiconKind(rawValue: string(columns[0]).lowercased()) else {
                let kinds = LexiconKind.allCases.map(\.rawValue).joined(separator: ", ")
                problem("unknown kind '\(string(columns[0]))' (expected one of \(kinds))")
                continue
            }
            let name = string(columns[1])
            guard !name.isEmpty, name != "-" else {
                problem("the name column is empty")
                continue
            }
            var aliases: [String] = []
            if columns.count > 2, !isDash(columns[2]) {
                for alias in split(columns[2], at: UInt8(ascii: "|")) {
                    let alias = trimmed(alias)
                    if !alias.isEmpty { aliases.append(string(alias)) }
                }
            }
            var attributes: [(key: String, value: String)] = []
            var bad: String?
            if columns.count > 3, !isDash(columns[3]), !columns[3].isEmpty {
                for pair in split(columns[3], at: UInt8(ascii: ";")) {
                    let pair = trimmed(pair)
                    if pair.isEmpty { continue }
                    guard let eq = pair.firstIndex(of: UInt8(ascii: "=")) else {
                        bad = "attribute '\(string(pair))' is not key=value"
                        break
                    }
                    let key = string(trimmed(pair[..<eq]))
                    let value = string(trimmed(pair[(eq + 1)...]))
                    guard !key.isEmpty else {
                        bad = "attribute '\(string(pair))' has no key"
                        break
                    }
                    attributes.append((key, value))
                }
            }
            if let bad {
                problem(bad)
                continue
            }
            entries.append(
                LexiconEntry(
                    kind: kind, name: name, aliases: aliases, attributes: attributes, file: file, line: lineNumber))
        }
        return (entries, problems)
    }

    /// The parts of `bytes` between separators (empty parts kept).
    static func split(_ bytes: ArraySlice<UInt8>, at separator: UInt8) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for i in bytes.indices where bytes[i] == separator {
            parts.append(bytes[start..<i])
            start = i + 1
        }
        parts.append(bytes[start..<bytes.endIndex])
        return parts
    }

    /// The bytes without leading and trailing spaces.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lo = bytes.startIndex, hi = bytes.endIndex
        while lo < hi, bytes[lo] == UInt8(ascii: " ") { lo += 1 }
        while hi > lo, bytes[hi - 1] == UInt8(ascii: " ") { hi -= 1 }
        return bytes[lo..<hi]
    }

    static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    static func isDash(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.count == 1 && bytes.first == UInt8(ascii: "-") }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return String(s)
    }
}
