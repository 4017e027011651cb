/// One index from trigger word to the rule families it starts, so that a sentence is read only
/// by the families whose patterns can begin in it: one lookup per word instead of every family
/// walking every word.
public struct TriggerIndex: Sendable {
    /// Every family's trigger words.
    private let words: WordSet
    /// Per member of ``words`` (by position), the families it starts.
    private let masks: [UInt64]

    /// The index of `rules`' triggers; bit `i` of a word's mask stands for `rules[i]` (at most 64).
    public init(_ rules: [any ClaimRule]) {
        precondition(rules.count <= 64, "at most 64 rule families")
        let triggers = rules.map(\.triggers)
        let words = WordSet(merging: triggers)
        var masks = [UInt64](repeating: 0, count: words.count)
        for (i, set) in triggers.enumerated() {
            set.forEachMember { word, hash in masks[words.position(of: word, hash: hash)!] |= 1 << UInt64(i) }
        }
        self.words = words
        self.masks = masks
    }

    /// The families (as a bit mask) that a word starts.
    @inline(__always)
    func families(of word: String, hash: UInt32) -> UInt64 {
        guard let p = words.position(of: word, hash: hash) else { return 0 }
        return masks[p]
    }

    /// The families that some word of the sentence starts.
    public func families(in sentence: SentenceView) -> UInt64 {
        var out: UInt64 = 0
        let items = sentence.items
        // Fields only: copying an item would copy its mention and retain its word.
        for k in items.indices where !items[k].word.isEmpty {
            out |= families(of: items[k].word, hash: items[k].hash)
        }
        return out
    }
}
