/// What a lexicon name can mean when it stands in a text.
public enum Sense: Sendable, Hashable {
    /// A name or alias of an entity.
    case entity(EntityID)
    /// A demonym of a country used as an adjective or a plural noun ("Hungarian", "Slovaks").
    case demonym(EntityID)
    /// A noun for one person of a country ("Dutchman"): a role phrase, not the country.
    case personNoun(EntityID)
    /// A title (index into ``Lexicon/titles``).
    case title(Int)
}

/// A trie over folded words: every lexicon name, alias, demonym and title, matched against a
/// token stream longest-first in one pass (no alias is ever searched for on its own).
///
/// The edges of every node live in one flat open-addressing table keyed by (node, word), hashed
/// with the word's ``WordSet/hash(_:)`` that tokens carry: inserting allocates no dictionary a
/// node, and following an edge costs one probe, no string hashing.
public struct AliasTrie: Sendable {
    /// While names are inserted: what the words up to each node mean, and whether the text must
    /// be written in capitals. ``seal()`` lays them out flat in `senses` and empties this.
    private var pendingSenses: [[(sense: Sense, capitalsOnly: Bool)]] = [[]]
    /// Once sealed: the senses of node n are `senses[senseStarts[n]..<senseStarts[n + 1]]`.
    private var senseStarts: [Int32] = [0, 0]
    /// The senses of every node, node after node.
    private var senses: [(sense: Sense, capitalsOnly: Bool)] = []
    /// The edge table: parent node (-1 for an empty slot), word hash, word, child node.
    private var edgeParents: [Int32] = Array(repeating: -1, count: 64)
    private var edgeHashes: [UInt32] = Array(repeating: 0, count: 64)
    private var edgeWords: [String] = Array(repeating: "", count: 64)
    private var edgeChildren: [Int32] = Array(repeating: 0, count: 64)
    private var edgeCount = 0

    /// The number of nodes (the root included).
    var nodeCount: Int { pendingSenses.isEmpty ? senseStarts.count - 1 : pendingSenses.count }

    /// Creates an empty trie.
    public init() {}

    /// Adopts a sealed trie's tables as they are (those of ``BuiltInLexicon``, which
    /// scripts/embed-resources.py lays out as ``insert(words:sense:capitalsOnly:)`` and
    /// ``seal()`` would): the edge table, whose capacity is a power of two at most half full, and
    /// the senses of each node.
    init(
        edgeParents: [Int32], edgeHashes: [UInt32], edgeWords: [String], edgeChildren: [Int32],
        senseStarts: [Int32], senses: [(sense: Sense, capitalsOnly: Bool)]
    ) {
        self.edgeParents = edgeParents
        self.edgeHashes = edgeHashes
        self.edgeWords = edgeWords
        self.edgeChildren = edgeChildren
        var count = 0
        for parent in edgeParents where parent >= 0 { count += 1 }
        edgeCount = count
        self.senseStarts = senseStarts
        self.senses = senses
        pendingSenses = []
    }

    @inline(__always)
    private static func slot(_ parent: Int32, _ hash: UInt32, mask: Int) -> Int {
        Int((hash ^ (UInt32(bitPattern: parent) &* 0x9E37_79B1)) & UInt32(truncatingIfNeeded: mask))
    }

    /// The child of `parent` along `word` (whose ``WordSet/hash(_:)`` is `hash`), if any.
    @inline(__always)
    func child(of parent: Int32, _ word: String, hash: UInt32) -> Int32? {
        let mask = edgeParents.count - 1
        var i = AliasTrie.slot(parent, hash, mask: mask)
        while true {
            let p = edgeParents[i]
            if p < 0 { return nil }
            if p == parent, edgeHashes[i] == hash, edgeWords[i] == word { return edgeChildren[i] }
            i = (i + 1) & mask
        }
    }

    private mutating func addEdge(_ parent: Int32, _ word: String, hash: UInt32, child: Int32) {
        if (edgeCount + 1) * 2 > edgeParents.count { grow() }
        let mask = edgeParents.count - 1
        var i = AliasTrie.slot(parent, hash, mask: mask)
        while edgeParents[i] >= 0 { i = (i + 1) & mask }
        edgeParents[i] = parent
        edgeHashes[i] = hash
        edgeWords[i] = word
        edgeChildren[i] = child
        edgeCount += 1
    }

    /// Makes room for `edges` edges without growing the table on the way.
    mutating func reserveCapacity(edges: Int) {
        while (edges + 1) * 2 > edgeParents.count { grow() }
    }

    private mutating func grow() {
        let old = (edgeParents, edgeHashes, edgeWords, edgeChildren)
        let capacity = edgeParents.count * 2
        edgeParents = Array(repeating: -1, count: capacity)
        edgeHashes = Array(repeating: 0, count: capacity)
        edgeWords = Array(repeating: "", count: capacity)
        edgeChildren = Array(repeating: 0, count: capacity)
        edgeCount = 0
        for k in old.0.indices where old.0[k] >= 0 { addEdge(old.0[k], old.2[k], hash: old.1[k], child: old.3[k]) }
    }

    /// Adds a name given as its folded words; ``seal()`` makes it visible to matching.
    mutating func insert(words: [String], sense: Sense, capitalsOnly: Bool) {
        guard !words.isEmpty else { return }
        if pendingSenses.isEmpty { unseal() }
        var node: Int32 = 0
        for word in words {
            let hash = WordSet.hash(word)
            if let child = child(of: node, word, hash: hash) {
                node = child
            } else {
                pendingSenses.append([])
                let child = Int32(pendingSenses.count - 1)
                addEdge(node, word, hash: hash, child: child)
                node = child
            }
        }
        if !pendingSenses[Int(node)].contains(where: { $0.sense == sense }) {
            pendingSenses[Int(node)].append((sense, capitalsOnly))
        }
    }

    /// Lays the senses of the inserted names out flat, node after node, for matching.
    mutating func seal() {
        guard !pendingSenses.isEmpty else { return }
        senseStarts = []
        senseStarts.reserveCapacity(pendingSenses.count + 1)
        senses = []
        for node in pendingSenses {
            senseStarts.append(Int32(senses.count))
            senses += node
        }
        senseStarts.append(Int32(senses.count))
        pendingSenses = []
    }

    /// The senses of each node back in `pendingSenses`, for more insertions.
    private mutating func unseal() {
        pendingSenses = (0..<(senseStarts.count - 1)).map { Array(senseList(Int32($0))) }
    }

    /// The senses of a node (of a sealed trie).
    @inline(__always)
    private func senseList(_ node: Int32) -> ArraySlice<(sense: Sense, capitalsOnly: Bool)> {
        senses[Int(senseStarts[Int(node)])..<Int(senseStarts[Int(node) + 1])]
    }

    /// The edges as (parent, word, child), sorted, and the senses of each node: what the trie
    /// holds, whatever its table's capacity (tests compare tries with it).
    var contents: (edges: [(parent: Int32, word: String, child: Int32)], senses: [[(sense: Sense, capitalsOnly: Bool)]]) {
        var edges: [(parent: Int32, word: String, child: Int32)] = []
        for k in edgeParents.indices where edgeParents[k] >= 0 { edges.append((edgeParents[k], edgeWords[k], edgeChildren[k])) }
        edges.sort { ($0.parent, $0.word) < ($1.parent, $1.word) }
        let nodes = pendingSenses.isEmpty ? (0..<nodeCount).map { Array(senseList(Int32($0))) } : pendingSenses
        return (edges, nodes)
    }

    /// The folded words of a name, as the tokenizer reads them (hyphens and dots dropped).
    static func words(of name: String) -> [String] {
        // Most names are ASCII letters, digits and spaces: their words are the runs between
        // spaces, in lower case, as the tokenizer would read them. Anything else (apostrophes,
        // hyphens, dots, "&", diacritics) goes through the tokenizer.
        var simple = true
        for b in name.utf8 {
            let isAlnum = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            if !isAlnum && b != 0x20 {
                simple = false
                break
            }
        }
        if simple {
            return name.utf8.split(separator: 0x20).map { word in
                String(unsafeUninitializedCapacity: word.count) { out in
                    var o = 0
                    for b in word {
                        out[o] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                        o += 1
                    }
                    return o
                }
            }
        }
        return Tokenizer().tokenize(name).compactMap { token in
            switch token.kind {
            case .word, .number: return token.folded
            case .possessive: return "'s"
            case .punctuation: return token.folded == "&" ? "&" : nil
            }
        }
    }

    static let possessiveHash = WordSet.hash("'s")

    /// The longest name starting at token `i`: the index just past it and the node it ends at
    /// (whose senses hold at least one that the text's capitals allow).
    @inline(__always)
    func longestMatchNode(_ tokens: [Token], from i: Int, limit: Int) -> (end: Int, node: Int, allCaps: Bool)? {
        var node: Int32 = 0
        var j = i
        var best: (end: Int, node: Int, allCaps: Bool)?
        var allCaps = true
        // Tokens are read field by field (copying one would retain its strings).
        while j < limit {
            let kind = tokens[j].kind
            if kind == .punctuation {
                // Skip joining marks inside a name, never at its start.
                if j > i, tokens[j].folded == "-" || tokens[j].folded == "." { j += 1; continue }
                break
            }
            let child: Int32?
            if kind == .possessive {
                child = self.child(of: node, "'s", hash: AliasTrie.possessiveHash)
            } else {
                child = self.child(of: node, tokens[j].folded, hash: tokens[j].hash)
            }
            guard let child else { break }
            node = child
            if kind == .word, !tokens[j].isAllCaps { allCaps = false }
            j += 1
            let here = senseList(node)
            if !here.isEmpty, allCaps || here.contains(where: { !$0.capitalsOnly }) {
                best = (j, Int(node), allCaps)
            }
        }
        return best
    }

    /// The senses of a match's node that the text's capitals allow, in insertion order.
    @inline(__always)
    func forEachSense(node: Int, allCaps: Bool, _ body: (Sense) -> Void) {
        for s in senseList(Int32(node)) where allCaps || !s.capitalsOnly { body(s.sense) }
    }

    /// The longest name starting at token `i`: the index just past it and what it may mean.
    ///
    /// Hyphens and dots between words are skipped ("Secretary-General", "U.S."); a match whose
    /// senses all need capitals fails on text that is not in capitals ("us" is no country).
    public func longestMatch(_ tokens: [Token], from i: Int, limit: Int) -> (end: Int, senses: [Sense])? {
        guard let m = longestMatchNode(tokens, from: i, limit: limit) else { return nil }
        var out: [Sense] = []
        forEachSense(node: m.node, allCaps: m.allCaps) { out.append($0) }
        return (m.end, out)
    }
}
