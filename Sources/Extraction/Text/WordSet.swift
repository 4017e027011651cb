/// A fixed set of folded words, looked up with a cheap hash (FNV-1a over the UTF-8 bytes) that
/// items compute once, instead of the standard library's seeded SipHash on every lookup. Rules
/// test each word of a sentence against many such sets, so this is the hot path of loading.
///
/// The rules build a few hundred of these sets when a process starts, so a set costs two
/// allocations of plain words: its distinct members (as given, in order) and an open-addressed
/// table of integers, each slot the member's hash and its position (no `Set`, no `Dictionary`,
/// no table of strings to fill with blanks and release one by one).
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Per slot: the member's hash in the high 32 bits and its position in ``members`` plus one in
    /// the low 32 (0: an empty slot).
    private var slots: [UInt64]
    /// The distinct words: in the order first given, for a set made of words.
    public private(set) var members: [String]
    private let mask: Int

    /// The set of `words`.
    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.init(distinctOf: Array(words))
    }

    /// The set of `all` (repeats and empty words dropped).
    init(distinctOf all: [String]) {
        self.init(room: all.count)
        for word in all where !word.isEmpty { insert(word, hash: WordSet.hash(word)) }
    }

    /// The set of the words of `sets` (their hashes reused, not computed again).
    init(merging sets: [WordSet]) {
        var total = 0
        for set in sets { total += set.count }
        self.init(room: total)
        for set in sets { set.forEachMember { insert($0, hash: $1) } }
    }

    /// An empty set with room for `count` words.
    init(room count: Int) {
        var capacity = 8
        while capacity < count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = WordSet.zeros(capacity)
        members = []
        members.reserveCapacity(count)
    }

    /// `count` zeros. `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:)` call the
    /// standard library's unspecialized allocation, which looks up the array's type every time
    /// (twice the cost of the allocation itself, for the few hundred sets made at start-up).
    static func zeros(_ count: Int) -> [UInt64] {
        var zeros: [UInt64] = []
        zeros.reserveCapacity(count)
        zeros.append(contentsOf: repeatElement(0, count: count))
        return zeros
    }

    /// Adopts a table laid out as ``insert(_:hash:)`` lays one out, from scripts/embed-resources.py:
    /// a power-of-two number of slots at most half full, each empty (0) or the hash of a member in
    /// the high 32 bits and its position in `members` plus one in the low 32, found from slot
    /// `hash & (slots.count - 1)` on by linear probing.
    init(slots: [UInt64], members: [String]) {
        precondition(slots.count >= 8 && slots.count & (slots.count - 1) == 0 && members.count * 2 <= slots.count)
        self.slots = slots
        self.members = members
        mask = slots.count - 1
    }

    /// The number of slots (twice the words it can take at most).
    var capacity: Int { mask + 1 }

    /// Adds `word`, whose ``hash(_:)`` is `hash`, unless the set holds it (room must be left).
    mutating func insert(_ word: String, hash h: UInt32) {
        var i = Int(h) & mask
        while slots[i] != 0 {
            if UInt32(truncatingIfNeeded: slots[i] >> 32) == h, members[Int(truncatingIfNeeded: slots[i] & 0xFFFF_FFFF) - 1] == word {
                return
            }
            i = (i + 1) & mask
        }
        members.append(word)
        slots[i] = UInt64(h) << 32 | UInt64(members.count)
    }

    /// Calls `body` with each word and its ``hash(_:)``, in table order.
    func forEachMember(_ body: (String, UInt32) -> Void) {
        for slot in slots where slot != 0 {
            body(members[Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1], UInt32(truncatingIfNeeded: slot >> 32))
        }
    }

    /// The set of the literal's words.
    public init(arrayLiteral elements: String...) { self.init(distinctOf: elements) }

    /// FNV-1a of the word's UTF-8 bytes.
    @inline(__always)
    public static func hash(_ word: String) -> UInt32 {
        // In place when the bytes are contiguous (always, for a native or literal string).
        if let h = word.utf8.withContiguousStorageIfAvailable({ hash(bytes: $0) }) { return h }
        return hash(bytes: word.utf8)
    }

    /// FNV-1a of UTF-8 bytes.
    @inline(__always)
    static func hash<Bytes: Sequence>(bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var h = emptyHash
        for b in bytes { h = hash(h, b) }
        return h
    }

    /// The hash of no bytes (FNV-1a's offset basis).
    static let emptyHash: UInt32 = 2_166_136_261

    /// One FNV-1a step: the hash of some bytes and `byte` after them, from the hash of the bytes.
    @inline(__always)
    static func hash(_ h: UInt32, _ byte: UInt8) -> UInt32 { (h ^ UInt32(byte)) &* 16_777_619 }

    /// The position in ``members`` of `word`, whose ``hash(_:)`` is `hash`; nil when absent.
    @inline(__always)
    public func position(of word: String, hash: UInt32) -> Int? {
        var i = Int(hash) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                let p = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                if members[p] == word { return p }
            }
            i = (i + 1) & mask
        }
    }

    /// True when the set holds `word`, whose ``hash(_:)`` is `hash`.
    @inline(__always)
    public func contains(_ word: String, hash: UInt32) -> Bool {
        position(of: word, hash: hash) != nil
    }

    /// True when the set holds `word`.
    @inline(__always)
    public func contains(_ word: String) -> Bool {
        word.isEmpty ? false : contains(word, hash: WordSet.hash(word))
    }

    /// The number of words.
    public var count: Int { members.count }

    /// The union with another set.
    public func union(_ other: WordSet) -> WordSet { WordSet(merging: [self, other]) }
}
