/// Reads one article: recognises each sentence's entities, runs every rule family over it, then
/// settles what only the whole article tells (whose candidacy it is about, for which office,
/// who holds an office, candidacies that ended in a withdrawal).
public struct ClaimExtractor: Sendable {
    /// The rule families.
    public var rules: [any ClaimRule] { didSet { index = TriggerIndex(rules) } }
    /// Which families each trigger word starts.
    private var index: TriggerIndex

    /// Creates an extractor with the standard rules.
    public init() {
        rules = RuleRegistry.standard
        index = RuleRegistry.standardIndex
    }

    /// Creates an extractor with other rules.
    public init(rules: [any ClaimRule]) {
        self.rules = rules
        index = TriggerIndex(rules)
    }

    /// The claims of an article whose tokens and sentences are given; `bytes` is the text the
    /// tokens were read from.
    public func extract(
        tokens: [Token], in bytes: [UInt8], sentences: [Range<Int>], lexicon: Lexicon, published: CalendarDate?
    ) -> ArticleClaims {
        var article = ArticleClaims(entities: ArticleEntities(lexicon: lexicon), published: published)
        let recognizer = EntityRecognizer()
        // The units of each sentence are made in the storage of the previous one's.
        var units = EntityRecognizer.Units()
        // So are the items of each sentence's view.
        var items: [SentenceView.Item] = []
        // The first token of what the sentence before reported ("A newspaper reported that ..."),
        // for a denial in the next one.
        var reportedBefore: Int?
        for (index, range) in sentences.enumerated() {
            let recognized = recognizer.recognize(tokens, in: bytes, range: range, entities: &article.entities, reusing: &units)
            let view = SentenceView(index: index, recognized: recognized, tokens: tokens, reusing: &items)
            defer { items = view.items }
            // A question claims nothing (its entities are still recognised, for what follows).
            if view.isQuestion {
                reportedBefore = nil
                continue
            }
            // "A newspaper reported that Turkey had signed off. A Turkish official denied that,
            // saying ...": what the sentence before reported is no claim.
            if let reported = reportedBefore, view.deniesPrevious {
                article.claims.removeAll { $0.sentence == index - 1 && $0.evidence.lowerBound >= reported && $0.rule != "office.title" }
            }
            reportedBefore = view.reportedFrom
            // Only the families that a word of the sentence starts (or that ask for it) read it.
            let started = self.index.families(in: view)
            let before = article.claims.count
            let contestsBefore = article.contestOffices.count
            // The rules are called where they are stored (a loop over the array would copy each
            // one out of its existential box, for every sentence).
            rules.withUnsafeBufferPointer { rules in
                for i in rules.indices where started & (1 << UInt64(i)) != 0 || rules[i].wants(view, in: article) {
                    rules[i].apply(to: view, in: &article)
                }
            }
            // A sentence that opens with a condition claims nothing of what it supposes; the
            // offices it gives people are background ("Were Hungary to keep its veto, ... Mr
            // Stoltenberg, who has led the alliance since 2014, ...").
            if article.claims.count > before, view.isConditional {
                article.claims[before...].removeAll {
                    $0.sentence == index && !$0.rule.hasPrefix("office.") && !view.opensRelativeClause(at: $0.evidence.lowerBound)
                }
            }
            // "Ankara denied a report that Erdogan would fly to Brussels": what is denied is no
            // claim (the titles the writer gives people there still are).
            if article.claims.count > before || article.contestOffices.count > contestsBefore, let denied = view.deniedFrom {
                article.claims[before...].removeAll {
                    $0.sentence == index && $0.evidence.lowerBound >= denied && $0.rule != "office.title"
                }
                article.contestOffices.removeSubrange(contestsBefore...)
            }
            // "A news site reported that Bulgaria would back Iohannis, a report the government
            // dismissed as speculation": the report, denied in the same sentence.
            if article.claims.count > before, let reported = view.reportedFrom, let denial = view.denialOfReportAfter(reported) {
                article.claims[before...].removeAll {
                    $0.sentence == index && $0.evidence.lowerBound >= reported && $0.evidence.upperBound <= denial
                        && $0.rule != "office.title"
                }
            }
            if article.claims.count > before, let denied = view.passivelyDenied {
                article.claims[before...].removeAll { $0.sentence == index && $0.evidence.overlaps(denied) && $0.rule != "office.title" }
            }
        }
        QuantifiedRules.closeOpenQuantifier(in: &article)
        resolve(&article)
        return article
    }

    /// True when a candidacy's object is the article's contest (not another election's office).
    static func isContest(_ object: LocalObject, _ contest: EntityRef?) -> Bool {
        switch object {
        case .contest: return true
        case .entity(let office): return office == contest
        default: return false
        }
    }

    /// The entity that occurs most often in `refs`; a tie goes to the one that occurs first, so
    /// the answer never depends on hashing order.
    static func mostFrequent(_ refs: [EntityRef]) -> EntityRef? {
        // A few distinct entities (the usual case) are counted in a list, in order of first
        // occurrence, with no hashing; many go to a dictionary.
        var distinct: [(ref: EntityRef, count: Int)] = []
        for ref in refs {
            if let k = distinct.firstIndex(where: { $0.ref == ref }) {
                distinct[k].count += 1
            } else if distinct.count < 32 {
                distinct.append((ref, 1))
            } else {
                return mostFrequentHashing(refs)
            }
        }
        var best: (ref: EntityRef, count: Int)?
        for entry in distinct where best == nil || entry.count > best!.count { best = entry }
        return best?.ref
    }

    /// The one of `people` that the article mentions most often (the first of a tie); nil for none.
    static func mostNamed(_ people: [EntityRef], in entities: ArticleEntities) -> EntityRef? {
        guard !people.isEmpty else { return nil }
        var best: (ref: EntityRef, count: Int)?
        for person in people where best?.ref != person {
            let count = entities.recentPeople.reduce(0) { $1.ref == person ? $0 + 1 : $0 }
            if best == nil || count > best!.count { best = (person, count) }
        }
        return best?.ref
    }

    /// ``mostFrequent(_:)`` with a dictionary of counts.
    static func mostFrequentHashing(_ refs: [EntityRef]) -> EntityRef? {
        var counts: [EntityRef: Int] = [:]
        for ref in refs { counts[ref, default: 0] += 1 }
        var best: (ref: EntityRef, count: Int)?
        for ref in refs where best == nil || counts[ref]! > best!.count {
            best = (ref, counts[ref]!)
        }
        return best?.ref
    }

    /// Replaces the article-level objects (`focus`, `contest`, `holder`) and marks candidacies
    /// that the article says were withdrawn as past.
    func resolve(_ article: inout ArticleClaims) {
        let entities = article.entities
        // The contest: the office named most often in candidacy phrases (the first of a tie),
        // else the default of a bare title. An article that names the default office at all
        // counts it once, first: "Geoană stepped down to run for president of Romania" in an
        // explainer about NATO's new secretary general does not make Romania's presidency the race.
        var offices = article.contestOffices
        if !offices.isEmpty, let named = entities.existingDefaultOffice { offices.insert(named, at: 0) }
        var contest = Self.mostFrequent(offices)
        if contest == nil, let sg = entities.lexicon.titles.firstIndex(where: { $0.defaultJurisdiction != nil }),
            let j = entities.lexicon.titles[sg].defaultJurisdiction
        {
            var e = article.entities
            contest = e.office(title: sg, jurisdiction: j)
            article.entities = e
        }
        // The focus: the person most often the object of explicit support claims, else the one
        // most often a candidate in the contest, else the one the article says holds its office
        // (a race already won: "X took office", then "Y withheld their support for months"), else
        // the one it says succeeds someone ("appointed X ... when Q steps down; all allies signed
        // off on the choice").
        var supported: [EntityRef] = []
        var candidates: [EntityRef] = []
        var holders: [EntityRef] = []
        var successors: [EntityRef] = []
        var predecessors: [EntityRef] = []
        var successions: [(successor: EntityRef, predecessor: EntityRef)] = []
        // Room for every claim's entity at once, not a list grown by each.
        supported.reserveCapacity(article.claims.count)
        candidates.reserveCapacity(article.claims.count)
        var withdrawn = Set<EntityRef>()
        // Claims are read field by field (a copy would retain their strings).
        for k in article.claims.indices
        where article.claims[k].predicate == "withdrew" && article.claims[k].value == .boolean(true)
            && article.claims[k].modality == .asserted
        {
            withdrawn.insert(article.claims[k].subject)
        }
        var lastQuantifiedSentence = -1
        for k in article.claims.indices {
            // A quantified sentence counts once, not once per ally: "no other ally endorsed him"
            // must not make him the person "All 32 allies are now on board" is about.
            // A country backing its own national ("Romania has a candidate of its own, President
            // Iohannis") says whom that country backs, not whom the article is about.
            if article.claims[k].predicate == "supports", case .entity(let o) = article.claims[k].object,
                article.claims[k].rule != SupportRules.ownCandidateRule
            {
                let quantified = article.claims[k].rule.hasPrefix("quantified")
                if !quantified || article.claims[k].sentence != lastQuantifiedSentence { supported.append(o) }
                if quantified { lastQuantifiedSentence = article.claims[k].sentence }
            }
            // A candidate who withdrew is no longer the one the article's support is for, nor is
            // one in another election ("both candidates" of a presidential race).
            if article.claims[k].predicate == "candidate", !withdrawn.contains(article.claims[k].subject),
                Self.isContest(article.claims[k].object, contest)
            {
                candidates.append(article.claims[k].subject)
            }
            if article.claims[k].predicate == "holds", article.claims[k].modality == .asserted,
                article.claims[k].value == .boolean(true), let contest, article.claims[k].object == .entity(contest)
            {
                holders.append(article.claims[k].subject)
            }
            if article.claims[k].predicate == "succeeds", article.claims[k].value == .boolean(true) {
                successors.append(article.claims[k].subject)
                if case .entity(let p) = article.claims[k].object {
                    predecessors.append(p)
                    successions.append((article.claims[k].subject, p))
                }
            }
        }
        // Among successors, one that someone else succeeds in turn is the person moving from one
        // office to the next, whom the article follows ("Rutte takes up his job at NATO,
        // succeeding Stoltenberg"; "Yeşilgöz, who succeeded him" at the party).
        // Else, of the people in successions, the one the article names most ("Dick Schoof, who
        // replaced him as prime minister" in a column about Rutte is about Rutte).
        let movingOn = successors.filter { predecessors.contains($0) }
        // The one who succeeds the office's holder is the race's winner, not the holder ("Mr Rutte
        // will succeed Secretary General Jens Stoltenberg ... All 32 allies joined the consensus").
        let holdersSuccessors = successions.filter { holders.contains($0.predecessor) }.map(\.successor)
        let focus =
            Self.mostFrequent(supported) ?? Self.mostFrequent(candidates) ?? Self.mostFrequent(holdersSuccessors)
            ?? Self.mostFrequent(holders) ?? Self.mostFrequent(movingOn) ?? Self.mostNamed(successors + predecessors, in: entities)
        for term in article.pendingTerms {
            var office: EntityRef?
            if case .entity(let o) = term.office { office = o } else { office = contest }
            guard let office else { continue }
            article.claims.append(
                LocalClaim(
                    subject: office, predicate: "term_length", object: .literal(term.literal), value: .literal(term.literal),
                    modality: .asserted, qualifiers: [:], evidence: term.evidence, sentence: term.sentence, rule: "term.years"))
        }
        // The contest's holder when only "has been in the post" said so (no office was named).
        var contestHolder: EntityRef?
        for k in article.claims.indices
        where article.claims[k].predicate == "holds" && article.claims[k].object == .contest && article.claims[k].modality == .asserted {
            contestHolder = article.claims[k].subject
            break
        }
        // Objects are replaced in place (no claim is copied); claims left without one are dropped.
        var out = article.claims
        article.claims = []
        var dropped = false
        for k in out.indices {
            switch out[k].object {
            case .focus:
                if let focus, focus != out[k].subject, !Self.backsInSameSentence(out, k, focus) {
                    out[k].object = .entity(focus)
                } else {
                    out[k].sentence = -1
                }
            case .contest:
                if let contest { out[k].object = .entity(contest) } else { out[k].sentence = -1 }
            case .holder(let office):
                if let holder = article.entities.holderOf[office] ?? (office == contest ? contestHolder : nil), holder != out[k].subject {
                    out[k].object = .entity(holder)
                } else {
                    out[k].sentence = -1
                }
            default: continue
            }
            if out[k].sentence < 0 { dropped = true }
        }
        if dropped { out.removeAll { $0.sentence < 0 } }
        // "Rutte takes the helm as Stoltenberg bows out" in a headline, before the article says
        // Stoltenberg holds the office: its holder leaves it, and no candidacy of theirs ends
        // (``WithdrawalRules`` checks the same within a sentence, for holders named before).
        if !holders.isEmpty, let contest, out.contains(where: { $0.predicate == "withdrew" }) {
            let running = Set(out.lazy.filter { $0.predicate == "candidate" && $0.value == .boolean(true) }.map(\.subject))
            out.removeAll { claim in
                claim.predicate == "withdrew" && claim.rule == "withdrawal.verb" && claim.object == .entity(contest)
                    && holders.contains(claim.subject) && !running.contains(claim.subject)
            }
        }
        // A candidacy the article says was withdrawn is past ("held before, no longer"), in every
        // sentence that states it.
        struct Candidacy: Hashable {
            var subject: EntityRef
            var object: LocalObject
        }
        var withdrawals = Set<Candidacy>()
        for k in out.indices where out[k].predicate == "withdrew" && out[k].modality == .asserted && out[k].value == .boolean(true) {
            withdrawals.insert(Candidacy(subject: out[k].subject, object: out[k].object))
        }
        if !withdrawals.isEmpty {
            for k in out.indices where out[k].predicate == "candidate" && out[k].modality == .asserted && out[k].value == .boolean(true) {
                if withdrawals.contains(Candidacy(subject: out[k].subject, object: out[k].object)) { out[k].modality = .past }
            }
        }
        article.claims = out
    }

    /// True when claim `k` (against the article's candidate, for a candidate of the subject's own)
    /// stands beside the claim of the same sentence that the subject backs `focus` as that one: "Romania has its own candidate, Klaus Iohannis"
    /// is against someone else, not against Iohannis.
    static func backsInSameSentence(_ claims: [LocalClaim], _ k: Int, _ focus: EntityRef) -> Bool {
        guard claims[k].value == .boolean(false), claims[k].rule == SupportRules.ownCandidateRule else { return false }
        return claims.contains {
            $0.sentence == claims[k].sentence && $0.subject == claims[k].subject && $0.rule == SupportRules.ownCandidateRule
                && $0.object == .entity(focus) && $0.value == .boolean(true)
        }
    }
}
