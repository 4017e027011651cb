/// A fixed set of folded words, looked up with a cheap hash (FNV-1a over the UTF-8 bytes) that
/// items compute once, instead of the standard library's seeded SipHash on every lookup. Rules
/// test each word of a sentence against many such sets, so this is the hot path of loading.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var hashes: [UInt32]
    private var words: [String]
    private let mask: Int

    /// The set of `words`.
    public init<S: Sequence>(_ words: S) where S.Element == String {
        // Repeats are dropped by the table itself (no `Set`: rules build hundreds of these
        // sets when a process starts).
        let all = Array(words)
        var capacity = 8
        while capacity < all.count * 2 { capacity *= 2 }
        mask = capacity - 1
        hashes = Array(repeating: 0, count: capacity)
        self.words = Array(repeating: "", count: capacity)
        for word in all where !word.isEmpty {
            let h = WordSet.hash(word)
            var i = Int(h) & mask
            var present = false
            while !self.words[i].isEmpty {
                if hashes[i] == h, self.words[i] == word {
                    present = true
                    break
                }
                i = (i + 1) & mask
            }
            if present { continue }
            hashes[i] = h
            self.words[i] = word
        }
    }

    /// The set of the literal's words.
    public init(arrayLiteral elements: String...) { self.init(elements) }

    /// FNV-1a of the word's UTF-8 bytes.
    @inline(__always)
    public static func hash(_ word: String) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in word.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// True when the set holds `word`, whose ``hash(_:)`` is `hash`.
    @inline(__always)
    public func contains(_ word: String, hash: UInt32) -> Bool {
        var i = Int(hash) & mask
        while true {
            let w = words[i]
            if w.isEmpty { return false }
            if hashes[i] == hash, w == word { return true }
            i = (i + 1) & mask
        }
    }

    /// True when the set holds `word`.
    @inline(__always)
    public func contains(_ word: String) -> Bool {
        word.isEmpty ? false : contains(word, hash: WordSet.hash(word))
    }

    /// The words, in no order.
    public var members: [String] { words.filter { !$0.isEmpty } }

    /// The union with another set.
    public func union(_ other: WordSet) -> WordSet { WordSet(members + other.members) }
}
