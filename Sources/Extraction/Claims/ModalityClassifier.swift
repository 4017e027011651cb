/// Decides how a sentence puts a claim, from cue words around its trigger.
///
/// - `past`: a cue right before the trigger ("earlier opposing", "had long opposed", "former",
///   "was then refusing"),
///   or the pluperfect outside reported speech ("Turkey had withheld its backing"; not "had
///   already endorsed", nor after "By June 18," or "by Wednesday night", a state reached), or a span of
///   time after a past verb ("withheld their support for months").
/// - `expected`: a prediction in the trigger's clause ("expected to", "(un)likely", "poised", "set
///   to", "due to", "soon", "would" outside reported speech), or a time to come anywhere in it
///   ("next week", "tomorrow").
/// - `hedged`: an unnamed or indirect source anywhere in the sentence before the trigger or in a
///   closing attribution ("appear", "reportedly", "media reports said", "diplomats say",
///   "according to sources").
/// - otherwise the rule's base modality, usually `asserted`.
public struct ModalityClassifier: Sendable {
    /// Creates a classifier.
    public init() {}

    static let reportedly: WordSet = ["reportedly"]
    static let pastCues: WordSet = ["earlier", "former", "formerly", "previously", "once", "longstanding", "past", "long"]
    static let expectedCues: WordSet = [
        "expect", "expects", "expected", "expecting", "likely", "poised", "soon", "verge", "would", "set", "due",
        "tipped", "favourite", "favorite", "probably", "bound", "unlikely",
    ]
    static let hedgeCues: WordSet = [
        "appear", "appears", "appeared", "reportedly", "reports", "report", "sources", "source", "seem", "seems",
        "apparently", "allegedly", "rumoured", "rumored", "indicated", "indicate", "indicates", "circles",
        "understood", "believed", "named", "hinted", "hints", "hinting", "accounts",
    ]
    static let anonymousSources: WordSet = [
        "diplomats", "diplomat", "sources", "officials", "insiders", "media", "reports", "circles", "observers",
        "analysts", "people",
    ]
    static let reportingVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "reported", "announced", "indicated", "added", "stated", "posted",
        "deciding", "decided", "insisted", "confirmed", "wrote", "claimed", "argued", "explained", "noted", "declared",
        // "let it be known that they would back", "made known"
        "known",
    ]
    static let speechVerbs: WordSet = [
        "say", "said", "says", "report", "reported", "reports", "indicated", "indicate", "suggest", "suggested", "believe", "believed",
        "told", "tell", "tells",
    ]

    // The few words that cues are looked for among, read once a process (a literal list at a
    // call is built and destroyed on every call).
    static let according: WordSet = ["according"]
    static let tomorrow: WordSet = ["tomorrow"]
    /// Words after "had" that make it the verb "have", not the pluperfect's auxiliary.
    static let hadObjects: WordSet = [
        "a", "an", "the", "talks", "lunch", "dinner", "breakfast", "discussions", "meetings", "two", "several",
    ]
    static let possessive: WordSet = ["'s"]
    static let next: WordSet = ["next"]
    /// Times after "next" that are still to come ("next week"; "the next day" is excluded apart).
    static let comingTimes: WordSet = [
        "week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "spring", "summer", "autumn", "winter", "weekend",
    ]
    static let then: WordSet = ["then"]
    static let pastBeHave: WordSet = ["was", "were", "had"]
    static let clausePastCues: WordSet = ["earlier", "former", "formerly", "previously", "longstanding", "past"]
    static let pluperfect: WordSet = ["had"]
    static let presentHave: WordSet = ["has", "have", "'ve"]
    static let told: WordSet = ["told"]
    static let passiveBe: WordSet = ["are", "am", "is", "were", "was", "'re", "being", "been"]
    static let already: WordSet = ["already"]
    static let conditions: WordSet = ["if", "unless"]
    static let durations: WordSet = ["months", "years", "weeks", "decades"]
    static let withholdingVerbs: WordSet = ["withheld", "opposed", "blocked", "resisted", "refused"]
    static let hearsayVerbs: WordSet = ["said", "reported", "rumoured", "rumored", "believed", "thought"]

    /// Words after "by" that make it a time a state was reached by ("by Wednesday night", "by
    /// then", "by the time", "by June 18"), not the agent of a passive ("backed by Hungary").
    static let timesReached = SentenceView.months.union([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "then", "now", "early", "late",
        "mid", "last", "this", "that", "time", "end", "midnight", "nightfall", "spring", "summer", "autumn", "winter",
    ])

    /// True when a "by" with a time comes before item `trigger`: "By June 18, all but one ally had
    /// endorsed", "meant that by Wednesday night every member had lined up" (a state reached, which
    /// still holds).
    static func reachedBy(_ s: SentenceView, before trigger: Int) -> Bool {
        guard let by = s.first(SentenceView.by, in: 0..<trigger) else { return false }
        if by == 0 { return true }
        var next = by + 1
        if s.isWord(next, in: SentenceView.the) { next += 1 }
        return s.isWord(next, in: timesReached) || s.word(next).utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    /// True when the sentence attributes what it says to an unnamed or indirect source
    /// ("diplomats say", "according to sources", "media reports said").
    public func hasIndirectSource(_ s: SentenceView) -> Bool {
        for k in 0..<s.count where !s.isMention(k) {
            if s.isWord(k, in: ModalityClassifier.reportedly) { return true }
            if s.isWord(k, in: ModalityClassifier.anonymousSources) {
                if s.contains(ModalityClassifier.speechVerbs, in: (k + 1)..<min(k + 4, s.count)) { return true }
                if s.contains(ModalityClassifier.according, in: max(0, k - 4)..<k) { return true }
            }
        }
        return false
    }

    /// The modality of a claim triggered at items `trigger..<triggerEnd`.
    /// - Parameters:
    ///   - subject: the subject's item, when it stands before the trigger.
    ///   - base: the modality when no cue says otherwise.
    public func classify(_ s: SentenceView, trigger: Int, triggerEnd: Int? = nil, subject: Int? = nil, base: Modality = .asserted)
        -> Modality
    {
        let end = triggerEnd ?? trigger + 1
        let clauseStart = s.clauseStart(before: trigger)
        // Past: right before the trigger (after the subject).
        // (A subject after the trigger, as in an apposition, gives no window of its own.)
        var localStart = min(max(subject.map { $0 + 1 } ?? 0, trigger - 3, 0), max(trigger, 0))
        // A parenthesis between the subject and the verb is not the verb's tense ("Slovakia, which
        // had hesitated, came round"): only the words after its closing comma count.
        if let subject {
            var c = trigger - 1
            while c > subject {
                if s.isWord(c, in: SentenceView.comma) {
                    localStart = max(localStart, c + 1)
                    break
                }
                c -= 1
            }
        }
        if s.contains(ModalityClassifier.pastCues, in: localStart..<end) { return .past }
        // "whose government was then refusing to back him": then, not now.
        if let then = s.first(ModalityClassifier.then, in: localStart..<end), s.isWord(then - 1, in: ModalityClassifier.pastBeHave) {
            return .past
        }
        if s.contains(ModalityClassifier.clausePastCues, in: clauseStart..<end) { return .past }
        let reported = s.contains(ModalityClassifier.reportingVerbs, in: 0..<trigger)
        // ("had already lined up", "By June 18, all but one ally had endorsed": a state reached,
        // which still holds.)
        // ("has had the backing of" is the present perfect of "have".)
        // ("had a meeting with", "had talks": "had" is the verb itself, in the simple past.)
        if !reported, let had = s.first(ModalityClassifier.pluperfect, in: max(localStart - 1, 0)..<trigger),
            !s.isWord(had - 1, in: ModalityClassifier.presentHave), !s.isWord(had + 1, in: ModalityClassifier.hadObjects),
            !s.contains(ModalityClassifier.conditions, in: 0..<trigger),
            !s.contains(ModalityClassifier.already, in: max(localStart - 1, 0)..<trigger), !ModalityClassifier.reachedBy(s, before: trigger)
        {
            return .past
        }
        let clauseEnd = s.clauseEnd(after: end)
        if let f = s.first(SentenceView.for, in: end..<clauseEnd), ModalityClassifier.durations.contains(s.word(f + 1)),
            s.contains(ModalityClassifier.withholdingVerbs, in: trigger..<end)
        {
            return .past
        }
        // Expected: a prediction in the clause.
        let window = clauseStart..<end
        for k in window where !s.isMention(k) {
            guard s.isWord(k, in: ModalityClassifier.expectedCues) else { continue }
            let w = s.word(k)
            if w == "would" && reported { continue }
            if (w == "set" || w == "due" || w == "bound") && s.word(k + 1) != "to" { continue }
            if w == "verge" && s.word(k - 2) != "on" { continue }
            return .expected
        }
        // A time still to come in the clause: "Next week he flies to Washington", "meets Orbán
        // tomorrow" (not "the next day", a narrative's past, nor "ahead of next week's summit").
        for k in clauseStart..<clauseEnd where !s.isMention(k) {
            if s.isWord(k, in: ModalityClassifier.tomorrow) { return .expected }
            if s.isWord(k, in: ModalityClassifier.next), !s.isWord(k - 1, in: SentenceView.the),
                s.isWord(k + 1, in: ModalityClassifier.comingTimes), !s.isWord(k + 2, in: ModalityClassifier.possessive)
            {
                return .expected
            }
        }
        // Hedged: an indirect source ("we are told" too).
        if s.contains(ModalityClassifier.hedgeCues, in: 0..<trigger) { return .hedged }
        if let told = s.first(ModalityClassifier.told, in: 0..<trigger), s.isWord(told - 1, in: ModalityClassifier.passiveBe) {
            return .hedged
        }
        if s.isWord(trigger - 1, in: SentenceView.to), s.isWord(trigger - 2, in: ModalityClassifier.hearsayVerbs) {
            return .hedged
        }
        for k in 0..<s.count where !s.isMention(k) {
            if s.isWord(k, in: ModalityClassifier.anonymousSources) {
                if s.contains(ModalityClassifier.speechVerbs, in: (k + 1)..<min(k + 4, s.count)) { return .hedged }
                if s.contains(ModalityClassifier.according, in: max(0, k - 4)..<k) { return .hedged }
            }
        }
        return base
    }
}
