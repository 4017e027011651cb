/// `met(P, Q)` with qualifier `place`: two people meet.
///
/// `P met|meets Q`, `P and Q met`, `the two leaders|men|pair met` (the last two people named),
/// `P held talks with Q`, `P and Q held talks`, `P's meeting with Q`, `a (one-on-one) meeting|face-to-face with
/// Q`, `P travelled|went to PLACE to meet|see Q` (the journey's tense and place), `P ... after
/// meeting Q` (the sentence's first person), `P was in PLACE, shaking hands with Q`, `P stood
/// beside Q`, `P and Q sat down together|shook hands`; the place is `in PLACE` in the same clause.
/// A phone call or a consultation is no meeting.
public struct MeetingRules: ClaimRule {
    public var name: String { "meeting" }
    public var triggers: WordSet { MeetingRules.starts }
    /// Creates the rules.
    public init() {}

    /// The words a meeting can start with.
    static let starts = Pattern.firstWords(of: [
        met, heldTalksWith, meetingWith, meet, heldTalks, seeOnJourney, stoodBeside, meetingBetween, faceToFaceWith, sitDownWith,
        hadAConversation, greeted, satDownTogether,
    ])!
    /// "P and Q sat down together", "P and Q shook hands": a meeting of the two subjects.
    static let satDownTogether: Pattern = ["sat|sit|sits|shook|shake|shakes", "down|hands", "together?"]
    /// "P and Q had a long conversation in Brussels", "P had a brief meeting with Q".
    static let hadAConversation: Pattern = [
        "held|hold|holds|holding|had|have|has", "a", "long?|brief?|short?|private?|lengthy?|two-hour?|one-on-one?",
        "conversation|meeting|chat",
    ]
    /// "flew to Istanbul for a face-to-face with President Erdoğan": a meeting, as a noun.
    static let faceToFaceWith: Pattern = ["face", "-", "to", "-", "face", "with"]
    /// "After a sit-down with the outgoing Dutch PM": a meeting, as a noun.
    static let sitDownWith: Pattern = ["sit", "-", "down", "with"]

    static let met: Pattern = ["met|meet|meets|meeting|hosted|hosts|hosting|received|receives|receiving|visited|visits|visiting"]
    static let heldTalksWith: Pattern = [
        "held|hold|holds|holding|had|sat|sit|sits|sitting|shook|shake|shakes|shaking", "talks|down|dinner|lunch|breakfast|hands", "with",
    ]
    static let meetingWith: Pattern = ["meeting|talks|lunch|dinner|breakfast", "with"]
    static let meetingNoun: WordSet = ["meeting"]
    /// "where Stoltenberg greeted him on the steps": a meeting, with the person greeted named.
    static let greeted: Pattern = ["greeted|greets|greeting|welcomed|welcomes|welcoming"]
    /// "stood beside President Zelensky in Kyiv": together in one place.
    static let stoodBeside: Pattern = ["stood|stands|standing", "beside|alongside|next", "to?"]
    static let meet: Pattern = ["meet|meets|met"]
    /// "P and Q held talks": a meeting of the two subjects.
    static let heldTalks: Pattern = ["held|hold|holds|holding|had", "talks|discussions"]
    /// "went to Ankara to see P": a journey's purpose.
    static let seeOnJourney: Pattern = ["see"]
    /// Words before a participle whose subject is the sentence's ("after meeting P").
    static let participleOpeners: WordSet = ["after", "before", "while", "when", "since"]

    // Words a meeting verb is read with, made once a process (a literal list at a call is built
    // and destroyed at every trigger).
    /// Words before "met" that make it a noun ("a meeting", "their bilateral meeting").
    static let nounDeterminers: WordSet = ["a", "the", "their", "his", "her", "one", "bilateral"]
    static let theA: WordSet = ["the", "a"]
    static let two: WordSet = ["two"]
    static let following: WordSet = ["following"]
    static let pairWords: WordSet = ["two", "pair", "both"]
    static let inAt: WordSet = ["in", "at"]
    static let hosting: WordSet = ["hosted", "received"]

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        let classifier = ModalityClassifier()
        for k in 0..<s.count {
            guard s.isWord(k, in: Self.starts) else { continue }
            // "a meeting between Rutte and President Erdoğan in Istanbul"
            if let e = s.match(Self.meetingBetween, at: k) {
                meetingBetween(s, at: k, end: e, in: &article, classifier: classifier)
                continue
            }
            var end: Int?
            var rule = "verb"
            // ("a late meeting with": the noun, with an adjective after its determiner.)
            if let e = s.match(Self.met, at: k), !s.isWord(k - 1, in: MeetingRules.nounDeterminers),
                !(s.isWord(k, in: MeetingRules.meetingNoun) && s.isWord(k - 2, in: MeetingRules.nounDeterminers) && !s.isMention(k - 1))
            {
                end = e
                if s.isWord(e, in: SentenceView.with) { end = e + 1 }
                // "was received by Erdogan": the passive's agent.
                if s.isWord(e, in: SentenceView.by), s.isWord(k, in: MeetingRules.hosting) { end = e + 1 }
            } else if let e = s.match(Self.heldTalksWith, at: k) ?? s.match(Self.stoodBeside, at: k) {
                end = e
                rule = "talks"
            } else if let e = s.match(Self.meetingWith, at: k) ?? s.match(Self.faceToFaceWith, at: k) ?? s.match(Self.sitDownWith, at: k) {
                end = e
                rule = "noun"
            } else if let e = s.match(Self.heldTalks, at: k) ?? s.match(Self.hadAConversation, at: k)
                ?? s.match(Self.satDownTogether, at: k)
            {
                end = s.isWord(e, in: SentenceView.with) ? e + 1 : e
                rule = "talks"
            } else if let e = s.match(Self.seeOnJourney, at: k), s.isWord(k - 1, in: SentenceView.to), journey(s, before: k - 1) != nil {
                end = e
            } else if let e = s.match(Self.greeted, at: k), s.mentionKind(e) == .person, s.mention(e)?.possessive == false {
                // Only a person right after ("welcomed the decision" is none).
                end = e
                rule = "greeted"
            } else if let e = s.match(Self.greeted, at: k), s.isWord(e, in: SentenceView.by),
                s.isWord(k - 1, in: SupportRules.passiveAuxiliaries),
                s.mentionKind(e + 1) == .person, s.mention(e + 1)?.possessive == false
            {
                // "was greeted by Stoltenberg at the entrance": the passive's agent.
                end = e + 1
                rule = "greeted"
            }
            guard let end else { continue }
            if s.match(Self.meet, at: k) != nil, s.isWord(end, in: MeetingRules.theA), !s.isWord(end + 1, in: MeetingRules.two) {
                // "meet the demands", "met a guarantee": not a person.
                if s.mentionKind(end + 1) != .person { continue }
            }
            var pairs: [(Int?, EntityRef, Int?, EntityRef)] = []
            var subjects = rule == "noun" ? [personBefore(s, k)].compactMap { $0 } : s.subjects(before: k, kinds: .person)
            // "the Dutch premier travelled to Istanbul and sat down with ...": the first verb's subject.
            if subjects.isEmpty, rule != "noun", let shared = s.sharedSubject(before: k, kinds: .person) { subjects = [shared] }
            // "Rutte secured Hungary's support after meeting Orban": the first person of the
            // participle's clause ("Türkiye announced its backing for Rutte, and Orbán dropped his
            // objection after meeting Rutte": Orbán), else of the sentence.
            if subjects.isEmpty, rule == "verb", s.isWord(k - 1, in: MeetingRules.participleOpeners) {
                let isSubject = { (j: Int) in s.mentionKind(j) == .person && s.mention(j)?.possessive == false }
                if let first = (s.clauseStart(before: k - 1)..<k).first(where: isSubject) ?? (0..<k).first(where: isSubject) {
                    subjects = [first]
                }
            }
            // "After a sit-down with Rutte in Brussels, Orbán relented", "After meeting Rutte in
            // Brussels on Monday, Orbán said": the main clause's subject.
            // ("the morning after a late meeting with Rutte": an adjective before the noun.)
            var opener = rule == "noun" ? k - 2 : k - 1
            if rule == "noun", s.isWord(opener, in: SentenceView.aAn), !s.isMention(k - 1) { opener -= 1 }
            if subjects.isEmpty, rule == "noun" || (rule == "verb" && s.word(k).hasSuffix("ing")),
                s.isWord(opener, in: MeetingRules.participleOpeners) || s.isWord(opener, in: MeetingRules.following),
                let comma = (end..<min(s.count, end + 16)).first(where: { s.isWord($0, in: SentenceView.comma) })
            {
                // (", the Hungarian prime minister finally ...": past the article of a role.)
                let main = s.isWord(comma + 1, in: SentenceView.the) && s.mentionKind(comma + 2) == .person ? comma + 2 : comma + 1
                if s.mentionKind(main) == .person, s.mention(main)?.possessive == false { subjects = [main] }
            }
            // "Rutte, meeting Orbán in Brussels a few days later, ...": the participle's subject.
            if subjects.isEmpty, rule == "verb", s.isWord(k - 1, in: SentenceView.comma), s.word(k).hasSuffix("ing"),
                s.mentionKind(k - 2) == .person, s.mention(k - 2)?.possessive == false
            {
                subjects = [k - 2]
            }
            // "he was in Kyiv, shaking hands with President Zelensky": the subject of the clause
            // the participle follows.
            if subjects.isEmpty, rule == "verb" || rule == "talks", s.isWord(k - 1, in: SentenceView.comma), s.word(k).hasSuffix("ing"),
                let subject = (s.clauseStart(before: k - 1)..<(k - 1)).first(where: {
                    s.mentionKind($0) == .person && s.mention($0)?.possessive == false
                })
            {
                subjects = [subject]
            }
            // "P travelled to Istanbul on Friday to meet Q": the journey's subject, place and tense.
            var trigger = k
            var triggerEnd = end
            var journeyPlace: EntityRef?
            if subjects.isEmpty, rule == "verb", s.isWord(k - 1, in: SentenceView.to), let v = journey(s, before: k - 1) {
                subjects = s.subjects(before: v, kinds: .person)
                trigger = v
                triggerEnd = v + 1
                if let p = (v + 1..<k).first(where: { s.mentionKind($0) == .place || s.mentionKind($0) == .country }),
                    s.mentionKind(p) == .place
                {
                    journeyPlace = s.mention(p)?.ref
                }
            }
            if let o = s.personObject(after: end, limit: 3), let other = s.mention(o)?.ref {
                for item in subjects {
                    guard let p = s.mention(item)?.ref else { continue }
                    if p != other {
                        pairs.append((item, p, o, other))
                    } else if let m = s.mention(o), m.form == .pronoun, let alternative = m.alternatives.first(where: { $0 != p }) {
                        // "where Stoltenberg greeted him": an object pronoun never means the subject.
                        pairs.append((item, p, o, alternative))
                    }
                }
                if subjects.isEmpty, rule == "noun", let first = article.entities.peopleBefore(s.tokenStart(k)).first, first != other {
                    pairs.append((nil, first, o, other))
                }
            } else if subjects.count >= 2, let a = s.mention(subjects[0])?.ref, let b = s.mention(subjects[1])?.ref {
                pairs.append((subjects[0], a, subjects[1], b))
            } else if rule == "verb", s.contains(MeetingRules.pairWords, in: max(0, k - 4)..<k) {
                // "the two leaders met", "the pair met"; not "alliance leaders meet", which are others.
                let people = article.entities.peopleBefore(s.tokenStart(k))
                if people.count >= 2 { pairs.append((nil, people[0], nil, people[1])) }
            }
            guard !pairs.isEmpty else { continue }
            let startItem = pairs[0].0 ?? max(0, s.first(MeetingRules.pairWords, in: max(0, k - 4)..<k).map { $0 - 1 } ?? k)
            if isConditional(s, from: startItem, to: end) { continue }
            let modality = classifier.classify(s, trigger: trigger, triggerEnd: triggerEnd, subject: pairs[0].0)
            // The place: "in PLACE" in the clause.
            var qualifiers: [String: String] = [:]
            var last = pairs[0].2 ?? end - 1
            let clauseEnd = s.clauseEnd(after: end)
            for j in end..<clauseEnd {
                if let m = s.mention(j), m.kind == .place, s.isWord(j - 1, in: MeetingRules.inAt) {
                    qualifiers["place"] = article.entities.name(of: m.ref)
                    last = max(last, j)
                    break
                }
            }
            if qualifiers["place"] == nil, let journeyPlace { qualifiers["place"] = article.entities.name(of: journeyPlace) }
            // A subject after the meeting ("After meeting Rutte in Brussels, Orbán"): from the opener to it.
            let evidence = startItem > k ? s.span(opener, startItem) : s.span(startItem, last)
            for (_, a, _, b) in pairs {
                article.add(
                    a, "met", .entity(b), modality: modality, qualifiers: qualifiers,
                    evidence: evidence, sentence: s.index, rule: "meeting.\(rule)")
            }
        }
    }

    static let meetingBetween: Pattern = ["meeting|meetings|talks", "between"]

    /// "a meeting between P and Q (in PLACE)": the two met.
    func meetingBetween(_ s: SentenceView, at k: Int, end: Int, in article: inout ArticleClaims, classifier: ModalityClassifier) {
        guard let a = s.personObject(after: end, limit: 3), s.isWord(a + 1, in: SentenceView.and),
            let b = s.personObject(after: a + 2, limit: 3), let p = s.mention(a)?.ref, let q = s.mention(b)?.ref, p != q
        else { return }
        if isConditional(s, from: k, to: b) { return }
        var qualifiers: [String: String] = [:]
        var last = b
        if s.isWord(b + 1, in: MeetingRules.inAt), let m = s.mention(b + 2), m.kind == .place {
            qualifiers["place"] = article.entities.name(of: m.ref)
            last = b + 2
        }
        article.add(
            p, "met", .entity(q), modality: classifier.classify(s, trigger: k), qualifiers: qualifiers, evidence: s.span(k, last),
            sentence: s.index, rule: "meeting.between")
    }

    static let beingThere: WordSet = ["was", "were", "is", "are", "been"]
    static let journeyVerbs: WordSet = [
        "travelled", "traveled", "travel", "travels", "flew", "fly", "flies", "went", "go", "goes", "came", "come",
        "comes", "headed", "heads", "arrived", "arrives", "visited", "visits",
    ]

    /// The verb of a journey whose purpose is the meeting ("travelled to Istanbul on Friday to
    /// meet"): a few items back from the "to" at `k`, in the same clause.
    func journey(_ s: SentenceView, before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, k - j <= 8 {
            if s.isWord(j, in: MeetingRules.journeyVerbs) { return j }
            // "was in Ankara to meet Erdogan": there for the meeting.
            if s.isWord(j, in: MeetingRules.beingThere), s.isWord(j + 1, in: SentenceView.in), s.mentionKind(j + 2) == .place { return j }
            if s.isWord(j, in: SentenceView.clauseMarks) { return nil }
            j -= 1
        }
        return nil
    }

    func personBefore(_ s: SentenceView, _ k: Int) -> Int? {
        var j = k - 1
        while j >= 0 {
            if let m = s.mention(j), m.kind == .person { return j }
            j -= 1
        }
        return nil
    }
}
