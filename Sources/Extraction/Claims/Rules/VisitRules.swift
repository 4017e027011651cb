/// `visited(P, place)`: a person goes somewhere.
///
/// `P visited|visits PLACE`, `P is due to visit PLACE` (`expected`), `P flew|travelled|went to
/// PLACE`, `P arrived in PLACE`, `a visit by P to PLACE`, `P made (several) trips to|paid a visit to
/// PLACE`, `P attended a summit in PLACE`, `At the PLACE Security Conference, P ...`. The object
/// must be a place (a visit "to the Netherlands" names a country, not a place).
public struct VisitRules: ClaimRule {
    public var name: String { "visit" }
    public var triggers: WordSet { VisitRules.starts }
    /// Creates the rules.
    public init() {}

    /// The words a visit can start with.
    static let starts = Pattern.firstWords(of: [visit, flewBackTo, arrivedIn, visitBy, madeTripsTo, beenTo, wasInToMeet])!
        .union(attend).union(hosting).union(visitNouns).union(taking)
    /// "a tour that took him to Kyiv, Moscow and Beijing": the journey takes the person there.
    static let taking: WordSet = ["took", "takes", "take", "taken", "taking"]
    static let journeyNouns: WordSet = ["trip", "trips", "tour", "travels", "journey", "visit", "visits", "mission", "shuttle"]
    /// "during a visit to Ostrava": the visit of the clause's subject.
    static let during: WordSet = ["during", "on", "while"]
    static let visitDeterminers: WordSet = ["a", "an", "his", "her", "the"]
    /// "Erdogan received Rutte in Istanbul": the guest visited the place.
    static let hosting: WordSet = ["received", "receives", "receiving", "hosted", "hosts", "hosting", "welcomed", "welcomes"]
    /// "has already been to Kyiv"
    static let beenTo: Pattern = ["been", "to"]
    /// "was in Istanbul to meet Erdogan": there, with a purpose (not "was in favour").
    /// "was in Washington to see Joe Biden", "was at the White House on Monday".
    static let wasInToMeet: Pattern = ["was|is|were|will", "be?", "in|at", "the?"]
    static let purposeVerbs: WordSet = ["meet", "see", "attend", "visit", "sign", "hold", "discuss", "talk", "address", "open"]
    /// The "to" of a purpose ("to meet", "to see") within a few plain words after item `e`
    /// ("in Washington on Monday to see Joe Biden"), or nil.
    static func purposeTo(_ s: SentenceView, after e: Int) -> Int? {
        var j = e + 1
        while j < s.count, j - e <= 4 {
            if s.isWord(j, in: SentenceView.to) { return s.isWord(j + 1, in: purposeVerbs) ? j : nil }
            if s.isMention(j) || s.isWord(j, in: SentenceView.clausePunctuation) { return nil }
            j += 1
        }
        return nil
    }

    /// True when "was in PLACE" ending at item `e` is a stay there: the clause ends, or a time or
    /// an occasion follows ("was in Kyiv on Thursday", "was in Brussels for the summit"), not a
    /// description ("was in The Hague as prime minister").
    static func isStay(_ s: SentenceView, after e: Int) -> Bool {
        let next = e + 1
        if next >= s.count || s.isWord(next, in: SentenceView.clausePunctuation) { return true }
        if s.isWord(next, in: stayTimes) { return true }
        return s.isWord(next, in: forWord) && s.isWord(next + 1, in: occasionStarts)
    }
    static let stayTimes: WordSet = [
        "on", "last", "this", "earlier", "yesterday", "today", "when", "while", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    ]
    static let forWord: WordSet = ["for"]
    static let occasionStarts: WordSet = ["the", "a", "an", "talks", "meetings", "consultations", "his", "her"]

    /// "did not travel to Bucharest", "has never been to Kyiv": the visit denied.
    static let negations: WordSet = ["not", "never", "n't"]
    /// "attended a summit in Budapest", "a summit he attended in Budapest".
    static let attend: WordSet = ["attended", "attends", "attend", "attending"]
    static let visitNouns: WordSet = ["visit", "trip"]

    static let visit: Pattern = ["visit|visits|visited|visiting"]
    static let flewBackTo: Pattern = [
        "flew|fly|flies|flying|travelled|traveled|travels|travel|travelling|traveling|went|goes|go|going|gone|headed|heads|came|comes|come|coming|returned|returns",
        "back|on|home?", "to",
    ]
    static let arrivedIn: Pattern = ["arrived|arrives|arrive|arriving|landed|lands", "in"]
    static let visitBy: Pattern = ["visit|trip", "by"]
    /// "has made several trips to Kyiv", "paid a visit to Ankara".
    static let madeTripsTo: Pattern = [
        "made|make|makes|making|paid|pay|pays|paying",
        "a?|an?|his?|her?|the?|several?|many?|two?|three?|numerous?|multiple?|repeated?",
        "first?|second?|maiden?|official?|brief?|surprise?|unannounced?|long?|short?", "trip|trips|visit|visits|journey", "to",
    ]

    /// Verbs that ask someone to go somewhere.
    static let askingVerbs: WordSet = [
        "invited", "invites", "invite", "inviting", "asked", "asks", "ask", "urged", "urges", "urge", "encouraged", "wants",
        "wanted", "pressed", "called",
    ]

    /// The person after "by" within a few words of a visit's place, in its clause ("a visit to
    /// Budapest last Wednesday by Jens Stoltenberg").
    static func visitorAfter(_ s: SentenceView, place: Int) -> Int? {
        var j = place + 1
        while j < s.count, j - place <= 4, !s.isMention(j), !s.isWord(j, in: SentenceView.clausePunctuation) {
            if s.isWord(j, in: SentenceView.by) {
                return s.mentionKind(j + 1) == .person ? j + 1 : nil
            }
            j += 1
        }
        return nil
    }

    /// A sentence that opens at an event named for its city reads here too.
    public func wants(_ s: SentenceView, in article: ArticleClaims) -> Bool {
        s.isWord(0, in: Self.atWord) && s.mentionKind(2) == .place
    }

    /// "At the Munich Security Conference that month he told Europeans ...": a sentence that
    /// opens at an event named for its city (the place, then capitalised words or an event noun),
    /// whose subject, past a time and a comma, is a person: the place's item and the subject's.
    static func eventOpening(_ s: SentenceView) -> (place: Int, subject: Int)? {
        guard s.isWord(0, in: atWord), s.isWord(1, in: SentenceView.the), s.mentionKind(2) == .place else { return nil }
        var j = 3
        while j < s.count, j <= 6, !s.isMention(j), s.isWord(j, in: eventNouns) || s.tokens[s.tokenStart(j)].isCapitalized { j += 1 }
        guard j > 3 else { return nil }
        // Past a time ("last weekend", "that month") and a comma.
        var k = j
        while k < s.count, k - j <= 3, !s.isMention(k), !s.isWord(k, in: SentenceView.clausePunctuation) { k += 1 }
        if s.isWord(k, in: SentenceView.comma) { k += 1 }
        // (A name or a pronoun: "the leaders" is a role that may mean anyone.)
        guard let m = s.mention(k), m.kind == .person, !m.possessive, m.form == .name || m.form == .pronoun, k + 1 < s.count,
            !s.isMention(k + 1),
            !s.isWord(k + 1, in: SentenceView.clausePunctuation)
        else { return nil }
        return (2, k)
    }
    static let atWord: WordSet = ["at"]
    /// Nouns of an event that may follow its city ("the Vilnius summit").
    static let eventNouns: WordSet = ["summit", "conference", "forum", "meeting", "gathering", "ceremony"]

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        let classifier = ModalityClassifier()
        if let (placeItem, subjectItem) = Self.eventOpening(s), let person = s.mention(subjectItem)?.ref,
            let place = s.mention(placeItem)?.ref,
            !isConditional(s, from: 0, to: subjectItem + 1)
        {
            let modality = classifier.classify(s, trigger: subjectItem + 1, subject: subjectItem)
            article.add(
                person, "visited", .entity(place), value: .boolean(true), modality: modality,
                evidence: s.span(0, subjectItem + 1), sentence: s.index, rule: "visit.event")
        }
        for k in 0..<s.count {
            guard s.isWord(k, in: Self.starts) else { continue }
            var placeItem: Int?
            var subjectItem: Int?
            var end = k + 1
            if s.isWord(k, in: Self.visitNouns), let p = s.mention(k - 1), p.kind == .person, p.possessive,
                s.isWord(k + 1, in: SentenceView.to)
            {
                // "Stoltenberg's visit to Budapest"
                end = k + 2
                if let m = s.mention(k + 2), m.kind == .place { placeItem = k + 2 }
                subjectItem = k - 1
            } else if let e = s.match(Self.visit, at: k), !s.isWord(k - 1, in: ["a", "the", "his", "her", "state", "official"]),
                !s.isWord(e, in: SentenceView.to)
            {
                end = e
                if let m = s.mention(e), m.kind == .place { placeItem = e }
                // "visited President Erdogan in Istanbul": the host's city.
                if let m = s.mention(e), m.kind == .person, !m.possessive, s.isWord(e + 1, in: SentenceView.in),
                    let place = s.mention(e + 2), place.kind == .place
                {
                    placeItem = e + 2
                    end = e + 2
                }
                subjectItem = s.subjects(before: k, kinds: .person).last
            } else if s.isWord(k, in: Self.hosting), let guest = s.personObject(after: k + 1, limit: 3),
                s.isWord(guest + 1, in: SentenceView.in), let m = s.mention(guest + 2), m.kind == .place
            {
                // "Erdogan received Rutte in Istanbul": the guest is the one who went.
                end = guest + 3
                placeItem = guest + 2
                subjectItem = guest
            } else if s.isWord(k, in: Self.hosting), s.isWord(k - 1, in: SupportRules.passiveAuxiliaries),
                s.isWord(k + 1, in: SentenceView.by),
                s.mentionKind(k + 2) == .person, s.isWord(k + 3, in: MeetingRules.inAt),
                case let at = s.isWord(k + 4, in: SentenceView.the) ? k + 5 : k + 4, s.mentionKind(at) == .place
            {
                // "was received by Joe Biden at the White House": the one received went there.
                end = at + 1
                placeItem = at
                subjectItem = s.subjects(before: k - 1, kinds: .person).last
            } else if let e = s.match(Self.wasInToMeet, at: k), let m = s.mention(e), m.kind == .place,
                Self.purposeTo(s, after: e) != nil || Self.isStay(s, after: e),
                // ("was in the White House": in office there; "was at the White House": a visit.)
                !(s.isWord(e - 1, in: SentenceView.the) && s.isWord(e - 2, in: SentenceView.in))
            {
                // "was in Washington (on Monday) to see Joe Biden", "On 1 March he was in Kharkiv.",
                // "was in Brussels for the same summit"
                end = e + 1
                placeItem = e
                subjectItem = s.subjects(before: k, kinds: .person).last
            } else if let e = s.match(Self.flewBackTo, at: k)
                ?? s.match(Self.arrivedIn, at: k) ?? s.match(Self.beenTo, at: k)
            {
                end = e
                if let m = s.mention(e), m.kind == .place { placeItem = e }
                subjectItem = s.subjects(before: k, kinds: .person).last
            } else if let e = s.match(Self.madeTripsTo, at: k) {
                end = e
                if let m = s.mention(e), m.kind == .place { placeItem = e }
                subjectItem = s.subjects(before: k, kinds: .person).last
            } else if s.isWord(k, in: Self.attend) {
                // The place after "in", within the verb's own phrase.
                var j = k + 1
                while j < s.count, j - k <= 8, !s.isWord(j, in: SentenceView.clausePunctuation) || s.isWord(j, in: SentenceView.hyphen),
                    !s.isMention(j) || s.mentionKind(j) == .organization
                {
                    if s.isWord(j, in: SentenceView.in), let m = s.mention(j + 1), m.kind == .place {
                        placeItem = j + 1
                        break
                    }
                    j += 1
                }
                end = (placeItem ?? k) + 1
                subjectItem = s.subjects(before: k, kinds: .person).last
            } else if s.isWord(k, in: Self.visitNouns), s.isWord(k + 1, in: SentenceView.to), let m = s.mention(k + 2), m.kind == .place,
                let by = Self.visitorAfter(s, place: k + 2)
            {
                // "after a visit to Budapest last Wednesday by Jens Stoltenberg": the one it was by.
                end = by + 1
                placeItem = k + 2
                subjectItem = by
            } else if s.isWord(k, in: Self.visitNouns), s.isWord(k + 1, in: SentenceView.to), let m = s.mention(k + 2), m.kind == .place,
                let d = Self.duringBefore(s, k)
            {
                // "called him a safe pair of hands during a visit to Ostrava": the subject's visit.
                end = k + 2
                placeItem = k + 2
                subjectItem = (s.clauseStart(before: d)..<d).first { s.mentionKind($0) == .person }
            } else if s.isWord(k, in: Self.taking), let p = s.mention(k + 1), p.kind == .person, s.isWord(k + 2, in: SentenceView.to),
                let m = s.mention(k + 3), m.kind == .place, s.contains(Self.journeyNouns, in: s.clauseStart(before: k)..<k)
            {
                // "a tour that took him to Kyiv, Moscow and Beijing"
                end = k + 3
                placeItem = k + 3
                subjectItem = k + 1
            } else if let e = s.match(Self.visitBy, at: k), let p = s.mention(e), p.kind == .person, s.isWord(e + 1, in: SentenceView.to) {
                end = e + 2
                if let m = s.mention(e + 2), m.kind == .place { placeItem = e + 2 }
                subjectItem = e
            }
            guard let placeItem, let subjectItem, let person = s.mention(subjectItem)?.ref,
                let place = s.mention(placeItem)?.ref
            else { continue }
            if isConditional(s, from: subjectItem, to: end) { continue }
            // "invited him to visit Kyiv", "urged her to travel to Ankara": asked, not done.
            if s.isWord(subjectItem - 1, in: Self.askingVerbs), s.isWord(k - 1, in: SentenceView.to) { continue }
            let modality = classifier.classify(s, trigger: k, triggerEnd: end, subject: subjectItem)
            let denied = subjectItem < k && s.contains(Self.negations, in: max(subjectItem + 1, k - 3)..<k)
            article.add(
                person, "visited", .entity(place), value: .boolean(!denied), modality: modality,
                evidence: s.span(min(subjectItem, k), max(placeItem, subjectItem)), sentence: s.index, rule: "visit.verb")
            // "travelled to Kyiv, Moscow and Beijing": each place of the list.
            for other in s.coordinatedRight(from: placeItem, kinds: .place).dropFirst() {
                guard let more = s.mention(other)?.ref else { continue }
                article.add(
                    person, "visited", .entity(more), value: .boolean(!denied), modality: modality,
                    evidence: s.span(min(subjectItem, k), other), sentence: s.index, rule: "visit.verb")
            }
        }
    }

    /// The item of "during" or "on" in "during a (two-day) visit" before the visit noun at `k`
    /// (a determiner and at most three words between), or nil.
    static func duringBefore(_ s: SentenceView, _ k: Int) -> Int? {
        var j = k - 1
        while j >= 0, k - j <= 4, !s.isWord(j, in: visitDeterminers) {
            if s.isMention(j) || s.isWord(j, in: SentenceView.clausePunctuation) && !s.isWord(j, in: SentenceView.hyphen) {
                return nil
            }
            j -= 1
        }
        guard s.isWord(j, in: visitDeterminers), s.isWord(j - 1, in: during) else { return nil }
        return j - 1
    }
}
