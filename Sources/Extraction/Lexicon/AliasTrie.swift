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
public struct AliasTrie: Sendable {
    struct Node: Sendable {
        var children: [String: Int32] = [:]
        /// What the words up to here mean, and whether the text must be written in capitals.
        var senses: [(sense: Sense, capitalsOnly: Bool)] = []
    }
    var nodes: [Node] = [Node()]
    /// The words names start with, once ``seal()`` has run: most tokens start no name, and
    /// this set says so with one cheap hash instead of a dictionary lookup.
    private var firstWords: WordSet?

    /// Creates an empty trie.
    public init() {}

    /// Adds a name given as its folded words.
    mutating func insert(words: [String], sense: Sense, capitalsOnly: Bool) {
        guard !words.isEmpty else { return }
        var node = 0
        for word in words {
            if let child = nodes[node].children[word] {
                node = Int(child)
            } else {
                nodes.append(Node())
                let child = nodes.count - 1
                nodes[node].children[word] = Int32(child)
                node = child
            }
        }
        if !nodes[node].senses.contains(where: { $0.sense == sense }) {
            nodes[node].senses.append((sense, capitalsOnly))
        }
    }

    /// Indexes the words names start with; call after the last ``insert(words:sense:capitalsOnly:)``.
    mutating func seal() { firstWords = WordSet(nodes[0].children.keys) }

    /// The folded words of a name, as the tokenizer reads them (hyphens and dots dropped).
    static func words(of name: String) -> [String] {
        Tokenizer().tokenize(name).compactMap { token in
            switch token.kind {
            case .word, .number: return token.folded
            case .possessive: return "'s"
            case .punctuation: return token.folded == "&" ? "&" : nil
            }
        }
    }

    /// The longest name starting at token `i`: the index just past it and what it may mean.
    ///
    /// Hyphens and dots between words are skipped ("Secretary-General", "U.S."); a match whose
    /// senses all need capitals fails on text that is not in capitals ("us" is no country).
    public func longestMatch(_ tokens: [Token], from i: Int, limit: Int) -> (end: Int, senses: [Sense])? {
        if let firstWords, tokens[i].kind != .possessive, !firstWords.contains(tokens[i].folded, hash: tokens[i].hash) { return nil }
        var node = 0
        var j = i
        var best: (end: Int, senses: [Sense])?
        var allCaps = true
        while j < limit {
            let token = tokens[j]
            if token.kind == .punctuation {
                // Skip joining marks inside a name, never at its start.
                if j > i, token.folded == "-" || token.folded == "." { j += 1; continue }
                break
            }
            let key = token.kind == .possessive ? "'s" : token.folded
            guard let child = nodes[node].children[key] else { break }
            node = Int(child)
            if token.kind == .word, !token.isAllCaps { allCaps = false }
            j += 1
            let senses = nodes[node].senses
            if !senses.isEmpty {
                if allCaps || !senses.contains(where: \.capitalsOnly) {
                    best = (j, senses.map(\.sense))
                } else {
                    let some = senses.filter { !$0.capitalsOnly }.map(\.sense)
                    if !some.isEmpty { best = (j, some) }
                }
            }
        }
        return best
    }
}
