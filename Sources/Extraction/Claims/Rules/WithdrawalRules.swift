/// `withdrew(P, office)`: a candidate leaves the contest.
///
/// `P withdrew|withdraws (from the race|contest|contention)`, `pulled out (of the race)`, `quit
/// the race`, `dropped out`, `dropping POSS bid`, `stepped aside`, `abandoned POSS bid`, `bowed
/// out`, `threw in the towel`. The subject is a person; withdrawing an objection, troops or
/// support is something else, and a condition ("if Iohannis withdraws") is no claim.
public struct WithdrawalRules: ClaimRule {
    public var name: String { "withdrawal" }
    public var triggers: WordSet { WithdrawalRules.triggerWords }
    static let triggerWords = starts.union(withdrawalNoun)
    static let withdrawalNoun: WordSet = ["withdrawal"]
    /// Creates the rules.
    public init() {}

    static let patterns: [Pattern] = [
        ["withdraw|withdraws|withdrew|withdrawn|withdrawing"],
        ["pull|pulls|pulled|pulling", "out"],
        ["quit|quits|quitting|left|leaves|leave|exited|exits|exit", "the", "race|contest|contention|running"],
        ["drop|drops|dropped|dropping|bow|bows|bowed|bowing|bail|bailed", "out"],
        [
            "drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|end|ended|ends|give|gave|giving|gives|pull|pulls|pulled|pulling",
            "up?", "POSS",
            "own?|rival?|failed?|fledgling?", "bid|candidacy|candidature|campaign|challenge|ambitions|ambition",
        ],
        ["step|steps|stepped|stepping|stand|stands|stood|standing", "aside"],
        ["throw|throws|threw|thrown|throwing", "in", "the", "towel"],
    ]
    static let starts = Pattern.firstWords(of: patterns)!
    static let notCandidacy: WordSet = [
        "opposition", "objections", "objection", "support", "troops", "forces", "veto", "backing", "funding", "aid", "threat", "request",
    ]

    static let candidateNouns: WordSet = ["candidate", "nominee", "candidacy"]
    /// Words before the verb that deny the withdrawal.
    static let negations: WordSet = [
        "not", "never", "no", "refused", "refuses", "refusing", "declined", "declines", "declining", "resisted", "resists",
        "rejected", "rejects", "unlikely",
    ]

    /// The subject of a participle after "before", "after", "while" ("Wallace had campaigned for
    /// the post before withdrawing from contention"): the sentence's one person, when no other
    /// person is named before the participle ("Rutte thanked Wallace before withdrawing" names two,
    /// and says nothing of who withdrew).
    static func participleSubject(_ s: SentenceView, at k: Int) -> Int? {
        guard s.word(k).hasSuffix("ing"), s.isWord(k - 1, in: MeetingRules.participleOpeners) else { return nil }
        var first: Int?
        for j in 0..<k where s.mentionKind(j) == .person {
            guard let m = s.mention(j), !m.possessive else { return nil }
            if let f = first {
                if s.mention(f)?.ref != m.ref { return nil }
            } else {
                first = j
            }
        }
        return first
    }

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        let classifier = ModalityClassifier()
        for k in 0..<s.count where s.isWord(k, in: WithdrawalRules.withdrawalNoun) {
            noun(s, at: k, in: &article, classifier: classifier)
        }
        for k in 0..<s.count where s.isWord(k, in: WithdrawalRules.starts) {
            for pattern in WithdrawalRules.patterns {
                guard let end = s.match(pattern, at: k) else { continue }
                // "withdrew its longstanding opposition": not a candidacy.
                if s.contains(WithdrawalRules.notCandidacy, in: end..<min(end + 4, s.count)) { break }
                if s.isWord(end, in: ["of"]), let m = s.mention(end + 1) ?? s.mention(end + 2),
                    m.kind == .country || m.kind == .organization
                {
                    break
                }
                // "Romania withdrew its candidate, President Klaus Iohannis": the candidate named after.
                if s.isWord(end, in: SentenceView.possessiveDeterminers), s.isWord(end + 1, in: WithdrawalRules.candidateNouns),
                    s.isWord(end + 2, in: SentenceView.comma), s.mentionKind(end + 3) == .person,
                    let person = s.mention(end + 3)?.ref, let country = s.subjects(before: k, kinds: .country).last
                {
                    if isConditional(s, from: country, to: end) { break }
                    article.add(
                        person, "withdrew", .contest,
                        value: .boolean(!s.contains(WithdrawalRules.negations, in: max(country + 1, k - 3)..<k)),
                        modality: classifier.classify(s, trigger: k, triggerEnd: end + 2, subject: country),
                        evidence: s.span(country, end + 3), sentence: s.index, rule: "withdrawal.candidate")
                    break
                }
                // "launched a bid in March but withdrew in June": the first verb's subject.
                guard
                    let subject = s.subjects(before: k, kinds: .person).last ?? s.sharedSubject(before: k, kinds: .person)
                        ?? Self.participleSubject(s, at: k),
                    let person = s.mention(subject)?.ref
                else { break }
                if isConditional(s, from: subject, to: end) { break }
                // "Stoltenberg bows out": the office's holder leaves it; no candidacy ends.
                if CandidacyRules.holdsContestOffice(person, in: article) { break }
                let modality = classifier.classify(s, trigger: k, triggerEnd: end, subject: subject)
                var last = end - 1
                if s.isWord(end, in: ["from", "of"]), s.isWord(end + 1, in: ["the"]),
                    s.isWord(end + 2, in: ["race", "contest", "contention", "running"])
                {
                    last = end + 2
                } else if s.isWord(end, in: ["from"]), s.isWord(end + 1, in: ["contention", "the"]) {
                    last = end + 1
                }
                // "has not withdrawn", "refused to quit the race", "has no plans to pull out".
                let value = !s.contains(WithdrawalRules.negations, in: max(subject + 1, k - 3)..<k)
                article.add(
                    person, "withdrew", .contest, value: .boolean(value), modality: modality,
                    evidence: s.span(k, last), sentence: s.index, rule: "withdrawal.verb")
                break
            }
        }
    }

    /// The "of" after the noun at item `k`, right after it or past a time ("the withdrawal on
    /// Thursday of Romania's president"); nil otherwise.
    static func ofAfterTime(_ s: SentenceView, _ k: Int) -> Int? {
        if s.isWord(k + 1, in: SentenceView.of) { return k + 1 }
        guard s.isWord(k + 1, in: timeOpeners) else { return nil }
        for j in (k + 2)..<min(s.count, k + 5) {
            if s.isWord(j, in: SentenceView.of) { return j }
            if s.isMention(j) || s.isWord(j, in: SentenceView.clausePunctuation) { return nil }
        }
        return nil
    }
    static let timeOpeners: WordSet = ["on", "last", "this", "in", "earlier"]

    /// The noun: "the withdrawal of his only rival, the Romanian president, Klaus Iohannis",
    /// "Iohannis's withdrawal": the person who withdrew (past possessors and possessive words;
    /// "the withdrawal of troops" names nobody).
    func noun(_ s: SentenceView, at k: Int, in article: inout ArticleClaims, classifier: ModalityClassifier) {
        var person: Int?
        if let m = s.mention(k - 1), m.kind == .person, m.possessive, m.form == .name {
            person = k - 1
        } else if let of = WithdrawalRules.ofAfterTime(s, k) {
            var j = of + 1
            while j < s.count, j - k <= 12, !s.isWord(j, in: SentenceView.sentenceBreaks) {
                if let m = s.mention(j) {
                    // "his only rival": the possessor is not the one who withdrew.
                    if m.possessive || m.form == .pronoun {
                        j += 1
                        continue
                    }
                    if m.kind == .person { person = j }
                    break
                }
                j += 1
            }
        }
        guard let item = person, let ref = s.mention(item)?.ref else { return }
        if isConditional(s, from: min(item, k), to: max(item, k)) { return }
        article.add(
            ref, "withdrew", .contest, modality: classifier.classify(s, trigger: k), evidence: s.span(min(item, k), max(item, k)),
            sentence: s.index, rule: "withdrawal.noun")
    }
}
