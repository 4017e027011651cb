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
    public static func parse(_ text: String, file: String) -> (entries: [LexiconEntry], problems: [LoadProblem]) {
        var entries: [LexiconEntry] = []
        var problems: [LoadProblem] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingSpaces()
            }
            func problem(_ message: String) {
                problems.append(LoadProblem(file: file, line: lineNumber, message: message + "; line skipped"))
            }
            guard columns.count >= 2, columns.count <= 4 else {
                problem("expected 2 to 4 tab-separated columns (kind, name, aliases, attributes), found \(columns.count)")
                continue
            }
            guard let kind = LexiconKind(rawValue: columns[0].lowercased()) else {
                let kinds = LexiconKind.allCases.map(\.rawValue).joined(separator: ", ")
                problem("unknown kind '\(columns[0])' (expected one of \(kinds))")
                continue
            }
            let name = columns[1]
            guard !name.isEmpty, name != "-" else {
                problem("the name column is empty")
                continue
            }
            var aliases: [String] = []
            if columns.count > 2, columns[2] != "-" {
                aliases = columns[2].split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            }
            var attributes: [(key: String, value: String)] = []
            var bad: String?
            if columns.count > 3, columns[3] != "-", !columns[3].isEmpty {
                for pair in columns[3].split(separator: ";") {
                    let pair = pair.trimmingSpaces()
                    if pair.isEmpty { continue }
                    guard let eq = pair.firstIndex(of: "=") else {
                        bad = "attribute '\(pair)' is not key=value"
                        break
                    }
                    let key = String(pair[..<eq]).trimmingSpaces()
                    let value = String(pair[pair.index(after: eq)...]).trimmingSpaces()
                    guard !key.isEmpty else {
                        bad = "attribute '\(pair)' has no key"
                        break
                    }
                    attributes.append((key, value))
                }
            }
            if let bad {
                problem(bad)
                continue
            }
            entries.append(LexiconEntry(
                kind: kind, name: name, aliases: aliases, attributes: attributes, file: file, line: lineNumber))
        }
        return (entries, problems)
    }
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
