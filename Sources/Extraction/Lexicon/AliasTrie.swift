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
        var node = 0
        var j = i
        var best: (end: Int, senses: [Sense])?
        var matchedWords: [Int] = []
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
            matchedWords.append(j)
            j += 1
            if !nodes[node].senses.isEmpty {
                let allCaps = matchedWords.allSatisfy { tokens[$0].isAllCaps || tokens[$0].kind != .word }
                let senses = nodes[node].senses.filter { !$0.capitalsOnly || allCaps }.map(\.sense)
                if !senses.isEmpty { best = (j, senses) }
            }
        }
        return best
    }
}
