/// One index from trigger word to the rule families it starts, so that a sentence is read only
/// by the families whose patterns can begin in it: one lookup per word instead of every family
/// walking every word.
public struct TriggerIndex: Sendable {
    private var hashes: [UInt32]
    private var words: [String]
    private var masks: [UInt64]
    private let mask: Int

    /// The index of `rules`' triggers; bit `i` of a word's mask stands for `rules[i]` (at most 64).
    public init(_ rules: [any ClaimRule]) {
        precondition(rules.count <= 64, "at most 64 rule families")
        var byWord: [String: UInt64] = [:]
        for (i, rule) in rules.enumerated() {
            for word in rule.triggers.members { byWord[word, default: 0] |= 1 << UInt64(i) }
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

    /// The families (as a bit mask) that a word starts.
    @inline(__always)
    func families(of word: String, hash: UInt32) -> UInt64 {
        var i = Int(hash) & mask
        while true {
            if hashes[i] == hash, words[i] == word { return masks[i] }
            if words[i].isEmpty { return 0 }
            i = (i + 1) & mask
        }
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
