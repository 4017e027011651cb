#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folded forms of the ASCII words a thread has tokenized, each made once: the tokenizer asks
/// for the folded form of every word it reads, and a word read before (in this article or an
/// earlier one on the same thread: articles share most of their words) gets the string made the
/// first time, instead of a new one.
///
/// A word is found by the ``WordSet/hash(_:)`` of its folded form (which the tokenizer computes
/// as it scans) in an open-addressed table of integers, then compared byte by byte, case folded,
/// with the folded bytes kept for it: no string is made or hashed to look a word up. Each thread
/// has its own table (``withThreadTable(_:)``), so tokenizing takes no lock.
struct FoldedWords {
    /// Per slot: the word's hash in the high 32 bits and its position in ``words`` plus one in
    /// the low 32 (0: an empty slot).
    private var slots: [UInt64]
    /// The distinct words' folded forms, in order of first use.
    private var words: [String] = []
    /// The folded bytes of every word, one after another; word `w`'s are
    /// `spellings[spellingStarts[w]..<spellingStarts[w + 1]]`.
    private var spellings: [UInt8] = []
    private var spellingStarts: [Int32] = [0]
    private var mask: Int

    /// The most words a table keeps: one that reaches it (a corpus of many invented names) starts
    /// again empty, so that its memory stays bounded.
    static let maximumCount = 1 << 16

    /// An empty table with room for `count` words before it grows.
    init(room count: Int = 512) {
        var capacity = 64
        while capacity < count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = WordSet.zeros(capacity)
        words.reserveCapacity(count)
        spellingStarts.reserveCapacity(count + 1)
        spellings.reserveCapacity(count * 8)
    }

    /// The number of distinct words kept.
    var count: Int { words.count }

    /// The folded form of the ASCII letters and digits `bytes[range]`, whose folded form's hash
    /// is `hash`: the string made when the table first met the word, or a new one.
    @inline(__always)
    mutating func folded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32) -> String {
        var i = Int(hash) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { break }
            if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                let word = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                if isSpelling(of: word, bytes, range) { return words[word] }
            }
            i = (i + 1) & mask
        }
        let word = Tokenizer.lowercasedASCII(bytes, range)
        if words.count == FoldedWords.maximumCount {
            self = FoldedWords()
            return folded(bytes, range, hash: hash)
        }
        words.append(word)
        for k in range { spellings.append(bytes[k] | 0x20) }
        spellingStarts.append(Int32(spellings.count))
        slots[i] = UInt64(hash) << 32 | UInt64(words.count)
        if words.count * 2 > mask + 1 { grow() }
        return word
    }

    /// True when `bytes[range]`, ASCII letters and digits, folded are word `word`'s folded bytes.
    /// Setting bit 5 folds an ASCII letter to lower case and leaves a digit as it is (digits have
    /// it set), so the bytes compare folded with no table.
    @inline(__always)
    private func isSpelling(of word: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let start = Int(spellingStarts[word])
        guard Int(spellingStarts[word + 1]) - start == range.count else { return false }
        var k = 0
        while k < range.count {
            if bytes[range.lowerBound + k] | 0x20 != spellings[start + k] { return false }
            k += 1
        }
        return true
    }

    /// Doubles the table, placing every word again by its hash.
    private mutating func grow() {
        let old = slots
        let capacity = (mask + 1) * 2
        mask = capacity - 1
        slots = WordSet.zeros(capacity)
        for slot in old where slot != 0 {
            var i = Int(truncatingIfNeeded: slot >> 32) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }

    /// Calls `body` with the calling thread's table (made at the thread's first call, released
    /// when the thread ends). The table is moved out of its box for the call, so `body` works on
    /// a plain local value.
    static func withThreadTable<Result>(_ body: (inout FoldedWords) -> Result) -> Result {
        let box: Box
        if let stored = pthread_getspecific(threadKey) {
            box = Unmanaged<Box>.fromOpaque(stored).takeUnretainedValue()
        } else {
            box = Box()
            pthread_setspecific(threadKey, Unmanaged.passRetained(box).toOpaque())
        }
        var table = box.table.take() ?? FoldedWords()
        defer { box.table = table }
        return body(&table)
    }

    /// A thread's table, as the thread-specific value holds it (nil while a call has it out).
    private final class Box {
        var table: FoldedWords? = FoldedWords()
    }

    /// The key of each thread's ``Box``; its destructor releases the box when the thread ends.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<AnyObject>.fromOpaque(pointer).release() }
        }
        return key
    }()
}
