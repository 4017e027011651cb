/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable {
    /// The statement cannot run.
    case error
    /// The statement runs, but probably not as meant.
    case warning
    /// Extra information attached to another diagnostic.
    case note
}

/// One message about a place in a source text: a parse error, an unknown name, a failed assertion.
///
/// Diagnostics are values. The parser and the interpreter produce them; ``DiagnosticRenderer``
/// prints them. `id` is a stable identifier from the catalogue in docs/LANGUAGE.md
/// (`unknown-predicate`, `expected-token`, ...), so tools and tests can match on it.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    /// How serious it is.
    public var severity: Severity
    /// A stable identifier from the error catalogue.
    public var id: String
    /// The headline, e.g. `unknown predicate 'suports'`.
    public var message: String
    /// The display name of the source (`holdouts.nql`).
    public var file: String
    /// The span the carets mark.
    public var range: SourceRange
    /// Text printed after the carets, e.g. `did you mean 'supports'?`.
    public var label: String?
    /// Lines printed below the snippet, each as `= note: ...`.
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, id: String, message: String, file: String = "",
        range: SourceRange, label: String? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.id = id
        self.message = message
        self.file = file
        self.range = range
        self.label = label
        self.notes = notes
    }

    /// `file:line:col: error: message`, one line.
    public var description: String {
        "\(file):\(range.start.line):\(range.start.column): \(severity.rawValue): \(message)"
    }
}

/// Edit distance and suggestions for did-you-mean.
public enum Suggestions {
    /// The edit distance between two strings, compared case-insensitively by character: the
    /// number of insertions, deletions, substitutions and swaps of two adjacent characters
    /// (optimal string alignment), so `shwo` is one edit from `show`.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`, if one is close enough to be a likely typo.
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String?
    where S.Element == String {
        let limit = Swift.max(1, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            if abs(candidate.count - word.count) > limit { continue }
            let d = editDistance(word, candidate)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }
}
