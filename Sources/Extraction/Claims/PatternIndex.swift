/// For a list of patterns that all start with a required word slot, which patterns each word can
/// start: a rule tries at a trigger only the patterns that word starts, instead of every pattern
/// of its family (the others fail at their first slot anyway).
public struct PatternIndex: Sendable {
    private var hashes: [UInt32]
    private var words: [String]
    private var masks: [UInt64]
    private let mask: Int

    /// The index of `patterns` (at most 64); bit `i` of a word's mask stands for `patterns[i]`.
    /// Nil when a pattern can start with any word (an optional or open first slot).
    public init?(_ patterns: [Pattern]) {
        precondition(patterns.count <= 64, "at most 64 patterns")
        var byWord: [(word: String, bits: UInt64)] = []
        var position: [String: Int] = [:]
        for (i, pattern) in patterns.enumerated() {
            guard let first = pattern.firstWords else { return nil }
            for word in first.members {
                if let k = position[word] {
                    byWord[k].bits |= 1 << UInt64(i)
                } else {
                    position[word] = byWord.count
                    byWord.append((word, 1 << UInt64(i)))
                }
            }
        }
        var capacity = 16
        while capacity < byWord.count * 2 { capacity *= 2 }
        mask = capacity - 1
        hashes = Array(repeating: 0, count: capacity)
        words = Array(repeating: "", count: capacity)
        masks = Array(repeating: 0, count: capacity)
        for (word, bits) in byWord {
            let h = WordSet.hash(word)
            var i = Int(h) & mask
            while !words[i].isEmpty { i = (i + 1) & mask }
            hashes[i] = h
            words[i] = word
            masks[i] = bits
        }
    }

    /// The patterns (as a bit mask) that `word`, whose ``WordSet/hash(_:)`` is `hash`, starts.
    @inline(__always)
    public func patterns(startedBy word: String, hash: UInt32) -> UInt64 {
        var i = Int(hash) & mask
        while true {
            if words[i].isEmpty { return 0 }
            if hashes[i] == hash, words[i] == word { return masks[i] }
            i = (i + 1) & mask
        }
    }

    /// The patterns that item `k` of a sentence starts (none for a mention or past the ends).
    @inline(__always)
    public func patterns(at k: Int, in s: SentenceView) -> UInt64 {
        guard k >= 0, k < s.count, !s.items[k].word.isEmpty else { return 0 }
        return patterns(startedBy: s.items[k].word, hash: s.items[k].hash)
    }
}
