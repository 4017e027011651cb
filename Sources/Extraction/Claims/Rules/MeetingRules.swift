/// `met(P, Q)` with qualifier `place`: two people meet.
///
/// `P met|meets Q`, `P and Q met`, `the two leaders|men|pair met` (the last two people named),
/// `P held talks with Q`, `P's meeting with Q`, `a (one-on-one) meeting with Q`; the place is
/// `in PLACE` in the same clause. A phone call or a consultation is no meeting.
public struct MeetingRules: ClaimRule {
    public var name: String { "meeting" }
    public var triggers: WordSet { MeetingRules.starts }
    /// Creates the rules.
    public init() {}

    /// The words a meeting can start with.
    static let starts = Pattern.firstWords(of: [met, heldTalksWith, meetingWith, meet])!

    static let met: Pattern = ["met|meet|meets|meeting"]
    static let heldTalksWith: Pattern = ["held|hold|holds|holding|had|sat|sit|sits|sitting", "talks|down", "with"]
    static let meetingWith: Pattern = ["meeting|talks", "with"]
    static let meet: Pattern = ["meet|meets|met"]

    // Words a meeting verb is read with, made once a process (a literal list at a call is built
    // and destroyed at every trigger).
    /// Words before "met" that make it a noun ("a meeting", "their bilateral meeting").
    static let nounDeterminers: WordSet = ["a", "the", "their", "his", "her", "one", "bilateral"]
    static let with: WordSet = ["with"]
    static let theA: WordSet = ["the", "a"]
    static let two: WordSet = ["two"]
    static let pairWords: WordSet = ["two", "pair", "both"]
    static let inAt: WordSet = ["in", "at"]

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        let classifier = ModalityClassifier()
        for k in 0..<s.count {
            guard s.isWord(k, in: Self.starts) else { continue }
            var end: Int?
            var rule = "verb"
            if let e = s.match(Self.met, at: k), !s.isWord(k - 1, in: MeetingRules.nounDeterminers) {
                end = e
                if s.isWord(e, in: MeetingRules.with) { end = e + 1 }
            } else if let e = s.match(Self.heldTalksWith, at: k) {
                end = e
                rule = "talks"
            } else if let e = s.match(Self.meetingWith, at: k) {
                end = e
                rule = "noun"
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
            if let o = s.personObject(after: end, limit: 3), let other = s.mention(o)?.ref {
                for item in subjects { if let p = s.mention(item)?.ref, p != other { pairs.append((item, p, o, other)) } }
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
            let modality = classifier.classify(s, trigger: k, triggerEnd: end, subject: pairs[0].0)
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
            for (_, a, _, b) in pairs {
                article.add(
                    a, "met", .entity(b), modality: modality, qualifiers: qualifiers,
                    evidence: s.span(startItem, last), sentence: s.index, rule: "meeting.\(rule)")
            }
        }
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
