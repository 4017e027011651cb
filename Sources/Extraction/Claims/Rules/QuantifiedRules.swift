/// Quantified support: one claim per NATO ally, each citing the sentence.
///
/// - `except (for) A, B and C, all (other N) allies|countries|members ... support P`,
///   `every member except A and B supports P`, `all allies but A and B have lined up behind P`:
///   the named ones get the opposite value;
/// - `all N NATO member states ... ratify P's appointment`, `P has the backing of every one of
///   NATO's N allies`, `all 32 allies signed off on P's appointment|the choice` (the article's
///   candidate): every ally;
/// - `N out of M ... support P`, `P can count on N of the alliance's M members`: the M - N
///   holdouts must be named, here or in the next sentences ("The lone holdout is Romania",
///   "Romania has its own candidate. Türkiye and Hungary have not yet ...") before the claims are
///   made; an unnamed share ("two-thirds", "more than 20") gives no claim per ally.
/// - no ally: `none of the allies`, `not a single member`, `P has yet to win support from any
///   (other) ally`, `never attracted the backing of a single other ally`, `never won support from
///   another ally`, `failing to win support beyond his own country` (the person's own country set
///   aside, with no claim);
/// - every ally: `the decision was taken by consensus of all 32 allies`, `making his support
///   unanimous`, `all 32 allies gave their formal approval`, `N of M allies are in P's corner`.
/// A requirement ("needs unanimous support from all 32") is no claim. The allies are NATO's
/// members on the article's date (lexicon accession dates).
public struct QuantifiedRules: ClaimRule {
    public var name: String { "quantified" }
    public var triggers: WordSet { QuantifiedRules.triggersAndCount }
    /// A quantifier waiting for its holdouts reads the next sentences.
    public func wants(_ s: SentenceView, in article: ArticleClaims) -> Bool { article.openQuantifier != nil }
    /// Creates the rules.
    public init() {}

    /// The nouns for one ally ("another ally", "another member state").
    static let allyNouns: WordSet = ["ally", "member", "country", "government", "capital", "nation"]
    static let groupNouns: WordSet = [
        "allies", "ally", "members", "member", "countries", "states", "nations", "governments", "capitals", "one",
    ]
    static let triggers: WordSet = [
        "support", "supports", "supported", "supporting", "back", "backs", "backed", "backing", "endorse", "endorses",
        "endorsed", "endorsing", "behind", "ratify", "ratified", "approve", "approved", "endorsement", "sign", "signs",
        "signed", "appoint", "appointed", "appoints", "pick", "picked", "picks", "chose", "chosen", "choose", "selected",
        "board", "came", "come", "comes", "declared", "declare", "declares", "approval", "blessing", "consensus", "corner",
        "camp", "unanimous", "nod",
    ]
    static let onceWhen: WordSet = ["once", "when"]
    static let willWould: WordSet = ["will", "would", "'ll"]
    /// "not a single member came out for him".
    static let comeVerbs: WordSet = ["came", "come", "comes"]
    /// "no ally other than Romania has declared for him".
    static let declareVerbs: WordSet = ["declared", "declare", "declares"]
    static let than: WordSet = ["than"]
    static let signVerbs: WordSet = ["sign", "signs", "signed"]
    static let off: WordSet = ["off"]
    /// "the choice", "the appointment": the candidacy the article is about.
    static let choiceNouns: WordSet = ["choice", "appointment", "nomination", "selection", "pick"]
    static let triggersAndCount = triggers.union(["count"])
    /// The words that make a sentence quantified (besides numbers).
    static let quantifierWords: WordSet = [
        "except", "but", "all", "every", "each", "apart", "save", "none", "not", "no", "only", "other", "any", "single",
        "beyond", "outside", "unanimous", "another",
    ]
    /// The numbers written as words.
    static let numberWords = WordSet(TermLengthRules.numbers.keys)

    /// True when item `k` is a number, in digits or in words.
    @inline(__always)
    static func isNumberWord(_ s: SentenceView, _ k: Int) -> Bool {
        guard k >= 0, k < s.count else { return false }
        let w = s.items[k].word
        guard let first = w.utf8.first else { return false }
        return (first >= 0x30 && first <= 0x39) || numberWords.contains(w, hash: s.items[k].hash)
    }
    // Words the quantifier and its object are read with, made once a process (a literal list at
    // a call is built and destroyed at every quantified sentence).
    static let countVerb: WordSet = ["count"]
    static let supportNouns: WordSet = ["backing", "support", "endorsement"]
    /// "withholding their support": a refusal.
    static let withholding: WordSet = ["withholding", "withheld", "withhold", "withholds"]
    /// Words before a count's verb that make it a count of those who do not back.
    static let countNegations = negations.union(withholding)
    static let havingVerbs: WordSet = [
        "has", "have", "had", "enjoys", "won", "secured", "gained", "received", "obtained", "got", "win", "winning", "gain",
        "secure", "attracted", "attract", "attracts", "drew", "garnered", "enjoyed",
    ]
    static let havingVerbsAdjacent: WordSet = [
        "has", "have", "had", "enjoys", "win", "won", "winning", "gain", "gained", "secure", "secured",
    ]
    static let allEvery: WordSet = ["all", "every"]
    static let but: WordSet = ["but"]
    static let butEveryEach: WordSet = ["but", "every", "each"]
    static let out: WordSet = ["out"]
    /// The marks that open a list of the countries a count leaves out ("all but two: A and B").
    static let listOpeners: WordSet = ["–", ":", "(", ","]
    static let ofOut: WordSet = ["of", "out"]
    /// Words that mark the countries named after a share as its holdouts.
    static let holdoutCues: WordSet = [
        "only", "except", "refusing", "refuse", "refuses", "not", "yet", "holdout", "holdouts", "holding", "blocking",
        "opposed", "opposing", "exception", "exceptions", "apart",
    ]
    /// "the remaining 31 members", "the other 31 allies": the rest of the allies, once the ones
    /// the sentence names are set aside.
    static let remainder: WordSet = ["remaining", "other"]
    static let apart: WordSet = ["apart"]
    static let from: WordSet = ["from"]
    static let requirements: WordSet = [
        "require", "requires", "required", "need", "needs", "needed", "must", "should", "seek", "seeks", "secure",
    ]

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        collectHoldouts(s, in: &article)
        // No quantifier and no number: nothing below can make a claim.
        guard s.items.indices.contains(where: { s.isWord($0, in: QuantifiedRules.quantifierWords) || QuantifiedRules.isNumberWord(s, $0) })
        else { return }
        // The first trigger that names whom the allies back ("collected one endorsement ... and
        // bowed out, by which point every ally stood behind Mr Rutte": the second).
        var found: (t: Int, object: LocalObject)?
        // "Slovakia endorsed Rutte the same day, making his support unanimous": the quantifier is
        // the trigger, whatever support verb comes first.
        if let u = s.first(QuantifiedRules.unanimousWord, in: 0..<s.count), let object = QuantifiedRules.supported(s, at: u, in: article) {
            found = (u, object)
        }
        var from = 0
        while found == nil, let t = s.first(QuantifiedRules.triggersAndCount, in: from..<s.count) {
            if s.contains(QuantifiedRules.requirements, in: 0..<s.clauseEnd(after: t)) { return }
            if let object = QuantifiedRules.supported(s, at: t, in: article) { found = (t, object) }
            from = t + 1
        }
        guard let (t, object) = found else { return }
        // "All allies would back him if Hungary agreed", "If Hungary agrees, all allies will back
        // him": a condition, not a stance.
        if isConditional(s, from: t, to: t) || s.isWord(0, in: SentenceView.conditionalOpeners) { return }
        // "Once Hungary is on board, all allies will back him": a future that waits on the
        // opening clause ("Once Hungary had agreed, all allies backed him" is a fact).
        if s.isWord(0, in: QuantifiedRules.onceWhen), s.contains(QuantifiedRules.willWould, in: s.clauseStart(before: t)..<t) { return }

        // The quantifier.
        var excluded: [EntityID] = []
        var universal = false
        var count: (n: Int, m: Int)?
        // "NATO's 32 member countries appointed P": the number of all the allies before a group noun.
        var everyAlly = false
        // "the remaining 31 members": the allies the sentence names are set aside, with no claim.
        var remainderAt: Int?
        // "none of the allies", "not one of NATO's 32 members": every ally, with the opposite value.
        var noAlly = false
        // "only A and B have yet to endorse P": A and B are the exceptions to a support all the
        // others give.
        var onlyHoldouts = false
        // "A was the only ally that backed P": A is the exception to the others' not backing.
        var onlyBackers = false
        // "any other ally", "a single other ally": the person's own country is set aside, with
        // no claim (the sentence does not say whether it backs him).
        var ownCountry: EntityID?
        let allyCount = article.entities.lexicon.natoMembers(on: article.published).count
        for k in 0..<s.count {
            // Most words are neither a quantifier nor a number: one probe with the item's hash.
            guard s.isWord(k, in: QuantifiedRules.quantifierWords) || QuantifiedRules.isNumberWord(s, k) else { continue }
            let w = s.word(k)
            let apartFrom = s.isWord(k, in: QuantifiedRules.apart) && s.isWord(k + 1, in: QuantifiedRules.from)
            // "all members save Hungary and Slovakia"
            let save = w == "save" && s.contains(QuantifiedRules.groupNouns, in: max(0, k - 2)..<k)
            // "no ally other than Romania", "every member other than Hungary"
            let otherThan =
                w == "other" && s.isWord(k + 1, in: QuantifiedRules.than)
                && s.contains(QuantifiedRules.groupNouns, in: max(0, k - 3)..<k)
            if w == "except" || apartFrom || save || otherThan
                || (w == "but" && s.contains(QuantifiedRules.allEvery, in: max(0, k - 3)..<k))
            {
                var j = apartFrom || otherThan ? k + 2 : k + 1
                if s.isWord(j, in: SentenceView.for) { j += 1 }
                // "Except for the Netherlands": the article is not part of the name.
                if s.mentionKind(j) != .country, s.isWord(j, in: SentenceView.the) { j += 1 }
                if let m = s.mention(j), m.kind == .country {
                    for item in s.coordinatedRight(from: j, kinds: .country) {
                        if case .known(let id)? = s.mention(item)?.ref, !excluded.contains(id) { excluded.append(id) }
                    }
                }
            }
            // "Romania joins the other allies in backing P": the one who joins, and the others.
            if w == "other", s.isWord(k - 1, in: SentenceView.the), s.isWord(k - 2, in: QuantifiedRules.joiningVerbs),
                s.isWord(k + 1, in: QuantifiedRules.groupNouns), s.isWord(k + 2, in: SentenceView.in)
            {
                universal = true
            }
            if w == "all" || w == "every" || w == "each" {
                // "not every ally is on board", "not all allies back him": some do not, unnamed.
                if s.isWord(k - 1, in: SupportRules.notWord) { return }
                // "Now only Romania is missing. Every other NATO country supports Rutte": the
                // country the article named last on its own, before this sentence, is the other
                // one, with no claim (when this sentence names none).
                if s.isWord(k + 1, in: QuantifiedRules.otherWord), !s.isWord(k + 2, in: QuantifiedRules.than),
                    !s.items.indices.contains(where: { s.mentionKind($0) == .country }),
                    case .known(let c)? = article.entities.soleCountryBefore(s.tokenStart(0))
                {
                    ownCountry = c
                }
                // "which means every ally must agree": a requirement.
                if s.contains(QuantifiedRules.requirements, in: (k + 1)..<min(k + 5, s.count)) { return }
                // ("every other NATO country": a singular noun after "every").
                if s.contains(QuantifiedRules.groupNouns, in: (k + 1)..<min(k + 5, s.count))
                    || (w == "every" && s.contains(QuantifiedRules.allyNouns, in: (k + 1)..<min(k + 5, s.count)))
                {
                    universal = true
                }
            }
            // "making his support unanimous", "unanimous backing for Rutte": every ally (only as
            // the trigger itself: "the Hungarian parliament's unanimous vote" quantifies no ally).
            if w == "unanimous", k == t { universal = true }
            if QuantifiedRules.isNoAlly(s, k) {
                universal = true
                noAlly = true
                // "the support of no other ally": his own country set aside, with no claim.
                if s.isWord(k + 1, in: QuantifiedRules.otherWord), case .entity(let person) = object,
                    let country = article.entities.country(ofPerson: person)
                {
                    ownCountry = country
                }
            }
            // "failing to win support beyond his own country": no ally but his own.
            if w == "beyond" || w == "outside", k > t, s.isWord(k + 1, in: SentenceView.possessiveDeterminers),
                s.isWord(k + 2, in: CandidacyRules.own), s.isWord(k + 3, in: QuantifiedRules.homeNouns),
                s.contains(QuantifiedRules.negations, in: max(0, t - 5)..<t)
            {
                universal = true
                noAlly = true
                if case .entity(let person) = object { ownCountry = article.entities.country(ofPerson: person) }
            }
            // "He has yet to win support from any other ally", "never attracted the backing of a
            // single other ally": no ally backs him (besides, for "other", his own country).
            if w == "any" || (w == "single" && s.isWord(k - 1, in: SentenceView.aAn)), k > t, let group = QuantifiedRules.anyAlly(s, k),
                s.contains(QuantifiedRules.negations, in: max(0, t - 5)..<t)
            {
                universal = true
                noAlly = true
                if s.isWord(group - 1, in: QuantifiedRules.otherWord), case .entity(let person) = object,
                    let country = article.entities.country(ofPerson: person)
                {
                    ownCountry = country
                }
            }
            // "never won open support from another ally": as "any other ally".
            if w == "another", k > t, s.isWord(k + 1, in: QuantifiedRules.allyNouns),
                s.contains(QuantifiedRules.negations, in: max(0, t - 5)..<t)
            {
                universal = true
                noAlly = true
                if case .entity(let person) = object, let country = article.entities.country(ofPerson: person) { ownCountry = country }
            }
            // "not one of", "the only one of": the "one" is no count.
            if w == "one", s.isWord(k - 1, in: QuantifiedRules.notNoOnly) { continue }
            if w == "only", let holdouts = QuantifiedRules.onlyHoldouts(s, k) {
                for id in holdouts where !excluded.contains(id) { excluded.append(id) }
                universal = true
                onlyHoldouts = true
                continue
            }
            // "Slovakia was the only ally that had said it would back Iohannis": the others do
            // not ("Apart from Romania itself, ...": Romania set aside, with no claim).
            if w == "only", k < t, let backers = QuantifiedRules.onlyBackers(s, k, trigger: t) {
                for id in backers.named where !excluded.contains(id) { excluded.append(id) }
                ownCountry = backers.setAside
                universal = true
                onlyBackers = true
                continue
            }
            // "all but one of the 32 allies": the holdouts are named here or next.
            if w == "all", s.isWord(k + 1, in: QuantifiedRules.but), let x = Int(s.word(k + 2)) ?? TermLengthRules.numbers[s.word(k + 2)] {
                var m = article.entities.lexicon.natoMembers(on: article.published).count
                if let j = (k + 3..<min(k + 8, s.count)).first(where: { Int(s.word($0)) != nil }), let given = Int(s.word(j)) { m = given }
                if m > x { count = (m - x, m) }
                // "all but four — Hungary, Slovakia, Türkiye and Romania — are ...": the holdouts
                // listed right after the number.
                let list = s.isWord(k + 3, in: QuantifiedRules.groupNouns) ? k + 4 : k + 3
                if s.isWord(list, in: QuantifiedRules.listOpeners), s.mentionKind(list + 1) == .country {
                    for item in s.coordinatedRight(from: list + 1, kinds: .country) {
                        if case .known(let id)? = s.mention(item)?.ref, !excluded.contains(id) { excluded.append(id) }
                    }
                }
                continue
            }
            // The "one" of "thirty-one" was read with its "thirty".
            if s.isWord(k - 1, in: SentenceView.hyphen), k >= 2, let tens = TermLengthRules.numbers[s.word(k - 2)], tens >= 20 {
                continue
            }
            // Not a share ("two-thirds of NATO's 31 members") nor an adjective ("the 32-member alliance").
            if let n = Int(w), n == allyCount,
                !s.contains(QuantifiedRules.ofOut, in: max(0, k - 3)..<k) || QuantifiedRules.representativesOf(s, before: k),
                !s.isWord(k + 1, in: SentenceView.hyphen), s.contains(QuantifiedRules.groupNouns, in: (k + 1)..<min(k + 4, s.count))
            {
                everyAlly = true
            }
            if let n = Int(w) ?? TermLengthRules.numbers[w], n < allyCount, s.isWord(k - 1, in: QuantifiedRules.remainder),
                !s.isWord(k + 1, in: QuantifiedRules.ofOut), s.contains(QuantifiedRules.groupNouns, in: (k + 1)..<min(k + 4, s.count))
            {
                count = (n, allyCount)
                remainderAt = k
                continue
            }
            if var n = Int(w) ?? TermLengthRules.numbers[w], !s.isWord(k - 1, in: QuantifiedRules.butEveryEach) {
                // "28 out of 32", "31 of the alliance's 32 members", "Thirty-one of ..."
                var j = k + 1
                if n >= 20, n % 10 == 0, s.isWord(j, in: SentenceView.hyphen), let units = TermLengthRules.numbers[s.word(j + 1)],
                    units < 10
                {
                    n += units
                    j += 2
                }
                if s.isWord(j, in: QuantifiedRules.out) { j += 1 }
                if s.isWord(j, in: SentenceView.of) {
                    j += 1
                    while j < s.count, j - k < 6, Int(s.word(j)) == nil { j += 1 }
                    if let m = Int(s.word(j)), m > n { count = (n, m) }
                }
            }
        }
        if everyAlly, count == nil { universal = true }
        guard universal || count != nil else { return }
        // "the support of all 32" is a requirement or a share unless someone has it (or gives
        // it: "all 32 allies gave the nod").
        if universal, count == nil, excluded.isEmpty, s.isWord(t - 1, in: ["the"]), !s.isWord(t - 2, in: QuantifiedRules.havingVerbs),
            !s.isWord(t - 2, in: SupportRules.givingVerbs), !s.isWord(t - 2, in: QuantifiedRules.joiningVerbs)
        {
            return
        }
        let allies = article.entities.lexicon.natoMembers(on: article.published)
        guard !allies.isEmpty else { return }
        // "four of the 32 allies were still withholding their support", "Four of the 32 allies
        // have not backed P: A, B, C and D": a count of those who do not; the others back P. Read
        // as a count of backers (m - n) whose n holdouts are the allies the sentence names, when
        // it names n of them (else the next sentences may).
        var negativeCount = false
        if let (n, m) = count, remainderAt == nil, !noAlly, excluded.isEmpty,
            s.contains(QuantifiedRules.countNegations, in: max(0, t - 6)..<t)
        {
            var named: [EntityID] = []
            for j in 0..<s.count where s.mentionKind(j) == .country && s.mention(j)?.form == .name {
                if case .known(let id)? = s.mention(j)?.ref, allies.contains(id), !named.contains(id) { named.append(id) }
            }
            count = (m - n, m)
            negativeCount = true
            if named.count == n { excluded = named }
        }
        // "30 of the 32 allies back P, with only Hungary and Romania still refusing": the holdouts
        // named later in the sentence, when a word marks them as such ("only", a refusal).
        if let (n, m) = count, excluded.count < m - n, s.contains(QuantifiedRules.holdoutCues, in: (t + 1)..<s.count) {
            for j in (t + 1)..<s.count where s.mentionKind(j) == .country {
                guard case .known(let id)? = s.mention(j)?.ref, allies.contains(id), !excluded.contains(id) else { continue }
                excluded.append(id)
                if excluded.count == m - n { break }
            }
        }

        var skipped: [EntityID] = []
        if let (n, m) = count, let at = remainderAt, excluded.isEmpty {
            // "Romania's decision ends a stand-off in which the remaining 31 members had lined up
            // behind P": the countries named outside the quantifier, when they are the rest.
            var named: [EntityID] = []
            for j in 0..<s.count where (j < at - 2 || j > at + 3) && s.mentionKind(j) == .country {
                if case .known(let id)? = s.mention(j)?.ref, allies.contains(id), !named.contains(id) { named.append(id) }
            }
            if named.count == m - n { skipped = named }
        }
        if let ownCountry, !skipped.contains(ownCountry) { skipped.append(ownCountry) }
        // "That leaves P with the support of 29 of the 32 members", the holdouts named in the
        // sentences before: the allies the article has already said do not support P, when they
        // are exactly the rest. Used only if the next sentences do not name the holdouts.
        var fallback: [EntityID] = []
        if let (n, m) = count, excluded.count + skipped.count < m - n {
            let rest = QuantifiedRules.currentOpponents(of: object, in: article, among: allies)
                .filter { !excluded.contains($0) && !skipped.contains($0) }
            if rest.count == m - n - excluded.count - skipped.count { fallback = rest }
        }

        var value = true
        let negStart = max(0, t - 4)
        if s.contains(["not", "never", "yet", "refused", "refuse"], in: negStart..<t), !negativeCount { value = false }
        if noAlly { value = false }
        if onlyHoldouts { value = true }
        if onlyBackers { value = false }
        let classifier = ModalityClassifier()
        let included = classifier.classify(s, trigger: t, subject: nil)
        let named: Modality =
            included == .expected
            ? .expected
            : (included == .hedged && classifier.hasIndirectSource(s) ? .hedged : .asserted)
        let evidence = s.all
        let quantifier = ArticleClaims.OpenQuantifier(
            missing: count.map { max(0, $0.m - $0.n - excluded.count - skipped.count) } ?? 0, named: excluded,
            skipped: skipped, fallback: fallback, covered: allies,
            object: object, value: value, sentence: s.index, evidence: evidence, modality: included,
            namedModality: named, sentencesLeft: 6, holdoutEvidence: [:])
        if quantifier.missing == 0 {
            QuantifiedRules.emit(quantifier, in: &article)
        } else {
            QuantifiedRules.closeOpenQuantifier(in: &article)
            article.openQuantifier = quantifier
        }
    }

    static let notNoOnly: WordSet = ["not", "no", "only"]
    static let consensusWord: WordSet = ["consensus"]
    static let joiningVerbs: WordSet = ["joined", "join", "joins"]
    static let unanimousWord: WordSet = ["unanimous"]
    /// Words that make a consensus one on the appointment.
    static let decisionWords: WordSet = [
        "decision", "appointment", "choice", "nomination", "decided", "agreed", "appointed", "chosen", "chose", "named",
    ]
    static let otherWord: WordSet = ["other"]
    static let negations: WordSet = ["not", "n't", "never", "yet", "failed", "fails", "failing", "without"]
    /// "beyond his own country|government".
    static let homeNouns: WordSet = ["country", "government", "capital", "nation"]

    /// The group noun of "any (other) ally", "any of the allies", "any NATO member" at item `k`
    /// ("any"); nil for "any time", "any deal".
    static func anyAlly(_ s: SentenceView, _ k: Int) -> Int? {
        var j = k + 1
        if s.isWord(j, in: SentenceView.of) { j += 1 }
        while j < s.count, j - k <= 4, !s.isWord(j, in: groupNouns) {
            guard
                s.isWord(j, in: otherWord) || s.isWord(j, in: SentenceView.the) || s.mentionKind(j) == .organization
                    || s.mention(j)?.possessive == true
            else { return nil }
            j += 1
        }
        guard s.isWord(j, in: groupNouns), !s.isWord(j, in: oneWord) else { return nil }
        return j
    }
    static let oneWord: WordSet = ["one"]
    static let noneNotNo: WordSet = ["none", "not", "no"]
    static let single: WordSet = ["single", "one"]
    /// Words that say the countries before them are the only ones left out ("... have yet to").
    static let stillOut: WordSet = ["yet", "not", "still", "never"]
    /// "remain the only", "as the only": the countries named before are the holdouts.
    static let onlyLinks: WordSet = ["as", "are", "were", "remain", "remained", "being", "was", "is"]
    /// Auxiliaries before a link verb: "had remained", "has remained", "will remain".
    static let linkAuxiliaries: WordSet = ["has", "have", "had", "will", "would"]
    static let besides: WordSet = ["besides", "plus"]
    static let linkAdverbs: WordSet = ["now", "still", "currently", "effectively"]

    /// True when item `k` opens a quantifier over no ally: "none of the allies", "not one of
    /// NATO's 32 members", "not a single member", "no NATO member", "no other ally".
    static func isNoAlly(_ s: SentenceView, _ k: Int) -> Bool {
        guard s.isWord(k, in: noneNotNo) else { return false }
        var j = k + 1
        switch s.word(k) {
        case "none":
            guard s.isWord(j, in: SentenceView.of) else { return false }
        case "not":
            // "not one of", "not a single"
            if s.isWord(j, in: SentenceView.articles) { j += 1 }
            guard s.isWord(j, in: single) else { return false }
        default:
            // "no ally", "no other member": not "no one", a person.
            guard !s.isWord(j, in: single) else { return false }
        }
        return s.contains(groupNouns, in: j..<min(j + 6, s.count))
    }

    /// The allies a sentence names as the only ones not supporting: "only A and B (among NATO's 32
    /// members) have yet to endorse P", "leaves A and B as the only allies yet to endorse P,
    /// besides C". Nil when item `k` ("only") opens no such list.
    static func onlyHoldouts(_ s: SentenceView, _ k: Int) -> [EntityID]? {
        guard let (items, after) = onlyList(s, k), let negation = s.first(stillOut, in: after..<min(after + 8, s.count)) else {
            return nil
        }
        // "Only Hungary has said it will not support P" is about what Hungary said, not the others.
        if s.contains(ModalityClassifier.reportingVerbs, in: after..<negation) { return nil }
        // "..., besides Romania", "apart from Romania"
        var all = items
        for j in after..<s.count where s.isWord(j, in: besides) || (s.isWord(j, in: apart) && s.isWord(j + 1, in: from)) {
            let at = s.isWord(j, in: apart) ? j + 2 : j + 1
            if s.mentionKind(at) == .country { all += s.coordinatedRight(from: at, kinds: .country) }
        }
        return ids(of: all, in: s)
    }

    /// The allies a sentence names as the only ones backing, when the support verb at item `t`
    /// follows "the only ally that" with no negation: "Slovakia was the only ally that had said it
    /// would back Iohannis". The country set aside by "apart from C itself" comes with them.
    static func onlyBackers(_ s: SentenceView, _ k: Int, trigger t: Int) -> (named: [EntityID], setAside: EntityID?)? {
        guard let (items, after) = onlyList(s, k), s.isWord(k + 1, in: groupNouns), t > after, t - after <= 8,
            !s.contains(stillOut, in: after..<t), !s.contains(negations, in: after..<t)
        else { return nil }
        var setAside: EntityID?
        if s.isWord(0, in: apart), s.isWord(1, in: from), case .known(let id)? = s.mention(2)?.ref, s.mentionKind(2) == .country {
            setAside = id
        }
        return (ids(of: items, in: s), setAside)
    }

    /// The known entities of the mentions at `items`, each once.
    static func ids(of items: [Int], in s: SentenceView) -> [EntityID] {
        var out: [EntityID] = []
        for item in items {
            if case .known(let id)? = s.mention(item)?.ref, !out.contains(id) { out.append(id) }
        }
        return out
    }

    /// The countries "only" at item `k` names: after it ("only A and B have yet to"), or before
    /// "as the only", "was the only" (past a relative clause); and the item after the phrase.
    static func onlyList(_ s: SentenceView, _ k: Int) -> (items: [Int], after: Int)? {
        var items: [Int] = []
        var after = k + 1
        if s.mentionKind(k + 1) == .country {
            items = s.coordinatedRight(from: k + 1, kinds: .country)
            after = items.last! + 1
        } else if s.isWord(k + 1, in: groupNouns), s.isWord(k - 1, in: SentenceView.the),
            s.isWord(k - 2, in: onlyLinks) || s.isWord(k - 2, in: linkAdverbs) && s.isWord(k - 3, in: onlyLinks)
        {
            // The countries coordinated just before "as the only", "are now the only", past a
            // relative clause ("leaves Romania, which still backs its own president, as the only").
            var j = s.isWord(k - 2, in: onlyLinks) ? k - 3 : k - 4
            // "Romania had remained the only one": past the auxiliary.
            if s.isWord(j, in: linkAuxiliaries) { j -= 1 }
            if let before = relativeClauseStart(endingAt: j, in: s) { j = before }
            while j >= 0, s.mentionKind(j) == .country {
                items.append(j)
                if s.isWord(j - 1, in: SentenceView.and) || s.isWord(j - 1, in: SentenceView.comma) {
                    j -= 2
                    if s.isWord(j, in: SentenceView.comma) { j -= 1 }
                } else {
                    break
                }
            }
            after = k + 2
        }
        return items.isEmpty ? nil : (items, after)
    }

    /// When item `comma` closes a relative clause (", which ... ,", ", who ... ,"), the item before
    /// the clause's opening comma; nil otherwise.
    static func relativeClauseStart(endingAt comma: Int, in s: SentenceView) -> Int? {
        guard s.isWord(comma, in: SentenceView.comma) else { return nil }
        var j = comma - 1
        while j > 0, comma - j <= 16, !s.isWord(j, in: SentenceView.clauseMarks) { j -= 1 }
        guard s.isWord(j, in: SentenceView.comma), s.isWord(j + 1, in: SentenceView.relativePronouns) else { return nil }
        return j - 1
    }

    /// The person that the trigger at item `t` says the allies back, or nil when it names none.
    static func supported(_ s: SentenceView, at t: Int, in article: ArticleClaims) -> LocalObject? {
        // The person supported.
        var objectItem: Int?
        var object: LocalObject?
        if s.isWord(t, in: QuantifiedRules.signVerbs) {
            // "All 32 allies signed off on Rutte's appointment", "... on the choice" (the focus).
            guard s.isWord(t + 1, in: QuantifiedRules.off), s.isWord(t + 2, in: SentenceView.on) else { return nil }
            objectItem = s.personObject(after: t + 3)
            if objectItem == nil, s.isWord(t + 3, in: SentenceView.the), s.isWord(t + 4, in: QuantifiedRules.choiceNouns),
                !s.isWord(t + 5, in: SentenceView.of)
            {
                object = .focus
            }
        } else if s.isWord(t, in: SupportRules.board) {
            // The group is what is on board: "all 32 allies are now on board" (not "with the
            // United States on board, ... of the allies").
            guard s.isWord(t - 1, in: SentenceView.on), QuantifiedRules.groupRightBefore(s, t - 1) else { return nil }
            object = .focus
        } else if s.isWord(t, in: QuantifiedRules.declareVerbs) {
            // "no ally other than Romania has declared for him" (not "declared its candidacy").
            guard s.isWord(t + 1, in: SentenceView.for) else { return nil }
            objectItem = s.personObject(after: t + 2)
        } else if s.isWord(t, in: QuantifiedRules.comeVerbs) {
            // ("No other ally has publicly come out for Iohannis": past an auxiliary and an adverb.)
            guard s.isWord(t + 1, in: QuantifiedRules.out), s.isWord(t + 2, in: SentenceView.for),
                QuantifiedRules.groupRightBefore(s, t) || QuantifiedRules.groupRightBefore(s, t, skipping: QuantifiedRules.perfectAdverbs)
            else { return nil }
            objectItem = s.personObject(after: t + 3)
        } else if s.isWord(t, in: QuantifiedRules.countVerb) {
            guard s.isWord(t + 1, in: SentenceView.on) else { return nil }
            // "Rutte is the only contender and can count on ...": the subject of the first verb.
            objectItem = s.subjects(before: t, kinds: .person).last ?? s.sharedSubject(before: t, kinds: .person)
        } else if s.isWord(t, in: QuantifiedRules.grantedNouns), s.isWord(t - 1, in: SupportRules.itsTheir),
            s.mentionKind(t - 2) == .person,
            s.isWord(t - 3, in: SupportRules.givingVerbs)
        {
            // "have yet to give the Dutch politician their blessing": the one given it.
            objectItem = t - 2
        } else if s.isWord(t, in: QuantifiedRules.grantedNouns), !s.isWord(t + 1, in: SentenceView.to),
            let give = QuantifiedRules.givingVerb(s, before: t)
        {
            // "All 32 allies gave their formal approval": the article's candidate ("gave their
            // support to Rutte" is read below, the person after "to").
            guard QuantifiedRules.groupRightBefore(s, give), !s.isWord(t + 1, in: SentenceView.for), !s.isWord(t + 1, in: SentenceView.of)
            else { return nil }
            object = .focus
        } else if s.isWord(t, in: QuantifiedRules.supportNouns), s.isWord(t - 1, in: SentenceView.possessiveDeterminers),
            s.isWord(t - 2, in: QuantifiedRules.withholding)
        {
            // "four of the 32 allies were still withholding their support": the article's candidate.
            object = .focus
        } else if s.isWord(t, in: QuantifiedRules.unanimousWord) {
            if s.isWord(t + 1, in: QuantifiedRules.supportNouns) {
                // "unanimous backing for Rutte"
                guard s.isWord(t + 2, in: SentenceView.for) else { return nil }
                objectItem = s.personObject(after: t + 3, limit: 2)
            } else if s.isWord(t - 1, in: QuantifiedRules.supportNouns), let p = s.mention(t - 2), p.kind == .person,
                p.possessive || p.form == .pronoun
            {
                // "Romania endorsed Rutte the same day, making his support unanimous": the person
                // this sentence has just seen backed, if "his" can mean that one.
                let candidates = [p.ref] + p.alternatives
                for claim in article.claims.reversed() where claim.sentence == s.index && claim.predicate == "supports" {
                    guard claim.value == .boolean(true), case .entity(let backed) = claim.object else { continue }
                    if candidates.contains(backed) { return claim.object }
                }
                objectItem = t - 2
            } else {
                return nil
            }
        } else if s.isWord(t, in: QuantifiedRules.consensusWord), s.isWord(t - 1, in: SentenceView.the),
            s.isWord(t - 2, in: QuantifiedRules.joiningVerbs), QuantifiedRules.groupRightBefore(s, t - 2)
        {
            // "All 32 allies joined the consensus": the article's candidate.
            object = .focus
        } else if s.isWord(t, in: QuantifiedRules.consensusWord) {
            // "The decision was taken by consensus of all 32 allies": the article's candidate,
            // when what was decided is the appointment (no consensus "on defence spending").
            guard s.isWord(t + 1, in: SentenceView.of), s.contains(QuantifiedRules.decisionWords, in: 0..<t) else { return nil }
            object = .focus
        } else if s.isWord(t, in: SupportRules.corner) {
            // "28 of NATO's 32 allies are already in Rutte's corner"
            guard let p = s.mention(t - 1), p.kind == .person, p.possessive || p.form == .pronoun, s.isWord(t - 2, in: SentenceView.in)
            else { return nil }
            objectItem = t - 1
        } else if s.isWord(t, in: QuantifiedRules.supportNouns), !s.isWord(t - 2, in: QuantifiedRules.havingVerbs),
            !s.isWord(t - 1, in: QuantifiedRules.havingVerbsAdjacent), s.isWord(t - 1, in: SupportRules.supportAdjectives),
            s.isWord(t - 2, in: SentenceView.the), s.isWord(t - 3, in: QuantifiedRules.havingVerbs)
        {
            // "he has won the public support of no other ally": the winner's.
            objectItem = s.subjects(before: t - 3, kinds: .person).last
        } else if s.isWord(t, in: QuantifiedRules.supportNouns),
            s.isWord(t - 2, in: QuantifiedRules.havingVerbs) || s.isWord(t - 1, in: QuantifiedRules.havingVerbsAdjacent)
        {
            objectItem =
                s.subjects(before: t - 1, kinds: .person).last ?? s.subjects(before: t - 2, kinds: .person).last
                ?? QuantifiedRules.mainSubject(s, beforeInfinitive: s.isWord(t - 1, in: havingVerbsAdjacent) ? t - 1 : t - 2)
        } else if s.isWord(t, in: QuantifiedRules.supportNouns), let with = QuantifiedRules.withBefore(s, t) {
            // "That leaves the Dutchman with the support of 29 of ...", "P, with the backing of
            // all 32, ...": the person just before "with" has it.
            objectItem = QuantifiedRules.personBefore(s, with)
        } else if s.isWord(t - 1, in: SupportRules.passiveAuxiliaries),
            let by = s.first(SentenceView.by, in: (t + 1)..<min(t + 6, s.count)),
            !s.contains(SentenceView.clausePunctuation, in: (t + 1)..<by)
        {
            // "Rutte was chosen by the ambassadors of all 32 allies": the one chosen.
            objectItem = s.subjects(before: t - 1, kinds: .person).last
        } else {
            objectItem = s.personObject(after: t + 1)
            // "the 32 member countries gave their support to the candidate": the article's candidate.
            if objectItem == nil, s.isWord(t + 1, in: SentenceView.to), SupportRules.candidacyObject(s, after: t + 2) != nil {
                object = .focus
            }
        }
        if let objectItem, s.mentionKind(objectItem) == .person { object = .entity(article.backedPerson(s, objectItem)) }
        return object
    }

    /// The subject of the main clause for an infinitive at item `verb` inside an adverbial
    /// participle ("Iohannis withdrew after failing to win support ...": Iohannis); nil when
    /// the words before the verb are not "after|before|while|without ...ing to".
    static func mainSubject(_ s: SentenceView, beforeInfinitive verb: Int) -> Int? {
        guard s.isWord(verb - 1, in: SentenceView.to), s.word(verb - 2).hasSuffix("ing"),
            s.isWord(verb - 3, in: MeetingRules.participleOpeners) || s.isWord(verb - 3, in: without)
        else { return nil }
        return s.subjects(before: verb - 3, kinds: .person).last
    }
    static let without: WordSet = ["without"]

    /// What the allies give: "their approval", "their blessing", "their backing".
    static let grantedNouns: WordSet = ["approval", "blessing", "backing", "support", "endorsement", "nod"]
    static let nod: WordSet = ["nod"]

    /// Those who speak for the allies: "the ambassadors of the 32 allies", "envoys of all 32".
    static let representatives: WordSet = [
        "ambassadors", "envoys", "representatives", "leaders", "delegates", "diplomats", "governments", "heads",
    ]

    /// True when the number at item `k` counts the allies whose representatives act: "the
    /// ambassadors of (all|the) 32 allies" (not a share: "two-thirds of the 32 allies").
    static func representativesOf(_ s: SentenceView, before k: Int) -> Bool {
        var j = k - 1
        if s.isWord(j, in: SentenceView.the) || s.isWord(j, in: allEvery) { j -= 1 }
        return s.isWord(j, in: SentenceView.of) && s.isWord(j - 1, in: representatives)
    }

    /// The item of the giving verb of "gave their (formal) approval", the noun at item `k`; nil
    /// when no such verb stands before it.
    static func givingVerb(_ s: SentenceView, before k: Int) -> Int? {
        var j = k - 1
        if s.isWord(j, in: SupportRules.grantAdjectiveWords) { j -= 1 }
        // "gave the nod": the idiom's article.
        let determiner = s.isWord(j, in: SupportRules.itsTheir) || (s.isWord(j, in: SentenceView.the) && s.isWord(k, in: nod))
        guard determiner, s.isWord(j - 1, in: SupportRules.givingVerbs) else { return nil }
        return j - 1
    }

    /// True when a group noun ("allies", "member") is the subject right before the verb at `k`,
    /// past a few adverbs and a copula ("all 32 allies are now", "not a single member").
    static func groupRightBefore(_ s: SentenceView, _ k: Int, skipping words: WordSet = SupportRules.onBoardAdverbs) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 4, s.isWord(j, in: words) { j -= 1 }
        return s.isWord(j, in: groupNouns)
    }
    /// Auxiliaries and adverbs between a group and a perfect participle ("has publicly come out").
    static let perfectAdverbs: WordSet = ["has", "have", "had", "publicly", "openly", "ever", "yet", "formally", "explicitly", "so", "far"]

    /// Countries named in the sentences after an `N out of M` are its holdouts.
    func collectHoldouts(_ s: SentenceView, in article: inout ArticleClaims) {
        guard let sentence = article.openQuantifier?.sentence, s.index > sentence, var open = article.openQuantifier else { return }
        // Taken out, so that it is changed in place (not copied) and put back below.
        article.openQuantifier = nil
        let classifier = ModalityClassifier()
        for k in 0..<s.count {
            guard s.mentionKind(k) == .country, let m = s.mention(k), m.form == .name, case .known(let id) = m.ref,
                open.covered.contains(id), !open.named.contains(id), !open.skipped.contains(id)
            else { continue }
            open.named.append(id)
            open.holdoutEvidence[id] = (s.all, s.index, classifier.classify(s, trigger: s.count - 1, subject: nil))
            open.missing -= 1
            if open.missing == 0 { break }
        }
        open.sentencesLeft -= 1
        if open.missing == 0 {
            article.openQuantifier = nil
            QuantifiedRules.emit(open, in: &article)
        } else if open.sentencesLeft == 0 {
            article.openQuantifier = open
            QuantifiedRules.closeOpenQuantifier(in: &article)
        } else {
            article.openQuantifier = open
        }
    }

    /// The item of "with" in "with the support|backing of" just before the support noun at `t`.
    static func withBefore(_ s: SentenceView, _ t: Int) -> Int? {
        if s.isWord(t - 1, in: SentenceView.with) { return t - 1 }
        if s.isWord(t - 1, in: SentenceView.the), s.isWord(t - 2, in: SentenceView.with) { return t - 2 }
        return nil
    }

    /// The person named just before item `k`, in the same clause (its words between them).
    static func personBefore(_ s: SentenceView, _ k: Int) -> Int? {
        var j = k - 1
        while j >= 0, k - j <= 6, !s.isWord(j, in: SentenceView.clauseMarks) {
            if s.mentionKind(j) == .person { return j }
            j -= 1
        }
        // "P, with the backing of all 32, ...": the person before the comma.
        if s.isWord(k - 1, in: SentenceView.comma), s.mentionKind(k - 2) == .person { return k - 2 }
        return nil
    }

    /// The allies whose latest support claim for `object` in the article so far is a refusal
    /// that still stands (not past).
    static func currentOpponents(of object: LocalObject, in article: ArticleClaims, among allies: [EntityID]) -> [EntityID] {
        var latest: [EntityID: Bool] = [:]
        var order: [EntityID] = []
        for claim in article.claims where claim.predicate == "supports" && claim.object == object {
            guard case .known(let id) = claim.subject, allies.contains(id), case .boolean(let v) = claim.value else { continue }
            if claim.modality == .past { continue }
            if latest[id] == nil { order.append(id) }
            latest[id] = v
        }
        return order.filter { latest[$0] == false }
    }

    /// An `N out of M` whose holdouts were never all named gives no claims, unless the article
    /// had named them before it (``ArticleClaims/OpenQuantifier/fallback``).
    static func closeOpenQuantifier(in article: inout ArticleClaims) {
        guard var open = article.openQuantifier else { return }
        article.openQuantifier = nil
        // Only when the countries the next sentences named are among them: others make a count
        // that does not add up, which gives no claims.
        guard !open.fallback.isEmpty, open.holdoutEvidence.keys.allSatisfy(open.fallback.contains) else { return }
        open.named.removeAll { open.holdoutEvidence[$0] != nil }
        open.holdoutEvidence = [:]
        open.skipped += open.fallback
        emit(open, in: &article)
    }

    /// One claim per ally.
    static func emit(_ q: ArticleClaims.OpenQuantifier, in article: inout ArticleClaims) {
        let own = article.claims.filter { $0.predicate == "supports" && ($0.object == q.object || $0.object == .focus) }
        for ally in q.covered where !q.skipped.contains(ally) {
            if q.named.contains(ally) {
                if let (evidence, sentence, modality) = q.holdoutEvidence[ally] {
                    // A holdout named later: its own sentence says what it does, if anything. One
                    // the article has backing now elsewhere was a holdout before ("It added that
                    // Romania would support Rutte. ... The exception was Romania").
                    // (One that another count already covers is left out: two counts that disagree.)
                    if own.contains(where: { $0.subject == .known(ally) && ($0.sentence == sentence || $0.rule.hasPrefix("quantified.")) })
                    {
                        continue
                    }
                    let backs = own.contains {
                        $0.subject == .known(ally) && $0.value == .boolean(q.value) && $0.modality != .past && $0.modality != .expected
                    }
                    article.add(
                        .known(ally), "supports", q.object, value: .boolean(!q.value), modality: backs ? .past : modality,
                        evidence: evidence, sentence: sentence, rule: "quantified.holdout")
                } else {
                    article.add(
                        .known(ally), "supports", q.object, value: .boolean(!q.value), modality: q.namedModality,
                        evidence: q.evidence, sentence: q.sentence, rule: "quantified.except")
                }
            } else {
                article.add(
                    .known(ally), "supports", q.object, value: .boolean(q.value), modality: q.modality,
                    evidence: q.evidence, sentence: q.sentence, rule: "quantified.all")
            }
        }
    }
}
