/// `succeeds(P, Q)`: P is (to be) Q's successor.
///
/// - `P succeeds|succeeded|succeeding|to succeed Q`, `P will take over from Q`, `P replaces Q`,
///   `P took office ..., succeeding Q` (the participle's subject is the sentence's), `Q will hand over
///   to P`;
/// - `P (is confirmed) as Q's successor`;
/// - `P would assume office when Q's term ends`;
/// - `P (is expected to be) named|appointed|confirmed as|become OFFICE`: P succeeds whoever the
///   article says holds it ("NATO's new Secretary General" after "NATO Secretary General Jens
///   Stoltenberg"), but not in "the race to become".
/// "to succeed" (an aim) is `expected`; "interested in replacing" is a candidacy, not this.
public struct SuccessionRules: ClaimRule {
    public var name: String { "succession" }
    public var triggers: WordSet { SuccessionRules.starts }
    /// Creates the rules.
    public init() {}

    /// The words a succession can start with.
    static let starts = Pattern.firstWords(of: [
        succeed, takeOverFrom, assumeOfficeWhen, namedAsThe, takeUpThePost, handOverTo, takeTheJobFrom,
    ])!
    .union(["successor"]).union(handingVerbs).union(untilWord)

    static let untilWord: WordSet = ["until", "till"]
    /// Verbs of staying in office until someone else comes ("remains caretaker prime minister until").
    static let stayVerbs: WordSet = ["remains", "remain", "remained", "stays", "stay", "stayed", "staying", "remaining"]
    /// "until Q is sworn in", "until Q takes over|office".
    static let comesIn: Pattern = ["sworn|takes|take|installed", "in|over|office"]

    static let succeed: Pattern = ["succeed|succeeds|succeeded|succeeding|replace|replaces|replaced|replacing"]
    static let takeOverFrom: Pattern = ["take|takes|took|taking|taken", "over", "from"]
    static let takeOver: Pattern = ["take|takes|took|taking|taken", "over", "as"]

    /// "takes over as secretary general from Q", "took over as Dutch prime minister from Q": the
    /// item after "from", when a few words with no punctuation stand between "as" and "from".
    static func takeOverAsFrom(_ s: SentenceView, at k: Int) -> Int? {
        guard let asEnd = s.match(takeOver, at: k) else { return nil }
        var j = asEnd
        while j < s.count, j - asEnd < 6 {
            if s.isWord(j, in: QuantifiedRules.from) { return j > asEnd ? j + 1 : nil }
            if s.isWord(j, in: SentenceView.clausePunctuation) || s.mentionKind(j) == .person { return nil }
            j += 1
        }
        return nil
    }
    /// The item of the passive's "by" after item `end`, past a few words of place and time ("in
    /// The Hague in July by"); nil when a clause mark or a person comes first.
    static func agent(_ s: SentenceView, after end: Int) -> Int? {
        var j = end
        while j < s.count, j - end < 7 {
            if s.isWord(j, in: SentenceView.by) { return j }
            if s.isWord(j, in: SentenceView.clausePunctuation) || s.mentionKind(j) == .person { return nil }
            j += 1
        }
        return nil
    }

    /// "Q will hand over to P": the other way round, Q is the predecessor.
    static let handOverTo: Pattern = ["hand|hands|handed|handing", "over", "to"]
    /// "handed the reins to P", "passed the baton to P", "will hand over the Dutch premiership to
    /// P" (a country's name or demonym may qualify the job).
    static func handTheJob(_ s: SentenceView, at k: Int) -> Int? {
        guard s.isWord(k, in: handingVerbs) else { return nil }
        var j = k + 1
        if s.isWord(j, in: SentenceView.over) { j += 1 }
        guard s.isWord(j, in: SentenceView.the) else { return nil }
        j += 1
        if let m = s.mention(j), m.kind == .country || m.kind == .organization { j += 1 }
        guard s.isWord(j, in: jobNouns), s.isWord(j + 1, in: SentenceView.to) else { return nil }
        return j + 2
    }
    static let handingVerbs: WordSet = ["hand", "hands", "handed", "handing", "pass", "passes", "passed", "passing"]
    static let successorWord: WordSet = ["successor"]

    /// "Rutte remains caretaker prime minister until Dick Schoof is sworn in", "is staying on in a
    /// caretaker role until a new coalition government led by Q is sworn in", "stays on ... until Q,
    /// a former civil servant, takes over on 2 July": Q is to succeed the one who stays (`expected`).
    func stayingUntil(_ s: SentenceView, at k: Int, in article: inout ArticleClaims) {
        guard let stay = (max(0, k - 10)..<k).last(where: { s.isWord($0, in: Self.stayVerbs) }),
            let subject = s.subjects(before: stay, kinds: .person).last ?? s.sharedSubject(before: stay, kinds: .person),
            let predecessor = s.mention(subject)?.ref,
            let o = (k + 1..<min(s.count, k + 9)).first(where: { s.mentionKind($0) == .person }),
            let successor = s.mention(o)?.ref, successor != predecessor, s.mention(o)?.possessive == false,
            let comes = (o + 1..<min(s.count, o + 22)).first(where: { s.match(Self.comesIn, at: $0) != nil })
        else { return }
        if isConditional(s, from: subject, to: comes) { return }
        article.add(
            successor, "succeeds", .entity(predecessor), modality: .expected, evidence: s.span(subject, comes + 1),
            sentence: s.index, rule: "succession.until")
    }
    /// Nouns of a contest before "to succeed" ("the race to succeed Stoltenberg").
    static let contestNouns: WordSet = ["contest", "race", "battle", "bid", "competition", "fight", "campaign", "running", "scramble"]
    /// Words a time starts with after "hand over" ("next week", "on 1 October", "formally").
    static let timeStarts: WordSet = [
        "next", "on", "in", "at", "this", "later", "early", "today", "tomorrow", "formally", "officially", "shortly", "soon",
    ]

    /// "will hand over next week to P", "hands over on 1 October to P": a time of plain words
    /// (at most four) between "over" and "to"; the item after "to".
    static func handOverWhenTo(_ s: SentenceView, at k: Int) -> Int? {
        guard s.isWord(k, in: handingVerbs), s.isWord(k + 1, in: SentenceView.over), s.isWord(k + 2, in: timeStarts) else { return nil }
        var j = k + 2
        while j < s.count, j - k <= 6 {
            if s.isWord(j, in: SentenceView.to) { return j > k + 2 ? j + 1 : nil }
            if s.isMention(j) || s.word(j).isEmpty || s.isWord(j, in: SentenceView.clausePunctuation) { return nil }
            j += 1
        }
        return nil
    }
    static let jobNouns: WordSet = [
        "reins", "baton", "torch", "job", "post", "premiership", "presidency", "leadership", "helm", "government",
    ]
    /// "took the helm from Q", "inherits the job from Q"
    static let takeTheJobFrom: Pattern = [
        "take|takes|took|taking|taken|inherit|inherits|inherited|inheriting", "over?", "the|his|her",
        "helm|reins|job|post|mantle|baton|mandate|role", "from",
    ]
    static let assumeOfficeWhen: Pattern = ["assume|assumes|assumed|take|takes|took", "office|over|charge", "when|once|after"]
    static let takeUpThePost: Pattern = [
        "take|takes|took|taking|assume|assumes|assumed|assuming", "up|over?", "the|his|her", "post|job|role|helm|reins|office",
    ]
    static let stepsDown: Pattern = ["steps|step|stepped|stepping|stands|stand|stood", "down|aside"]
    static let namedAsThe: Pattern = ["named|appointed|confirmed|elected|chosen|become|becoming|becomes", "as?", "the?"]

    /// The office `predecessor` holds or held (the one the article says) when the words after
    /// "as" (item `as`) end with its title's last word: "succeeds Rutte as prime minister" is
    /// Rutte's Prime Minister of the Netherlands, also where the article calls him its former
    /// holder ("the former Dutch prime minister, now NATO's chief").
    static func predecessorsOffice(_ s: SentenceView, after asItem: Int, predecessor: EntityRef, in article: ArticleClaims)
        -> EntityRef?
    {
        let entities = article.entities
        // Each office the article gives the predecessor (a prime minister who moves on to head
        // NATO holds two), in a fixed order.
        var held = entities.holderOf.filter { $0.value == predecessor }.map(\.key)
        for claim in article.claims where claim.subject == predecessor && claim.predicate == "holds" && claim.value == .boolean(true) {
            if case .entity(let office) = claim.object, !held.contains(office) { held.append(office) }
        }
        let offices = held.sorted { entities.name(of: $0) < entities.name(of: $1) }
        var found: EntityRef?
        for office in offices {
            guard let lastWord = lastTitleWord(of: office, in: entities) else { continue }
            for j in (asItem + 1)..<min(asItem + 4, s.count) {
                if s.isWord(j, in: SentenceView.clausePunctuation) || s.isMention(j) { break }
                if s.word(j) == lastWord {
                    // Two offices with that word: no telling which.
                    if found != nil { return nil }
                    found = office
                    break
                }
            }
        }
        return found
    }

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        let classifier = ModalityClassifier()
        for k in 0..<s.count {
            guard s.isWord(k, in: Self.starts) else { continue }
            if s.isWord(k, in: Self.untilWord) {
                stayingUntil(s, at: k, in: &article)
                continue
            }
            var end: Int?
            var rule = "verb"
            if let e = s.match(Self.succeed, at: k) {
                end = e
            } else if let e = s.match(Self.takeOverFrom, at: k) ?? s.match(Self.takeTheJobFrom, at: k) ?? Self.takeOverAsFrom(s, at: k) {
                end = e
            } else if let e = s.match(Self.assumeOfficeWhen, at: k) {
                end = e
                rule = "term-ends"
            }
            // "Rutte was succeeded in The Hague in July by Dick Schoof": the passive's agent
            // succeeds its subject.
            if rule == "verb", let end, s.isWord(k - 1, in: SupportRules.passiveAuxiliaries), let by = Self.agent(s, after: end),
                let o = s.personObject(after: by + 1, limit: 2), let successor = s.mention(o)?.ref,
                let subject = s.subjects(before: k - 1, kinds: .person).last, let predecessor = s.mention(subject)?.ref,
                successor != predecessor, !isConditional(s, from: subject, to: o)
            {
                article.add(
                    successor, "succeeds", .entity(predecessor),
                    modality: classifier.classify(s, trigger: k, triggerEnd: end, subject: subject),
                    evidence: s.span(subject, o), sentence: s.index, rule: "succession.passive")
                continue
            }
            if let end {
                // The predecessor: a person right after ("Stoltenberg's term ends" too).
                guard let o = s.personObject(after: end, limit: 3), var predecessor = s.mention(o)?.ref else { continue }
                if rule == "term-ends", !s.isWord(o + 1, in: ["term", "mandate", "tenure"]) { continue }
                if s.contains(["interested", "interest", "keen"], in: max(0, k - 4)..<k) { continue }
                // "the contest to succeed Q", "the race to succeed Q": a contest, no one's succession.
                if s.isWord(k - 1, in: SentenceView.to), s.isWord(k - 2, in: SuccessionRules.contestNouns) { continue }
                // "P took office on Tuesday, succeeding Q": the participle's subject is the sentence's.
                // "Rutte takes office on Oct. 1 and will succeed Q": the first verb's subject.
                guard
                    let subject = s.subjects(before: k, kinds: .person).last ?? s.participleSubject(at: k, kinds: .person)
                        ?? s.sharedSubject(before: k, kinds: .person),
                    let person = s.mention(subject)?.ref
                else { continue }
                // "P is due to succeed him": the pronoun is someone before P.
                if predecessor == person, let other = SuccessionRules.other(than: person, at: o, in: s) { predecessor = other }
                if isConditional(s, from: subject, to: end) { continue }
                var modality = classifier.classify(s, trigger: k, triggerEnd: end, subject: subject)
                if modality == .asserted, s.isWord(k - 1, in: ["to"]) { modality = .expected }
                if modality == .hedged, s.isWord(k - 1, in: ["to"]) { modality = .expected }
                article.add(
                    person, "succeeds", .entity(predecessor), modality: modality,
                    evidence: s.span(subject, o), sentence: s.index, rule: "succession.\(rule)")
                let future = s.contains(["will", "to", "would", "shall"], in: max(subject + 1, k - 2)..<k)
                // "took over from Q as NATO secretary general": P holds it now, Q held it.
                if modality == .asserted, s.isWord(o + 1, in: ["as"]),
                    let officeItem = s.isMention(o + 2) ? o + 2 : (s.isWord(o + 2, in: ["the"]) ? o + 3 : nil),
                    let office = s.mention(officeItem), office.kind == .office, !office.isNext, !future
                {
                    article.add(
                        person, "holds", .entity(office.ref), modality: .asserted,
                        evidence: s.span(subject, officeItem), sentence: s.index, rule: "succession.as-office")
                    article.add(
                        predecessor, "holds", .entity(office.ref), modality: .past,
                        evidence: s.span(subject, officeItem), sentence: s.index, rule: "succession.as-office")
                    article.entities.noteOffice(office.ref, of: person, current: true)
                } else if modality == .asserted, s.isWord(o + 1, in: ["as"]), !s.isMention(o + 2), !future,
                    let office = SuccessionRules.predecessorsOffice(s, after: o + 1, predecessor: predecessor, in: article)
                {
                    // "succeeds Rutte as prime minister": the title of the office the article says Q holds.
                    let last = s.clauseEnd(after: o + 1) - 1
                    article.add(
                        person, "holds", .entity(office), modality: .asserted, evidence: s.span(subject, min(last, o + 4)),
                        sentence: s.index, rule: "succession.as-office")
                    article.entities.noteOffice(office, of: person, current: true)
                }
                continue
            }
            // "Jens Stoltenberg will hand over to Mark Rutte on October 1"
            if var e = s.match(Self.handOverTo, at: k) ?? Self.handOverWhenTo(s, at: k) ?? Self.handTheJob(s, at: k) {
                // "will hand over to his successor Dick Schoof": the one named after "successor".
                if s.mention(e)?.form == .pronoun, s.isWord(e + 1, in: Self.successorWord) { e += 2 }
                guard let o = s.personObject(after: e, limit: 3), let successor = s.mention(o)?.ref else { continue }
                // "P left office on 2 July, handing over to Q": the participle's subject is the sentence's;
                // so is that of "P ran the country for 14 years before handing over to Q".
                let opened =
                    s.isWord(k - 1, in: MeetingRules.participleOpeners)
                    ? (0..<k).first(where: { s.mentionKind($0) == .person && s.mention($0)?.possessive == false }) : nil
                guard let subject = s.subjects(before: k, kinds: .person).last ?? s.participleSubject(at: k, kinds: .person) ?? opened,
                    let predecessor = s.mention(subject)?.ref, predecessor != successor, !isConditional(s, from: subject, to: e)
                else { continue }
                let modality = classifier.classify(s, trigger: k, triggerEnd: e, subject: subject)
                article.add(
                    successor, "succeeds", .entity(predecessor), modality: modality,
                    evidence: s.span(subject, o), sentence: s.index, rule: "succession.hand-over")
                // "handed over the Dutch premiership to Q": Q holds the office handed over (no
                // `expected` holds: "is due to hand over the premiership to Q" is the succession's).
                if modality != .expected, let noun = (k + 1..<e).last(where: { s.isWord($0, in: Self.jobNouns) }),
                    let office = SuccessionRules.predecessorsOffice(named: s.word(noun), predecessor: predecessor, in: article.entities)
                {
                    article.add(
                        successor, "holds", .entity(office), modality: modality, evidence: s.span(k, o), sentence: s.index,
                        rule: "succession.hand-over-office")
                    if modality == .asserted { article.entities.noteOffice(office, of: successor, current: true) }
                }
                continue
            }
            // "He will take up the post on October 1, when Jens Stoltenberg steps down"
            if let e = s.match(Self.takeUpThePost, at: k), let when = s.first(["when", "once", "after"], in: e..<s.count),
                let q = s.personObject(after: when + 1, limit: 2), let predecessor = s.mention(q)?.ref,
                s.match(Self.stepsDown, at: q + 1) != nil || s.isWord(q + 1, in: ["leaves", "retires", "departs", "left", "retired"])
            {
                guard let subject = s.subjects(before: k, kinds: .person).last, let person = s.mention(subject)?.ref,
                    !isConditional(s, from: subject, to: e)
                else { continue }
                let modality = classifier.classify(s, trigger: k, triggerEnd: e, subject: subject)
                article.add(
                    person, "succeeds", .entity(predecessor), modality: modality,
                    evidence: s.span(subject, q + 2), sentence: s.index, rule: "succession.steps-down")
                continue
            }
            // "as Mr Stoltenberg's successor", "P, Q's successor", "sworn in as his successor"
            // ("P is|was named Q's successor"; "Q's successor, P, ...", "His successor as Dutch
            // prime minister, P, ...")
            // (Recognition reads "Dutch prime minister, Dick Schoof" as one titled name.)
            let titled = s.isWord(k + 1, in: OfficeRules.asWord) && s.mention(k + 2).map { $0.kind == .person && $0.office != nil } == true
            if s.isWord(k, in: ["successor"]), let q = s.mention(k - 1), q.kind == .person, q.possessive || q.form == .pronoun,
                s.isWord(k - 2, in: ["as", ",", "is", "was", "named", "be", "became", "becomes"])
                    || (s.isWord(k + 1, in: [","]) && s.mentionKind(k + 2) == .person) || titled
            {
                let appositive = (s.isWord(k + 1, in: [","]) && s.mentionKind(k + 2) == .person) || titled
                guard let subject = appositive ? k + 2 : s.subjects(before: k - 2, kinds: .person).last ?? personBefore(s, k - 2),
                    let person = s.mention(subject)?.ref
                else { continue }
                var predecessor = q.ref
                if predecessor == person {
                    guard let other = SuccessionRules.other(than: person, at: k - 1, in: s) else { continue }
                    predecessor = other
                }
                // (The appositive's subject stands after the noun: the sentence's cues, none of its own.)
                let modality =
                    appositive
                    ? classifier.classify(s, trigger: k, subject: nil)
                    : classifier.classify(s, trigger: k - 2, triggerEnd: k + 1, subject: subject)
                article.add(
                    person, "succeeds", .entity(predecessor), modality: modality,
                    evidence: s.span(subject, k), sentence: s.index, rule: "succession.successor")
                continue
            }
            // "to be named NATO's new Secretary General", "confirmed as next NATO Secretary General"
            if let e = s.match(Self.namedAsThe, at: k),
                let office = s.mention(e), office.kind == .office
            {
                if s.contains(["race", "bid", "running", "contest", "campaign", "vying", "compete", "competing"], in: max(0, k - 3)..<k) {
                    continue
                }
                guard let subject = s.subjects(before: k, kinds: .person).last ?? objectPerson(s, between: k, and: e),
                    let person = s.mention(subject)?.ref
                else { continue }
                let modality = classifier.classify(s, trigger: k, triggerEnd: e + 1, subject: subject)
                article.add(
                    person, "succeeds", .holder(office.ref), modality: modality,
                    evidence: s.span(min(subject, k), e), sentence: s.index, rule: "succession.named")
            }
        }
    }

    /// The last word of an office's title: "minister" of "Prime Minister of the Netherlands".
    static func lastTitleWord(of office: EntityRef, in entities: ArticleEntities) -> Substring? {
        entities.name(of: office).lowercased().split(separator: " ").prefix(while: { $0 != "of" }).last
    }

    /// The one office of `predecessor` that a noun of office names ("the premiership" a prime
    /// minister's, "the presidency" a president's); nil for none, for two, or for another noun.
    static func predecessorsOffice(named noun: String, predecessor: EntityRef, in entities: ArticleEntities) -> EntityRef? {
        guard let titleWord = officeNounTitles[noun] else { return nil }
        let offices = entities.holderOf.filter { $0.value == predecessor && lastTitleWord(of: $0.key, in: entities) == titleWord[...] }
        return offices.count == 1 ? offices.first!.key : nil
    }
    /// Nouns of office and the last word of the titles they name.
    static let officeNounTitles: [String: String] = [
        "premiership": "minister", "presidency": "president", "chancellorship": "chancellor",
    ]

    /// A pronoun's other reading when its first is the subject ("P will succeed him": not P).
    static func other(than person: EntityRef, at k: Int, in s: SentenceView) -> EntityRef? {
        guard let m = s.mention(k), m.form == .pronoun else { return nil }
        return m.alternatives.first { $0 != person }
    }

    /// The nearest person before item `k` in the sentence.
    func personBefore(_ s: SentenceView, _ k: Int) -> Int? {
        var j = k - 1
        while j >= 0 {
            if let m = s.mention(j), m.kind == .person { return j }
            j -= 1
        }
        return nil
    }

    /// "appointed outgoing Dutch Prime Minister Mark Rutte as ...": the person between.
    func objectPerson(_ s: SentenceView, between a: Int, and b: Int) -> Int? {
        for j in a..<b { if let m = s.mention(j), m.kind == .person { return j } }
        return nil
    }
}
