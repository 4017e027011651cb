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
        public var words: Set<String>
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
            return Slot(kind: .words, words: Set(body.split(separator: "|").map(String.init)), optional: optional)
        }
    }

    /// Compiles a pattern literal.
    public init(arrayLiteral elements: String...) { self.init(elements) }
}
