/// A word pattern that rules match against a sentence's items (``SentenceView/match(_:at:)``),
/// compiled once from its text form.
///
/// Each slot is alternatives separated by `|` (`"back|backs|backed"`), `POSS` (his, her, its,
/// their, our, my, the), `*` (any one plain word), and any slot ending in `?` is optional (a `?`
/// after each alternative, `"firmly?|still?"`, reads the same as one at the end).
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

    /// One slot compiled from its text, read in place as bytes (splitting Characters costs more
    /// than the rest of compiling the rules when a process starts).
    static func slot(_ text: String) -> Slot {
        if let slot = text.utf8.withContiguousStorageIfAvailable(slot(bytes:)) { return slot }
        return Array(text.utf8).withUnsafeBufferPointer(slot(bytes:))
    }

    /// One slot compiled from its text's UTF-8 bytes. Its words are split at the byte (`|` never
    /// stands inside a multi-byte character; empty parts are dropped) and hashed as they are read.
    static func slot(bytes text: UnsafeBufferPointer<UInt8>) -> Slot {
        var body = text
        var optional = false
        if body.count > 1, body.last == UInt8(ascii: "?") {
            optional = true
            body = UnsafeBufferPointer(rebasing: body.dropLast())
        }
        if body.count == 1, body[0] == UInt8(ascii: "*") { return Slot(kind: .any, words: [], optional: optional) }
        if body.count == 4, body[0] == UInt8(ascii: "P"), body[1] == UInt8(ascii: "O"), body[2] == UInt8(ascii: "S"),
            body[3] == UInt8(ascii: "S")
        {
            return Slot(kind: .possessive, words: [], optional: optional)
        }
        let bar = UInt8(ascii: "|")
        var parts = 1
        for b in body where b == bar { parts += 1 }
        var words = WordSet(room: parts)
        var start = 0
        var hash = WordSet.emptyHash
        let question = UInt8(ascii: "?")
        for i in 0...body.count {
            if i < body.count, body[i] != bar {
                // "firmly?|still?": a mark on each alternative makes the slot optional too.
                if body[i] == question, i > start, i + 1 == body.count || body[i + 1] == bar {
                    optional = true
                    continue
                }
                hash = WordSet.hash(hash, body[i])
                continue
            }
            var wordEnd = i
            if wordEnd - 1 > start, body[wordEnd - 1] == question { wordEnd -= 1 }
            if wordEnd > start {
                words.insert(String(decoding: UnsafeBufferPointer(rebasing: body[start..<wordEnd]), as: UTF8.self), hash: hash)
            }
            start = i + 1
            hash = WordSet.emptyHash
        }
        return Slot(kind: .words, words: words, optional: optional)
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
