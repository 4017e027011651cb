/// For a list of patterns that all start with a required word slot, which patterns each word can
/// start: a rule tries at a trigger only the patterns that word starts, instead of every pattern
/// of its family (the others fail at their first slot anyway).
public struct PatternIndex: Sendable {
    /// The most patterns an index takes: two 64-bit words of bits per start word.
    public static let capacity = 128

    /// A set of patterns (by position in the list the index was made of), read in order.
    public struct Started: Sendable {
        /// Bits 0 to 63, then 64 to 127.
        var low: UInt64
        var high: UInt64

        /// True when no pattern is in the set.
        public var isEmpty: Bool { low == 0 && high == 0 }

        /// Takes the first pattern left in the set out of it: its position, or nil when none is left.
        @inline(__always)
        public mutating func next() -> Int? {
            if low != 0 {
                let p = low.trailingZeroBitCount
                low &= low - 1
                return p
            }
            if high != 0 {
                let p = high.trailingZeroBitCount
                high &= high - 1
                return 64 + p
            }
            return nil
        }
    }

    /// Every word some pattern starts with (the family's trigger words).
    public let starts: WordSet
    /// Per member of ``starts`` (by position), the patterns it starts: bits 0 to 63 at `2 * i`,
    /// 64 to 127 at `2 * i + 1`.
    private let masks: [UInt64]

    /// The index of `patterns` (at most ``capacity``); pattern `i` is position `i` in the sets the
    /// index returns. Nil when a pattern can start with any word (an optional or open first slot).
    public init?(_ patterns: [Pattern]) {
        precondition(patterns.count <= PatternIndex.capacity, "at most \(PatternIndex.capacity) patterns")
        var firsts: [WordSet] = []
        for pattern in patterns {
            guard let first = pattern.firstWords else { return nil }
            firsts.append(first)
        }
        let starts = WordSet(merging: firsts)
        var masks = WordSet.zeros(2 * starts.count)
        for (i, first) in firsts.enumerated() {
            first.forEachMember { word, hash in
                masks[2 * starts.position(of: word, hash: hash)! + i / 64] |= 1 << UInt64(i % 64)
            }
        }
        self.starts = starts
        self.masks = masks
    }

    /// The patterns that `word`, whose ``WordSet/hash(_:)`` is `hash`, starts.
    @inline(__always)
    public func patterns(startedBy word: String, hash: UInt32) -> Started {
        guard let p = starts.position(of: word, hash: hash) else { return Started(low: 0, high: 0) }
        return Started(low: masks[2 * p], high: masks[2 * p + 1])
    }

    /// The patterns that item `k` of a sentence starts (none for a mention or past the ends).
    @inline(__always)
    public func patterns(at k: Int, in s: SentenceView) -> Started {
        guard k >= 0, k < s.count, !s.items[k].word.isEmpty else { return Started(low: 0, high: 0) }
        return patterns(startedBy: s.items[k].word, hash: s.items[k].hash)
    }
}
