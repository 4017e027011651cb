/// A person said to hold an office: a title phrase led by or set beside a name
/// ("Hungarian Prime Minister Viktor Orban", "Mark Rutte, the outgoing Dutch Prime Minister").
public struct Holding: Sendable, Hashable {
    /// The person.
    public var person: EntityRef
    /// The office.
    public var office: EntityRef
    /// The words that say it (title phrase and name).
    public var tokens: Range<Int>
    /// "former": held before, no longer.
    public var former: Bool
    /// "President-elect": to hold it, not yet.
    public var elect: Bool = false
}

/// What recognition found in one sentence.
public struct RecognizedSentence: Sendable {
    /// The sentence's tokens (indices into the article's token array).
    public var tokens: Range<Int>
    /// The mentions, in text order, not overlapping.
    public var mentions: [Mention]
    /// The offices the sentence gives people.
    public var holdings: [Holding]
}
