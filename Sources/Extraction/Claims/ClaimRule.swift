/// One family of extraction rules: patterns over a sentence's words and entity kinds that make
/// claims of one predicate (or a few related ones).
public protocol ClaimRule: Sendable {
    /// The rule family's name, the prefix of each claim's `rule` (`support`, `office`, ...).
    var name: String { get }
    /// The words that start the family's patterns: a sentence holding none of them gives the
    /// family nothing to do, and ``ClaimExtractor`` does not run it there (unless ``wants(_:in:)``
    /// says otherwise).
    var triggers: WordSet { get }
    /// True when the family must read a sentence that holds none of its ``triggers`` (an office
    /// named for the contest, a quantifier still waiting for its holdouts). By default, false.
    func wants(_ sentence: SentenceView, in article: ArticleClaims) -> Bool
    /// Adds the claims that `sentence` makes to `article`.
    func apply(to sentence: SentenceView, in article: inout ArticleClaims)
}

/// Helpers rules share.
extension ClaimRule {
    /// By default a family reads only the sentences that hold one of its triggers.
    public func wants(_ sentence: SentenceView, in article: ArticleClaims) -> Bool { false }

    /// True when the clause around items `a..<b` is a condition ("if ... withdraws", "unless").
    /// The two items may come in either order (a subject after its trigger: "After a meeting
    /// with Q, P relented").
    func isConditional(_ s: SentenceView, from a: Int, to b: Int) -> Bool {
        let start = s.clauseStart(before: Swift.min(a, b))
        let end = Swift.max(s.clauseEnd(after: Swift.max(a, b)), start)
        return s.contains(SentenceView.conditionalCues, in: start..<end) || Self.isInvertedCondition(s, at: start)
    }

    /// True when the clause at item `start` opens with an inverted condition: "had she wanted
    /// the job", "were Hungary to object" (the auxiliary, then its subject).
    static func isInvertedCondition(_ s: SentenceView, at start: Int) -> Bool {
        var j = start
        if s.isWord(j, in: SentenceView.clausePunctuation) { j += 1 }
        guard s.isWord(j, in: SentenceView.invertingAuxiliaries) else { return false }
        return s.isMention(j + 1) || s.isWord(j + 1, in: EntityRecognizer.subjectPronouns)
    }

    /// The entity of the mention at item `k`, with a capital standing for its country.
    func entity(_ s: SentenceView, _ k: Int, lexicon: Lexicon) -> EntityRef? {
        guard let m = s.mention(k) else { return nil }
        if m.kind == .place, m.viaCapital, case .known(let id) = m.ref, let c = lexicon.country(of: id) {
            return .known(c)
        }
        return m.ref
    }
}
