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
        slots = text.map(Pattern.slot)
    }

    /// One slot compiled from its text, read as bytes (splitting Characters costs more than the
    /// rest of compiling the rules when a process starts).
    static func slot(_ text: String) -> Slot {
        var bytes = Array(text.utf8)
        var optional = false
        if bytes.count > 1, bytes.last == UInt8(ascii: "?") {
            optional = true
            bytes.removeLast()
        }
        if bytes == [UInt8(ascii: "*")] { return Slot(kind: .any, words: [], optional: optional) }
        if bytes.elementsEqual("POSS".utf8) { return Slot(kind: .possessive, words: [], optional: optional) }
        return Slot(kind: .words, words: WordSet(distinctOf: alternatives(bytes)), optional: optional)
    }

    /// The `|`-separated words of a slot (empty parts dropped), split at the byte: `|` never
    /// stands inside a multi-byte character.
    static func alternatives(_ bytes: [UInt8]) -> [String] {
        var words: [String] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "|") {
            if i > start { words.append(String(decoding: bytes[start..<i], as: UTF8.self)) }
            start = i + 1
        }
        return words
    }

    /// The words the pattern can start with, or nil when its first slot is optional or open.
    public var firstWords: WordSet? {
        guard let first = slots.first, first.kind == .words, !first.optional else { return nil }
        return first.words
    }

    /// The words any of `patterns` can start with (nil if one can start with anything).
    public static func firstWords(of patterns: [Pattern]) -> WordSet? {
        var all: [WordSet] = []
        for p in patterns {
            guard let words = p.firstWords else { return nil }
            all.append(words)
        }
        return WordSet(merging: all)
    }

    /// Compiles a pattern literal.
    public init(arrayLiteral elements: String...) { self.init(elements) }
}
