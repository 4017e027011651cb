/// A sentence as rules see it: items that are either one plain token or one entity mention, with
/// helpers to match word patterns and find the subject and object around a trigger.
///
/// Rules match patterns over words and entity kinds only; they never look at one article's
/// sentence or one name.
public struct SentenceView: Sendable {
    /// One token, or one mention covering several tokens.
    public struct Item: Sendable {
        /// The tokens.
        public var tokens: Range<Int>
        /// The folded word of a plain token, or a pronoun's word ("his"); "" for a named entity.
        public var word: String
        /// The index of the mention in ``RecognizedSentence/mentions``, for an entity; -1 otherwise
        /// (an index, not the mention: reading an item copies no mention).
        public var mentionIndex: Int32
        /// ``WordSet/hash(_:)`` of `word`.
        public var hash: UInt32

        /// True when the item is a mention.
        @inline(__always) public var isMention: Bool { mentionIndex >= 0 }
    }
    /// The items, in text order.
    public let items: [Item]
    /// The sentence's index in the article.
    public let index: Int
    /// The recognised sentence (mentions and holdings).
    public let recognized: RecognizedSentence
    /// The article's tokens.
    public let tokens: [Token]
    /// True when a mention of the sentence names an office.
    public let hasOfficeMention: Bool

    /// Builds the items of a recognised sentence.
    public init(index: Int, recognized: RecognizedSentence, tokens: [Token]) {
        var spare: [Item] = []
        self.init(index: index, recognized: recognized, tokens: tokens, reusing: &spare)
    }

    /// The view of a recognised sentence, its items made in the storage of `spare` (the items of
    /// a sentence whose view is done), so that an article's sentences share one list.
    init(index: Int, recognized: RecognizedSentence, tokens: [Token], reusing spare: inout [Item]) {
        self.index = index
        self.recognized = recognized
        self.tokens = tokens
        // Taken out of `spare`, so that the list is unique and is refilled in place.
        var items = spare
        spare = []
        items.removeAll(keepingCapacity: true)
        items.reserveCapacity(recognized.tokens.count)
        var m = 0
        var i = recognized.tokens.lowerBound
        let mentions = recognized.mentions
        while i < recognized.tokens.upperBound {
            if m < mentions.count, mentions[m].tokens.lowerBound == i {
                let mention = mentions[m]
                let word = mention.form == .pronoun ? tokens[i].folded : ""
                items.append(
                    Item(
                        tokens: mention.tokens, word: word, mentionIndex: Int32(m),
                        hash: mention.form == .pronoun ? tokens[i].hash : SentenceView.emptyHash))
                i = max(mention.tokens.upperBound, i + 1)
                m += 1
                while m < mentions.count, mentions[m].tokens.lowerBound < i { m += 1 }
                continue
            }
            // Fields only: copying a token would retain its strings.
            let kind = tokens[i].kind
            let word = kind == .possessive ? SentenceView.possessiveWord : tokens[i].folded
            items.append(
                Item(
                    tokens: i..<(i + 1), word: word, mentionIndex: -1,
                    hash: kind == .possessive ? SentenceView.possessiveHash : tokens[i].hash))
            i += 1
        }
        self.items = items
        hasOfficeMention = mentions.contains { $0.kind == .office }
    }

    static let possessiveHash = WordSet.hash("'s")
    static let possessiveWord = "'s"
    /// The possessive clitic as an item's word ("the alliance 's").
    static let possessiveMark: WordSet = [possessiveWord]
    static let emptyHash = WordSet.hash("")

    /// The number of items.
    public var count: Int { items.count }

    /// True for a question: the sentence ends with "?" (before any closing quotes or brackets).
    /// A question asks; it claims nothing ("Has a Dutchman led NATO before?").
    public var isQuestion: Bool {
        var k = items.count - 1
        while k >= 0, isWord(k, in: SentenceView.closers) { k -= 1 }
        return isWord(k, in: SentenceView.questionMark)
    }
    static let closers: WordSet = ["\"", "\u{201D}", "\u{2019}", "'", ")", "\u{BB}", "]"]
    static let questionMark: WordSet = ["?"]

    /// The word of item `k` ("" past the ends or for a named entity).
    @inline(__always)
    public func word(_ k: Int) -> String { k >= 0 && k < items.count ? items[k].word : "" }

    /// The mention of item `k`, if it is one.
    @inline(__always)
    public func mention(_ k: Int) -> Mention? {
        guard k >= 0 && k < items.count else { return nil }
        let m = items[k].mentionIndex
        return m >= 0 ? recognized.mentions[Int(m)] : nil
    }

    /// True when item `k` is a mention (no copy of it).
    @inline(__always)
    public func isMention(_ k: Int) -> Bool { k >= 0 && k < items.count && items[k].mentionIndex >= 0 }

    /// The kind of the mention at item `k`, if it is one (no copy of it).
    @inline(__always)
    public func mentionKind(_ k: Int) -> EntityKind? {
        guard k >= 0 && k < items.count else { return nil }
        let m = items[k].mentionIndex
        return m >= 0 ? recognized.mentions[Int(m)].kind : nil
    }

    /// True when `a` and `b` are the same word: the lengths first, so that most words that
    /// differ are told apart without a call into the string comparison.
    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    /// True when `words` holds `w`.
    @inline(__always)
    static func among(_ w: String, _ words: [String]) -> Bool {
        for x in words where same(w, x) { return true }
        return false
    }

    /// True when item `k` is a plain word in `set`.
    @inline(__always)
    public func isWord(_ k: Int, in set: WordSet) -> Bool {
        guard k >= 0, k < items.count, !items[k].word.isEmpty else { return false }
        return set.contains(items[k].word, hash: items[k].hash)
    }

    /// True when item `k` is one of a few words (a literal list: no hashing, no set to build;
    /// inlined so that the literal array stays on the caller's stack instead of the heap).
    @inline(__always)
    public func isWord(_ k: Int, in words: [String]) -> Bool {
        guard k >= 0, k < items.count else { return false }
        let w = items[k].word
        return !w.isEmpty && SentenceView.among(w, words)
    }

    /// Matches a pattern at item `k`; returns the index past the match.
    public func match(_ pattern: Pattern, at k: Int) -> Int? {
        // Slots are read in place (no copy of their word sets).
        pattern.slots.withUnsafeBufferPointer { slots in
            var j = k
            for s in slots.indices {
                let ok: Bool
                switch slots[s].kind {
                case .any: ok = j >= 0 && j < items.count && !items[j].isMention && !items[j].word.isEmpty
                case .possessive: ok = isWord(j, in: SentenceView.possessiveDeterminers)
                case .words: ok = isWord(j, in: slots[s].words)
                }
                if ok {
                    j += 1
                } else if !slots[s].optional {
                    return nil
                }
            }
            return j
        }
    }

    static let possessiveDeterminers: WordSet = ["his", "her", "its", "their", "our", "my", "the", "your"]

    /// The first token index of item `k` (the sentence end past the last item).
    public func tokenStart(_ k: Int) -> Int {
        k < items.count ? items[max(k, 0)].tokens.lowerBound : recognized.tokens.upperBound
    }

    /// Tokens from item `a` through item `b` (inclusive), for evidence.
    public func span(_ a: Int, _ b: Int) -> Range<Int> {
        let lo = min(a, b), hi = max(a, b)
        return items[max(lo, 0)].tokens.lowerBound..<items[min(hi, items.count - 1)].tokens.upperBound
    }

    /// All tokens of the sentence.
    public var all: Range<Int> { recognized.tokens }

    // MARK: Clause structure

    static let clauseMarks: WordSet = [",", ";", ":", "–", "(", ")", "\"", "."]
    static let clauseEnds: WordSet = [",", ";", "–", ".", ":", "\""]
    static let clauseStarts: WordSet = [",", ";", "–", ":", "\""]
    static let antecedentMarks: WordSet = [",", "–", "-"]
    /// Marks that may close a parenthesis before a verb (one probe, not four comparisons).
    static let parenthesisMarks: WordSet = [",", "–", "(", ")"]
    /// Nouns for the allies still refusing, which a list can follow in apposition.
    static let holdouts: WordSet = ["holdouts", "hold-outs", "holdout", "hold-out"]

    /// True when item `i` is inside a title phrase that recognition attached to a name before
    /// item `opening` ("Viktor Orbán, Hungary's prime minister").
    func isAttachedTitle(_ i: Int, after opening: Int) -> Bool {
        guard i < items.count, opening >= 0 else { return false }
        let token = items[i].tokens.lowerBound
        let open = items[opening].tokens.lowerBound
        return recognized.holdings.contains { $0.tokens.contains(token) && $0.tokens.lowerBound < open }
    }

    /// True for a word of ASCII digits only ("57").
    static func isDigits(_ word: String) -> Bool { !word.isEmpty && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    /// Marks that end the search for a subject.
    static let subjectEndMarks: WordSet = ["\"", ".", ";", ":"]
    static let raisingVerbs: WordSet = ["said", "reported", "thought", "believed", "understood"]
    static let raisingAuxiliaries: WordSet = ["is", "are", "was", "were", "been"]
    static let raisingAdverbs: WordSet = ["also", "still", "now", "widely", "generally", "already"]
    static let to: WordSet = ["to"]
    // Words that helpers look for, read once a process (a literal list at a call is built and
    // destroyed on every call).
    static let the: WordSet = ["the"]
    static let comma: WordSet = [","]
    static let whose: WordSet = ["whose"]
    static let who: WordSet = ["who"]
    static let including: WordSet = ["including", "notably", "especially", "among"]
    static let articles: WordSet = ["a", "an", "the"]
    static let and: WordSet = ["and"]
    static let andBut: WordSet = ["and", "but"]
    static let of: WordSet = ["of"]
    static let with: WordSet = ["with"]
    static let by: WordSet = ["by"]
    static let on: WordSet = ["on"]
    static let `in`: WordSet = ["in"]
    static let over: WordSet = ["over"]
    static let `for`: WordSet = ["for"]
    /// Punctuation that ends a verb's own phrase.
    static let clausePunctuation: WordSet = [",", ".", ";", ":", "\u{2013}", "\u{2014}", "-", "(", ")"]
    static let hyphen: WordSet = ["-"]
    static let subordinateStarts: WordSet = [
        ",", "after", "when", "as", "because", "while", "since", "before", "once", "\"", "with", "that",
    ]
    static let sentenceBreaks: WordSet = [";", ":", "."]
    /// Words that make a clause a condition ("if ... withdraws", "unless").
    static let conditionalCues: WordSet = ["if", "unless", "whether", "might", "could", "should"]
    static let relativePronouns: WordSet = ["who", "which", "whose", "whom"]
    static let relativeGroupPronouns: WordSet = ["that", "which", "who"]
    static let appositionOpeners: WordSet = ["who", "which", "whose", "whom", "the", "a", "an", "another", "one", "already", "also"]

    /// The subject of a verb at item `k`: the nearest mention of `kinds` to the left, looking
    /// past adverbs and auxiliaries, over a parenthesis between commas or dashes ("Slovakia,
    /// another ..., has finally signaled"), and from a relative pronoun to its antecedent
    /// ("Hungary, which had long opposed him"). Coordinated subjects come with it ("The United
    /// States, Britain, France and Germany have thrown ...").
    public func subjects(before k: Int, kinds: KindSet) -> [Int] {
        var j = k - 1
        var steps = 0
        while j >= 0, steps < 14 {
            steps += 1
            if items[j].isMention {
                let m = recognized.mentions[Int(items[j].mentionIndex)]
                // "Every other NATO country supports": the organization names the group, it is not
                // the subject.
                if m.kind == .organization, j + 1 < k,
                    isWord(j + 1, in: QuantifiedRules.allyNouns) || isWord(j + 1, in: QuantifiedRules.groupNouns)
                {
                    return []
                }
                // "the alliance's heaviest hitters lined up behind him": what the organization has
                // is the subject, not the organization.
                if m.kind == .organization, m.possessive, j + 1 < k, !isMention(j + 1) { return [] }
                // "Viktor Orbán of Hungary dropped his opposition": the person the country qualifies.
                if m.kind == .country, kinds.contains(.person), !m.possessive, isWord(j - 1, in: SentenceView.of), j >= 2,
                    let p = mention(j - 2), p.kind == .person, p.form == .name, !p.possessive
                {
                    return coordinated(from: j - 2, kinds: kinds)
                }
                if kinds.contains(m.kind) || (m.kind == .place && m.viaCapital && kinds.contains(.country)) {
                    return coordinated(from: j, kinds: kinds)
                }
                // "his nation": the person whose nation it is.
                if m.form == .pronoun || m.kind == .office { j -= 1; continue }
                return []
            }
            let w = items[j].word
            // "Slovakia and Türkiye, the other two capitals that (which) ...": the countries, when
            // the phrase in apposition is a group of them.
            if isWord(j, in: SentenceView.relativeGroupPronouns), kinds.contains(.country), isWord(j - 1, in: QuantifiedRules.groupNouns),
                let p = appositionHead(before: j), mentionKind(p) == .country || mention(p)?.viaCapital == true
            {
                return coordinated(from: p, kinds: kinds)
            }
            if isWord(j, in: SentenceView.relativePronouns) {
                // The antecedent: the mention before the pronoun (past a comma or dash).
                var a = j - 1
                while a >= 0, !items[a].isMention, SentenceView.antecedentMarks.contains(items[a].word, hash: items[a].hash) { a -= 1 }
                if a >= 0, let m = mention(a), kinds.contains(m.kind) || (m.kind == .place && m.viaCapital) {
                    // "the United States, Germany, France and Britain, which all declared": the list.
                    return isWord(j + 1, in: MembershipRules.both) ? coordinated(from: a, kinds: kinds) : [a]
                }
                // "Klaus Iohannis, president of Romania, who ...": a title in apposition (read as
                // plain words, a few between commas) stands for the person before it.
                if kinds.contains(.person), a < j - 1, !isMention(a) {
                    var b = a
                    while b > 0, a - b < 4, !isMention(b), !isWord(b, in: SentenceView.comma) { b -= 1 }
                    if b >= 1, b < a, isWord(b, in: SentenceView.comma), let p = mention(b - 1), p.kind == .person, !p.possessive {
                        return [b - 1]
                    }
                }
                // "Jens Stoltenberg of Norway, who ...": the person the country qualifies.
                if a >= 2, kinds.contains(.person), mentionKind(a) == .country, isWord(a - 1, in: SentenceView.of),
                    mentionKind(a - 2) == .person
                {
                    return [a - 2]
                }
                // "Jens Stoltenberg, the Norwegian who ...": the demonym stands for the person.
                if a >= 3, kinds.contains(.person), mention(a)?.form == .demonym, isWord(a - 1, in: SentenceView.the),
                    isWord(a - 2, in: SentenceView.comma),
                    let p = mention(a - 3), p.kind == .person
                {
                    return [a - 3]
                }
                // "Mr Stoltenberg, a former Norwegian prime minister who ...": a noun phrase in
                // apposition stands for the person before it.
                if kinds.contains(.person), let p = appositionHead(before: j), mention(p)?.kind == .person { return [p] }
                j = a
                continue
            }
            // "Romania's president, Klaus Iohannis, has pulled out": the comma closes an apposition
            // that the recognizer read as one mention with its title.
            if w == ",", j >= 1, let m = mention(j - 1), kinds.contains(m.kind), m.kind == .person, !m.possessive,
                tokens[m.tokens].contains(where: { $0.kind == .punctuation && $0.folded == "," })
            {
                return coordinated(from: j - 1, kinds: kinds)
            }
            // "Orbán held out until June, then endorsed him": ", then" joins two verbs of one subject,
            // the main clause's.
            if w == ",", isWord(j + 1, in: ModalityClassifier.then) {
                if let main = participleSubject(at: j + 1, kinds: kinds) { return coordinated(from: main, kinds: kinds) }
                j -= 1
                continue
            }
            // "Chancellor Olaf Scholz, along with the governments in Washington, Paris and London,
            // backed": a parenthesis of companions (commas inside), which the rule adds itself.
            if w == ",",
                let a = (max(1, j - 14)..<j).last(where: {
                    isWord($0, in: SupportRules.alongside)
                        || (isWord($0, in: SupportRules.alongWith) && isWord($0 + 1, in: SentenceView.with))
                }),
                isWord(a - 1, in: SentenceView.comma), let m = mention(a - 2), kinds.contains(m.kind) || m.viaCapital, !m.possessive
            {
                // (Only right after the subject: "backed Rutte early, together with A, B and C, all of
                // which endorsed him" is C's relative clause, not Rutte's.)
                j = a - 2
                continue
            }
            if SentenceView.parenthesisMarks.contains(w, hash: items[j].hash) {
                // A parenthesis closes here if an earlier mark opens one with an apposition or a
                // relative clause; jump over it.
                var o = j - 1
                while o >= 0, !(!items[o].isMention && (SentenceView.same(items[o].word, w) || (w == ")" && items[o].word == "("))) {
                    o -= 1
                }
                // "The last of Rutte's rivals, Romania's President Klaus Iohannis, is likely to
                // withdraw": a name alone between the commas, after a plain noun, is the subject.
                // So is one after a title ("Romania's president, Klaus Iohannis, has pulled out").
                if w == ",", o >= 1, o + 2 == j, kinds.contains(.person), let p = mention(o + 1), p.kind == .person,
                    p.form == .name, !p.possessive, !items[o - 1].isMention || mention(o - 1)?.kind == .office
                {
                    return [o + 1]
                }
                // "the last holdouts – Hungary, Slovakia and Türkiye – came round": a group noun
                // before dashes that list its members; the members are the subject.
                if w == "\u{2013}", o >= 1, isWord(o - 1, in: QuantifiedRules.groupNouns) || isWord(o - 1, in: SentenceView.holdouts),
                    let first = mention(o + 1), kinds.contains(first.kind),
                    !first.possessive, let last = coordinatedRight(from: o + 1, kinds: kinds).last, last == j - 1
                {
                    return coordinatedRight(from: o + 1, kinds: kinds)
                }
                // "Several eastern allies, including Poland and the Baltic states, have backed", "Most
                // allies, among them the United States and Germany, endorsed": the ones named.
                if w == ",", o >= 1, isWord(o + 1, in: SentenceView.including),
                    let first = (o + 2..<j).first(where: { mention($0).map { kinds.contains($0.kind) } ?? false })
                {
                    return coordinatedRight(from: first, kinds: kinds)
                }
                // "Romania, whose president, Klaus Iohannis, remains in the race": the verb is the
                // relative clause's, and its subject the one "whose" introduces.
                if w == ",", o >= 1, o + 3 == j, isWord(o + 1, in: SentenceView.whose), let p = mention(o + 2),
                    kinds.contains(p.kind), !p.possessive
                {
                    return [o + 2]
                }
                // "Sweden, NATO's newest member, joined": a possessive opens an apposition too.
                if o >= 1,
                    SentenceView.appositionOpeners.contains(word(o + 1)) || (mention(o + 1)?.kind == .person && w == ",")
                        || (w == "," && mention(o + 1)?.possessive == true && !isMention(o + 2))
                        // "Viktor Orbán, with whom Rutte has clashed, is not expected to": a
                        // relative clause led by a preposition.
                        || (w == "," && isWord(o + 1, in: EntityRecognizer.prepositions) && isWord(o + 2, in: SentenceView.whomWhich))
                        // "Mark Rutte, 57, served": an age between commas.
                        || (w == "," && o + 2 == j && SentenceView.isDigits(word(o + 1)))
                        // "Slovakia, now governed by Robert Fico, has not backed": a passive
                        // participle and its agent.
                        || (w == "," && isParticipleAside(o + 1) && mention(o - 1).map { kinds.contains($0.kind) } == true)
                        // "Viktor Orbán, Hungary's prime minister, refused": a title that recognition
                        // attached to the name before the comma.
                        || (w == "," && isAttachedTitle(o + 1, after: o))
                        // "Turkey, ever transactional, has yet to", "Hungary, as always, ...": a
                        // short aside of plain words after a subject.
                        || (w == "," && isAside(o + 1..<j) && mention(o - 1).map { kinds.contains($0.kind) } == true)
                {
                    j = o - 1
                    continue
                }
                if w == "," || w == "–" { return [] }
                j -= 1
                continue
            }
            // `Joe Biden "strongly supports" P`, `Hungary was "ready to support" P`: a quotation
            // that opens on the verb phrase, right after the words before it. So is a quoted
            // adverb before the verb (`Budapest "obviously" cannot support`): one closed pair of
            // marks around plain words.
            if w == "\"", k - j <= 5, j >= 1, !isWord(j - 1, in: SentenceView.clausePunctuation),
                !isWord(j - 1, in: SentenceView.subjectEndMarks), !(j + 1..<k).contains(where: { isMention($0) }),
                (j + 1..<k).filter({ word($0) == "\"" }).count <= 1, k - j <= 3 || word(j + 2) == "\"" || word(j + 3) == "\""
            {
                j -= 1
                continue
            }
            if SentenceView.subjectEndMarks.contains(w, hash: items[j].hash) { return [] }
            // "Italy is said to favour him": a raising verb, not a report about someone else.
            // ("is also said to", "was widely thought to": an adverb between.)
            if isWord(j, in: SentenceView.raisingVerbs), isWord(j + 1, in: SentenceView.to),
                isWord(j - 1, in: SentenceView.raisingAuxiliaries)
                    || (isWord(j - 1, in: SentenceView.raisingAdverbs) && isWord(j - 2, in: SentenceView.raisingAuxiliaries))
            {
                j -= 1
                continue
            }
            if isWord(j, in: SentenceView.subjectStops) { return [] }
            j -= 1
        }
        return []
    }

    /// True when item `k` opens "(now) governed|led|run by ...": a participle with its agent,
    /// set between commas after a subject.
    func isParticipleAside(_ k: Int) -> Bool {
        let p = isWord(k, in: SentenceView.asideAdverbs) ? k + 1 : k
        guard !isMention(p), isWord(p + 1, in: SentenceView.by) else { return false }
        let w = word(p)
        return w.hasSuffix("ed") || isWord(p, in: SentenceView.irregularParticiples)
    }
    static let asideAdverbs: WordSet = ["now", "still", "currently", "then", "long"]
    static let irregularParticiples: WordSet = ["led", "run", "held", "won", "chosen", "driven", "ruled"]

    static let likeUnlike: WordSet = ["like", "unlike"]
    static let whomWhich: WordSet = ["whom", "which"]

    /// True when items `range` are one to six plain words (no mention, no mark) and, past three,
    /// no finite verb of their own: an aside between commas ("ever transactional", "as always",
    /// "however", "once tipped for the job"; not "whose president, P, had just been sworn in").
    func isAside(_ range: Range<Int>) -> Bool {
        // "Slovakia, like Hungary, had long withheld its backing": a comparison with others
        // named, which are not the subject.
        if range.count >= 2, range.count <= 4, isWord(range.lowerBound, in: SentenceView.likeUnlike),
            range.dropFirst().allSatisfy({ items[$0].isMention || isWord($0, in: SentenceView.and) })
        {
            return true
        }
        guard !range.isEmpty, range.count <= 6 else { return false }
        // ("for his part", "I'm told": a pronoun is no one named.)
        for a in range
        where (items[a].isMention && mention(a)?.form != .pronoun)
            || SentenceView.clausePunctuation.contains(items[a].word, hash: items[a].hash)
        {
            return false
        }
        return range.count <= 3 || !range.contains { isWord($0, in: SentenceView.finiteAuxiliaries) }
    }
    static let finiteAuxiliaries: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
        "did", "does", "do",
    ]

    /// The subject shared by two coordinated verbs: for the second verb at item `k` ("the Dutch
    /// premier travelled to Istanbul and sat down with ...", "Rutte is the only contender and can
    /// count on ...", "launched a bid in March but withdrew"), the subject of the verb before
    /// "and" or "but". Nil when no "and" or "but" joins verbs there.
    public func sharedSubject(before k: Int, kinds: KindSet) -> Int? {
        // The "and" that joins the verbs: a few plain words back, with no mention of the kinds between.
        var a = k - 1
        while a >= 0, k - a <= 4, !items[a].isMention, !isWord(a, in: SentenceView.andBut) {
            if isWord(a, in: SentenceView.clauseMarks) { return nil }
            a -= 1
        }
        guard a > 0, isWord(a, in: SentenceView.andBut) else { return nil }
        // The subject of the first verb: walking back over its objects to a mention of the kinds
        // that opens its clause.
        var j = a - 1
        var steps = 0
        while j >= 0, steps < 14 {
            steps += 1
            if let m = mention(j), kinds.contains(m.kind), m.form != .pronoun || true {
                var b = j - 1
                if isWord(b, in: SentenceView.the) { b -= 1 }
                if b < 0
                    || isWord(b, in: SentenceView.subordinateStarts)
                {
                    return j
                }
                if let first = subjects(before: j + 1, kinds: kinds).last, first == j { return j }
            }
            // (The period of an abbreviation, "on Oct. 1 and will", breaks nothing.)
            if isWord(j, in: SentenceView.sentenceBreaks), !(word(j) == "." && SentenceSplitter.abbreviations.contains(word(j - 1))) {
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// The mention that a noun phrase in apposition ending at item `k - 1` follows: in "Mr
    /// Stoltenberg, a former Norwegian prime minister who", the item of "Mr Stoltenberg" for the
    /// "who" at `k`. The phrase is a few plain words opened by an article after a comma; nil when
    /// there is none.
    public func appositionHead(before k: Int) -> Int? {
        var b = k - 1
        while b > 0, k - b <= 7, !isMention(b), !isWord(b, in: SentenceView.comma) { b -= 1 }
        guard b >= 1, b < k - 2, isWord(b, in: SentenceView.comma), isWord(b + 1, in: SentenceView.articles),
            let m = mention(b - 1), !m.possessive
        else { return nil }
        return b - 1
    }

    /// The subject of a participle clause after a comma at item `k - 1` ("Mark Rutte took office
    /// on Tuesday, succeeding Jens Stoltenberg", "Rutte, replacing Stoltenberg, ..."): the
    /// subject of the sentence's main clause, which is its first mention past a dateline
    /// ("BRUSSELS, Oct 1 –"), when that is one of `kinds` and no preposition governs it. Nil
    /// otherwise.
    public func participleSubject(at k: Int, kinds: KindSet) -> Int? {
        guard k >= 2, isWord(k - 1, in: SentenceView.comma), word(k).hasSuffix("ing") || isWord(k, in: ModalityClassifier.then) else {
            return nil
        }
        var j = 0
        // A dateline: a place in capitals and a date, up to a dash.
        if tokens[items[0].tokens.lowerBound].isAllCaps,
            let dash = (1..<min(items.count, 12)).first(where: { isWord($0, in: SentenceView.datelineDashes) })
        {
            j = dash + 1
        }
        // "..., and the presidency is changing hands: P, elected in April, will be sworn in,
        // succeeding Q": the clause after a colon or semicolon has its own subject.
        if let mark = (j..<(k - 1)).last(where: { isWord($0, in: SentenceView.clauseOpeners) }) { j = mark + 1 }
        // "Dick Schoof succeeded him on 2 July, and Rutte became secretary general, taking over
        // from Q": a clause that ", and" opens with a person has its own subject.
        if let mark = (j..<(k - 1)).last(where: {
            isWord($0, in: SentenceView.and) && $0 > 0 && isWord($0 - 1, in: SentenceView.comma) && mentionKind($0 + 1) == .person
        }) {
            j = mark + 1
        }
        while j < k - 1 {
            if let m = mention(j) {
                // "NATO appointed P as its next secretary general, succeeding Q": the one appointed.
                if m.kind == .organization || m.kind == .country, !m.possessive,
                    let verb = (j + 1..<min(j + 5, k - 1)).first(where: { isWord($0, in: SentenceView.appointingVerbs) }),
                    let object = personObject(after: verb + 1, limit: 3), object < k, kinds.contains(.person)
                {
                    return object
                }
                guard kinds.contains(m.kind), m.form == .name || m.form == .pronoun || m.form == .role, !m.possessive,
                    j == 0 || !isWord(j - 1, in: EntityRecognizer.prepositions)
                else { return nil }
                return j
            }
            j += 1
        }
        return nil
    }

    /// Verbs whose object takes an office: "appointed P as", "named P".
    static let appointingVerbs: WordSet = [
        "appoint", "appoints", "appointed", "name", "names", "named", "chose", "choose", "chooses", "elected", "elect",
        "picked", "pick", "confirmed", "confirm", "selected", "select",
    ]

    static let datelineDashes: WordSet = ["–", "—", "-"]
    static let clauseOpeners: WordSet = [":", ";"]
    static let colon: WordSet = [":"]
    static let listEnders: WordSet = [";", "."]

    static let subjectStops: WordSet = [
        "said", "says", "say", "told", "according", "because", "if", "unless", "when", "while", "after", "before",
        "since", "until", "than", "and", "but", "or", "except", "countries", "members", "allies", "states",
        "nations", "governments", "capitals",
        // "whoever took over from Mr Stoltenberg": no one named.
        "whoever", "whomever",
    ]

    /// The mention at `j` and those coordinated with it to its left ("A, B and C").
    func coordinated(from j: Int, kinds: KindSet) -> [Int] {
        var out = [j]
        // "The United States, the United Kingdom, France and Germany": an article between a
        // comma and a name is passed over.
        func pastArticle(_ a: Int) -> Int { word(a) == "the" && (word(a - 1) == "," || word(a - 1) == "and") ? a - 1 : a }
        var a = pastArticle(j - 1)
        while a >= 1, word(a) == "," || word(a) == "and" || word(a) == "&" {
            var b = a - 1
            if word(b) == "," { b -= 1 }
            // "Washington, Berlin, Paris and London": capitals stand for their countries.
            guard let m = mention(b), kinds.contains(m.kind) || (m.kind == .place && m.viaCapital && kinds.contains(.country)),
                // "the Americans, the British, the French and the Germans": peoples for their countries.
                m.form == .name || m.form == .role || (m.form == .demonym && word(b - 1) == "the")
                    // "He and Orbán had a long conversation"
                    || (m.form == .pronoun && isWord(b, in: EntityRecognizer.subjectPronouns)),
                // "he delivered F-16s to Ukraine, and Poland supports": after ", and" (clauses
                // joined), a country governed by a preposition is no subject ("With Hungary and
                // Slovakia having dropped" still is a pair).
                !(word(a) == "and" && word(a - 1) == "," && isWord(b - 1, in: EntityRecognizer.prepositions)),
                // "will not support Rutte, and Turkey is in no hurry": a person and a country
                // after ", and" are two clauses, not one list.
                !(word(a) == "and" && word(a - 1) == "," && (m.kind == .person) != (mention(j)?.kind == .person)),
                // "In London, Foreign Secretary David Cameron ...": a place after a preposition is
                // where, not another of a person's list.
                !(isWord(b - 1, in: EntityRecognizer.prepositions) && (m.kind == .person) != (mention(j)?.kind == .person))
            else { break }
            out.append(b)
            a = pastArticle(b - 1)
        }
        return out.reversed()
    }

    /// The mentions coordinated with the mention at `j` to its right ("A, B and C", "A and B";
    /// with `or`, "A, B or C" too).
    public func coordinatedRight(from j: Int, kinds: KindSet, or: Bool = false) -> [Int] {
        var out = [j]
        var a = j + 1
        while a < items.count, word(a) == "," || word(a) == "and" || word(a) == "&" || (or && word(a) == "or") {
            var b = a + 1
            if word(b) == "and" || (or && word(b) == "or") { b += 1 }
            if word(b) == "the" { b += 1 }
            guard let m = mention(b), kinds.contains(m.kind) else { break }
            out.append(b)
            a = b + 1
        }
        return out
    }

    static let objectSkippable: WordSet = [
        "the", "a", "an", "his", "her", "its", "their", "for", "to", "of", "behind", "formally", "fully",
        "strongly", "now", "also", "still", "firmly", "publicly", "officially", "unanimously", "on", "board",
        "him", "wholeheartedly", "finally", "eventually", "once", "again", "from",
    ]

    /// The first person to the right of item `k` within a few items, looking past determiners and
    /// adverbs; nil when something else comes first (a deal, a country, a plan).
    public func personObject(after k: Int, limit: Int = 6) -> Int? {
        var j = k
        var steps = 0
        while j < items.count, steps < limit {
            if items[j].isMention {
                let m = recognized.mentions[Int(items[j].mentionIndex)]
                if m.kind == .person { return j }
                // "succeeding Norway's Jens Stoltenberg", "the Norwegian Jens Stoltenberg": the
                // person the country qualifies.
                if m.possessive || m.form == .demonym, m.kind == .country || m.kind == .organization, mentionKind(j + 1) == .person {
                    return j + 1
                }
                return nil
            }
            let w = items[j].word
            // `"strongly supports" Rutte's candidacy`: a quotation closing on the verb phrase.
            if j == k, w == "\"", (max(0, k - 4)..<k).contains(where: { items[$0].word == "\"" }) {
                j += 1
                continue
            }
            guard isWord(j, in: SentenceView.objectSkippable) || w.hasSuffix("ly") else { return nil }
            // "will come round once he is in office": "once" opens a clause whose subject follows.
            if isWord(j, in: SentenceView.onceWord), let m = mention(j + 1), m.form == .pronoun, !m.possessive,
                isWord(j + 1, in: EntityRecognizer.subjectPronouns)
            {
                return nil
            }
            j += 1
            steps += 1
        }
        return nil
    }
    static let onceWord: WordSet = ["once"]

    /// True when item `k` is a role phrase with an indefinite article ("a secretary general
    /// who ...", "a Dutch diplomat"): a kind of person, not someone named before.
    public func isIndefiniteRole(_ k: Int) -> Bool {
        guard let m = mention(k), m.form == .role else { return false }
        let first = tokens[items[k].tokens.lowerBound].folded
        return first == "a" || first == "an" || isWord(k - 1, in: SentenceView.aAn)
    }
    static let aAn: WordSet = ["a", "an"]
    /// The days of the week, folded.
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// The months, folded.
    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    static let that: WordSet = ["that"]
    static let conditionalOpeners: WordSet = ["if", "unless"]
    /// Auxiliaries that open a condition when they come before their subject ("had she wanted").
    static let invertingAuxiliaries: WordSet = ["had", "were", "should"]

    /// True when the words from token `token` on follow a relative pronoun ("leaving aside
    /// Romania, whose president Klaus Iohannis entered the race"): background the sentence
    /// states, not what its condition supposes.
    public func opensRelativeClause(at token: Int) -> Bool {
        guard let k = items.firstIndex(where: { $0.tokens.lowerBound == token }) else { return false }
        return isWord(k - 1, in: SentenceView.relativePronouns)
            || (isWord(k - 2, in: SentenceView.relativePronouns) && !isWord(k - 1, in: SentenceView.clausePunctuation))
    }
    static let openingMarks: WordSet = ["\"", "'", "–"]
    static let invertedConditionals: WordSet = ["should", "were", "had"]

    /// True when the sentence opens with a condition ("If Monday's dinner goes well, ... he would
    /// take over", "Should Ankara confirm its backing, ...", "Were Hungary to ..."): what it says
    /// is hypothetical, all of it.
    public var isConditional: Bool {
        var k = 0
        // Past an opening quote or dash.
        while k < count, isWord(k, in: SentenceView.openingMarks) { k += 1 }
        if isWord(k, in: SentenceView.conditionalOpeners) { return true }
        return isWord(k, in: SentenceView.invertedConditionals) && isMention(k + 1)
    }
    static let denials: WordSet = ["denied", "denies", "deny", "denying", "dismissed", "dismisses", "refuted", "rejected", "rejects"]
    /// What a denial is of: "denied that", "denied a report that", "dismissed reports".
    static let deniedThings: WordSet = [
        "that", "report", "reports", "claims", "claim", "suggestions", "suggestion", "speculation", "rumours", "rumors",
    ]

    /// The tokens of a report that the sentence's passive denies: "Reports in a Warsaw weekly
    /// that the government had favoured Kallas were dismissed by Sikorski" (the report's words,
    /// from the noun to the verb); nil otherwise.
    public var passivelyDenied: Range<Int>? {
        guard let d = first(SentenceView.denials, in: 0..<count), isWord(d - 1, in: SupportRules.passiveAuxiliaries),
            let noun = (0..<d).first(where: { isWord($0, in: SentenceView.deniedThings) && !isWord($0, in: SentenceView.that) }),
            first(SentenceView.that, in: (noun + 1)..<min(noun + 6, d)) != nil
        else { return nil }
        return items[noun].tokens.lowerBound..<items[d].tokens.lowerBound
    }

    /// True when the sentence denies what the one before it said, naming nothing of its own:
    /// "A Turkish official denied that, saying ...", "Ankara denied the report."
    public var deniesPrevious: Bool {
        guard let d = first(SentenceView.denials, in: 0..<count) else { return false }
        var j = d + 1
        if isWord(j, in: SentenceView.the) || isWord(j, in: SentenceView.anaphoricObjects) { j += 1 }
        guard j > d + 1, isWord(j - 1, in: SentenceView.anaphoricObjects) || isWord(j, in: SentenceView.deniedThings) else { return false }
        if isWord(j, in: SentenceView.deniedThings) { j += 1 }
        return j >= count || isWord(j, in: SentenceView.clausePunctuation)
    }
    /// "denied that", "denied it", "denied this".
    static let anaphoricObjects: WordSet = ["that", "it", "this"]

    /// The token that ", a report the government dismissed" starts at, after the reported words
    /// from token `reported`; nil when no denial of the report follows.
    public func denialOfReportAfter(_ reported: Int) -> Int? {
        for j in 0..<count where isWord(j, in: SentenceView.comma) && items[j].tokens.lowerBound > reported {
            guard isWord(j + 1, in: SentenceView.aAn) || isWord(j + 1, in: SentenceView.the), isWord(j + 2, in: SentenceView.deniedThings),
                first(SentenceView.denials, in: (j + 3)..<min(count, j + 8)) != nil
            else { continue }
            return items[j].tokens.lowerBound
        }
        return nil
    }

    /// The first token of what a sentence reports someone said ("A Dutch newspaper reported on
    /// Wednesday that Turkey had ...": the tokens after "that"), or nil.
    public var reportedFrom: Int? {
        guard let r = first(ModalityClassifier.reportingVerbs, in: 0..<count),
            let t = first(SentenceView.that, in: (r + 1)..<min(r + 6, count))
        else { return nil }
        return items[t].tokens.upperBound
    }

    /// The first token of what the sentence denies ("Turkey's presidency has denied a report ...
    /// that Erdogan would fly to Brussels": the tokens after "that"), or nil when it denies nothing.
    public var deniedFrom: Int? {
        guard let d = first(SentenceView.denials, in: 0..<count),
            let what = first(SentenceView.that, in: (d + 1)..<min(d + 12, count))
                ?? first(SentenceView.deniedThings, in: (d + 1)..<min(d + 5, count))
        else { return nil }
        return items[what].tokens.upperBound
    }

    /// The end of the clause that item `k` is in: the next comma, semicolon, dash or period.
    public func clauseEnd(after k: Int) -> Int {
        var j = k
        while j < items.count {
            if !items[j].isMention, SentenceView.clauseEnds.contains(items[j].word, hash: items[j].hash) { return j }
            j += 1
        }
        return items.count
    }

    /// The start of the clause that item `k` is in.
    public func clauseStart(before k: Int) -> Int {
        var j = k - 1
        while j >= 0 {
            if !items[j].isMention, SentenceView.clauseStarts.contains(items[j].word, hash: items[j].hash) { return j + 1 }
            j -= 1
        }
        return 0
    }

    /// True when a word of `set` stands in items `a..<b`.
    public func contains(_ set: WordSet, in range: Range<Int>) -> Bool {
        for k in range where k >= 0 && k < items.count && !items[k].isMention && isWord(k, in: set) {
            return true
        }
        return false
    }

    /// True when one of a few words stands in items `a..<b` (inlined: see ``isWord(_:in:)-([String])``).
    @inline(__always)
    public func contains(_ words: [String], in range: Range<Int>) -> Bool {
        first(words, in: range) != nil
    }

    /// The index of the first of a few words in items `a..<b`.
    @inline(__always)
    public func first(_ words: [String], in range: Range<Int>) -> Int? {
        for k in range where k >= 0 && k < items.count && !items[k].isMention && SentenceView.among(items[k].word, words) {
            return k
        }
        return nil
    }

    /// The index of the first word of `set` in items `a..<b`.
    public func first(_ set: WordSet, in range: Range<Int>) -> Int? {
        for k in range where k >= 0 && k < items.count && !items[k].isMention && isWord(k, in: set) {
            return k
        }
        return nil
    }
}
