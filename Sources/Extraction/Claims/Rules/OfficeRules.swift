/// `holds(P, office)`: offices from title phrases and a few verbs.
///
/// - title phrases that recognition attached to a name: "Hungarian Prime Minister Viktor Orban",
///   "Romania's President Klaus Iohannis", "Mark Rutte, the outgoing Dutch Prime Minister"
///   (`former` makes it `past`; "next" and "new" make it no claim);
/// - `P led|leads|has led ORG`: the head office of the organization ("has led NATO since 2014");
/// - `P took office as OFFICE`, `P was sworn in as OFFICE`, `P, whose term as OFFICE ...`, `P served
///   as OFFICE` (`past`, unless "has served").
public struct OfficeRules: ClaimRule {
    public var name: String { "office" }
    public var triggers: WordSet { Self.triggerWords }
    static let triggerWords = Pattern.firstWords(of: [tookOfficeAs, swornInAs, termAs, servedAs])!.union(leads)
    /// Title phrases that recognition attached to names are offices wherever they stand.
    public func wants(_ s: SentenceView, in article: ArticleClaims) -> Bool { !s.recognized.holdings.isEmpty }
    static let leads: WordSet = [
        "led", "leads", "heads", "headed", "lead", "leading", "chaired", "chairs", "run", "runs", "ran", "running",
    ]
    /// Creates the rules.
    public init() {}

    static let tookOfficeAs: Pattern = ["took|takes|take|taking|assumed|assumes|assume", "office", "as"]
    static let swornInAs: Pattern = ["sworn|inaugurated", "in?", "as"]
    static let termAs: Pattern = ["term|mandate|tenure", "as"]
    static let servedAs: Pattern = ["serve|serves|served|serving", "as"]
    static let perfect: WordSet = ["has", "have", "had"]

    // Words an office trigger is read with, made once a process (a literal list at a call is
    // built and destroyed at every trigger).
    /// What someone may lead that is no organization ("led the operation").
    static let ledUndertakings: WordSet = ["operation", "mission", "effort", "summit", "initiative"]
    static let toWill: WordSet = ["to", "will"]

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        for h in s.recognized.holdings {
            article.add(
                h.person, "holds", .entity(h.office), modality: h.former ? .past : .asserted,
                evidence: h.tokens, sentence: s.index, rule: "office.title")
        }
        let classifier = ModalityClassifier()
        for k in 0..<s.count where s.isWord(k, in: Self.triggerWords) {
            // "has led NATO since 2014", "had led Nato", "led the VVD for 18 years"
            if s.isWord(k, in: Self.leads) {
                var o = k + 1
                if s.isWord(o, in: SentenceView.the) { o += 1 }
                guard let org = s.mention(o), org.kind == .organization, case .known(let orgID) = org.ref,
                    let head = article.entities.lexicon.headTitle(of: orgID),
                    !s.isWord(o + 1, in: OfficeRules.ledUndertakings)
                else { continue }
                guard let subject = s.subjects(before: k, kinds: .person).last, let person = s.mention(subject)?.ref else { continue }
                if s.isWord(k - 1, in: OfficeRules.toWill) { continue }
                let office = article.entities.office(title: head, jurisdiction: orgID)
                let modality = classifier.classify(s, trigger: k, subject: subject)
                guard modality == .asserted || modality == .past else { continue }
                article.add(
                    person, "holds", .entity(office), modality: modality,
                    evidence: s.span(subject, o), sentence: s.index, rule: "office.leads")
                if modality == .asserted { article.entities.noteOffice(office, of: person, current: true) }
            }
            // "took office as Nato secretary general", "sworn in as president"
            if let end = s.match(Self.tookOfficeAs, at: k)
                ?? s.match(Self.swornInAs, at: k)
                ?? s.match(Self.termAs, at: k)
                ?? s.match(Self.servedAs, at: k)
            {
                var o = end
                if s.isWord(o, in: SentenceView.the) { o += 1 }
                guard let m = s.mention(o), m.kind == .office else { continue }
                let subjectItems = s.subjects(before: k, kinds: .person)
                var subject = subjectItems.last
                if subject == nil, s.isWord(k - 1, in: CandidacyRules.whose), let p = s.mention(k - 2) ?? s.mention(k - 3),
                    p.kind == .person
                {
                    subject = s.isMention(k - 2) ? k - 2 : k - 3
                }
                guard let subject, let person = s.mention(subject)?.ref else { continue }
                var modality = classifier.classify(s, trigger: k, subject: subject)
                guard modality == .asserted || modality == .past else { continue }
                // "served as prime minister for 14 years" is over; "has served as ... since" is not.
                let served = s.isWord(k, in: ["served"])
                if served, !s.isWord(k - 1, in: Self.perfect), !s.isWord(k - 2, in: Self.perfect) { modality = .past }
                article.add(
                    person, "holds", .entity(m.ref), modality: modality,
                    evidence: s.span(subject, o), sentence: s.index,
                    rule: served || s.isWord(k, in: ["serve", "serves", "serving"]) ? "office.served" : "office.took-office")
                article.entities.noteOffice(m.ref, of: person, current: modality == .asserted)
            }
        }
    }
}
