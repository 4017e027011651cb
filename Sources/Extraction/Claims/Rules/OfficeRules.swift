/// `holds(P, office)`: offices from title phrases and a few verbs.
///
/// - title phrases that recognition attached to a name: "Hungarian Prime Minister Viktor Orban",
///   "Romania's President Klaus Iohannis", "Mark Rutte, the outgoing Dutch Prime Minister"
///   (`former` makes it `past`; "next" and "new" make it no claim);
/// - `P led|leads|has led ORG`: the head office of the organization ("has led NATO since 2014");
/// - `P took office|over as OFFICE`, `P was sworn in as OFFICE` (a time may stand before "as":
///   "took over Tuesday as"), `P, whose term as OFFICE ...`, `P served as OFFICE` (`past`, unless
///   "has served"), `P is|has been OFFICE` (`was`, `had been`: `past`), `P will step down|resign as
///   OFFICE` (`stepped down`, `left office`, `resigned`: `past`);
/// - `P has been in the post since`, `P steps down after a decade in charge`: the contest's office.
public struct OfficeRules: ClaimRule {
    public var name: String { "office" }
    public var triggers: WordSet { Self.triggerWords }
    static let triggerWords = Pattern.firstWords(of: [tookOffice, swornIn, termAs, servedAs, stepDown, leftOffice, resigned])!
        .union(leads).union(tenureNouns).union(SentenceView.whose)
    /// Title phrases that recognition attached to names are offices wherever they stand.
    public func wants(_ s: SentenceView, in article: ArticleClaims) -> Bool {
        !s.recognized.holdings.isEmpty || s.hasOfficeMention
    }
    /// Words before a gerund that make it no deed: "interest in leading", "the idea of heading".
    static let gerundOpeners: WordSet = ["in", "of", "about", "for", "at"]
    static let fromWords: WordSet = ["from", "between"]
    static let untilWords: WordSet = ["to", "until", "till", "and", "-", "–"]

    /// True when "from YEAR to YEAR" (or "between YEAR and YEAR") follows item `o` within a few
    /// words, and the second year is before the article's (or, with no date, is any year).
    static func closedSpan(_ s: SentenceView, after o: Int, before published: CalendarDate?) -> Bool {
        guard let from = s.first(fromWords, in: (o + 1)..<min(o + 4, s.count)), let first = Int(s.word(from + 1)),
            first >= 1000, s.isWord(from + 2, in: untilWords), let last = Int(s.word(from + 3)), last >= first
        else { return false }
        return published.map { last < $0.year } ?? true
    }
    static let leads: WordSet = [
        "led", "leads", "heads", "headed", "lead", "leading", "chaired", "chairs", "run", "runs", "ran", "running", "directs",
        "directed", "helms", "helmed",
    ]
    /// Creates the rules.
    public init() {}

    static let tookOffice: Pattern = ["took|takes|take|taking|assumed|assumes|assume", "office|over"]
    static let onIn: WordSet = [
        "on", "in", "at", "last", "this", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]
    static let asWord: WordSet = ["as"]

    /// The item after "as" right at `end` ("took office as"), or after a short time adverbial
    /// there ("took office on Oct. 1 as", "took over Tuesday as", "stepped down in September
    /// as": plain words, numbers and the period of an abbreviation).
    static func asAfterWhen(_ s: SentenceView, _ end: Int?) -> Int? {
        guard let end else { return nil }
        if s.isWord(end, in: asWord) { return end + 1 }
        guard s.isWord(end, in: onIn) else { return nil }
        var j = end + 1
        while j < s.count, j - end <= 5 {
            if s.isWord(j, in: asWord) { return j + 1 }
            if s.isMention(j) || s.word(j).isEmpty || (s.isWord(j, in: SentenceView.clausePunctuation) && s.word(j) != ".") { return nil }
            j += 1
        }
        return nil
    }
    static let swornIn: Pattern = ["sworn|inaugurated", "in?"]
    static let termAs: Pattern = ["term|mandate|tenure", "as"]
    static let servedAs: Pattern = ["serve|serves|served|serving", "twice?|briefly?|previously?|once?", "as"]
    /// "will step down as Dutch prime minister": held until then; "stepped down as": held before.
    static let stepDown: Pattern = ["step|steps|stepped|stepping", "down"]
    /// "left office as Dutch prime minister", "resigned as": held before (or until then).
    static let leftOffice: Pattern = ["left|leaves|leave|leaving", "office"]
    static let resigned: Pattern = ["resigned|resigns|resign|resigning"]
    /// The past forms of leaving an office.
    static let leftForms: WordSet = ["stepped", "left", "resigned"]
    static let perfect: WordSet = ["has", "have", "had"]
    static let down: WordSet = ["down"]
    static let termNouns: WordSet = ["term", "mandate", "tenure"]
    static let possessivePronouns: WordSet = ["his", "her"]

    /// `P is|has been OFFICE` (held now), `P was|had been OFFICE` (`past`): "Rutte has been
    /// prime minister of the Netherlands since 2010". Not a future or a possibility ("will be",
    /// "to be"), nor "the next secretary general".
    func copula(_ s: SentenceView, office k: Int, in article: inout ArticleClaims, classifier: ModalityClassifier) {
        guard let m = s.mention(k), m.form == .office, !m.isNext, !m.possessive else { return }
        var c = k - 1
        // "has been an excellent secretary general": a few plain adjectives after the article.
        var a = c
        while a > c - 3, a >= 0, !s.isMention(a), !s.word(a).isEmpty, !s.isWord(a, in: SentenceView.articles),
            !s.isWord(a, in: EntityRecognizer.prepositions), !s.isWord(a, in: CandidacyRules.candidateNouns),
            !s.isWord(a, in: SentenceView.clausePunctuation), !s.isWord(a, in: Self.been), !s.isWord(a, in: Self.presentCopulas),
            !s.isWord(a, in: Self.pastCopulas)
        {
            a -= 1
        }
        if a < c, s.isWord(a, in: SentenceView.articles) { c = a }
        if s.isWord(c, in: SentenceView.articles) { c -= 1 }
        while s.isWord(c, in: Self.copulaAdverbs) { c -= 1 }
        // "Rutte is not secretary general yet", "is no longer prime minister": does not hold it.
        var holds = true
        if s.isWord(c, in: SupportRules.notWord) {
            holds = false
            c -= 1
        } else if s.isWord(c, in: Self.longer), s.isWord(c - 1, in: SupportRules.no) {
            holds = false
            c -= 2
        }
        while s.isWord(c, in: Self.copulaAdverbs) { c -= 1 }
        var base: Modality
        // "Rutte will remain caretaker prime minister until July": holds it now.
        let willRemain = s.isWord(c, in: Self.remainVerbs) && s.isWord(c - 1, in: QuantifiedRules.willWould)
        if willRemain {
            base = .asserted
            c -= 1
        } else if s.isWord(c, in: Self.been) {
            c -= 1
            if s.isWord(c, in: Self.presentPerfect) {
                base = .asserted
            } else if s.isWord(c, in: Self.pastPerfect) {
                base = .past
            } else {
                return
            }
        } else if s.isWord(c, in: Self.presentCopulas) {
            base = .asserted
        } else if s.isWord(c, in: Self.pastCopulas) {
            base = .past
        } else {
            return
        }
        guard let subject = s.subjects(before: c, kinds: .person).last, let person = s.mention(subject)?.ref else { return }
        if isConditional(s, from: subject, to: k) { return }
        var modality = classifier.classify(s, trigger: c, triggerEnd: k + 1, subject: subject, base: base)
        if willRemain, modality == .expected { modality = .asserted }
        guard modality == .asserted || modality == .past else { return }
        article.add(
            person, "holds", .entity(m.ref), value: .boolean(holds), modality: modality, evidence: s.span(subject, k),
            sentence: s.index, rule: "office.copula")
        if modality == .asserted, holds { article.entities.noteOffice(m.ref, of: person, current: true) }
    }
    /// `OFFICE, held since 2019 by P` (`held from 2004 to 2009 by P`: `past`).
    func heldBy(_ s: SentenceView, office k: Int, in article: inout ArticleClaims) {
        guard s.isWord(k + 1, in: SentenceView.comma), s.isWord(k + 2, in: Self.held), let m = s.mention(k), m.form == .office, !m.isNext,
            let by = s.first(SentenceView.by, in: (k + 3)..<min(k + 9, s.count)),
            !s.contains(SentenceView.clausePunctuation, in: (k + 3)..<by), let p = s.personObject(after: by + 1, limit: 2),
            let person = s.mention(p)?.ref
        else { return }
        let past = s.contains(Self.until, in: (k + 3)..<by)
        article.add(
            person, "holds", .entity(m.ref), modality: past ? .past : .asserted, evidence: s.span(k, p), sentence: s.index,
            rule: "office.held-by")
        if !past { article.entities.noteOffice(m.ref, of: person, current: true) }
    }
    static let held: WordSet = ["held", "occupied"]
    static let until: WordSet = ["until", "till", "to"]

    /// `P has been in the post since 2014`, `P is in charge`, `P steps down after a decade in
    /// charge|at the helm` (`stepped down`: `past`): the office of the article's contest, for a
    /// person the article gives no other current office (else "in charge" is that office's).
    func inThePost(_ s: SentenceView, at k: Int, in article: inout ArticleClaims, classifier: ModalityClassifier) {
        // "after ten years at the head of the alliance": an office named (a mention), for that office.
        let officeAt = s.mention(k).flatMap { $0.form == .office && !$0.isNext && !$0.possessive ? $0.ref : nil }
        var p = k - 1
        if s.isWord(p, in: SentenceView.the) { p -= 1 }
        // "Stoltenberg, who held the post for ten years" (past), "has held the job since 2014".
        let heldThePost =
            officeAt == nil && s.isWord(p, in: Self.held) && s.isWord(k - 1, in: SentenceView.the) && !s.isWord(k, in: Self.helm)
            && (k + 1 >= s.count || s.isWord(k + 1, in: Self.tenureFollowers))
        let atTheTop = s.isWord(k, in: Self.helm) || officeAt != nil
        guard heldThePost || s.isWord(p, in: atTheTop ? Self.at : SentenceView.in) else { return }
        var c = p - 1
        var base: Modality
        var subjectBefore = c
        if heldThePost {
            base = s.isWord(c, in: Self.presentPerfect) ? .asserted : .past
            subjectBefore = s.isWord(c, in: Self.presentPerfect) || s.isWord(c, in: Self.pastPerfect) ? c : p
        } else if s.isWord(c, in: Self.been) {
            if s.isWord(c - 1, in: Self.presentPerfect) {
                base = .asserted
            } else if s.isWord(c - 1, in: Self.pastPerfect) {
                base = .past
            } else {
                return
            }
            subjectBefore = c - 1
        } else if s.isWord(c, in: SentenceView.comma), s.isWord(k, in: Self.charge), s.isWord(k + 1, in: MembershipRules.since),
            s.mentionKind(c - 1) == .person
        {
            // "Stoltenberg, in charge since 2014, welcomed ...": an apposition.
            base = .asserted
        } else if s.isWord(c, in: Self.presentCopulas) {
            base = .asserted
        } else if s.isWord(c, in: Self.pastCopulas) {
            base = .past
        } else {
            // "after a decade in charge", "after ten years at the helm"
            while c >= 0, p - c <= 5, s.isWord(c, in: Self.spanWords) || QuantifiedRules.isNumberWord(s, c) { c -= 1 }
            guard c < p - 1, s.isWord(c, in: Self.afterWords) else { return }
            base = s.contains(Self.leftVerbs, in: max(0, c - 3)..<c) ? .past : .asserted
            subjectBefore = c
        }
        guard let subject = s.subjects(before: subjectBefore, kinds: .person).last, let person = s.mention(subject)?.ref else {
            return
        }
        if officeAt == nil, article.entities.holderOf.values.contains(person) { return }
        if isConditional(s, from: subject, to: k) { return }
        let modality = classifier.classify(s, trigger: subjectBefore, triggerEnd: k + 1, subject: subject, base: base)
        guard modality == .asserted || modality == .past else { return }
        article.add(
            person, "holds", officeAt.map { .entity($0) } ?? .contest, modality: modality, evidence: s.span(subject, k), sentence: s.index,
            rule: "office.in-post")
    }
    static let tenureNouns: WordSet = ["post", "job", "charge", "helm", "title"]
    static let charge: WordSet = ["charge"]

    /// "Jens Stoltenberg, whose term ends on 1 October", "P, whose decade at the helm ends in
    /// October": P holds the office of the article's contest now, when the article gives P no
    /// other office.
    func whoseTermEnds(_ s: SentenceView, at k: Int, in article: inout ArticleClaims) {
        guard s.isWord(k - 1, in: SentenceView.comma), let p = s.mention(k - 2), p.kind == .person, p.form == .name, !p.possessive,
            let end = (k + 2..<min(s.count, k + 7)).first(where: { s.isWord($0, in: Self.endingVerbs) }),
            s.contains(Self.termWords, in: (k + 1)..<end)
                || (s.contains(Self.spans, in: (k + 1)..<end) && ((k + 1)..<end).contains(where: { s.mentionKind($0) == .office })),
            !s.contains(SentenceView.clausePunctuation, in: (k + 1)..<end)
        else { return }
        // (Nor when the article has made P a candidate: "Iohannis, whose term ends in December"
        // is his term as president.)
        if article.entities.holderOf.values.contains(p.ref) { return }
        if article.claims.contains(where: { $0.subject == p.ref && $0.predicate == "candidate" }) { return }
        // "whose decade as Secretary General came to an end on Tuesday": held before.
        let ended = s.isWord(end, in: Self.endedVerbs)
        // The office named in the phrase ("whose decade as Secretary General"), else the contest's.
        let named = ((k + 1)..<end).first(where: { s.mentionKind($0) == .office }).flatMap { s.mention($0)?.ref }
        article.add(
            p.ref, "holds", named.map { .entity($0) } ?? .contest, modality: ended ? .past : .asserted, evidence: s.span(k - 2, end),
            sentence: s.index,
            rule: "office.term-ends")
    }
    /// A term that ends: "ends", "expires", "runs out".
    static let endingVerbs: WordSet = ["ends", "expires", "runs", "ended", "expired", "came"]
    /// A term that has ended: "ended", "came to an end".
    static let endedVerbs: WordSet = ["ended", "expired", "came"]
    /// Words for a term of office, before "ends".
    static let termWords: WordSet = ["term", "mandate", "tenure", "helm", "stint"]
    /// A span of time that is a tenure only beside an office ("whose decade as Secretary General").
    static let spans: WordSet = ["decade", "years"]
    /// What follows "held the post" when it is a tenure (not "held the job of foreign minister",
    /// "held the post open").
    static let tenureFollowers: WordSet = [
        "for", "from", "since", "until", "between", "in", "at", ",", ".", ";", "and", "before", "after", "throughout",
    ]
    static let helm: WordSet = ["helm"]
    static let at: WordSet = ["at"]
    static let spanWords: WordSet = [
        "a", "an", "decade", "decades", "year", "years", "nearly", "almost", "more", "than", "over", "some", "-", "long",
    ]
    static let afterWords: WordSet = ["after", "following"]
    static let leftVerbs: WordSet = ["stepped", "left", "retired", "quit", "departed"]

    static let copulaAdverbs: WordSet = ["also", "still", "now", "currently", "already", "long"]
    static let longer: WordSet = ["longer"]
    static let remainVerbs: WordSet = ["remain", "stay"]
    static let been: WordSet = ["been"]
    static let presentPerfect: WordSet = ["has", "have"]
    static let pastPerfect: WordSet = ["had"]
    static let presentCopulas: WordSet = ["is", "remains", "became"]
    static let pastCopulas: WordSet = ["was"]

    /// The person whose term item `k` is: "his" or "P's" before it, past a few lower-case words
    /// ("his second and final term").
    static func termOwner(_ s: SentenceView, before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, k - j <= 5, !s.isMention(j), !s.word(j).isEmpty, !s.isWord(j, in: SentenceView.clausePunctuation) { j -= 1 }
        guard let m = s.mention(j), m.kind == .person, m.possessive || s.isWord(j, in: possessivePronouns) else { return nil }
        return j
    }

    // Words an office trigger is read with, made once a process (a literal list at a call is
    // built and destroyed at every trigger).
    /// What someone may lead that is no organization ("led the operation").
    static let ledUndertakings: WordSet = ["operation", "mission", "effort", "summit", "initiative"]
    static let toWill: WordSet = ["to", "will"]

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        for h in s.recognized.holdings {
            article.add(
                h.person, "holds", .entity(h.office), modality: h.former ? .past : (h.elect ? .expected : .asserted),
                evidence: h.tokens, sentence: s.index, rule: "office.title")
        }
        let classifier = ModalityClassifier()
        if s.hasOfficeMention {
            for k in 0..<s.count where s.mentionKind(k) == .office {
                copula(s, office: k, in: &article, classifier: classifier)
                heldBy(s, office: k, in: &article)
                // "after ten years at the head of the alliance"
                if s.isWord(k - 1, in: Self.at) { inThePost(s, at: k, in: &article, classifier: classifier) }
            }
        }
        for k in 0..<s.count where s.isWord(k, in: Self.triggerWords) {
            if s.isWord(k, in: SentenceView.whose) {
                whoseTermEnds(s, at: k, in: &article)
                continue
            }
            if s.isWord(k, in: Self.tenureNouns) {
                inThePost(s, at: k, in: &article, classifier: classifier)
                continue
            }
            // "has led NATO since 2014", "had led Nato", "led the VVD for 18 years"
            if s.isWord(k, in: Self.leads) {
                var o = k + 1
                if s.isWord(o, in: SentenceView.the) { o += 1 }
                // "who has headed the alliance since 2014": the organization the article named last
                // (else the lexicon's, NATO).
                let orgRef =
                    s.mention(o).flatMap { $0.kind == .organization ? $0.ref : nil }
                    ?? (s.isWord(o, in: MembershipRules.groupWords) && s.isWord(o - 1, in: SentenceView.the)
                        ? article.entities.groupBefore(s.tokenStart(k), kinds: .organization)
                            ?? article.entities.lexicon.nato.map { .known($0) } : nil)
                guard let orgRef, case .known(let orgID) = orgRef, let head = article.entities.lexicon.headTitle(of: orgID),
                    !s.isWord(o + 1, in: OfficeRules.ledUndertakings)
                else { continue }
                // "chaired NATO's Military Committee": a body of the organization, not it;
                // "her interest in leading the alliance": a wish, not an office held.
                if s.mention(o)?.possessive == true || s.isWord(k - 1, in: OfficeRules.gerundOpeners) { continue }
                guard let subject = s.subjects(before: k, kinds: .person).last, let person = s.mention(subject)?.ref else { continue }
                if s.isWord(k - 1, in: OfficeRules.toWill) { continue }
                let office = article.entities.office(title: head, jurisdiction: orgID)
                var modality = classifier.classify(s, trigger: k, subject: subject)
                guard modality == .asserted || modality == .past else { continue }
                // "led the alliance from 1971 to 1984": a span that has ended.
                if Self.closedSpan(s, after: o, before: article.published) { modality = .past }
                article.add(
                    person, "holds", .entity(office), modality: modality,
                    evidence: s.span(subject, o), sentence: s.index, rule: "office.leads")
                if modality == .asserted { article.entities.noteOffice(office, of: person, current: true) }
            }
            // "took office as Nato secretary general", "sworn in as president"
            let leaving = s.match(Self.stepDown, at: k) ?? s.match(Self.leftOffice, at: k) ?? s.match(Self.resigned, at: k)
            if let end = Self.asAfterWhen(s, s.match(Self.tookOffice, at: k)) ?? Self.asAfterWhen(s, s.match(Self.swornIn, at: k))
                ?? s.match(Self.termAs, at: k)
                ?? s.match(Self.servedAs, at: k)
                ?? Self.asAfterWhen(s, leaving)
            {
                var o = end
                if s.isWord(o, in: SentenceView.the) { o += 1 }
                guard let m = s.mention(o), m.kind == .office else { continue }
                var subject = s.subjects(before: k, kinds: .person).last
                // "his second and final term as Romanian president": the term's owner, past its adjectives.
                if s.isWord(k, in: Self.termNouns), let owner = Self.termOwner(s, before: k) { subject = owner }
                if subject == nil, s.isWord(k - 1, in: CandidacyRules.whose), let p = s.mention(k - 2) ?? s.mention(k - 3),
                    p.kind == .person
                {
                    subject = s.isMention(k - 2) ? k - 2 : k - 3
                }
                guard let subject, let person = s.mention(subject)?.ref else { continue }
                var modality = classifier.classify(s, trigger: k, subject: subject)
                // Stepping down from an office says it is held until then, whatever is predicted.
                let steppingDown = leaving != nil
                if steppingDown { modality = s.isWord(k, in: Self.leftForms) ? .past : (modality == .past ? .past : .asserted) }
                guard modality == .asserted || modality == .past else { continue }
                // "served as prime minister for 14 years" is over; "has served as ... since" is not.
                let served = s.isWord(k, in: ["served"])
                if served, !s.isWord(k - 1, in: Self.perfect), !s.isWord(k - 2, in: Self.perfect) { modality = .past }
                article.add(
                    person, "holds", .entity(m.ref), modality: modality,
                    evidence: s.span(subject, o), sentence: s.index,
                    rule: steppingDown
                        ? "office.step-down"
                        : served || s.isWord(k, in: ["serve", "serves", "serving"]) ? "office.served" : "office.took-office")
                article.entities.noteOffice(m.ref, of: person, current: modality == .asserted)
            }
        }
    }
}
