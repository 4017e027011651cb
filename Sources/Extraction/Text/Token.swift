/// One token of an article: a word, a number or a punctuation mark, with its place in the text.
///
/// Tokens hold byte offsets into the article's UTF-8 text (not the file: add
/// ``Article/byteOffsetShift`` for that) and a folded form for matching, so rules never look at
/// the text itself. The text as written is not kept (it is the bytes at the token's offsets:
/// ``surface(in:)``), so that a token holds one string, not two.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: Sendable, Hashable {
        /// Letters (and digits mixed in): `Rutte`, `Orbán`, `32nd`.
        case word
        /// Digits only: `32`, `2024`.
        case number
        /// The possessive `'s` (or `’s`), split from its word so that `Rutte's` is `Rutte` + `'s`.
        case possessive
        /// Anything else, one scalar a token; quotes, apostrophes and dashes normalised.
        case punctuation
    }
    /// UTF-8 offset of the first byte in the article text.
    @inline(__always) public var start: Int {
        get { Int(startOffset) }
        set { startOffset = Int32(newValue) }
    }
    /// UTF-8 offset just past the last byte.
    @inline(__always) public var end: Int {
        get { Int(endOffset) }
        set { endOffset = Int32(newValue) }
    }
    /// The number of line breaks between the previous token and this one (counted up to 65,535).
    @inline(__always) public var lineBreaksBefore: Int {
        get { Int(lineBreaks) }
        set { lineBreaks = UInt16(clamping: newValue) }
    }
    /// The folded form: lower-case ASCII letters for words (see ``NameFolding``); for punctuation
    /// the mark itself with typographic variants normalised (`’` is `'`, `“` is `"`, `–` is `-`).
    public var folded: String
    /// The first letter is upper case.
    public var isCapitalized: Bool
    /// Every letter is upper case (`NATO`, `US`).
    public var isAllCaps: Bool
    /// ``WordSet/hash(_:)`` of `folded`, computed once, for the word sets that recognition and
    /// rules test tokens against.
    public var hash: UInt32
    // Offsets and counts are stored narrow (articles are at most 16 MB), so that a token takes
    // 40 bytes, not 64: an article has a token every few bytes, and all are kept until its
    // claims are found.
    private var startOffset: Int32
    private var endOffset: Int32
    private var lineBreaks: UInt16
    /// What it is.
    public var kind: Kind

    /// Creates a token.
    public init(
        kind: Kind, start: Int, end: Int, folded: String, isCapitalized: Bool = false,
        isAllCaps: Bool = false, lineBreaksBefore: Int = 0
    ) {
        self.init(
            kind: kind, start: start, end: end, folded: folded, isCapitalized: isCapitalized,
            isAllCaps: isAllCaps, hash: WordSet.hash(folded), lineBreaksBefore: lineBreaksBefore)
    }

    /// Creates a token whose folded form's ``WordSet/hash(_:)`` is known.
    @inline(__always)
    init(
        kind: Kind, start: Int, end: Int, folded: String, isCapitalized: Bool = false,
        isAllCaps: Bool = false, hash: UInt32, lineBreaksBefore: Int = 0
    ) {
        self.kind = kind
        startOffset = Int32(start)
        endOffset = Int32(end)
        self.folded = folded
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        lineBreaks = UInt16(clamping: lineBreaksBefore)
        self.hash = hash
    }

    /// The text as written: `bytes[start..<end]` of the text the token was read from.
    public func surface(in bytes: [UInt8]) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A word or a number.
    public var isWordLike: Bool { kind == .word || kind == .number }
}
