/// `candidate(P, office)`: a bid or declared interest.
///
/// - `P's bid|candidacy|candidature|nomination` (and "his bid", "whose candidacy");
/// - `P is running for OFFICE`, `P entered|joined the race`, `P launched|announced|declared POSS
///   bid|candidacy`, `P remains in the race`, `P ran against Q`, `P is in the race to become
///   OFFICE`; `P expressed interest in the post of OFFICE` (`hedged` unless cues say otherwise);
///   `P has been mentioned|tipped as a possible contender` (`hedged`); `a contest|race with P`;
/// - `P, the (only|sole|official) candidate`, `P as the sole other candidate`, `P's rivals|
///   competitors for the post, Q and R` (each is a candidate: for the contest, or for a country's
///   president when the sentence names "<country> presidential election"), `Q, his only remaining rival`;
/// - `P has not pursued a bid` is false.
/// The office is the one the article's bids are for ("bid for NATO secretary general").
public struct CandidacyRules: ClaimRule {
    public var name: String { "candidacy" }
    public var triggers: WordSet { CandidacyRules.triggerWords }
    static let triggerWords = phraseStarts.union(bidNouns).union(nominatingVerbs).union([
        "candidate", "nominee", "rival", "challenger", "contender", "competitor", "competitors", "rivals", "challengers",
        "contenders", "candidates", "frontrunner", "runner", "favourite", "favorite", "contest", "showdown", "duel", "battle", "race",
    ])
    /// A sentence naming an office may say what the contest is for ("wants to become NATO chief").
    public func wants(_ s: SentenceView, in article: ArticleClaims) -> Bool { s.hasOfficeMention }
    /// Creates the rules.
    public init() {}

    static let asDid: Pattern = ["as", "did|have|has"]

    /// Verb phrases with the candidate as subject: pattern, base modality, value, rule name.
    static let phrases: [(pattern: Pattern, base: Modality, value: Bool, rule: String)] = [
        (["running|run|runs|ran|standing|stand|stands", "for"], .asserted, true, "running"),
        // "he is running to become NATO secretary general" (an office must follow).
        (["running|run|runs|ran|standing|stand|stands", "to", "become"], .asserted, true, "running"),
        // "has stayed out of the contest"
        (["stayed|stays|stay|staying|kept|keeps|keep", "out", "of", "the", "race|contest|running"], .asserted, false, "race"),
        (["ran|run|running|runs", "against"], .asserted, true, "running"),
        (["entered|enters|enter|entering|joined|joins|join", "the", "race|contest|running"], .asserted, true, "race"),
        (["in", "the", "race|running|contest"], .asserted, true, "race"),
        (["in", "contention"], .asserted, true, "race"),
        // "who lobbied openly for the job last year", "campaigned hard for the post"
        (
            [
                "lobbied|lobbying|lobbies|lobby|campaigned|campaigning|campaigns", "openly?|hard?|publicly?|actively?", "for",
                "the", "job|post|position|role",
            ], .asserted, true, "seeking"
        ),
        // "was not seeking the post"
        (["seeking|seek|seeks|sought", "the", "post|job|position|role|nomination"], .asserted, true, "seeking"),
        // "who is seeking re-election": for the office the person holds.
        (["seeking|seek|seeks|sought|won|wins|lost|loses", "re", "-", "election"], .asserted, true, "re-election"),
        // "expected to seek a second term", "is running for another term": the same.
        (
            [
                "seeking|seek|seeks|sought|running|run|runs|ran", "for?", "a?", "second|third|fourth|another|fresh|further",
                "term|mandate|extension",
            ],
            .asserted, true, "re-election"
        ),
        (["floated|floats|float|floating", "POSS", "name"], .asserted, true, "launch"),
        (
            [
                "launch|launched|launches|launching|announce|announced|announces|announcing|declare|declared|declares|declaring|submitted|submit|pursue|pursued|pursues|pursuing|mount|mounted",
                "POSS|a", "own?|rival?", "bid|candidacy|candidature|challenge",
            ], .asserted, true, "launch"
        ),
        (["expressed|expresses|express|expressing|voiced|signalled|signaled|showed", "interest", "in"], .hedged, true, "interest"),
        (["interested", "in"], .hedged, true, "interest"),
        // "said (in late 2023) that he was interested", "had let it be known that he was
        // interested": the contest's, when nothing names another.
        (["interested"], .hedged, true, "interested-bare"),
        // "publicly declared his interest in the post": a declaration.
        (["declared|declares|declaring|announced|announces|confirmed|confirms", "POSS", "interest", "in"], .asserted, true, "interest"),
        // "never formally declared an interest (in the post)"
        (
            ["declared|declares|declare|announced|announces|announce", "formally?|publicly?|openly?", "an|any", "interest", "in"],
            .asserted, true, "interest"
        ),
        (
            ["declared|declares|declare|announced|announces|announce", "formally?|publicly?|openly?", "an|any", "interest"], .asserted,
            true, "interest-bare"
        ),
        // "declared his interest last autumn", "made her interest known": the contest's, when
        // nothing follows that names another ("declared his interest in the bill").
        (
            ["declared|declares|announced|announces|confirmed|confirms|made|makes", "POSS", "interest", "known?"], .asserted, true,
            "interest-bare"
        ),
        // "made his interest in the job known"
        (
            ["made|makes", "POSS", "interest", "in", "the", "job|post|position|role", "known"], .asserted, true,
            "interest-known"
        ),
        // "made no secret of his interest in the post", "made little secret of wanting the job"
        (["made|makes|make|making", "no|little", "secret"], .asserted, true, "no-secret"),
        // "ruled herself out", "has ruled out a bid": no candidate.
        (["ruled|rules|ruling|rule", "himself|herself|themselves", "out"], .asserted, false, "ruled-out"),
        (["ruled|rules|ruling|rule", "out", "a?", "bid|run|running|standing|candidacy"], .asserted, false, "ruled-out"),
        (["keen", "on"], .hedged, true, "interest"),
        (["put|puts|putting", "POSS", "own?", "name", "forward"], .asserted, true, "launch"),
        (["throw|throws|threw|thrown|throwing", "POSS", "hat", "in|into", "the", "ring"], .asserted, true, "launch"),
        // "would like the job", "wants the post": declared interest.
        (["like|want|wants|wanted|covet|covets|coveted|eyeing|eyes", "the", "job|post|position|role"], .hedged, true, "wants-post"),
        // "have been mentioned as possible contenders", "is tipped as a likely candidate": talk of
        // a bid, not a declared one.
        (
            [
                "mentioned|touted|tipped|floated|seen", "as", "a?|an?", "possible?|potential?|likely?|leading?",
                "contender|contenders|candidate|candidates|challenger|challengers",
            ], .hedged, true, "touted"
        ),
        // "is not running", "is running again": no office named, the contest's.
        (["running|standing"], .asserted, true, "running-bare"),
        // "will not run", "declined to run": no candidate.
        (["run|stand"], .asserted, true, "run-bare"),
        // "was tipped for months but never declared": no candidacy (a refusal only).
        (["declared|declare|declares"], .asserted, true, "run-bare"),
        // "is vying for the job", "competing with Rutte for the post"
        (["vying|vies|vied|competing|competes|competed|contending|contends", "for|with"], .asserted, true, "vying"),
        // "is seeking to become NATO's next secretary general", "wants to lead NATO"
        (["seeking|seeks|sought|aims|aiming|bidding", "to", "become|lead|head|succeed"], .asserted, true, "seeking"),
        // "would like to lead NATO": a wish, as "wants to".
        (["wants|want|wanted|hopes|hoping|like", "to", "become|lead|head|succeed"], .hedged, true, "wants-to"),
        (["put|puts|putting", "himself|herself", "forward"], .asserted, true, "launch"),
        (["challenged|challenges|challenging|challenge"], .asserted, true, "vying"),
    ]

    static let phraseStarts = phraseIndex.starts
    /// Which phrase patterns each word starts.
    static let phraseIndex = PatternIndex(phrases.map(\.pattern))!
    static let bidNouns: WordSet = ["bid", "candidacy", "candidature", "nomination", "campaign"]
    static let re: WordSet = ["re"]
    static let election: WordSet = ["election"]
    static let nominatingVerbs: WordSet = ["floated", "nominated", "nominates", "proposed", "proposes", "fielded", "fields"]
    static let campaign: WordSet = ["campaign"]
    /// Words before an office that make it what a candidacy is for ("bid for", "the post of").
    static let beforeContest: WordSet = ["for", "become", "lead", "post", "position", "job"]
    static let beforeTheContest: WordSet = ["for", "become", "of"]
    static let postNouns: WordSet = ["position", "post", "job", "role"]
    static let wantVerbs: WordSet = ["want", "wants", "wanted", "covet", "covets", "coveted", "eyeing", "eyes"]
    // Words a trigger's phrases are read with, made once a process (a literal list at a call is
    // built and destroyed at every trigger).
    static let whose = SentenceView.whose
    static let own: WordSet = ["own"]
    static let forTo: WordSet = ["for", "to"]
    static let declining: WordSet = ["declined", "declines", "refused", "refuses", "decided", "chose"]
    static let refusing: WordSet = ["declined", "declines", "refused", "refuses"]
    static let postWords: WordSet = ["post", "job", "position", "role", "nomination"]
    static let made: WordSet = ["made", "makes"]
    static let known: WordSet = ["known"]
    static let wasIs: WordSet = ["was", "is", "were"]
    static let be: WordSet = ["be"]
    static let copulaNegations: WordSet = ["not", "no", "never"]
    static let who: WordSet = ["who"]
    static let commaOrAs: WordSet = [",", "as"]
    static let speakerVerbs: WordSet = ["said", "says", "told", "added", "argued", "wrote", "noted", "insisted"]

    /// The item that opens an apposition ending at item `a` ("P, the only candidate", "P as the
    /// sole candidate", "P, now the only candidate"): the comma or "as", or nil.
    static func appositionOpener(_ s: SentenceView, at a: Int) -> Int? {
        if s.isWord(a, in: commaOrAs) { return a }
        if s.isWord(a, in: MembershipRules.now), s.isWord(a - 1, in: SentenceView.comma) { return a - 1 }
        return nil
    }
    static let timeOfYear: WordSet = ["late", "early", "mid", "autumn", "spring", "summer", "winter", "fall"]
    static let interestWords: WordSet = ["interest", "wanting", "ambition", "ambitions", "desire"]
    static let candidateNouns: WordSet = [
        "candidate", "rival", "challenger", "contender", "competitor", "frontrunner", "runner", "favourite", "favorite",
        "nominee",
    ]
    /// Words before a candidate noun that make it a party's ("the presumptive Republican nominee").
    static let nomineeModifiers = parties.union(["presumptive", "likely"])
    static let parties: WordSet = ["republican", "democratic", "democrat"]
    static let front: WordSet = ["front"]
    static let rivalNouns: WordSet = ["competitors", "rivals", "challengers", "contenders", "candidates"]
    /// Words between a copula and "candidate" ("is the only remaining", "his main").
    static let candidateModifiers: WordSet = [
        "only", "sole", "official", "other", "remaining", "main", "last", "leading", "the", "his", "her", "their", "a",
        "an", "strong", "serious", "eastern", "european", "declared", "formal", "announced", "second",
    ]
    static let copulaAdverbs: WordSet = [
        "not", "never", "now", "still", "also", "already", "no", "longer", "widely", "generally", "increasingly", "clearly",
        "certainly", "formally", "officially",
    ]
    static let asWord: WordSet = ["as"]
    static let presidencyWord: WordSet = ["presidency"]
    static let presidentWord: WordSet = ["president"]
    static let again: WordSet = ["again"]
    static let countryWord: WordSet = ["country"]

    /// The presidency of a country at item `o`: "the Romanian presidency", "Romania's presidency",
    /// "his country's presidency" (the person's country), "the presidency of Romania". Nil for
    /// any other words ("the rotating presidency of the Council").
    static func presidency(_ s: SentenceView, from o: Int, in entities: inout ArticleEntities) -> EntityRef? {
        var p = o
        if s.isWord(p, in: SentenceView.the) { p += 1 }
        var country: EntityID?
        if s.isWord(p, in: presidencyWord), s.isWord(p + 1, in: SentenceView.of), let m = s.mention(p + 2), m.kind == .country,
            case .known(let id) = m.ref
        {
            country = id
        } else if let m = s.mention(p), m.kind == .country, m.form == .demonym || m.possessive, s.isWord(p + 1, in: presidencyWord),
            case .known(let id) = m.ref
        {
            country = id
        } else if let m = s.mention(p), m.kind == .person, m.form == .pronoun, m.possessive, s.isWord(p + 1, in: countryWord),
            s.isWord(p + 2, in: ModalityClassifier.possessive), s.isWord(p + 3, in: presidencyWord)
        {
            country = entities.country(ofPerson: m.ref)
        }
        guard let country, let title = entities.lexicon.titleByName["president"] else { return nil }
        return entities.office(title: title, jurisdiction: country)
    }
    /// Verbs of opinion that a copula takes before "as" and a candidate noun ("is seen as").
    static let seenAs: WordSet = ["seen", "regarded", "considered", "viewed", "described"]
    static let copulas: WordSet = ["is", "was", "remains", "remained", "became", "becomes", "are", "were", "been"]
    static let relatives: WordSet = ["who", "that", "whom"]
    /// Words that make "a candidate" praise, not news of a bid ("a very strong candidate").
    static let praise: WordSet = ["strong", "serious", "good", "excellent", "great", "ideal", "perfect", "natural", "obvious"]

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        let classifier = ModalityClassifier()
        // Offices a candidacy is for (the kind read first: no copy of other mentions).
        for k in 0..<s.count where s.mentionKind(k) == .office {
            guard let m = s.mention(k) else { continue }
            if s.isWord(k - 1, in: CandidacyRules.beforeContest) || m.isNext
                || (s.isWord(k - 1, in: SentenceView.the) && s.isWord(k - 2, in: CandidacyRules.beforeTheContest))
                || (s.isWord(k - 1, in: SentenceView.of) && s.isWord(k - 2, in: CandidacyRules.postNouns))
            {
                article.contestOffices.append(m.ref)
            }
        }
        for k in 0..<s.count where s.isWord(k, in: CandidacyRules.triggerWords) {
            applyTrigger(at: k, in: s, to: &article, classifier: classifier)
        }
    }

    /// The claims a trigger word at item `k` starts. A function of its own, called only at
    /// triggers: the word lists it reads are made when it runs, not for every sentence.
    @inline(never)
    func applyTrigger(at k: Int, in s: SentenceView, to article: inout ArticleClaims, classifier: ModalityClassifier) {
        // "Romania has floated President Klaus Iohannis as an alternative": a country or an
        // organization puts a person forward, for the office named after, else the contest.
        if s.isWord(k, in: CandidacyRules.nominatingVerbs), let o = s.personObject(after: k + 1, limit: 3), let p = s.mention(o),
            p.form == .name, let nominator = s.subjects(before: k, kinds: [.country, .organization]).last
        {
            if isConditional(s, from: nominator, to: o) { return }
            var object = LocalObject.contest
            for j in (o + 1)..<min(o + 7, s.count) where s.isMention(j) {
                if let m = s.mention(j), m.kind == .office { object = .entity(m.ref) }
                break
            }
            article.add(
                p.ref, "candidate", object, modality: classifier.classify(s, trigger: k, subject: nominator),
                evidence: s.span(nominator, o), sentence: s.index, rule: "candidacy.nominated")
            return
        }
        // "he wants Jens Stoltenberg's job": the office that person holds, else the contest.
        if s.isWord(k, in: CandidacyRules.wantVerbs), let holder = s.mention(k + 1), holder.kind == .person, holder.possessive,
            s.isWord(k + 2, in: CandidacyRules.postNouns)
        {
            var subjects = s.subjects(before: k, kinds: .person)
            if subjects.isEmpty, let shared = s.sharedSubject(before: k, kinds: .person) { subjects = [shared] }
            guard let subject = subjects.last, let person = s.mention(subject)?.ref, person != holder.ref,
                !isConditional(s, from: subject, to: k + 2)
            else { return }
            let office = article.entities.currentOffice(of: holder.ref).map { LocalObject.entity($0) } ?? .contest
            let negated = s.contains(["not", "never", "n't"], in: max(subject + 1, k - 3)..<k)
            article.add(
                person, "candidate", office, value: .boolean(!negated),
                modality: classifier.classify(s, trigger: k, triggerEnd: k + 3, subject: subject),
                evidence: s.span(subject, k + 2), sentence: s.index, rule: "candidacy.wants-post")
            return
        }
        // "Rutte's bid", "his candidacy", "whose candidacy"
        if s.isWord(k, in: CandidacyRules.bidNouns) {
            var owner: Int?
            // "whose own candidacy", "his own bid"
            let q = s.isWord(k - 1, in: CandidacyRules.own) ? k - 2 : k - 1
            if let m = s.mention(q), m.kind == .person, m.possessive { owner = q }
            if s.isWord(q, in: CandidacyRules.whose) {
                var a = q - 1
                while a >= 0, s.isWord(a, in: SentenceView.comma) { a -= 1 }
                if let m = s.mention(a), m.kind == .person { owner = a }
            }
            // "the candidacy of the Dutch head of government Mark Rutte"
            if owner == nil, s.isWord(k + 1, in: SentenceView.of), s.isWord(k - 1, in: SentenceView.the),
                let o = s.personObject(after: k + 2, limit: 3)
            {
                article.add(
                    s.mention(o)!.ref, "candidate", .contest, modality: .asserted,
                    evidence: s.span(k - 1, o + officeExtent(s, after: o)), sentence: s.index, rule: "candidacy.bid")
                return
            }
            guard let owner, let person = s.mention(owner)?.ref else { return }
            // "during his campaign" may be any election's: a campaign is a bid only for the contest.
            if s.isWord(k, in: CandidacyRules.campaign), officeExtent(s, after: k) == 0 { return }
            if s.isWord(k + 1, in: CandidacyRules.forTo), let target = s.mention(k + 2), target.kind != .office,
                target.kind != .organization
            {
                return
            }
            article.add(
                person, "candidate", .contest, modality: .asserted,
                evidence: s.span(owner, k + officeExtent(s, after: k)),
                sentence: s.index, rule: "candidacy.bid")
            return
        }
        // Verb phrases with the candidate as subject.
        let phrases = CandidacyRules.phrases
        // Only the patterns this word starts, in order; each read in place, and a phrase's
        // entry copied only once it matches.
        var started = CandidacyRules.phraseIndex.patterns(at: k, in: s)
        while let p = started.next() {
            guard let end = s.match(phrases[p].pattern, at: k) else { continue }
            let phrase = phrases[p]
            if phrase.rule == "running-bare" {
                // Only "is (not) running" ending the clause; and not in a sentence about an
                // election ("an American election looming in which Trump is running again").
                guard s.isWord(end, in: [".", ",", ";", "again", "either", "too"]) || end >= s.count,
                    s.isWord(k - 1, in: ["is", "was", "are", "not", "also", "still", "now"]),
                    !s.contains(CandidacyRules.popularElections, in: 0..<s.count)
                else { continue }
            }
            if phrase.rule == "run-bare" {
                // Only a refusal ending the clause: "will not run", "declined to run".
                guard s.isWord(end, in: [".", ",", ";", "again"]) || end >= s.count,
                    s.isWord(k - 1, in: ["not", "never", "n't"])
                        || (s.isWord(k - 1, in: ["to"]) && s.isWord(k - 2, in: CandidacyRules.declining))
                else { continue }
            }
            if phrase.rule == "vying" || phrase.rule == "wants-to"
                || (phrase.rule == "seeking" && !s.isWord(end - 1, in: CandidacyRules.postWords))
            {
                // What is sought must be the contest: a post, an office, NATO, or its holder.
                let window = end..<min(end + 6, s.count)
                guard
                    s.contains(["post", "job", "position", "role", "nato", "alliance"], in: window)
                        || window.contains(where: { s.mentionKind($0) == .office || s.mentionKind($0) == .organization })
                        || (s.isWord(end - 1, in: ["succeed"]) && s.mentionKind(end) == .person)
                else { continue }
            }
            if phrase.rule == "running", s.isWord(k, in: ["standing", "stand", "stands"]),
                !s.isWord(end, in: ["the", "secretary", "president"]) && s.mentionKind(end) != .office
            {
                continue
            }
            // "running for president of Romania": that office, not the article's contest.
            var namedOffice: LocalObject?
            // "running for re-election", "seeking re-election": the office the person holds.
            let reElection =
                phrase.rule == "re-election"
                || (phrase.rule == "running" && s.isWord(end, in: CandidacyRules.re) && s.isWord(end + 1, in: SentenceView.hyphen))
            if phrase.rule == "running", s.isWord(end - 1, in: ["for"]),
                let office = CandidacyRules.presidency(s, from: end, in: &article.entities)
            {
                // "run for the Romanian presidency", "for his country's presidency"; "weighing a run
                // for the Romanian presidency" is a thought, not a bid.
                if s.isWord(k - 1, in: SentenceView.aAn), s.isWord(k - 2, in: SupportRules.considering) { continue }
                namedOffice = .entity(office)
            } else if phrase.rule == "running", s.isWord(end - 1, in: SentenceView.for), s.isWord(end, in: CandidacyRules.presidentWord),
                !s.isMention(end), let subject = s.subjects(before: k, kinds: .person).last, let person = s.mention(subject)?.ref,
                let office = Self.presidency(of: person, in: &article)
            {
                // "is widely expected to run for president in November": the presidency of the
                // person's own country.
                namedOffice = .entity(office)
            } else if phrase.rule == "running", s.isWord(end - 1, in: ["for"]) || s.isWord(end - 1, in: ["become"]) {
                // "running for NATO secretary general", "running to become ...": an office must follow.
                var o = end
                if s.isWord(o, in: ["the"]) { o += 1 }
                guard s.mentionKind(o) == .office || s.isWord(o, in: ["the", "post", "job", "position", "re"]) else { continue }
                if reElection, !s.isWord(o + 2, in: CandidacyRules.election) { continue }
                if let m = s.mention(o), m.kind == .office, !m.isNext { namedOffice = .entity(m.ref) }
            }
            // "Trump, who is running against Vice President Kamala Harris": against someone named
            // with a title whom the article has not made a contender, a race for that person's
            // country's presidency, which the rival runs in too.
            var rival: EntityRef?
            if phrase.rule == "running", s.isWord(end - 1, in: CandidacyRules.againstWord), let o = s.personObject(after: end, limit: 2),
                let m = s.mention(o), m.form == .name, let held = m.office?.office, !article.isContender(m.ref),
                let office = Self.presidency(of: m.ref, in: &article), Self.isPresidency(held, of: office, in: article.entities)
            {
                namedOffice = .entity(office)
                rival = m.ref
            }
            if phrase.rule == "interest" {
                // Interest in the post, the job, the position, or in replacing someone.
                guard
                    s.contains(
                        [
                            "position", "post", "job", "role", "replacing", "succeeding", "running", "becoming", "nato",
                            "leading", "heading",
                        ],
                        in: end..<min(end + 4, s.count))
                        || s.mentionKind(end) == .office || s.mentionKind(end + 1) == .office
                else { continue }
            }
            if phrase.rule == "interested-bare" {
                // Reported ("said he was interested", "is said to be interested") and followed by
                // nothing or a time.
                guard
                    (s.isWord(k - 1, in: CandidacyRules.wasIs)
                        && s.contains(ModalityClassifier.reportingVerbs, in: max(0, k - 6)..<(k - 1)))
                        || (s.isWord(k - 1, in: CandidacyRules.be) && s.isWord(k - 2, in: SentenceView.to)
                            && s.isWord(k - 3, in: ModalityClassifier.hearsayVerbs)),
                    end >= s.count || s.isWord(end, in: SentenceView.clausePunctuation)
                        || (s.isWord(end, in: SentenceView.in)
                            && (s.isWord(end + 1, in: SentenceView.months) || s.isWord(end + 1, in: CandidacyRules.timeOfYear)
                                || SentenceView.isDigits(s.word(end + 1))))
                else { continue }
            }
            if phrase.rule == "interest-bare" {
                // "made" takes "known"; and no "in" may follow ("in March" is a time).
                guard !s.isWord(k, in: CandidacyRules.made) || s.isWord(end - 1, in: CandidacyRules.known),
                    !s.isWord(end, in: SentenceView.in) || s.isWord(end + 1, in: SentenceView.months)
                        || SentenceView.isDigits(s.word(end + 1))
                else { continue }
            }
            if phrase.rule == "no-secret" {
                // Of an interest in the post, or of wanting it.
                guard let of = s.first(SentenceView.of, in: end..<min(end + 4, s.count)),
                    s.contains(CandidacyRules.interestWords, in: of..<min(of + 3, s.count)),
                    s.contains(CandidacyRules.postWords, in: of..<min(of + 6, s.count)) || s.mentionKind(of + 4) == .office
                else { continue }
            }
            // "were mentioned as possible contenders but never entered the race": what the "but"
            // clause says instead.
            if phrase.rule == "touted", let but = s.first(SupportRules.butWord, in: end..<min(s.count, end + 8)),
                s.contains(CandidacyRules.nots, in: (but + 1)..<min(s.count, but + 4))
            {
                continue
            }
            // "Stoltenberg, whose term ends on 1 October, has stayed out of the contest": the one
            // who holds the office stays neutral; it says nothing of a candidacy.
            if phrase.rule == "race", !phrase.value, let subject = s.subjects(before: k, kinds: .person).last,
                let person = s.mention(subject)?.ref, CandidacyRules.holdsContestOffice(person, in: article)
            {
                continue
            }
            // "was floated and promptly ruled herself out": the first verb's subject (each of
            // "A and B were mentioned ... but never entered the race").
            var subjects = s.subjects(before: k, kinds: .person)
            if subjects.isEmpty, let shared = s.sharedSubject(before: k, kinds: .person) {
                subjects = s.coordinated(from: shared, kinds: .person)
            }
            // "A and B have both been mentioned as possible contenders. Neither has formally
            // entered the race.": each of the two the sentence before made candidates, now not.
            if subjects.isEmpty, phrase.value, s.isWord(0, in: CandidacyRules.neitherWord), k <= 4 {
                var people: [EntityRef] = []
                for claim in article.claims where claim.sentence == s.index - 1 && claim.predicate == "candidate" {
                    if !people.contains(claim.subject) { people.append(claim.subject) }
                }
                guard people.count == 2 else { continue }
                article.claims.removeAll { $0.sentence == s.index - 1 && $0.rule == "candidacy.touted" && people.contains($0.subject) }
                for person in people {
                    article.add(
                        person, "candidate", .contest, value: .boolean(false), modality: .asserted, evidence: s.span(0, end - 1),
                        sentence: s.index, rule: "candidacy.\(phrase.rule)")
                }
                continue
            }
            guard !subjects.isEmpty else { continue }
            if isConditional(s, from: subjects[0], to: end) { continue }
            var value = phrase.value
            // "declined to run"
            if phrase.rule == "run-bare", s.isWord(k - 2, in: CandidacyRules.refusing) { value = false }
            if s.contains(["not", "never", "no", "neither"], in: max(subjects.last! + 1, k - 3)..<k) {
                // "has not ruled out a bid" leaves it open: no claim either way.
                if !phrase.value { continue }
                value = false
            }
            var modality = classifier.classify(s, trigger: k, triggerEnd: end, subject: subjects.last, base: phrase.base)
            // "would like the job" is a wish now, not a prediction.
            if phrase.rule == "wants-post" || phrase.rule == "wants-to", modality == .expected, s.isWord(k - 1, in: ["would"]) {
                modality = .hedged
            }
            if modality == .hedged, phrase.base == .asserted, phrase.rule != "interest" { modality = .hedged }
            let last = min(s.clauseEnd(after: end), s.count) - 1
            for item in subjects {
                guard let person = s.mention(item)?.ref else { continue }
                var object = namedOffice ?? .contest
                if reElection {
                    guard let office = article.entities.currentOffice(of: person) else { continue }
                    object = .entity(office)
                }
                // "Donald Trump, the former president, is running again": for the office the
                // article says the person held, not the article's race; nothing when it says none.
                if phrase.rule == "running-bare", s.isWord(end, in: CandidacyRules.again) {
                    guard let held = article.claims.last(where: { $0.subject == person && $0.predicate == "holds" && $0.modality == .past })
                    else { continue }
                    object = held.object
                }
                article.add(
                    person, "candidate", object, value: .boolean(value), modality: modality,
                    evidence: s.span(subjects[0], max(last, end - 1)), sentence: s.index, rule: "candidacy.\(phrase.rule)")
            }
            if let rival, let office = namedOffice, value {
                article.add(
                    rival, "candidate", office, modality: modality, evidence: s.span(subjects[0], max(last, end - 1)),
                    sentence: s.index, rule: "candidacy.\(phrase.rule)")
            }
            // "..., as did Latvian Foreign Minister X and Romanian President Y"
            if let asDid = s.match(Self.asDid, at: last + 2), let first = s.mention(asDid), first.kind == .person {
                for item in s.coordinatedRight(from: asDid, kinds: .person) {
                    guard let person = s.mention(item)?.ref else { continue }
                    article.add(
                        person, "candidate", .contest, value: .boolean(value), modality: modality,
                        evidence: s.span(last + 2, item), sentence: s.index, rule: "candidacy.\(phrase.rule)")
                }
            }
            break
        }
        // "P, the only official candidate", "P as the sole other candidate", "Q, his only remaining rival"
        // "the front-runner" (a hyphen is a token of its own); a "runner" alone is no candidate.
        let isFrontRunner = s.isWord(k - 1, in: SentenceView.hyphen) && s.isWord(k - 2, in: Self.front)
        if s.isWord(k, in: CandidacyRules.candidateNouns), s.word(k) != "runner" || isFrontRunner {
            var a = isFrontRunner ? k - 3 : k - 1
            // "the (presumptive) Republican nominee": a party's candidate, for the presidency.
            var party = false
            while a >= 0, s.isWord(a, in: CandidacyRules.candidateModifiers) || s.isWord(a, in: CandidacyRules.nomineeModifiers) {
                if s.isWord(a, in: CandidacyRules.parties) { party = true }
                a -= 1
            }
            var copula = a
            // "is widely seen as the frontrunner", "is regarded as the favourite".
            if s.isWord(a, in: CandidacyRules.asWord), s.isWord(a - 1, in: CandidacyRules.seenAs) { copula = a - 2 }
            while s.isWord(copula, in: CandidacyRules.copulaAdverbs) { copula -= 1 }
            if s.isWord(copula, in: CandidacyRules.copulas),
                !s.isWord(k + 1, in: CandidacyRules.relatives),
                // "is a very strong candidate" is praise, not news of a bid.
                !s.contains(CandidacyRules.praise, in: copula..<k),
                let subject = s.subjects(before: copula, kinds: .person).last, let person = s.mention(subject)?.ref
            {
                // "Rutte is the only remaining contender", "he is a candidate for NATO secretary general",
                // "she is not a candidate".
                if isConditional(s, from: subject, to: k) { return }
                let negated = s.contains(CandidacyRules.copulaNegations, in: (copula + 1)..<k)
                // The noun itself is no cue: "the favourite" is a candidate now, not a prediction.
                let modality = classifier.classify(s, trigger: copula, triggerEnd: k, subject: subject)
                // "Trump is the front-runner for the Republican nomination": another race.
                var object: LocalObject = .contest
                var last = k + officeExtent(s, after: k)
                if let n = Self.nominationEnd(s, after: k) {
                    guard let office = Self.presidency(of: person, in: &article) else { return }
                    object = .entity(office)
                    last = n
                } else if party {
                    guard let office = Self.presidency(of: person, in: &article) else { return }
                    object = .entity(office)
                    last = k
                }
                article.add(
                    person, "candidate", object, value: .boolean(!negated), modality: modality,
                    evidence: s.span(subject, last), sentence: s.index, rule: "candidacy.copula")
            } else if let opener = Self.appositionOpener(s, at: a), let m = s.mention(opener - 1), m.kind == .person {
                if s.isWord(k + 1, in: CandidacyRules.who) { return }
                // "Donald Trump, the front-runner for the Republican nomination": a party's
                // nomination, for the presidency of the person's country, not the article's race.
                var object: LocalObject = .contest
                var last = k
                if let n = Self.nominationEnd(s, after: k) {
                    guard let office = Self.presidency(of: m.ref, in: &article) else { return }
                    object = .entity(office)
                    last = n
                } else if party {
                    guard let office = Self.presidency(of: m.ref, in: &article) else { return }
                    object = .entity(office)
                }
                article.add(
                    m.ref, "candidate", object, modality: .asserted,
                    evidence: s.span(opener - 1, last), sentence: s.index, rule: "candidacy.apposition")
            } else if s.isWord(k + 1, in: SentenceView.comma) || s.isWord(k + 1, in: SentenceView.for), let q = nextPerson(s, after: k),
                // "... is a strong candidate, Stoltenberg said": the speaker, not a rival.
                !s.isWord(q + 1, in: CandidacyRules.speakerVerbs)
            {
                // "The last of Rutte's competitors for the post, Romania's President Klaus Iohannis"
                article.add(
                    s.mention(q)!.ref, "candidate", .contest, modality: .asserted,
                    evidence: s.span(a + 1, q), sentence: s.index, rule: "candidacy.apposition")
            }
        }
        // "setting up a contest with Mark Rutte": the one named is in the race.
        if s.isWord(k, in: Self.contestNouns), s.isWord(k + 1, in: Self.withAgainst), let o = s.personObject(after: k + 2, limit: 3),
            let p = s.mention(o), p.form == .name
        {
            article.add(
                p.ref, "candidate", .contest, modality: classifier.classify(s, trigger: k),
                evidence: s.span(k, o), sentence: s.index, rule: "candidacy.contest-with")
        }
        if s.isWord(k, in: CandidacyRules.rivalNouns), let q = nextPerson(s, after: k),
            s.isWord(q - 1, in: SentenceView.comma)
        {
            // "his rivals, X and Y": each one named. In a sentence about another election ("the US
            // presidential election ..., both candidates, Q and R") they run for that office.
            let contest: LocalObject = otherContest(s, in: &article).map { .entity($0) } ?? .contest
            for item in namedInList(s, from: q) {
                article.add(
                    s.mention(item)!.ref, "candidate", contest, modality: .asserted,
                    evidence: s.span(k, item), sentence: s.index, rule: "candidacy.apposition")
            }
        }
    }

    /// The item of "nomination" in "for the (Republican) (presidential) nomination" after item
    /// `k`; nil when the words after `k` are not that.
    static func nominationEnd(_ s: SentenceView, after k: Int) -> Int? {
        guard s.isWord(k + 1, in: ["for"]), s.isWord(k + 2, in: SentenceView.the) else { return nil }
        var j = k + 3
        while j < k + 6, !s.isMention(j), !s.isWord(j, in: nominationWord) {
            if s.isWord(j, in: SentenceView.clausePunctuation) { return nil }
            j += 1
        }
        return s.isWord(j, in: nominationWord) ? j : nil
    }
    static let nominationWord: WordSet = ["nomination"]
    static let againstWord: WordSet = ["against"]

    /// True when `held` is the presidency `office` or the vice-presidency of the same country:
    /// an office whose holder runs in a presidential race.
    static func isPresidency(_ held: EntityRef, of office: EntityRef, in entities: ArticleEntities) -> Bool {
        if held == office { return true }
        guard let country = entities.jurisdiction(of: office), let vice = entities.lexicon.titleByName["vice president"] else {
            return false
        }
        return entities.existingOffice(title: vice, jurisdiction: country) == held
    }

    /// The presidency of `person`'s country (a party's nomination is for it); nil when the
    /// article or the lexicon gives the person no country.
    static func presidency(of person: EntityRef, in article: inout ArticleClaims) -> EntityRef? {
        guard let country = article.entities.country(ofPerson: person), let title = article.entities.lexicon.titleByName["president"]
        else { return nil }
        return article.entities.office(title: title, jurisdiction: country)
    }

    static let contestNouns: WordSet = ["contest", "showdown", "duel", "battle", "race"]
    /// Negations after "but": "but never entered the race", "but did not run".
    /// True when the article so far says `person` holds the contest's office (or the office of
    /// the title whose jurisdiction is given by default, "secretary general").
    static func holdsContestOffice(_ person: EntityRef, in article: ArticleClaims) -> Bool {
        article.claims.contains {
            $0.subject == person && $0.predicate == "holds" && $0.value == .boolean(true) && article.isContestOffice($0.object)
        }
    }
    /// Words of an election by voters, which a bare "is running" in the same sentence is about.
    static let popularElections: WordSet = ["election", "elections", "presidential", "primary", "primaries", "ballot"]
    static let neitherWord: WordSet = ["neither"]
    static let nots: WordSet = ["never", "not", "n't", "neither", "nor"]
    static let withAgainst: WordSet = ["with", "against"]
    static let presidential: WordSet = ["presidential"]
    static let electionNouns: WordSet = ["election", "elections", "race", "vote", "contest", "campaign", "poll", "runoff"]

    /// The office of an election the sentence names that is not the article's contest: "the US
    /// presidential election", "Romania's presidential race" are for the country's president.
    /// Nil when the sentence names none.
    func otherContest(_ s: SentenceView, in article: inout ArticleClaims) -> EntityRef? {
        var j = 1
        while j + 1 < s.count {
            defer { j += 1 }
            guard s.isWord(j, in: Self.presidential), s.isWord(j + 1, in: Self.electionNouns),
                let m = s.mention(j - 1), m.kind == .country, case .known(let country) = m.ref,
                let title = article.entities.lexicon.titleByName["president"]
            else { continue }
            return article.entities.office(title: title, jurisdiction: country)
        }
        return nil
    }

    /// The person at `q` and those listed after it ("Q, R and S"), each of which may follow its
    /// title ("former US president Donald Trump and Vice President Kamala Harris").
    func namedInList(_ s: SentenceView, from q: Int) -> [Int] {
        var out = [q]
        var a = q + 1
        while s.isWord(a, in: Self.listMarks) {
            var b = a + 1
            if s.isWord(b, in: SentenceView.and) { b += 1 }
            if s.mentionKind(b) == .office, s.mentionKind(b + 1) == .person { b += 1 }
            guard let m = s.mention(b), m.kind == .person, m.form == .name else { break }
            out.append(b)
            a = b + 1
        }
        return out
    }

    static let listMarks: WordSet = [",", "and"]

    /// How many items after `k` belong to "bid for NATO secretary general".
    func officeExtent(_ s: SentenceView, after k: Int) -> Int {
        if s.isWord(k + 1, in: ["for", "to"]) {
            if s.mentionKind(k + 2) == .office { return 2 }
            if s.isWord(k + 2, in: ["the", "become", "lead"]), s.isMention(k + 3) { return 3 }
        }
        return 0
    }

    /// A person after `k` in the same stretch, past "for the post," and the like.
    func nextPerson(_ s: SentenceView, after k: Int) -> Int? {
        var j = k + 1
        while j < s.count, j - k < 7 {
            if let m = s.mention(j) {
                if m.kind == .person, m.form == .name { return j }
                if m.kind == .office { j += 1; continue }
                return nil
            }
            if s.isWord(j, in: [".", ";", "who", "which"]) { return nil }
            j += 1
        }
        return nil
    }
}
