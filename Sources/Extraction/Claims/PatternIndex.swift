/// For a list of patterns that all start with a required word slot, which patterns each word can
/// start: a rule tries at a trigger only the patterns that word starts, instead of every pattern
/// of its family (the others fail at their first slot anyway).
public struct PatternIndex: Sendable {
    /// Every word some pattern starts with (the family's trigger words).
    public let starts: WordSet
    /// Per member of ``starts`` (by position), the patterns it starts.
    private let masks: [UInt64]

    /// The index of `patterns` (at most 64); bit `i` of a word's mask stands for `patterns[i]`.
    /// Nil when a pattern can start with any word (an optional or open first slot).
    public init?(_ patterns: [Pattern]) {
        precondition(patterns.count <= 64, "at most 64 patterns")
        var firsts: [WordSet] = []
        for pattern in patterns {
            guard let first = pattern.firstWords else { return nil }
            firsts.append(first)
        }
        let starts = WordSet(merging: firsts)
        var masks = WordSet.zeros(starts.count)
        for (i, first) in firsts.enumerated() {
            first.forEachMember { word, hash in masks[starts.position(of: word, hash: hash)!] |= 1 << UInt64(i) }
        }
        self.starts = starts
        self.masks = masks
    }

    /// The patterns (as a bit mask) that `word`, whose ``WordSet/hash(_:)`` is `hash`, starts.
    @inline(__always)
    public func patterns(startedBy word: String, hash: UInt32) -> UInt64 {
        guard let p = starts.position(of: word, hash: hash) else { return 0 }
        return masks[p]
    }

    /// The patterns that item `k` of a sentence starts (none for a mention or past the ends).
    @inline(__always)
    public func patterns(at k: Int, in s: SentenceView) -> UInt64 {
        guard k >= 0, k < s.count, !s.items[k].word.isEmpty else { return 0 }
        return patterns(startedBy: s.items[k].word, hash: s.items[k].hash)
    }
}
