import Testing

@testable import Extraction

/// Sentences of a text, as strings.
func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer().tokenize(bytes)
    return SentenceSplitter().split(tokens, bytes: bytes).map {
        String(decoding: bytes[tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end], as: UTF8.self)
    }
}

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("Mr Smith met Mrs Jones. They talked.", ["Mr Smith met Mrs Jones.", "They talked."]),
        ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
        ("The U.S. envoy spoke. Then he left.", ["The U.S. envoy spoke.", "Then he left."]),
        ("J. R. Smith spoke on Oct. 3 in Rome. Others did not.", ["J. R. Smith spoke on Oct. 3 in Rome.", "Others did not."]),
        ("\"We are ready.\" She said so.", ["\"We are ready.\"", "She said so."]),
        ("He said \"yes,\" and left. Done.", ["He said \"yes,\" and left.", "Done."]),
        (
            "A Headline Without a Period\nThe body starts here. It goes on.",
            ["A Headline Without a Period", "The body starts here.", "It goes on."]
        ),
        ("Prices rose 2.5 percent. Markets fell.", ["Prices rose 2.5 percent.", "Markets fell."]),
        ("Is it over? Nobody knows!", ["Is it over?", "Nobody knows!"]),
        ("Caption line\r\n\r\nBody text here.", ["Caption line", "Body text here."]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func hardWrappedTextKeepsSentencesAcrossLines() {
        let text = """
            The minister of a small country said on Monday that his government would
            consider the proposal carefully before the summit of the alliance next month
            in a city that has not yet been chosen by the members of the organisation.
            Officials in the capital did not comment on the matter when asked about it
            by reporters who had gathered outside the building on a cold morning today.
            """
        #expect(sentences(text).count == 2)
    }
}

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] { Tokenizer().tokenize(text).map(\.folded) }

    @Test func splitsPossessivesAndFoldsDiacritics() {
        #expect(words("Orbán’s bid") == ["orban", "'s", "bid"])
        #expect(words("Rutte's") == ["rutte", "'s"])
        #expect(words("won't") == ["won", "not"])
        #expect(words("four-year term") == ["four", "-", "year", "term"])
        #expect(words("Kariņš — Türkiye") == ["karins", "–", "turkiye"])
    }

    @Test func offsetsAreUTF8Bytes() {
        let tokens = Tokenizer().tokenize("Orbán met")
        #expect(tokens[0].start == 0 && tokens[0].end == 6)
        #expect(tokens[1].start == 7)
        #expect(tokens[0].isCapitalized)
    }
}

@Suite struct FoldingTests {
    @Test(arguments: [
        ("Viktor Orbán", "viktor orban"), ("TÜRKIYE", "turkiye"), ("Krišjānis Kariņš", "krisjanis karins"),
        ("Secretary-General", "secretary general"), ("  Nato  ", "nato"),
    ])
    func folds(name: String, folded: String) {
        #expect(NameFolding.fold(name) == folded)
    }
}

/// The alias trie's fast path for plain ASCII names reads the same words as the tokenizer.
@Suite struct AliasWordsTests {
    @Test func plainNamesSplitAsTheTokenizerDoes() {
        func viaTokenizer(_ name: String) -> [String] {
            Tokenizer().tokenize(name).compactMap { token in
                switch token.kind {
                case .word, .number: return token.folded
                case .possessive: return "'s"
                case .punctuation: return token.folded == "&" ? "&" : nil
                }
            }
        }
        var names = ["Viktor Orban", "  Prime  Minister ", "NATO", "F16 2024 Summit", "a", "", " ", "US"]
        for entity in Loader.builtIn.lexicon.entities { names += [entity.name] + entity.aliases }
        for title in Loader.builtIn.lexicon.titles { names.append(title.name) }
        for name in names { #expect(AliasTrie.words(of: name) == viaTokenizer(name), "\(name)") }
    }
}

/// Pattern slots split into the same words at the byte as at the Character.
@Suite struct PatternAlternativesTests {
    @Test func byteSplitMatchesCharacterSplit() {
        #expect(Pattern.slot("*?").kind == .any && Pattern.slot("*?").optional)
        #expect(Pattern.slot("POSS").kind == .possessive && !Pattern.slot("POSS").optional)
        #expect(Pattern.slot("?").words.members == ["?"] && Pattern.slot("a|b?").words.members == ["a", "b"])
        // A mark on each alternative: the same optional slot.
        let marked = Pattern.slot("firmly?|still?|x")
        #expect(marked.optional && marked.words.members == ["firmly", "still", "x"])
        #expect(marked.words.contains("firmly") && !marked.words.contains("firmly?"))
        for body in ["back|backs|backed", "a", "|a||b|", "", "|", "long-standing|long", "–|-", "é|e\u{301}|x"] {
            let words = Pattern.slot(body).words
            #expect(words.members == body.split(separator: "|").map(String.init), "\(body)")
            for word in words.members { #expect(words.contains(word), "\(word)") }
        }
    }
}

/// The tokenizer's ASCII fast path gives the tokens the general path gives.
@Suite struct TokenizerFastPathTests {
    @Test func mixedWordsMarksAndClitics() {
        let text = "NATO’s Orbán-led, `US' won't\u{0B}STOP 2024 Ärger déjà naïveté x\u{7F}y"
        let tokens = Tokenizer().tokenize(text)
        #expect(
            tokens.map(\.folded) == [
                "nato", "'s", "orban", "-", "led", ",", "'", "us", "'", "won", "not", "stop", "2024", "arger", "deja",
                "naivete", "x", "\u{7F}", "y",
            ])
        #expect(
            tokens.map { $0.surface(in: Array(text.utf8)) }.prefix(11) == [
                "NATO", "’s", "Orbán", "-", "led", ",", "`", "US", "'", "won", "'t",
            ])
        #expect(tokens[0].isAllCaps && tokens[0].isCapitalized && tokens[0].kind == .word)
        #expect(tokens[12].kind == .number)
        for token in tokens { #expect(token.hash == WordSet.hash(token.folded), "\(token.folded)") }
    }

    /// A word used again gets the folded form made for its first use, whatever its case, and
    /// words that share a hash slot or a prefix stay apart.
    @Test func repeatedWordsShareTheirFoldedForm() {
        var text = "The the THE tHe then Then 2024 2024 t th thee theme"
        // Enough distinct words to make the table grow, each used twice.
        for n in 0..<300 { text += " w\(n)x W\(n)X" }
        let tokens = Tokenizer().tokenize(text)
        #expect(
            tokens.prefix(12).map(\.folded) == ["the", "the", "the", "the", "then", "then", "2024", "2024", "t", "th", "thee", "theme"])
        for token in tokens { #expect(token.hash == WordSet.hash(token.folded), "\(token.folded)") }
        let bytes = Array(text.utf8)
        for token in tokens {
            #expect(token.folded == String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased())
        }
    }

    @Test func lineBreaksAndOffsets() {
        let tokens = Tokenizer().tokenize("One\n\n two\r\nthree")
        #expect(tokens.map(\.lineBreaksBefore) == [0, 2, 1])
        #expect(tokens.map(\.start) == [0, 6, 11])
        #expect(tokens.map(\.end) == [3, 9, 16])
    }
}

/// A discovered person's surname is the last of the name's space-separated words.
@Suite struct SurnameTests {
    @Test(arguments: ["Jan Kowalski", "  Jan  Kowalski  ", "Kowalski", "", " ", "Jean-Luc Picard", "Émile Zola", "a b c"])
    func sameAsSplitting(name: String) {
        let words = name.split(separator: " ")
        let expected = words.count > 1 ? words.last.map(String.init) : nil
        #expect(ArticleEntities.surname(of: name).map(String.init) == expected)
    }
}

/// A pattern index gives each word the patterns whose first slot holds it.
@Suite struct PatternIndexTests {
    /// The positions in a set of started patterns, in order.
    func positions(_ started: PatternIndex.Started) -> [Int] {
        var started = started
        var out: [Int] = []
        while let p = started.next() { out.append(p) }
        return out
    }

    @Test func wordsStartTheirPatterns() throws {
        let patterns: [Pattern] = [["back|backs", "him"], ["support"], ["back", "down"]]
        let index = try #require(PatternIndex(patterns))
        #expect(positions(index.patterns(startedBy: "back", hash: WordSet.hash("back"))) == [0, 2])
        #expect(positions(index.patterns(startedBy: "backs", hash: WordSet.hash("backs"))) == [0])
        #expect(positions(index.patterns(startedBy: "support", hash: WordSet.hash("support"))) == [1])
        #expect(index.patterns(startedBy: "oppose", hash: WordSet.hash("oppose")).isEmpty)
        #expect(PatternIndex([["back?", "him"]]) == nil)
        #expect(Set(index.starts.members) == ["back", "backs", "support"])
    }

    /// Past 64 patterns, the second word of bits: a family may hold up to 128.
    @Test func moreThanSixtyFourPatterns() throws {
        let patterns: [Pattern] = (0..<100).map { i in [i % 3 == 0 ? "back" : "w\(i)", "him"] }
        let index = try #require(PatternIndex(patterns))
        #expect(positions(index.patterns(startedBy: "back", hash: WordSet.hash("back"))) == Array(stride(from: 0, to: 100, by: 3)))
        #expect(positions(index.patterns(startedBy: "w97", hash: WordSet.hash("w97"))) == [97])
        #expect(positions(index.patterns(startedBy: "w1", hash: WordSet.hash("w1"))) == [1])
    }
}

/// A word set keeps its distinct words in the order given, and finds each of them.
@Suite struct WordSetTests {
    @Test func distinctMembersInOrder() {
        let words = (0..<200).map { "w\($0 % 150)" } + ["", "a", "a"]
        let set = WordSet(words)
        #expect(set.members == (0..<150).map { "w\($0)" } + ["a"])
        for (i, word) in set.members.enumerated() { #expect(set.position(of: word, hash: WordSet.hash(word)) == i) }
        #expect(!set.contains("") && !set.contains("w150") && !set.contains("b"))
        #expect(Set(set.union(["b", "a"]).members) == Set(set.members + ["b"]) && set.union(["b", "a"]).count == 152)
    }
}

/// The static table of Latin base letters is the readable table it was generated from.
@Suite struct NameFoldingTableTests {
    @Test func indexMatchesLetters() {
        var expected = [UInt8](repeating: 0, count: NameFolding.latinBaseIndex.count)
        #expect(NameFolding.latinBases == [""] + NameFolding.latinLetters.map(\.base))
        for (i, entry) in NameFolding.latinLetters.enumerated() {
            for scalar in entry.letters.unicodeScalars {
                expected[Int(scalar.value - NameFolding.latinBaseStart)] = UInt8(i + 1)
            }
        }
        #expect(NameFolding.latinBaseIndex == expected)
        #expect(NameFolding.latinBase(0x219) == "s" && NameFolding.latinBase(0xD7) == nil && NameFolding.latinBase(0x21C) == nil)
        #expect(NameFolding.fold("Orbán Ștefan Œuvre") == "orban stefan oeuvre")
    }
}
