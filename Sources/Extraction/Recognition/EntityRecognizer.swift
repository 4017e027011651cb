/// Finds the entities of a sentence in one left-to-right pass.
///
/// 1. Lexicon names, aliases, demonyms and titles, longest match first over a trie of folded
///    words, so "Victor Orban", "Orbán", "Nato" and "Turkey" resolve whatever their spelling.
/// 2. Title phrases: `[former|outgoing|...] [country|demonym|organization['s]] TITLE [of COUNTRY]`,
///    followed by a name ("Slovak president Peter Pellegrini", "PM Rutte"); a name the lexicon does
///    not know becomes a new person with that office ("President Recep Tayyip Erdoğan"). A title
///    phrase after a name and a comma is an apposition ("Mark Rutte, the outgoing Dutch Prime
///    Minister"). Without a name, a title phrase is a role that points back to a person of that
///    country ("the Dutch premier"), or names the office itself ("bid for NATO secretary general").
/// 3. Pronouns, "Mr X" and surnames resolve to people named before; a capital city standing for
///    its country is noted; unknown bodies ("Supreme Council of ...") become organizations.
public struct EntityRecognizer: Sendable {
    /// Creates a recognizer.
    public init() {}

    /// A lexicon match or a plain token: a plain value (no strings, no arrays), so that reading
    /// units copies no reference. Its word is its first token's folded form; its senses are a
    /// range of the sentence's ``Units/senses``.
    struct Unit {
        var tokens: Range<Int>
        /// `senses[senseStart..<senseEnd]` of the sentence's units.
        var senseStart: Int32
        var senseEnd: Int32
        /// The first title sense, or -1.
        var title: Int32
        var isCapitalized: Bool
        var isPunctuation: Bool
        /// ``WordSet/hash(_:)`` of the word.
        var hash: UInt32

        /// True when the unit is a lexicon match.
        @inline(__always) var hasSenses: Bool { senseEnd > senseStart }

        var titleIndex: Int? { title >= 0 ? Int(title) : nil }
    }

    /// The units of a sentence and the senses of its lexicon matches.
    struct Units {
        var units: [Unit] = []
        var senses: [Sense] = []
    }

    static let modifiers: WordSet = [
        "former", "outgoing", "current", "incumbent", "then", "acting", "interim", "new", "next", "incoming",
        "future", "ex", "longtime", "veteran", "deputy", "caretaker",
    ]
    /// Nouns for a person that a demonym makes a role phrase ("the Dutch politician").
    static let personRoleNouns: WordSet = [
        "politician", "candidate", "statesman", "stateswoman", "nominee", "contender", "liberal", "conservative",
        "frontrunner", "favourite", "favorite", "diplomat", "centrist", "strongman", "populist", "nationalist",
    ]
    static let honorifics: WordSet = ["mr", "mrs", "ms", "miss", "dr", "madam", "sir", "mx"]
    /// Lower-case words inside a surname ("van Zanen", "von der Leyen", "de Hoop Scheffer").
    static let surnameParticles: WordSet = ["van", "von", "de", "der", "den", "ter", "ten", "da", "di", "du", "le", "la", "bin", "al"]
    static let determiners: WordSet = ["the", "a", "an"]
    static let definite: WordSet = ["the"]
    static let perfectAuxiliaries: WordSet = ["has", "have", "had"]
    static let copulas: WordSet = ["is", "remains", "was"]
    /// Words that end the run of adjectives between "the" and a title ("the longest-serving").
    static let adjectiveRunStops: WordSet = ["the", "a", "an", "who", "and", "of", "to"]
    /// Words after which a title phrase names an office, not a person ("the race for NATO chief").
    static let officeContext: WordSet = [
        "for", "as", "of", "become", "becoming", "position", "post", "job", "named", "appointed", "elected", "to",
        // "Klaus Iohannis is the president of Romania": the office, said of the subject.
        "is", "was", "became", "remains", "remained", "been",
    ]
    /// Words before "for" that make the title after it a person backed, not an office sought
    /// ("declared for the Dutch premier", "support for the Hungarian leader").
    static let backingBeforeFor: WordSet = [
        "declared", "declare", "declares", "declaring", "voted", "vote", "votes", "voting", "support", "backing",
        "endorsement", "enthusiasm", "out", "rooting", "praise", "admiration", "sympathy", "preference",
    ]
    /// Nouns before "of" that make the title after it an office ("the post of").
    static let officeNouns: WordSet = [
        "post", "position", "job", "role", "office", "title", "seat", "race", "contest", "bid", "candidacy", "powers",
        "duties",
    ]
    static let personPronouns: WordSet = ["he", "him", "his", "she", "her", "himself", "herself"]
    /// Words that make the mention after them an object, not a clause's subject ("talks with
    /// Mark Rutte"); the participle rules of recognition and of claims share them.
    static let prepositions: WordSet = [
        "in", "with", "by", "after", "from", "of", "to", "for", "at", "on", "against", "about", "before", "under",
        "than", "like", "between", "among", "over",
    ]

    /// The person who controls a participle clause that token `index` is in (", seeking ...
    /// his bid"): the sentence's first mention, when it is a person named at the start of a
    /// clause (not after a preposition) before the clause's comma. Nil when `index` is in no such
    /// clause.
    @inline(never)
    static func participleController(_ tokens: [Token], before index: Int, in range: Range<Int>, mentions: [Mention]) -> EntityRef? {
        guard let first = mentions.first, first.kind == .person, first.form != .pronoun, !first.possessive else { return nil }
        if first.tokens.lowerBound > range.lowerBound {
            let before = tokens[first.tokens.lowerBound - 1]
            if prepositions.contains(before.folded, hash: before.hash) { return nil }
        }
        // Only punctuation is looked at closely: a comma followed by an "-ing" word opens the clause.
        var t = index - 2
        while t >= first.tokens.upperBound {
            if tokens[t].kind == .punctuation {
                if tokens[t].hash == semicolonHash { return nil }
                if tokens[t].hash == commaHash, tokens[t + 1].kind == .word, isParticiple(tokens[t + 1].folded) { return first.ref }
            }
            t -= 1
        }
        return nil
    }
    /// For a subject pronoun ("he", "she") at unit `u` after a comma or semicolon: who the pronoun
    /// opening the sentence is, if one does; else the last person the sentence names right before
    /// an auxiliary ("Klaus Iohannis, is still"); else the first person it names as a subject (no
    /// preposition before it, not a possessive).
    @inline(never)
    static func clauseSubject(_ tokens: [Token], pronoun u: Int, units: [Unit], in range: Range<Int>, mentions: [Mention]) -> EntityRef? {
        let pronoun = tokens[units[u].tokens.lowerBound]
        guard subjectPronouns.contains(pronoun.folded, hash: pronoun.hash) else { return nil }
        // "His first trip was to Kyiv, where he met ...": the pronoun that opens the sentence.
        if let opening = mentions.first, opening.kind == .person, opening.form == .pronoun,
            opening.tokens.lowerBound == range.lowerBound
        {
            return opening.ref
        }
        // "Romania has not backed Rutte; its president, Klaus Iohannis, is still a candidate, but
        // diplomats say he is likely to withdraw": the last person named as a verb's subject
        // (an auxiliary right after the name), not the first one named.
        let pronounStart = units[u].tokens.lowerBound
        // "..., and Krišjānis Kariņš abandoned his ambitions when he stepped down": the subject of
        // the clause that ", and" or ", but" opens (a lower-case word, its verb, after the name),
        // when the pronoun is in that clause (no comma between).
        if let last = mentions.last(where: { $0.kind == .person && $0.form != .pronoun && $0.tokens.upperBound < pronounStart }),
            last.form == .name,
            !last.possessive, last.tokens.lowerBound >= 2, last.tokens.upperBound < pronounStart,
            SentenceView.andBut.contains(tokens[last.tokens.lowerBound - 1].folded, hash: tokens[last.tokens.lowerBound - 1].hash),
            tokens[last.tokens.lowerBound - 2].kind == .punctuation, tokens[last.tokens.lowerBound - 2].hash == commaHash,
            tokens[last.tokens.upperBound].kind == .word, !tokens[last.tokens.upperBound].isCapitalized,
            !(last.tokens.upperBound..<pronounStart).contains(where: { tokens[$0].kind == .punctuation })
        {
            return last.ref
        }
        if let subject = mentions.last(where: { m in
            guard m.kind == .person, m.form != .pronoun, !m.possessive, m.tokens.upperBound < pronounStart else { return false }
            var next = m.tokens.upperBound
            if tokens[next].kind == .punctuation, tokens[next].hash == commaHash { next += 1 }
            return next < pronounStart && SentenceView.finiteAuxiliaries.contains(tokens[next].folded, hash: tokens[next].hash)
        }),
            (subject.tokens.upperBound..<pronounStart).contains(where: {
                tokens[$0].kind == .punctuation && (tokens[$0].hash == commaHash || tokens[$0].hash == semicolonHash)
            })
        {
            return subject.ref
        }
        guard let first = mentions.first(where: { $0.kind == .person && $0.form != .pronoun }) else { return nil }
        if first.possessive { return nil }
        if first.tokens.lowerBound > range.lowerBound {
            let before = tokens[first.tokens.lowerBound - 1]
            if prepositions.contains(before.folded, hash: before.hash) { return nil }
        }
        var t = units[u].tokens.lowerBound - 1
        // "Stoltenberg agreed the deal with Orbán when he travelled to Budapest": a clause that a
        // subordinator opens takes the subject of the sentence it hangs on, named first.
        if first.tokens.lowerBound == range.lowerBound, t > first.tokens.upperBound,
            subordinators.contains(tokens[t].folded, hash: tokens[t].hash)
        {
            return first.ref
        }
        while t >= first.tokens.upperBound {
            if tokens[t].kind == .punctuation, tokens[t].hash == commaHash || tokens[t].hash == semicolonHash { return first.ref }
            t -= 1
        }
        return nil
    }
    static let subjectPronouns: WordSet = ["he", "she"]
    /// Words that open a subordinate clause whose subject pronoun is the main clause's subject.
    static let subordinators: WordSet = ["when", "while", "because", "as", "before", "after", "until", "once", "since"]
    /// The title at unit `u`, past modifiers ("current", "outgoing"); nil when none stands there.
    static func titleAfterModifiers(_ units: [Unit], _ tokens: [Token], from u: Int) -> Int? {
        var v = u
        while v < units.count, v - u < 3, units[v].titleIndex == nil, modifiers.contains(tokens[units[v].tokens.lowerBound].folded) {
            v += 1
        }
        return v < units.count ? units[v].titleIndex : nil
    }
    /// Nouns that stand for the organization a title belongs to ("the alliance's secretary general").
    static let allianceNouns: WordSet = ["alliance", "bloc"]
    /// Places and bodies below a country whose head a title names ("the state's premier").
    static let placesBelowCountries: WordSet = [
        "state", "region", "province", "city", "county", "canton", "municipality", "town", "company", "firm", "bank",
        "club", "university",
    ]
    /// Short words after a name and a hyphen that make a modifier of it ("a Smith-led cabinet").
    static let compoundSuffixes: WordSet = ["led", "run", "era", "type", "like", "free", "born", "wide", "made", "held"]
    /// Nouns after a leader's name that make the phrase the leader's government ("the Biden administration").
    static let governmentNouns: WordSet = ["administration", "government", "cabinet"]
    /// Relative pronouns that only a person takes ("Joseph Luns, who ...").
    static let personRelatives: WordSet = ["who", "whose"]
    static let possessivePronouns: WordSet = ["his", "her"]

    /// For a subject or possessive pronoun ("he", "she", "his", "her") opening a sentence (past an
    /// opening quote or dash, or a few words that name no one: "Next week he flies to Washington",
    /// "And where does he go first?", "For months his government had refused"): the subject of
    /// the sentence before, if it had one.
    @inline(never)
    static func continuedSubject(
        _ tokens: [Token], pronoun u: Int, units: [Unit], mentionsBefore: Int, entities: ArticleEntities
    ) -> EntityRef? {
        guard let subject = entities.lastSentenceSubject, mentionsBefore == 0 else { return nil }
        let pronoun = tokens[units[u].tokens.lowerBound]
        guard
            subjectPronouns.contains(pronoun.folded, hash: pronoun.hash)
                || possessivePronouns.contains(pronoun.folded, hash: pronoun.hash)
        else { return nil }
        var words = 0
        for v in 0..<u where !units[v].isPunctuation {
            words += 1
            if words > 4 { return nil }
        }
        return subject
    }

    /// For "his" or "her" in a sentence that a subject pronoun opens ("He declared his interest"):
    /// the person that pronoun was read as.
    static func pronounSubject(of mentions: [Mention], in range: Range<Int>, possessive: Bool) -> EntityRef? {
        guard possessive, let first = mentions.first, first.form == .pronoun, first.kind == .person, !first.possessive,
            first.tokens.lowerBound == range.lowerBound
        else { return nil }
        return first.ref
    }

    /// The subject of a recognised sentence, for ``continuedSubject(_:pronoun:units:entities:)``:
    /// its first mention, when that is a person named, described or pointed to, not possessive
    /// and not after a preposition ("In talks with Rutte, ..." has no such subject).
    static func subject(of mentions: [Mention], _ tokens: [Token], in range: Range<Int>) -> EntityRef? {
        guard let first = mentions.first, first.kind == .person, !first.possessive else { return nil }
        if first.tokens.lowerBound > range.lowerBound {
            let before = tokens[first.tokens.lowerBound - 1]
            if prepositions.contains(before.folded, hash: before.hash) { return nil }
        }
        return first.ref
    }

    /// "I", "me", "my" as the person speaking: the one a speech verb next to a name gives in the
    /// sentence ("'I now have the support of all allies,' Rutte said"), else the one the
    /// paragraph opens with as a label ("RUTTE: I now have ..."). With neither (a columnist's
    /// "I"), they stay no one. Also notes a paragraph's speaker label.
    @inline(never)
    static func resolveFirstPerson(_ tokens: [Token], range: Range<Int>, mentions: inout [Mention], entities: inout ArticleEntities) {
        // A new paragraph ends the previous one's speaker; a label opens a new one's.
        if range.lowerBound == 0 || tokens[range.lowerBound].lineBreaksBefore > 0 {
            entities.paragraphSpeaker = nil
            if let first = mentions.first, first.kind == .person, first.form == .name, first.tokens.lowerBound == range.lowerBound {
                var t = first.tokens.upperBound
                // "RUTTE (opening statement):"
                if t < range.upperBound, tokens[t].folded == "(" {
                    while t < range.upperBound, t - first.tokens.upperBound < 6, tokens[t].folded != ")" { t += 1 }
                    t += 1
                }
                if t < range.upperBound, tokens[t].folded == ":" { entities.paragraphSpeaker = first.ref }
            }
        }
        // Hashes first, read in place: most sentences hold none of the four words.
        let (h0, h1, h2, h3) = (firstPersonHashes[0], firstPersonHashes[1], firstPersonHashes[2], firstPersonHashes[3])
        let any = tokens.withUnsafeBufferPointer { buffer in
            range.contains {
                let h = buffer[$0].hash; return h == h0 || h == h1 || h == h2 || h == h3
            }
        }
        guard any else { return }
        var firstPersons: [Int] = []
        for t in range where firstPersonHashes.contains(tokens[t].hash) {
            guard tokens[t].kind == .word, firstPersonPronouns.contains(tokens[t].folded, hash: tokens[t].hash) else { continue }
            // "I" is always written capitalized (a lower-case "i" is something else).
            if tokens[t].folded == "i", !tokens[t].isCapitalized { continue }
            if mentions.contains(where: { $0.tokens.contains(t) }) { continue }
            firstPersons.append(t)
        }
        guard !firstPersons.isEmpty else { return }
        var speaker = entities.paragraphSpeaker
        for t in range where tokens[t].kind == .word && speechVerbs.contains(tokens[t].folded, hash: tokens[t].hash) {
            // "Rutte said", "said Rutte"
            if let m = mentions.first(where: {
                $0.kind == .person && $0.form != .pronoun && ($0.tokens.upperBound == t || $0.tokens.lowerBound == t + 1)
            }) {
                speaker = m.ref
                break
            }
        }
        guard let speaker else { return }
        for t in firstPersons {
            let mention = Mention(tokens: t..<(t + 1), ref: speaker, kind: .person, form: .pronoun, possessive: tokens[t].folded == "my")
            let at = mentions.firstIndex { $0.tokens.lowerBound > t } ?? mentions.count
            mentions.insert(mention, at: at)
        }
    }
    static let firstPersonPronouns: WordSet = ["i", "me", "my", "myself"]
    static let firstPersonHashes: [UInt32] = ["i", "me", "my", "myself"].map { WordSet.hash($0) }
    static let speechVerbs: WordSet = ["said", "says", "told", "added", "insisted", "stressed", "wrote", "declared", "tweeted", "posted"]

    /// The mention that ends right before the speech verb at token `verb`, or before a relative
    /// clause between commas that does ("The council, which he chairs, said"); nil otherwise.
    static func speaker(before verb: Int, mentions: [Mention], _ tokens: [Token]) -> Mention? {
        guard let last = mentions.last else { return nil }
        if last.tokens.upperBound == verb { return last }
        // ", which|who ... ," right before the verb: the mention before the first comma.
        guard verb >= 1, tokens[verb - 1].folded == "," else { return nil }
        var open = verb - 2
        while open >= 0, verb - open < 12, tokens[open].folded != "," { open -= 1 }
        guard open >= 1, tokens[open + 1].folded == "which" || tokens[open + 1].folded == "who" else { return nil }
        return mentions.last { $0.tokens.upperBound == open }
    }

    /// Verbs that report what an organization or a country decided ("announced that it would").
    static let announcingVerbs: WordSet = ["announced", "announces", "confirmed", "confirms", "stated", "states"]

    /// Plain words that may stand between a speech verb and its "that" ("said in a statement
    /// that", "announced on Thursday that").
    static let reportingFillers: WordSet = [
        "in", "a", "an", "the", "its", "statement", "communique", "communiqué", "on", "late", "later", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// The unit of the speech verb whose clause the pronoun at `u` opens: right before it ("said
    /// it"), or before "that", past a few plain words ("said in a statement that it"); nil when
    /// there is none.
    static func speechVerb(before u: Int, isWord: (Int, WordSet) -> Bool) -> Int? {
        if isWord(u - 1, speechVerbs) { return u - 1 }
        guard isWord(u - 1, SentenceView.that) else { return nil }
        var v = u - 2
        while v >= max(0, u - 6) {
            if isWord(v, speechVerbs) || isWord(v, announcingVerbs) { return v }
            guard isWord(v, reportingFillers) else { return nil }
            v -= 1
        }
        return nil
    }

    /// Notes the article's dateline country when the sentence opens with one ("KYIV, Oct 3 –"):
    /// a place in capitals first, a dash soon after; none for a double dateline.
    @inline(never)
    static func noteDateline(_ tokens: [Token], range: Range<Int>, mentions: [Mention], entities: inout ArticleEntities) {
        guard let first = mentions.first, first.kind == .place, first.tokens.lowerBound == range.lowerBound,
            tokens[range.lowerBound].isAllCaps,
            tokens[range.lowerBound..<min(range.upperBound, range.lowerBound + 10)].contains(where: {
                $0.kind == .punctuation && ($0.folded == "–" || $0.folded == "-" || $0.folded == "—")
            }),
            case .known(let place) = first.ref
        else { return }
        // "BRUSSELS/OSLO -": two places, neither of them the one country the article writes from.
        let after = first.tokens.upperBound
        if after < range.upperBound, tokens[after].folded == "/" { return }
        entities.datelineCountry = entities.lexicon.country(of: place)
    }
    /// The organization named last whose head noun is the unit's word ("the council" after "the
    /// Supreme Council of National Defence"), if the word is in lower case.
    @inline(never)
    static func organization(headedBy unit: Unit, _ tokens: [Token], before index: Int, _ entities: ArticleEntities) -> EntityRef? {
        let token = tokens[unit.tokens.lowerBound]
        guard !token.isCapitalized, entities.organizationHeadNouns.contains(token.folded),
            let org = entities.groupBefore(index, kinds: .organization), headNoun(of: entities.name(of: org)) == token.folded
        else { return nil }
        return org
    }
    static let commaHash = WordSet.hash(",")
    static let semicolonHash = WordSet.hash(";")

    /// True for a word ending in "ing" (read as UTF-8 bytes).
    static func isParticiple(_ folded: String) -> Bool {
        folded.utf8.count > 4 && folded.utf8.suffix(3).elementsEqual("ing".utf8)
    }
    static let groupPronouns: WordSet = ["it", "its"]
    /// Lower-case words inside an organization's name ("Supreme Council of National Defence").
    static let organizationJoiners: WordSet = ["of", "for", "and", "on"]
    /// Nouns that, after "the", stand for the organization named last ("the alliance").
    static let organizationNouns: WordSet = ["alliance", "bloc", "organisation", "organization"]
    /// Words that make an organization's name a body of another one ("North Atlantic Council",
    /// "European Commission"), which "the alliance" or "the bloc" does not refer to.
    static let bodyNouns: WordSet = ["council", "commission", "parliament", "assembly", "committee", "court", "secretariat"]

    /// True when the organization's name has a word of ``bodyNouns``.
    static func isBody(_ org: EntityRef, _ entities: ArticleEntities) -> Bool {
        entities.organizationTraits(of: org).isBody
    }

    /// True when `name` has a word of ``bodyNouns`` (what ``isBody(_:_:)`` reads, once per
    /// organization, from ``ArticleEntities/organizationTraits(of:)``).
    static func namesBody(_ name: String) -> Bool {
        name.lowercased().split(separator: " ").contains { bodyNouns.contains(String($0)) }
    }

    static let allianceNoun: WordSet = ["alliance"]

    /// True when "the alliance" can mean the organization of these names (the first one its name,
    /// the rest its aliases): one of them has "alliance" for its head noun ("North Atlantic
    /// Alliance"), or its name has no head noun of another kind (an acronym: "NATO", "G7"). "The
    /// European Union" and "the United Nations" say what they are, and it is not an alliance: "the
    /// alliance" after them still means the one named before. Worked out once per organization
    /// (``ArticleEntities/organizationTraits(of:)``).
    static func namesCanBeAlliance(_ names: [String]) -> Bool {
        guard let first = names.first, let noun = headNoun(of: first), noun != "alliance" else { return true }
        // Only a name with "alliance" in it can have it for its head noun: the others (NATO has
        // dozens of aliases in the lexicon's languages) are not folded and split to find out.
        return names.dropFirst().contains { name in
            name.utf8.count >= 8 && name.lowercased().contains("alliance") && headNoun(of: name) == "alliance"
        }
    }

    /// The head noun of an organization's name, folded: the word before its first joiner
    /// ("council" of "Supreme Council of National Defence"), else its last word ("commission" of
    /// "European Commission"); nil for a one-word name, which is no common noun.
    static func headNoun(of name: String) -> String? {
        let words = NameFolding.fold(name).split(separator: " ")
        guard words.count > 1 else { return nil }
        if let joiner = words.firstIndex(where: { organizationJoiners.contains(String($0)) }), joiner > 0 {
            return String(words[joiner - 1])
        }
        return String(words[words.count - 1])
    }
    static let pronouns: WordSet = ["he", "him", "his", "she", "her", "himself", "herself", "it", "its"]
    /// The plain lower-case words a mention can start with.
    static let unitStarts = modifiers.union(honorifics).union(pronouns).union(["the", "a", "an"])
    static let notNames: WordSet = [
        "the", "a", "an", "in", "on", "at", "of", "for", "and", "but", "or", "with", "to", "by", "from", "as",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "he", "she", "it", "they", "his", "her", "its", "their", "this", "that", "these", "those", "we", "i",
        "who", "whose", "which", "when", "after", "before", "while", "if", "said", "says", "photograph",
        // Words that open a sentence before a name ("Meanwhile Joseph Luns, who ...").
        "meanwhile", "however", "still", "yet", "now", "then", "today", "yesterday", "also", "even", "indeed", "instead",
    ]
    /// More nouns of groups, for names only a relative clause introduces ("Human Rights Watch, who").
    static let groupNameNouns: WordSet = [
        "watch", "group", "house", "times", "post", "news", "press", "network", "foundation", "centre", "center", "forum",
        "university", "school", "club", "team", "association", "federation", "league", "society", "partners", "media",
    ]
    static let orgNouns: WordSet = [
        "council", "party", "ministry", "committee", "commission", "parliament", "assembly", "court",
        "agency", "union", "alliance", "organization", "organisation", "bank", "fund", "front", "movement",
        "institute", "government", "cabinet", "senate", "congress", "presidency", "office", "command",
    ]

    /// Recognises the entities of `tokens[range]`, updating the article's entity memory.
    /// `bytes` is the text the tokens were read from, for the names as written.
    public func recognize(_ tokens: [Token], in bytes: [UInt8], range: Range<Int>, entities: inout ArticleEntities)
        -> RecognizedSentence
    {
        var scratch = Units()
        return recognize(tokens, in: bytes, range: range, entities: &entities, reusing: &scratch)
    }

    /// Recognises the entities of `tokens[range]`, making the sentence's units in the storage of
    /// `scratch` (the units of the previous sentence), so that an article's sentences share it.
    func recognize(
        _ tokens: [Token], in bytes: [UInt8], range: Range<Int>, entities: inout ArticleEntities, reusing scratch: inout Units
    )
        -> RecognizedSentence
    {
        makeUnits(tokens, range: range, lexicon: entities.lexicon, into: &scratch)
        let units = scratch.units
        let senseBuffer = scratch.senses
        // The entity list alone (copying the lexicon would retain each of its tables).
        let lexiconEntities = entities.lexicon.entities
        var mentions: [Mention] = []
        mentions.reserveCapacity(8)
        var holdings: [Holding] = []
        // Title phrases whose jurisdiction is settled once the whole sentence is read.
        var pending: [PendingTitle] = []

        /// The folded word of unit `u` (its first token's).
        func unitWord(_ u: Int) -> String { tokens[units[u].tokens.lowerBound].folded }
        func word(_ u: Int) -> String { u >= 0 && u < units.count && !units[u].hasSenses ? unitWord(u) : "" }
        /// True when unit `u` is a plain word of `set` (its hash is the token's: no rehashing).
        func isWord(_ u: Int, in set: WordSet) -> Bool {
            u >= 0 && u < units.count && !units[u].hasSenses && set.contains(unitWord(u), hash: units[u].hash)
        }
        func possessiveAfter(_ u: Int) -> (Bool, Int) {
            // "Romania's", "Netherlands'" -> (true, index past the mark)
            guard u + 1 < units.count else { return (false, u + 1) }
            let next = tokens[units[u + 1].tokens.lowerBound]
            if next.kind == .possessive { return (true, u + 2) }
            if next.folded == "'", next.start == tokens[units[u].tokens.upperBound - 1].end,
                tokens[units[u].tokens.upperBound - 1].folded.hasSuffix("s")
            {
                return (true, u + 2)
            }
            return (false, u + 1)
        }
        func entitySense(_ u: Int, kinds: KindSet) -> EntityID? {
            guard u >= 0, u < units.count else { return nil }
            var k = Int(units[u].senseStart)
            let end = Int(units[u].senseEnd)
            while k < end {
                if case .entity(let id) = senseBuffer[k], kinds.contains(lexiconEntities[id.index].kind) { return id }
                k += 1
            }
            return nil
        }
        func demonymSense(_ u: Int) -> EntityID? {
            guard u >= 0, u < units.count else { return nil }
            for k in Int(units[u].senseStart)..<Int(units[u].senseEnd) { if case .demonym(let id) = senseBuffer[k] { return id } }
            return nil
        }
        func personNounSense(_ u: Int) -> EntityID? {
            guard u >= 0, u < units.count else { return nil }
            for k in Int(units[u].senseStart)..<Int(units[u].senseEnd) { if case .personNoun(let id) = senseBuffer[k] { return id } }
            return nil
        }

        /// A person name starting at unit u: (ref, end unit, surface, isNew).
        /// The end of the capitalised words from unit `start` that the lexicon does not know (at
        /// most four), with the lower-case particles of a surname between them ("Jan van Zanen",
        /// "Ursula von der Leyen", "Jaap de Hoop Scheffer"): `start` when there are none.
        func unknownNameEnd(from start: Int) -> Int {
            func isNameWord(_ v: Int) -> Bool {
                v < units.count && !units[v].hasSenses && units[v].isCapitalized && !units[v].isPunctuation
                    && tokens[units[v].tokens.lowerBound].kind == .word
                    && !EntityRecognizer.notNames.contains(unitWord(v), hash: units[v].hash)
            }
            // "Kosiniak-Kamysz", "Cho Tae-yul": a hyphen with no space around it, then a
            // capitalised word or a short lower-case one (not "Smith-led", "Smith-era").
            func isHyphenatedPart(_ v: Int) -> Bool {
                guard v + 1 < units.count, !units[v + 1].hasSenses, tokens[units[v + 1].tokens.lowerBound].kind == .word,
                    EntityRecognizer.isJoinedByHyphen(units, tokens, at: v)
                else { return false }
                if units[v + 1].isCapitalized { return true }
                let part = unitWord(v + 1)
                return part.utf8.count <= 4 && !EntityRecognizer.compoundSuffixes.contains(part, hash: units[v + 1].hash)
            }
            var end = start
            var words = 0
            while words < 4 {
                if isNameWord(end) {
                    end += 1
                    words += 1
                    while isHyphenatedPart(end) { end += 2 }
                    continue
                }
                // Particles only between name words: "van der" then a capitalised word.
                var p = end
                while p - end < 2, p < units.count, !units[p].hasSenses, isWord(p, in: EntityRecognizer.surnameParticles) { p += 1 }
                guard end > start, p > end, isNameWord(p) else { break }
                words += p - end
                end = p
            }
            return end
        }

        func personName(at u: Int, allowNew: Bool) -> (ref: EntityRef, end: Int)? {
            guard u < units.count else { return nil }
            var start = u
            if isWord(u, in: EntityRecognizer.honorifics), u + 1 < units.count {
                start = u + 1
                if tokens[units[start].tokens.lowerBound].folded == "." { start += 1 }
            }
            guard start < units.count else { return nil }
            if let id = entitySense(start, kinds: .person) { return (.known(id), start + 1) }
            // "Donald J. Trump": a middle initial between a first name and a surname the lexicon
            // knows together.
            if start + 3 < units.count, !units[start].hasSenses, units[start].isCapitalized, unitWord(start + 1).utf8.count == 1,
                units[start + 1].isCapitalized, tokens[units[start + 2].tokens.lowerBound].folded == ".", units[start + 3].isCapitalized,
                let id = entities.lexicon.lookup(unitWord(start) + " " + unitWord(start + 3), kinds: [.person])
            {
                return (.known(id), start + 4)
            }
            // Capitalised words the lexicon does not know.
            var end = unknownNameEnd(from: start)
            guard end > start else { return nil }
            // "Prime Minister Luís Montenegro": after a title or an honorific, a surname that is a
            // country's name, when no capitalised word or possessive follows it.
            if allowNew || start > u, end < units.count, units[end].isCapitalized, entitySense(end, kinds: .country) != nil,
                end + 1 >= units.count || (!units[end + 1].isCapitalized && tokens[units[end + 1].tokens.lowerBound].kind != .possessive)
            {
                end += 1
            }
            // The name table alone is read: calling a method on the captured `entities` here
            // would copy the whole article memory. No table, no key to build.
            if !entities.localNames.isEmpty {
                var key = unitWord(start)
                for w in (start + 1)..<end {
                    key.append(" ")
                    key.append(unitWord(w))
                }
                if let local = entities.localNames[key] { return (local, end) }
            }
            let honorific = start > u
            guard allowNew || honorific, end - start >= 2 || honorific else { return nil }
            let surface = surfaceText(tokens, units[start].tokens.lowerBound..<units[end - 1].tokens.upperBound, in: bytes)
            return (entities.discover(name: surface, kind: .person), end)
        }

        /// Two to four capitalised words the lexicon does not know, then ", the|a [Demonym] Title",
        /// ", Country's Title", or ", who" ("Joseph Luns, who was secretary general from 1971").
        func newNameBeforeApposition(at u: Int) -> (EntityRef, Int)? {
            let end = unknownNameEnd(from: u)
            guard end - u >= 2, end < units.count, tokens[units[end].tokens.lowerBound].folded == "," else { return nil }
            var q = end + 1
            // (Not a body: "Human Rights Watch, who", "the Freedom Party, who".)
            if isWord(q, in: EntityRecognizer.personRelatives),
                !(u..<end).contains(where: { isWord($0, in: EntityRecognizer.orgNouns) || isWord($0, in: EntityRecognizer.groupNameNouns) })
            {
                let surface = surfaceText(tokens, units[u].tokens.lowerBound..<units[end - 1].tokens.upperBound, in: bytes)
                return (entities.discover(name: surface, kind: .person), end)
            }
            if isWord(q, in: EntityRecognizer.determiners) {
                q += 1
            } else {
                // "Chrystia Freeland, Canada's deputy prime minister"
                guard entitySense(q, kinds: KindSet.country.union(.organization)) != nil, q + 1 < units.count,
                    tokens[units[q + 1].tokens.lowerBound].kind == .possessive
                else { return nil }
            }
            while isWord(q, in: EntityRecognizer.modifiers) { q += 1 }
            if demonymSense(q) != nil || entitySense(q, kinds: KindSet.country.union(.organization)) != nil {
                q += 1
                if q < units.count, tokens[units[q].tokens.lowerBound].kind == .possessive { q += 1 }
            }
            while isWord(q, in: EntityRecognizer.modifiers) { q += 1 }
            // A title, or an office the lexicon names whole ("the British Defence Secretary").
            guard q < units.count, units[q].titleIndex != nil || entitySense(q, kinds: .office) != nil else { return nil }
            let surface = surfaceText(tokens, units[u].tokens.lowerBound..<units[end - 1].tokens.upperBound, in: bytes)
            return (entities.discover(name: surface, kind: .person), end)
        }

        var u = 0
        var lastPersonMention: Int?  // index into mentions
        while u < units.count {
            // Most units are lower-case words that start nothing: no lexicon sense, no capital, not
            // a determiner, modifier, honorific or pronoun.
            if !units[u].hasSenses, !units[u].isCapitalized, !EntityRecognizer.unitStarts.contains(unitWord(u), hash: units[u].hash) {
                u += 1
                continue
            }
            // "In Berlin, the government has declined to endorse any candidate": the government of
            // the capital's country.
            if u >= 3, word(u) == "the", isWord(u + 1, in: EntityRecognizer.governmentNouns), word(u - 3) == "in",
                tokens[units[u - 1].tokens.lowerBound].folded == ",", let capital = mentions.last, capital.viaCapital,
                capital.tokens == units[u - 2].tokens, case .known(let place) = capital.ref,
                let country = entities.lexicon.country(of: place)
            {
                let mention = Mention(
                    tokens: units[u].tokens.lowerBound..<units[u + 1].tokens.upperBound, ref: .known(country), kind: .country, form: .name)
                mentions.append(mention)
                entities.noteMention(mention, surface: "")
                u += 2
                continue
            }
            // "the", "a" before a plain lower-case word that starts no phrase ("the decision").
            if !units[u].hasSenses, !units[u].isCapitalized, EntityRecognizer.determiners.contains(unitWord(u), hash: units[u].hash),
                u + 1 < units.count, !units[u + 1].hasSenses, !units[u + 1].isCapitalized, !units[u + 1].isPunctuation,
                !EntityRecognizer.modifiers.contains(unitWord(u + 1), hash: units[u + 1].hash),
                !EntityRecognizer.organizationNouns.contains(unitWord(u + 1), hash: units[u + 1].hash),
                // ("afterwards the council endorsed him": an organization's head noun, read below.)
                entities.organizationHeadNouns.isEmpty || !entities.organizationHeadNouns.contains(unitWord(u + 1)),
                // ("backed the 47-year-old": an age, read below.)
                tokens[units[u + 1].tokens.lowerBound].kind != .number || word(u + 2) != "-"
            {
                u += 1
                continue
            }
            // "the state's premier", "the city's mayor": the title of a place below a country,
            // which no office of the lexicon's countries names.
            if units[u].titleIndex != nil, u >= 2, tokens[units[u - 1].tokens.lowerBound].kind == .possessive,
                isWord(u - 2, in: EntityRecognizer.placesBelowCountries)
            {
                u += 1
                continue
            }
            let start = u
            // --- Title phrase ------------------------------------------------------------
            var p = u
            var former = false
            var isNext = false
            var sawModifier = false
            var isDeputy = false
            var hasDeterminer = isWord(p, in: EntityRecognizer.determiners)
            if hasDeterminer { p += 1 }
            // (A static helper with inout flags, not a nested function: variables a nested
            // function captures are boxed on the heap, here at every unit.)
            EntityRecognizer.takeModifiers(
                units, tokens, &p, former: &former, isNext: &isNext, isDeputy: &isDeputy, sawModifier: &sawModifier)
            // "Mark Rutte, then the Dutch prime minister": "then" before the article.
            if !hasDeterminer, former, p == u + 1, isWord(p, in: EntityRecognizer.definite) {
                hasDeterminer = true
                p += 1
                EntityRecognizer.takeModifiers(
                    units, tokens, &p, former: &former, isNext: &isNext, isDeputy: &isDeputy, sawModifier: &sawModifier)
            }
            var jurisdiction: EntityID?
            var jurisdictionIsDemonym = false
            if let c = entitySense(p, kinds: KindSet.country.union(.organization)), units[p].titleIndex == nil {
                let (_, next) = possessiveAfter(p)
                if let _ = (next < units.count ? units[next].titleIndex : nil)
                    ?? (isWord(next, in: EntityRecognizer.modifiers) || EntityRecognizer.isOrdinal(units, tokens, at: next)
                        || EntityRecognizer.isAdjectiveBeforeTitle(units, tokens, at: next) ? 0 : nil)
                {
                    jurisdiction = c
                    p = next
                }
            } else if let c = demonymSense(p) {
                jurisdiction = c
                jurisdictionIsDemonym = true
                p += 1
            } else if hasDeterminer, isWord(p, in: EntityRecognizer.allianceNouns), case (true, let next) = possessiveAfter(p),
                let t = EntityRecognizer.titleAfterModifiers(units, tokens, from: next),
                entities.lexicon.titles[t].scope == .organization,
                entities.lexicon.titles[t].defaultJurisdiction != nil || (entities.lexicon.titles[t].isHead && word(p) == "alliance")
            {
                // "Jens Stoltenberg, the alliance's current secretary general": the title's own
                // organization (its default jurisdiction). "The alliance's chief": NATO's head
                // ("the bloc's chief" may be the EU's).
                if entities.lexicon.titles[t].defaultJurisdiction == nil { jurisdiction = entities.lexicon.nato }
                p = next
            }
            EntityRecognizer.takeModifiers(
                units, tokens, &p, former: &former, isNext: &isNext, isDeputy: &isDeputy, sawModifier: &sawModifier)
            // A listed office written out ("US Secretary of State") stands for its title phrase.
            var fixedOffice: EntityRef?
            var listedTitle: Int?
            if jurisdiction == nil, let officeID = entitySense(p, kinds: .office),
                case .string(let t)? = entities.lexicon.entities[officeID.index].attributes["title"]
            {
                fixedOffice = .known(officeID)
                listedTitle = entities.lexicon.titleByName[NameFolding.fold(t)]
            }
            if p < units.count, let title = units[p].titleIndex ?? listedTitle {
                var end = p + 1
                // "PM leader": a second title word belongs to the phrase.
                while end < units.count, units[end].titleIndex != nil, end - p < 2 { end += 1 }
                // "President-elect Peter Pellegrini": to hold the office.
                let elect = EntityRecognizer.isElect(units, tokens, at: end)
                if elect { end += 2 }
                // "Prime Minister of [the] Netherlands"
                if jurisdiction == nil, word(end) == "of" {
                    var q = end + 1
                    if word(q) == "the" { q += 1 }
                    if let c = entitySense(q, kinds: KindSet.country.union(.organization)) {
                        jurisdiction = c
                        end = q + 1
                    } else if word(q - 1) == "the", isWord(q, in: EntityRecognizer.allianceNouns), let nato = entities.lexicon.nato,
                        entities.lexicon.titles[units[p].titleIndex ?? title].isHead
                            || entities.lexicon.titles[title].scope == .organization
                    {
                        // "the head of the alliance", "secretary general of the alliance": NATO.
                        jurisdiction = nato
                        end = q + 1
                    }
                }
                let titleInfo = entities.lexicon.titles[title]
                // Which office, if the jurisdiction fits the title.
                var office: EntityRef? = fixedOffice
                // "deputy foreign minister": another office than the title's, which the lexicon does not list.
                var officeTitle: Int? = isDeputy ? nil : title
                if fixedOffice != nil || isDeputy {
                    // listed: nothing to build
                } else if let j = jurisdiction {
                    let jKind = entities.lexicon.kind(of: j)
                    if titleInfo.isHead {
                        officeTitle = jKind == .organization ? entities.lexicon.headTitle(of: j) : nil
                    } else if (titleInfo.scope == .country) != (jKind == .country) {
                        // "president of the European Commission": an organization headed by the title.
                        officeTitle = jKind == .organization && entities.lexicon.headTitle(of: j) == title ? title : nil
                    }
                    if let t = officeTitle { office = entities.office(title: t, jurisdiction: j) }
                } else if let d = titleInfo.defaultJurisdiction, !titleInfo.isHead {
                    office = entities.office(title: title, jurisdiction: d)
                }
                // A name after the title: "President Peter Pellegrini", "president, Klaus Iohannis".
                var nameStart = end
                // (Not when the phrase is itself an apposition: "for Rutte, the outgoing Dutch
                // prime minister, Orbán said" is Rutte's title, not Orbán's.)
                if nameStart < units.count, tokens[units[nameStart].tokens.lowerBound].folded == ",",
                    !EntityRecognizer.isApposition(units, tokens, at: start, mentions: mentions, lastPerson: lastPersonMention)
                {
                    nameStart += 1
                    // "NATO's deputy secretary general, the Romanian Mircea Geoană,": the name
                    // after a demonym.
                    if word(nameStart) == "the", demonymSense(nameStart + 1) != nil, nameStart + 2 < units.count,
                        units[nameStart + 2].isCapitalized
                    {
                        nameStart += 2
                    }
                }
                let titleStartsCapitalised = units[p].isCapitalized
                if let (person, nameEnd) = personName(at: nameStart, allowNew: titleStartsCapitalised || jurisdiction != nil || true),
                    !EntityRecognizer.isJoinedByHyphen(units, tokens, at: nameEnd)
                {
                    let (poss, after) = possessiveAfter(nameEnd - 1)
                    let phraseStart = hasDeterminer ? start + 1 : start
                    let tokRange = units[phraseStart].tokens.lowerBound..<units[nameEnd - 1].tokens.upperBound
                    var mention = Mention(
                        tokens: units[phraseStart].tokens.lowerBound..<units[(poss ? after : nameEnd) - 1].tokens.upperBound,
                        ref: person, kind: .person, form: .name, possessive: poss)
                    if hasDeterminer { mention.tokens = units[start].tokens.lowerBound..<mention.tokens.upperBound }
                    // "Slovakia's new president, Peter Pellegrini": a country's new holder holds it
                    // (the alliance's "new secretary general" may not have taken office yet).
                    let newHolder =
                        isNext && jurisdiction.map { entities.lexicon.kind(of: $0) == .country } == true
                        && EntityRecognizer.onlyNew(units, tokens, in: start..<end)
                    if let office, !isNext || newHolder {
                        holdings.append(Holding(person: person, office: office, tokens: tokRange, former: former, elect: elect))
                        mention.office = OfficeAttachment(office: office, tokens: tokRange, former: former)
                        entities.noteOffice(office, of: person, current: !former && !elect)
                    } else if office == nil, officeTitle != nil, jurisdiction == nil,
                        !isNext || (titleInfo.scope == .country && EntityRecognizer.onlyNew(units, tokens, in: start..<end))
                    {
                        // ("the country's new president, Peter Pellegrini": as a country's new holder.)
                        pending.append((mentions.count, nil, title, person, former, elect, tokRange))
                    }
                    mentions.append(mention)
                    let nameTokens = units[nameStart].tokens.lowerBound..<units[nameEnd - 1].tokens.upperBound
                    entities.noteMention(mention, surface: surfaceText(tokens, nameTokens, in: bytes))
                    lastPersonMention = mentions.count - 1
                    u = poss ? after : nameEnd
                    continue
                }
                // No name: an apposition, a role phrase, or the office itself.
                let (poss, after) = possessiveAfter(end - 1)
                let range = units[start].tokens.lowerBound..<units[(poss ? after : end) - 1].tokens.upperBound
                let precededByComma = start > 0 && tokens[units[start - 1].tokens.lowerBound].folded == ","
                // The comma that opens an apposition: right before the title phrase, or before
                // "who has been|is|was" ("Mark Rutte, who has been prime minister of the
                // Netherlands since 2010"), or before "the" and a few adjectives ("Mark Rutte, the
                // longest-serving prime minister").
                var commaAt = precededByComma ? start - 1 : -1
                var relativePast = false
                if !precededByComma {
                    var b = start - 1
                    if word(b) == "been", isWord(b - 1, in: EntityRecognizer.perfectAuxiliaries) {
                        relativePast = word(b - 1) == "had"
                        b -= 2
                    } else if isWord(b, in: EntityRecognizer.copulas) {
                        relativePast = word(b) == "was"
                        b -= 1
                    } else {
                        // "the longest - serving": lower-case words and hyphens after "the".
                        var a = b
                        while a > b - 4, a >= 0, !units[a].hasSenses, !units[a].isCapitalized,
                            word(a) == "-" || (!units[a].isPunctuation && !isWord(a, in: EntityRecognizer.adjectiveRunStops))
                        {
                            a -= 1
                        }
                        b = a < b && isWord(a, in: EntityRecognizer.determiners) ? a - 1 : -1
                        if b >= 0, tokens[units[b].tokens.lowerBound].folded == "," { commaAt = b }
                        b = -1
                    }
                    if b >= 1, word(b) == "who", tokens[units[b - 1].tokens.lowerBound].folded == "," { commaAt = b - 1 }
                    // "Peter Pellegrini, now Slovakia's president", "P, sworn in as Slovakia's
                    // president on 15 June": the apposition says the person holds it.
                    let opener = start - 1
                    if word(opener) == "now", opener >= 1, tokens[units[opener - 1].tokens.lowerBound].folded == "," {
                        commaAt = opener - 1
                    } else if word(opener) == "as", word(opener - 1) == "in", word(opener - 2) == "sworn", opener >= 3,
                        tokens[units[opener - 3].tokens.lowerBound].folded == ","
                    {
                        commaAt = opener - 3
                    }
                }
                if commaAt > 0, let last = lastPersonMention, mentions[last].form == .name,
                    mentions.count - 1 == last, units.indices.contains(commaAt - 1),
                    units[commaAt - 1].tokens.upperBound <= mentions[last].tokens.upperBound,
                    !isNext, !EntityRecognizer.closesAside(mentions[last], tokens)
                {
                    let former = former || relativePast
                    // "Mark Rutte, the outgoing Dutch Prime Minister"
                    let person = mentions[last].ref
                    let tokRange = mentions[last].tokens.lowerBound..<units[end - 1].tokens.upperBound
                    if let office {
                        holdings.append(Holding(person: person, office: office, tokens: tokRange, former: former, elect: elect))
                        entities.noteOffice(office, of: person, current: !former && !elect)
                    } else if officeTitle != nil, jurisdiction == nil {
                        pending.append((nil, nil, title, person, former, elect, tokRange))
                    }
                    u = poss ? after : end
                    continue
                }
                let precededBy = start > 0 ? word(start - 1) : ""
                let officeContext = EntityRecognizer.officeContext
                // "of" names an office after "the post of", not after "in favour of" or "the support of".
                let ofOffice =
                    precededBy != "of" || start < 2
                    || isWord(start - 2, in: EntityRecognizer.officeNouns)
                // "for the outgoing Dutch premier to take over": a holder described, a person even
                // where a bare title would name the office.
                let describesHolder = hasDeterminer && sawModifier && !isNext
                // "declared for the Dutch premier", "support for the Hungarian leader": backing
                // for a person, where "the race for" would be for an office.
                let backingFor = precededBy == "for" && start >= 2 && isWord(start - 2, in: EntityRecognizer.backingBeforeFor)
                let canBeRole =
                    (hasDeterminer || jurisdictionIsDemonym || !titleInfo.isHead || jurisdiction != nil)
                    && (describesHolder || backingFor || !officeContext.contains(precededBy) || (precededBy == "of" && !ofOffice))
                    && !isNext
                    && (jurisdiction.map { entities.lexicon.kind(of: $0) == .country } ?? true)
                if canBeRole, hasDeterminer || jurisdictionIsDemonym || sawModifier,
                    let resolved = resolveRole(
                        country: jurisdiction, office: office,
                        before: tokens[range.lowerBound].start == 0 ? units[start].tokens.lowerBound : units[start].tokens.lowerBound,
                        entities: entities)
                {
                    let mention = Mention(
                        tokens: range, ref: resolved[0], kind: .person, form: .role, possessive: poss,
                        alternatives: Array(resolved.dropFirst()))
                    mentions.append(mention)
                    // "The former Dutch prime minister" says the person held the office, "the
                    // outgoing Dutch prime minister" that they hold it.
                    // "the Hungarian premier" with one Hungarian named before, or the office's
                    // holder: that person holds it (not a guess among several of a country, nor
                    // "Dutch prime ministers" in general).
                    // A capitalized word right after is a name the lexicon lacks ("Dutch Foreign
                    // Minister Sofia Lindic"), whom the title describes instead.
                    let nameAfter =
                        range.upperBound < tokens.count && tokens[range.upperBound].kind == .word
                        && tokens[range.upperBound].isCapitalized
                    // "an American president who ...": anyone of the kind, no one said to hold it.
                    let indefinite = hasDeterminer && !isWord(start, in: EntityRecognizer.definite)
                    let certain =
                        !nameAfter && !indefinite && (resolved.count == 1 || entities.holderOf[office ?? resolved[0]] == resolved[0])
                    if let office, jurisdiction != nil,
                        former || sawModifier || (certain && !EntityRecognizer.isPlural(tokens[range.upperBound - 1].folded))
                    {
                        holdings.append(Holding(person: resolved[0], office: office, tokens: range, former: former))
                    }
                    entities.noteMention(mention, surface: "")
                    u = poss ? after : end
                    continue
                }
                if let office {
                    var mention = Mention(tokens: range, ref: office, kind: .office, form: .office, possessive: poss)
                    mention.isNext = isNext
                    mentions.append(mention)
                    entities.noteMention(mention, surface: "")
                    if let j = jurisdiction { EntityRecognizer.noteJurisdiction(j, at: range.lowerBound, in: &entities) }
                    u = poss ? after : end
                    continue
                }
                // "Dick Schoof has been prime minister since 2 July", "Schoof, who became prime
                // minister on 2 July", "was sworn in as prime minister": a bare national title
                // after a verb of holding it, for the person just named, whose country the article
                // or the lexicon knows (a guess from the sentence's places would often be wrong).
                if jurisdiction == nil, !hasDeterminer, !isNext, !isDeputy, officeTitle != nil,
                    entities.lexicon.titles[title].scope == .country, let last = lastPersonMention, mentions[last].form == .name,
                    !mentions[last].possessive, entities.country(ofPerson: mentions[last].ref) != nil,
                    let past = EntityRecognizer.holdingVerb(tokens, from: mentions[last].tokens.upperBound, to: range.lowerBound)
                {
                    pending.append(
                        (nil, nil, title, mentions[last].ref, past || former, false, mentions[last].tokens.lowerBound..<range.upperBound))
                }
                u = end
                continue
            }
            // --- Not a title phrase: one unit ------------------------------------------------
            u = start
            let unit = units[u]
            // "The 64-year-old, whose term ...", "support for the 57-year-old": the person most
            // named of those named last, by age.
            if u + 5 < units.count, tokens[units[u + 1].tokens.lowerBound].kind == .number, isWord(u, in: EntityRecognizer.definite),
                let (mention, next) = ageRole(units, tokens, at: u, entities: entities)
            {
                mentions.append(mention)
                entities.noteMention(mention, surface: "")
                u = next
                continue
            }
            if let id = entitySense(u, kinds: KindSet.person.union(.organization).union(.country).union(.place).union(.office)) {
                let (poss, after) = possessiveAfter(u)
                var mention = Mention(
                    tokens: unit.tokens.lowerBound..<units[(poss ? after : u + 1) - 1].tokens.upperBound,
                    ref: .known(id), kind: entities.lexicon.kind(of: id), form: .name, possessive: poss)
                if mention.kind == .place, entities.lexicon.entities[id.index].attributes["capital"] == .boolean(true) {
                    mention.viaCapital = true
                    EntityRecognizer.noteGovernment(
                        id, at: unit.tokens.lowerBound, afterPreposition: isWord(u - 1, in: EntityRecognizer.prepositions), in: &entities)
                }
                // "the Biden administration", "the Orbán government": the person's country, which
                // a later "it" means.
                if mention.kind == .person, !poss, isWord(u - 1, in: EntityRecognizer.definite),
                    isWord(u + 1, in: EntityRecognizer.governmentNouns), let country = entities.country(ofPerson: .known(id))
                {
                    mention = Mention(
                        tokens: unit.tokens.lowerBound..<units[u + 1].tokens.upperBound, ref: .known(country), kind: .country, form: .name)
                    mentions.append(mention)
                    entities.noteMention(mention, surface: "")
                    u += 2
                    continue
                }
                mentions.append(mention)
                entities.noteMention(mention, surface: surfaceText(tokens, unit.tokens, in: bytes))
                if mention.kind == .person { lastPersonMention = mentions.count - 1 }
                u = poss ? after : u + 1
                continue
            }
            if let country = demonymSense(u) {
                if let (mention, next) = demonymRole(units, tokens, at: u, country: country, entities: entities) {
                    mentions.append(mention)
                    entities.noteMention(mention, surface: "")
                    u = next
                    continue
                }
                let mention = Mention(tokens: unit.tokens, ref: .known(country), kind: .country, form: .demonym)
                mentions.append(mention)
                entities.noteMention(mention, surface: "")
                // "The Czech government welcomed the outcome": the country itself acts, as when
                // named, and a bare title after it is that country's ("Foreign Minister P said").
                if isWord(u - 1, in: EntityRecognizer.definite), isWord(u + 1, in: EntityRecognizer.governmentNouns) {
                    entities.noteGroup(.known(country), kind: .country, at: unit.tokens.lowerBound)
                }
                u += 1
                continue
            }
            if let country = personNounSense(u) {
                let before = units[u].tokens.lowerBound
                if let people = resolveRole(country: country, office: nil, before: before, entities: entities, bySalience: true) {
                    let (poss, after) = possessiveAfter(u)
                    let mention = Mention(
                        tokens: unit.tokens.lowerBound..<units[(poss ? after : u + 1) - 1].tokens.upperBound,
                        ref: people[0], kind: .person, form: .role, possessive: poss,
                        alternatives: Array(people.dropFirst()))
                    mentions.append(mention)
                    entities.noteMention(mention, surface: "")
                    u = poss ? after : u + 1
                    continue
                }
            }
            // "the alliance", "the bloc": the organization named last; so is "the council" after
            // "the Supreme Council of National Defence" (the head noun of its name).
            let w = word(u)
            if w == "the", u + 1 < units.count,
                let org = isWord(u + 1, in: EntityRecognizer.organizationNouns)
                    ? entities.organizationBefore(
                        units[u].tokens.lowerBound, alliance: isWord(u + 1, in: EntityRecognizer.allianceNoun))
                    : entities.organizationHeadNouns.isEmpty
                        ? nil : EntityRecognizer.organization(headedBy: units[u + 1], tokens, before: units[u].tokens.lowerBound, entities)
            {
                let (poss, after) = possessiveAfter(u + 1)
                let mention = Mention(
                    tokens: unit.tokens.lowerBound..<units[(poss ? after : u + 2) - 1].tokens.upperBound, ref: org,
                    kind: .organization, form: .role, possessive: poss)
                mentions.append(mention)
                u = poss ? after : u + 2
                continue
            }
            // Pronouns.
            if isWord(u, in: EntityRecognizer.personPronouns) {
                var people = entities.peopleBefore(unit.tokens.lowerBound)
                // In a participle clause ("Rutte travelled to meet Erdogan, seeking approval for
                // his bid") the pronoun is the clause's subject: the sentence's, not the last named.
                // After a clause boundary, "he" or "she" is the sentence's subject ("Rutte has spoken
                // with Trump, and at a summit he attended ... he told reporters"), not its object.
                // "Rutte ... until a coalition led by Dick Schoof is sworn in. He declared his
                // interest ...": "he" or "she" opening a sentence continues the last one's subject.
                if people.count > 1,
                    let subject = EntityRecognizer.participleController(
                        tokens, before: unit.tokens.lowerBound, in: range, mentions: mentions)
                        ?? EntityRecognizer.clauseSubject(tokens, pronoun: u, units: units, in: range, mentions: mentions)
                        ?? EntityRecognizer.continuedSubject(
                            tokens, pronoun: u, units: units, mentionsBefore: mentions.count, entities: entities)
                        ?? EntityRecognizer.pronounSubject(of: mentions, in: range, possessive: w == "his" || w == "her"),
                    let k = people.firstIndex(of: subject), k > 0
                {
                    people.remove(at: k)
                    people.insert(subject, at: 0)
                }
                if let first = people.first {
                    let mention = Mention(
                        tokens: unit.tokens, ref: first, kind: .person, form: .pronoun,
                        possessive: w == "his" || w == "her", alternatives: Array(people.dropFirst()))
                    mentions.append(mention)
                    u += 1
                    continue
                }
            }
            // "The council said it had decided", "Romania's Supreme Council announced that it would
            // back", "... said in a statement that it had decided": after a speech verb, the
            // organization or country that is the verb's subject (not the country named last).
            if w == "it", u >= 2, let verb = EntityRecognizer.speechVerb(before: u, isWord: isWord),
                let last = EntityRecognizer.speaker(before: units[verb].tokens.lowerBound, mentions: mentions, tokens),
                last.kind == .organization || last.kind == .country, !last.possessive, last.form != .pronoun
            {
                mentions.append(
                    Mention(tokens: unit.tokens, ref: last.ref, kind: last.kind, form: .pronoun, possessive: false))
                u += 1
                continue
            }
            // "Sweden is not yet in the alliance, as its accession awaits a vote in Hungary's
            // parliament, but it is expected to join": "it" opening a clause after ", but" or ",
            // and" is the country the sentence opens with, not the one named last.
            if w == "it", u >= 2, isWord(u - 1, in: SentenceView.andBut), tokens[units[u - 2].tokens.lowerBound].folded == ",",
                let first = mentions.first, first.kind == .country, first.form == .name, !first.possessive,
                first.tokens.lowerBound == range.lowerBound
            {
                mentions.append(Mention(tokens: unit.tokens, ref: first.ref, kind: .country, form: .pronoun, possessive: false))
                u += 1
                continue
            }
            if isWord(u, in: EntityRecognizer.groupPronouns), let group = entities.groupBefore(unit.tokens.lowerBound, kinds: .country) {
                let mention = Mention(
                    tokens: unit.tokens, ref: group, kind: entities.kind(of: group), form: .pronoun, possessive: w == "its")
                mentions.append(mention)
                u += 1
                continue
            }
            // "Jan Kowalski, the Polish prime minister": a new name before a title apposition.
            if unit.isCapitalized, !unit.hasSenses, let (person, end) = personName(at: u, allowNew: false) ?? newNameBeforeApposition(at: u)
            {
                let (poss, after) = possessiveAfter(end - 1)
                let mention = Mention(
                    tokens: unit.tokens.lowerBound..<units[(poss ? after : end) - 1].tokens.upperBound,
                    ref: person, kind: .person, form: .name, possessive: poss)
                mentions.append(mention)
                let nameTokens = units[u].tokens.lowerBound..<units[end - 1].tokens.upperBound
                entities.noteMention(mention, surface: surfaceText(tokens, nameTokens, in: bytes))
                lastPersonMention = mentions.count - 1
                u = poss ? after : end
                continue
            }
            // "Mr Erdogan", a surname of a person named before, an unknown organization.
            if unit.isCapitalized || isWord(u, in: EntityRecognizer.honorifics),
                let (person, end) = personName(at: u, allowNew: false)
            {
                let (poss, after) = possessiveAfter(end - 1)
                let mention = Mention(
                    tokens: unit.tokens.lowerBound..<units[(poss ? after : end) - 1].tokens.upperBound,
                    ref: person, kind: .person, form: .name, possessive: poss)
                mentions.append(mention)
                entities.noteMention(mention, surface: surfaceText(tokens, units[end - 1].tokens, in: bytes))
                lastPersonMention = mentions.count - 1
                u = poss ? after : end
                continue
            }
            if unit.isCapitalized, let (org, end) = organizationName(units, tokens, in: bytes, at: u, entities: &entities) {
                let mention = Mention(
                    tokens: unit.tokens.lowerBound..<units[end - 1].tokens.upperBound, ref: org, kind: .organization,
                    form: .name)
                mentions.append(mention)
                entities.noteMention(mention, surface: "")
                u = end
                continue
            }
            u += 1
        }

        // A dateline ("KYIV, Oct 3 –"): a place in capitals opening one of the first sentences,
        // a dash soon after.
        if entities.sentencesRecognized < 3, entities.datelineCountry == nil {
            EntityRecognizer.noteDateline(tokens, range: range, mentions: mentions, entities: &entities)
        }
        entities.sentencesRecognized += 1
        if !pending.isEmpty { EntityRecognizer.settle(pending, tokens, mentions: &mentions, holdings: &holdings, entities: &entities) }
        EntityRecognizer.resolveFirstPerson(tokens, range: range, mentions: &mentions, entities: &entities)
        // A sentence that names no person ("Kyiv. Thursday.") leaves the last subject standing.
        if mentions.contains(where: { $0.kind == .person }) {
            entities.lastSentenceSubject = EntityRecognizer.subject(of: mentions, tokens, in: range)
        }
        holdings.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return RecognizedSentence(tokens: range, mentions: mentions, holdings: holdings)
    }

    /// A title phrase waiting for its jurisdiction in a sentence ("President Peter Pellegrini" with
    /// no country named).
    typealias PendingTitle = (
        mentionIndex: Int?, holding: Int?, title: Int, person: EntityRef?, former: Bool, elect: Bool, tokens: Range<Int>
    )

    /// Settles title phrases without a jurisdiction: the person's country, a country the sentence
    /// names on its own, or the jurisdiction of another office in the sentence. Not inlined, to
    /// keep ``recognize(_:in:range:entities:reusing:)`` small enough for its array accesses to be.
    @inline(never)
    static func settle(
        _ pending: [PendingTitle], _ tokens: [Token], mentions: inout [Mention], holdings: inout [Holding],
        entities: inout ArticleEntities
    ) {
        for item in pending {
            guard let person = item.person else { continue }
            // A title of organizations ("an intelligence chief") never becomes a country's office.
            if entities.lexicon.titles[item.title].scope != .country { continue }
            let at = item.tokens.lowerBound
            // "Commission President Ursula von der Leyen": the title of a body named right before
            // it, which is no country's office.
            if at > 0, tokens[at - 1].isCapitalized, orgNouns.contains(tokens[at - 1].folded, hash: tokens[at - 1].hash) { continue }
            var jurisdiction = entities.country(ofPerson: person)
            if jurisdiction == nil {
                // A country the sentence is about ("seen eye to eye on Ukraine", "talks with
                // China") is not where the person holds office.
                // Nor is a place that names an event ("before the Washington summit").
                // Nor is where the person went or met someone, after the title ("Prime Minister P,
                // who met Rutte in Brussels", "after Prime Minister P came to Budapest", "aid to
                // Ukraine"); before it, a venue is where the office is ("In Oslo, Prime Minister P",
                // "flew to Oslo for a dinner hosted by Prime Minister P").
                let standalone = mentions.filter { m in
                    let before = m.tokens.lowerBound - 1
                    let after = m.tokens.upperBound
                    return ((m.kind == .country && m.form == .name) || m.kind == .place)
                        && !(before >= 0 && topicPrepositions.contains(tokens[before].folded, hash: tokens[before].hash))
                        && !(after < tokens.count && eventNouns.contains(tokens[after].folded, hash: tokens[after].hash))
                        && !(before > at && venuePrepositions.contains(tokens[before].folded, hash: tokens[before].hash)
                            && !(m.kind == .country && tokens[before].folded != "to"))
                }
                // Nor is a country in a list ("shortly after the United States, Britain, France and
                // Germany endorsed the Dutchman"): several countries are no one office's.
                .filter { !EntityRecognizer.isListed($0, in: mentions, tokens) }
                if let nearest = standalone.min(by: { abs($0.tokens.lowerBound - at) < abs($1.tokens.lowerBound - at) }),
                    case .known(let id) = nearest.ref
                {
                    jurisdiction = entities.lexicon.country(of: id)
                }
            }
            if jurisdiction == nil {
                let others = holdings.compactMap { h -> (Int, EntityID)? in
                    guard let j = entities.jurisdiction(of: h.office),
                        entities.lexicon.kind(of: j) == .country
                    else { return nil }
                    return (abs(h.tokens.lowerBound - at), j)
                }
                jurisdiction = others.min(by: { $0.0 < $1.0 })?.1
            }
            // Else the country of the dateline ("KYIV – ... President Volodymyr Zelensky"), else the
            // country the article named last on its own ("Slovakia will support ... Pellegrini said
            // he had consulted Prime Minister Robert Fico").
            if jurisdiction == nil, entities.lexicon.titles[item.title].scope == .country {
                if let c = entities.datelineCountry {
                    jurisdiction = c
                } else if case .known(let c)? = entities.soleCountryBefore(at) {
                    jurisdiction = c
                }
            }
            guard let j = jurisdiction else { continue }
            let office = entities.office(title: item.title, jurisdiction: j)
            holdings.append(Holding(person: person, office: office, tokens: item.tokens, former: item.former, elect: item.elect))
            if let m = item.mentionIndex {
                mentions[m].office = OfficeAttachment(office: office, tokens: item.tokens, former: item.former)
            }
            entities.noteOffice(office, of: person, current: !item.former && !item.elect)
        }
    }

    /// Prepositions before a country that make it what a sentence is about, not where someone
    /// holds office ("on Ukraine", "towards Russia", "talks with China").
    /// So is a country after "of" ("a steadfast friend of Canada and a champion of Ukraine").
    static let topicPrepositions: WordSet = ["on", "over", "about", "towards", "toward", "against", "with", "than", "like", "of"]

    /// True when the country mention `m` stands in a list of countries: another country right
    /// before or after it, with only ",", "and" or "the" between.
    static func isListed(_ m: Mention, in mentions: [Mention], _ tokens: [Token]) -> Bool {
        guard m.kind == .country, let i = mentions.firstIndex(where: { $0.tokens == m.tokens }) else { return false }
        func joined(_ a: Mention, _ b: Mention) -> Bool {
            guard a.kind == .country, b.kind == .country, a.tokens.upperBound < b.tokens.lowerBound,
                b.tokens.lowerBound - a.tokens.upperBound <= 2
            else { return false }
            return tokens[a.tokens.upperBound..<b.tokens.lowerBound].allSatisfy { listJoiners.contains($0.folded, hash: $0.hash) }
        }
        return (i > 0 && joined(mentions[i - 1], m)) || (i + 1 < mentions.count && joined(m, mentions[i + 1]))
    }
    static let listJoiners: WordSet = [",", "and", "the"]

    /// Prepositions before a place that make it a venue or a destination, not where someone holds
    /// office ("met in Brussels", "came to Budapest"; "to" before a country too: "aid to Ukraine").
    static let venuePrepositions: WordSet = ["in", "to", "at", "into"]

    /// Nouns that a place before them names an event by ("the Washington summit", "the Normandy
    /// format"), not a place where someone holds office.
    static let eventNouns: WordSet = [
        "summit", "summits", "talks", "meeting", "conference", "format", "process", "declaration", "accord", "accords",
        "agreement", "treaty", "communique", "communiqué", "deal",
    ]

    /// Ordinals written as words, for "Romania's fifth president".
    static let ordinalWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth",
    ]

    /// True when unit `u` is an ordinal: "14th", "2nd", "fifth".
    static func isOrdinal(_ units: [Unit], _ tokens: [Token], at u: Int) -> Bool {
        guard u < units.count, !units[u].hasSenses else { return false }
        // Fields, not a copy of the token (which would retain its word).
        let i = units[u].tokens.lowerBound
        guard tokens[i].kind == .word else { return false }
        if ordinalWords.contains(tokens[i].folded, hash: tokens[i].hash) { return true }
        return isNumberedOrdinal(tokens[i].folded)
    }

    /// "14th", "2nd", "31st": digits, then the two letters of an ordinal.
    static func isNumberedOrdinal(_ word: String) -> Bool {
        var utf8 = word.utf8.makeIterator()
        guard let first = utf8.next(), first >= 0x30, first <= 0x39 else { return false }
        var letters: (UInt8, UInt8, Int) = (0, 0, 0)
        while let b = utf8.next() {
            if b >= 0x30, b <= 0x39, letters.2 == 0 { continue }
            switch letters.2 {
            case 0: letters.0 = b
            case 1: letters.1 = b
            default: return false
            }
            letters.2 += 1
        }
        guard letters.2 == 2 else { return false }
        let suffix = (letters.0, letters.1)
        return suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68)
    }

    /// True when unit `u` is a hyphen with no space on either side, joining the unit before it to
    /// a word after it ("Trump-whisperer", "Rutte-led", "Kosiniak-Kamysz"): a name before it
    /// either modifies a word or goes on past the hyphen.
    static func isJoinedByHyphen(_ units: [Unit], _ tokens: [Token], at u: Int) -> Bool {
        guard u > 0, u < units.count else { return false }
        let last = tokens[units[u - 1].tokens.upperBound - 1]
        let hyphen = tokens[units[u].tokens.lowerBound]
        let after = units[u].tokens.upperBound
        return hyphen.folded == "-" && hyphen.start == last.end && after < tokens.count && tokens[after].start == hyphen.end
            && tokens[after].isWordLike
    }

    /// True when `mention` ends an inserted phrase, "according to P,", whose comma closes the
    /// phrase rather than opening an apposition: "where, according to Orbán, the Dutch prime
    /// minister confirmed" is about someone else.
    static func closesAside(_ mention: Mention, _ tokens: [Token]) -> Bool {
        let t = mention.tokens.lowerBound
        return t >= 2 && tokens[t - 1].folded == "to" && tokens[t - 2].folded == "according"
    }

    /// True when the phrase at unit `start` follows a comma right after the last mention, a
    /// person's name: an apposition to that person ("Mark Rutte, the Dutch prime minister").
    @inline(never)
    static func isApposition(_ units: [Unit], _ tokens: [Token], at start: Int, mentions: [Mention], lastPerson: Int?) -> Bool {
        guard start >= 2, tokens[units[start - 1].tokens.lowerBound].folded == ",", let last = lastPerson,
            last == mentions.count - 1, mentions[last].form == .name
        else { return false }
        return mentions[last].tokens.upperBound == units[start - 1].tokens.lowerBound
    }

    /// True when unit `u` is a plain lower-case word (no lexicon sense, not a modifier, article or
    /// preposition) and the unit after it is a title: "nationalist" in "Hungary's nationalist prime
    /// minister". With `capitalized`, a capitalised word too ("Labour" after "a former").
    static func isAdjectiveBeforeTitle(_ units: [Unit], _ tokens: [Token], at u: Int, capitalized: Bool = false) -> Bool {
        guard u + 1 < units.count, units[u + 1].titleIndex != nil, !units[u].hasSenses, capitalized || !units[u].isCapitalized,
            !units[u].isPunctuation, units[u].titleIndex == nil
        else { return false }
        let i = units[u].tokens.lowerBound
        guard tokens[i].kind == .word else { return false }
        return !modifiers.contains(tokens[i].folded, hash: tokens[i].hash) && !determiners.contains(tokens[i].folded, hash: tokens[i].hash)
            && !prepositions.contains(tokens[i].folded, hash: tokens[i].hash)
            && !notAdjectives.contains(tokens[i].folded, hash: tokens[i].hash)
    }
    /// Words before a title that are not its adjectives ("and prime minister", "then president").
    static let notAdjectives: WordSet = ["and", "or", "but", "then", "as", "is", "was", "said", "says", "told", "who", "that", "new"]

    /// True when units `u` and `u + 1` are "-elect" ("President-elect", "prime minister-elect").
    static func isElect(_ units: [Unit], _ tokens: [Token], at u: Int) -> Bool {
        u + 1 < units.count && !units[u].hasSenses && !units[u + 1].hasSenses
            && tokens[units[u].tokens.lowerBound].folded == "-" && tokens[units[u + 1].tokens.lowerBound].folded == "elect"
    }

    /// Whether the tokens `from..<to`, between a person's name and a bare title, say the person holds
    /// the title: "has been", "became", "is", "was sworn in as", "took over as", after an optional
    /// ", who" or an apposition (", a former civil servant,"). Nil when they do not; true when they
    /// say it of the past ("had been", "was", "left office as", "stepped down as").
    static func holdingVerb(_ tokens: [Token], from: Int, to: Int) -> Bool? {
        var t = from
        if t < to, tokens[t].kind == .punctuation, tokens[t].hash == commaHash {
            t += 1
            // "Schoof, a former civil servant with no party affiliation, was sworn in as": past an
            // apposition of plain words to its closing comma.
            if t < to, tokens[t].folded == "a" || tokens[t].folded == "an" {
                var c = t + 1
                while c < to, c - t <= 12, tokens[c].kind == .word || tokens[c].folded == "-" { c += 1 }
                guard c < to, tokens[c].kind == .punctuation, tokens[c].hash == commaHash else { return nil }
                t = c + 1
            }
        }
        if t < to, tokens[t].folded == "who" { t += 1 }
        var words: [String] = []
        while t < to, words.count < 5 {
            guard tokens[t].kind == .word else { return nil }
            words.append(tokens[t].folded)
            t += 1
        }
        guard t == to else { return nil }
        // Adverbs a verb group may carry.
        words.removeAll { $0 == "also" || $0 == "now" || $0 == "already" || $0 == "since" }
        switch words {
        case ["has", "been"], ["have", "been"], ["became"], ["becomes"], ["is"], ["remains"], ["was", "sworn", "in", "as"],
            ["is", "sworn", "in", "as"], ["has", "been", "sworn", "in", "as"], ["took", "over", "as"], ["takes", "over", "as"],
            ["has", "taken", "over", "as"], ["took", "office", "as"], ["takes", "office", "as"]:
            return false
        case ["had", "been"], ["was"], ["left", "office", "as"], ["stepped", "down", "as"], ["resigned", "as"]:
            return true
        default:
            return nil
        }
    }

    /// True when the modifiers of the title phrase in `range` say "new" (or "brand-new") and not
    /// "next", "future" or "incoming".
    static func onlyNew(_ units: [Unit], _ tokens: [Token], in range: Range<Int>) -> Bool {
        var sawNew = false
        for u in range where !units[u].hasSenses {
            let w = tokens[units[u].tokens.lowerBound].folded
            if w == "new" { sawNew = true }
            if w == "next" || w == "future" || w == "incoming" { return false }
        }
        return sawNew
    }

    /// Moves `p` past the modifiers before a title ("former", "outgoing", "next"), noting which.
    @inline(never)
    static func takeModifiers(
        _ units: [Unit], _ tokens: [Token], _ p: inout Int, former: inout Bool, isNext: inout Bool, isDeputy: inout Bool,
        sawModifier: inout Bool
    ) {
        // "NATO's 14th secretary general": an ordinal says which holder, not what office.
        // (Only after a possessive or "the", where one can stand: the check is not made at every name.)
        if p > 0, p < units.count, !units[p].isCapitalized,
            tokens[units[p - 1].tokens.lowerBound].kind == .possessive || tokens[units[p - 1].tokens.lowerBound].folded == "the",
            isOrdinal(units, tokens, at: p)
        {
            p += 1
        }
        // "Hungary's nationalist prime minister": a plain adjective right before the title.
        if isAdjectiveBeforeTitle(units, tokens, at: p) { p += 1 }
        while p < units.count, !units[p].hasSenses,
            modifiers.contains(tokens[units[p].tokens.lowerBound].folded, hash: units[p].hash)
        {
            let w = tokens[units[p].tokens.lowerBound].folded
            if w == "former" || w == "ex" { former = true }
            // "Erdoğan, then Turkey's prime minister", "the then prime minister" (not "and then
            // President Erdoğan", a next step).
            if w == "then", p == 0 || [",", "the", "(", "–"].contains(tokens[units[p - 1].tokens.lowerBound].folded) { former = true }
            if w == "next" || w == "new" || w == "future" || w == "incoming" { isNext = true }
            if w == "deputy" { isDeputy = true }
            sawModifier = true
            p += 1
            if p < units.count, tokens[units[p].tokens.lowerBound].folded == "-" { p += 1 }
        }
        // "a former Labour prime minister", "the outgoing liberal premier": one adjective (a
        // party's name too) between the modifiers and the title.
        if sawModifier, isAdjectiveBeforeTitle(units, tokens, at: p, capitalized: true) { p += 1 }
    }

    /// "the Dutch politician", "the Romanian candidate" with the demonym at unit `u`: a role
    /// mention of the person of that country named last (as "the Dutch leader" is), and the unit
    /// after it; nil when the words around do not fit ("a Dutch diplomat" is someone else).
    /// Not inlined: code added to ``recognize(_:in:range:entities:reusing:)`` made the compiler
    /// outline its array accesses.
    @inline(never)
    func demonymRole(_ units: [Unit], _ tokens: [Token], at u: Int, country: EntityID, entities: ArticleEntities) -> (Mention, Int)? {
        func isWord(_ v: Int, in set: WordSet) -> Bool {
            v >= 0 && v < units.count && !units[v].hasSenses && set.contains(tokens[units[v].tokens.lowerBound].folded, hash: units[v].hash)
        }
        guard isWord(u + 1, in: EntityRecognizer.personRoleNouns), isWord(u - 1, in: EntityRecognizer.definite),
            let people = resolveRole(country: country, office: nil, before: units[u - 1].tokens.lowerBound, entities: entities)
        else { return nil }
        var next = u + 2
        let possessive = next < units.count && tokens[units[next].tokens.lowerBound].kind == .possessive
        if possessive { next += 1 }
        let mention = Mention(
            tokens: units[u - 1].tokens.lowerBound..<units[next - 1].tokens.upperBound, ref: people[0], kind: .person,
            form: .role, possessive: possessive, alternatives: Array(people.dropFirst()))
        return (mention, next)
    }

    /// "the 64-year-old" at unit `u` (the article "the", then an age): a role mention of the
    /// person named most among those named last, and the unit after it. Nil when the words around do not fit: an age that
    /// describes a noun after it ("the 75-year-old alliance") rather than standing for a person
    /// (then punctuation, a verb or a relative pronoun follows). Not inlined, as
    /// ``demonymRole(_:_:at:country:entities:)``.
    @inline(never)
    func ageRole(_ units: [Unit], _ tokens: [Token], at u: Int, entities: ArticleEntities) -> (Mention, Int)? {
        func word(_ v: Int) -> String {
            v >= 0 && v < units.count && !units[v].hasSenses ? tokens[units[v].tokens.lowerBound].folded : ""
        }
        guard u + 5 < units.count, tokens[units[u + 1].tokens.lowerBound].kind == .number, let age = Int(word(u + 1)),
            age >= 16, age <= 110, word(u + 2) == "-", word(u + 3) == "year", word(u + 4) == "-", word(u + 5) == "old"
        else { return nil }
        var next = u + 6
        let possessive = next < units.count && tokens[units[next].tokens.lowerBound].kind == .possessive
        if possessive { next += 1 }
        let at = units[u].tokens.lowerBound
        guard next >= units.count || units[next].isPunctuation || EntityRecognizer.afterAgeRole.contains(word(next), hash: units[next].hash)
        else { return nil }
        // Of the people named recently, the one named most (the most recent of a tie): an age
        // stands for the article's protagonist, not for the minister named in passing.
        var people = entities.peopleBefore(at)
        guard !people.isEmpty else { return nil }
        let counts = people.map { entities.timesNamed($0, before: at) }
        if let best = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }), best > 0 {
            people.insert(people.remove(at: best), at: 0)
        }
        let mention = Mention(
            tokens: units[u].tokens.lowerBound..<units[next - 1].tokens.upperBound, ref: people[0], kind: .person, form: .role,
            possessive: possessive, alternatives: Array(people.dropFirst()))
        return (mention, next)
    }
    /// Words that may follow "the 57-year-old" standing for a person: verbs and relative pronouns.
    static let afterAgeRole: WordSet = [
        "is", "was", "will", "would", "has", "had", "said", "says", "told", "could", "can", "may", "might", "must", "should",
        "also", "now", "then", "remains", "became", "who", "whose", "did", "does", "insisted", "added", "replied",
    ]

    /// An office phrase names its organization too ("NATO's top job" names NATO): "the
    /// alliance" after it is that organization.
    @inline(never)
    static func noteJurisdiction(_ j: EntityID, at token: Int, in entities: inout ArticleEntities) {
        if entities.kind(of: .known(j)) == .organization { entities.noteGroup(.known(j), kind: .organization, at: token) }
    }

    /// A capital named for its government ("Budapest, the only government to ...", "Washington
    /// and Berlin backed him"), not as a place ("in Budapest"): "it" after it, and a title with no
    /// country, are that country's.
    @inline(never)
    static func noteGovernment(_ capital: EntityID, at token: Int, afterPreposition: Bool, in entities: inout ArticleEntities) {
        guard !afterPreposition, let country = entities.lexicon.country(of: capital) else { return }
        entities.noteGroup(.known(country), kind: .country, at: token)
    }

    /// True when a title's last word is a plural ("ministers", "premiers", "leaders").
    static func isPlural(_ word: String) -> Bool { word.hasSuffix("s") && !word.hasSuffix("ss") }

    /// The people a role phrase may mean: the most recent of that country (for a bare nationality
    /// noun, `bySalience`, the most named), or the office's holder.
    func resolveRole(
        country: EntityID?, office: EntityRef?, before index: Int, entities: ArticleEntities, bySalience: Bool = false
    ) -> [EntityRef]? {
        var people = entities.peopleBefore(index)
        if let office, let holder = entities.holderOf[office] {
            people.removeAll { $0 == holder }
            return [holder] + people
        }
        guard let country else { return people.isEmpty ? nil : people }
        var matching = people.filter { entities.country(ofPerson: $0) == country }
        // "By then every ally had rallied behind the Dutchman", after "handing over to Dick
        // Schoof": of several people of the country, the one the article has named most (the
        // most recent of a tie) is the one a bare nationality noun means (not a title, "a former
        // Romanian foreign minister", which describes the person just named).
        if bySalience, matching.count > 1 {
            let counts = matching.map { entities.timesNamed($0, before: index) }
            if let best = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 < $1) }), best > 0 {
                matching.insert(matching.remove(at: best), at: 0)
            }
        }
        return matching.isEmpty ? nil : matching
    }

    /// Lexicon matches and plain tokens, made in the storage of `made` (whose contents are dropped).
    func makeUnits(_ tokens: [Token], range: Range<Int>, lexicon: Lexicon, into made: inout Units) {
        // Taken out of `made`, so that the lists are unique and grow in place.
        var units = made.units
        var buffer = made.senses
        made = Units()
        units.removeAll(keepingCapacity: true)
        units.reserveCapacity(range.count)
        buffer.removeAll(keepingCapacity: true)
        // One allocation for a sentence's senses, not one per doubling.
        buffer.reserveCapacity(16)
        var i = range.lowerBound
        while i < range.upperBound {
            // Fields only: copying a token would retain its strings.
            let kind = tokens[i].kind
            let isCapitalized = tokens[i].isCapitalized
            let hash = tokens[i].hash
            if kind == .word || kind == .number,
                let match = lexicon.trie.longestMatchNode(tokens, from: i, limit: range.upperBound)
            {
                // Titles match in any case; names, demonyms and nouns only with a capital.
                let capital = isCapitalized || kind == .number
                let senseStart = Int32(buffer.count)
                var title: Int32 = -1
                lexicon.trie.forEachSense(node: match.node, allCaps: match.allCaps) { sense in
                    if case .title(let t) = sense {
                        if title < 0 { title = Int32(t) }
                    } else if !capital {
                        return
                    }
                    buffer.append(sense)
                }
                if Int32(buffer.count) > senseStart {
                    units.append(
                        Unit(
                            tokens: i..<match.end, senseStart: senseStart, senseEnd: Int32(buffer.count), title: title,
                            isCapitalized: isCapitalized, isPunctuation: false, hash: hash))
                    i = match.end
                    continue
                }
            }
            units.append(
                Unit(
                    tokens: i..<(i + 1), senseStart: 0, senseEnd: 0, title: -1, isCapitalized: isCapitalized,
                    isPunctuation: kind == .punctuation, hash: hash))
            i += 1
        }
        made = Units(units: units, senses: buffer)
    }

    /// "Supreme Council of National Defence": capitalised words with an organization noun.
    func organizationName(_ units: [Unit], _ tokens: [Token], in bytes: [UInt8], at u: Int, entities: inout ArticleEntities)
        -> (EntityRef, Int)?
    {
        var end = u
        var hasOrgNoun = false
        var lastCapital = u
        while end < units.count, end - u < 8 {
            let unit = units[end]
            let word = tokens[unit.tokens.lowerBound].folded
            if !unit.hasSenses, unit.isCapitalized, !unit.isPunctuation,
                !EntityRecognizer.notNames.contains(word, hash: unit.hash)
            {
                if EntityRecognizer.orgNouns.contains(word, hash: unit.hash) { hasOrgNoun = true }
                lastCapital = end
                end += 1
            } else if end > u, EntityRecognizer.organizationJoiners.contains(word, hash: unit.hash), !unit.hasSenses {
                end += 1
            } else {
                break
            }
        }
        let stop = lastCapital + 1
        guard hasOrgNoun, stop - u >= 2 else { return nil }
        let name = surfaceText(tokens, units[u].tokens.lowerBound..<units[stop - 1].tokens.upperBound, in: bytes)
        return (entities.discover(name: name, kind: .organization), stop)
    }
}

/// The words of tokens joined as written in `bytes` (single spaces, no space before a hyphen's
/// neighbours).
func surfaceText(_ tokens: [Token], _ range: Range<Int>, in bytes: [UInt8]) -> String {
    if range.count == 1 { return tokens[range.lowerBound].surface(in: bytes) }
    var out: [UInt8] = []
    out.reserveCapacity(tokens[range.upperBound - 1].end - tokens[range.lowerBound].start)
    var previousEnd: Int?
    for k in range {
        if let end = previousEnd, end < tokens[k].start, tokens[k].kind != .possessive { out.append(UInt8(ascii: " ")) }
        out.append(contentsOf: bytes[tokens[k].start..<tokens[k].end])
        previousEnd = tokens[k].end
    }
    return String(decoding: out, as: UTF8.self)
}
