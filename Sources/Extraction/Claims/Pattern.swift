/// A word pattern that rules match against a sentence's items (``SentenceView/match(_:at:)``),
/// compiled once from its text form.
///
/// Each slot is alternatives separated by `|` (`"back|backs|backed"`), `POSS` (his, her, its,
/// their, our, my, the), `*` (any one plain word), and any slot ending in `?` is optional.
public struct Pattern: Sendable, ExpressibleByArrayLiteral {
    /// One position of a pattern.
    public struct Slot: Sendable {
        /// What a slot accepts.
        public enum Kind: Sendable { case words, possessive, any }
        /// What it accepts.
        public var kind: Kind
        /// The words, for `.words`.
        public var words: WordSet
        /// May be absent.
        public var optional: Bool
    }
    /// The slots.
    public let slots: [Slot]

    /// Compiles a pattern.
    public init(_ text: [String]) {
        slots = text.map { slot in
            var body = Substring(slot)
            var optional = false
            if body.hasSuffix("?"), body.count > 1 {
                optional = true
                body = body.dropLast()
            }
            if body == "*" { return Slot(kind: .any, words: [], optional: optional) }
            if body == "POSS" { return Slot(kind: .possessive, words: [], optional: optional) }
            return Slot(kind: .words, words: WordSet(Pattern.alternatives(body)), optional: optional)
        }
    }

    /// The `|`-separated words of a slot (empty parts dropped). ASCII slots, which all rules'
    /// are, split at the byte: splitting Characters costs more than the rest of compiling the
    /// rules when a process starts.
    static func alternatives(_ body: Substring) -> [String] {
        var isASCII = true
        for b in body.utf8 where b >= 0x80 {
            isASCII = false
            break
        }
        guard isASCII else { return body.split(separator: "|").map(String.init) }
        return body.utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The words the pattern can start with, or nil when its first slot is optional or open.
    public var firstWords: WordSet? {
        guard let first = slots.first, first.kind == .words, !first.optional else { return nil }
        return first.words
    }

    /// The words any of `patterns` can start with (nil if one can start with anything).
    public static func firstWords(of patterns: [Pattern]) -> WordSet? {
        var all: [String] = []
        for p in patterns {
            guard let words = p.firstWords else { return nil }
            all += words.members
        }
        return WordSet(all)
    }

    /// Compiles a pattern literal.
    public init(arrayLiteral elements: String...) { self.init(elements) }
}
