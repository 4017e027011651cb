/// `member(country, organization)`.
///
/// `C joined|entered ORG (together with A and B)`, `ORG, which C joined (in 2004)`, `C (, which)
/// joined in 2023`, `C, admitted last year`, `C became a member (of ORG)`, `C is a member of ORG`,
/// `C became ORG's 32nd member`, `new member C`, `ORG member C`. Without a named organization, the
/// one the article named last (else NATO). Against: `C is (still) not a member`, `C is a partner,
/// not a member`, `C is still waiting for ratification`. A membership predicted (`C is expected to
/// join ORG`, `is set to become ORG's 32nd member`) is `expected`; one hoped for ("wants to join",
/// "can join") is no claim.
public struct MembershipRules: ClaimRule {
    public var name: String { "membership" }
    public var triggers: WordSet { Self.triggerWords }
    static let triggerWords: WordSet = [
        "joined", "joins", "member", "members", "entered", "admitted", "followed", "outside", "alliance", "bloc", "waiting",
        "join", "become",
    ]
    /// Also a sentence with "in NATO", "inside NATO" (the organization is a mention, not a word).
    public func wants(_ s: SentenceView, in article: ArticleClaims) -> Bool {
        for k in 1..<max(1, s.count) where s.mentionKind(k) == .organization && s.isWord(k - 1, in: Self.inside) { return true }
        return false
    }
    static let starts = becameBeenAFullMember.firstWords!.union(triggerWords).union(areMembersOf.firstWords!)
    /// Verbs of joining whose object is the organization ("entered the alliance in 2004").
    static let joinedVerbs: WordSet = ["joined", "entered", "joins"]
    /// Verbs of joining that may stand without an object ("Finland joined in 2023", "Finland,
    /// admitted last year").
    static let bareJoinVerbs: WordSet = ["joined", "admitted"]
    /// Creates the rules.
    public init() {}

    static let becomeVerbs: WordSet = ["became", "becomes", "become", "is", "was"]
    static let memberNoun: WordSet = ["member"]
    static let not: WordSet = ["not"]
    static let never: WordSet = ["never"]
    static let followed: WordSet = ["followed"]
    static let outside: WordSet = ["outside"]
    static let remainVerbs: WordSet = ["remain", "remains", "remained", "stay", "stays", "stayed", "are", "is", "was", "were"]
    static let becameBeenAFullMember: Pattern = [
        "became|becomes|become|is|was|has", "still?|also?", "not|never?", "yet?", "been?", "a", "full?", "member|members",
    ]
    /// "Japan, South Korea and Australia are not members of NATO": a list, in the plural ("not yet
    /// members": membership still to come is none yet).
    static let areMembersOf: Pattern = ["are|were", "now?|still?|also?|all?", "not|never?", "yet?", "members", "of"]
    /// "... are not NATO members": the organization before the plural noun.
    static let areNot: Pattern = ["are|were", "now?|still?|also?|all?", "not|never?", "yet?"]
    /// The same up to the article, for "has been a NATO member" (the organization, then "member").
    static let becameBeenA: Pattern = ["became|becomes|become|is|was|has", "still?|also?", "not|never?", "yet?", "been?", "a", "full?"]

    /// What an organization is called when it is not named ("a member of the alliance").
    static let groupWords: WordSet = ["alliance", "bloc", "union"]
    /// Words between "a" and "member" in an apposition.
    static let memberModifiers: WordSet = [
        "founding", "founder", "full", "longtime", "long-standing", "key", "fellow", "loyal", "committed",
    ]
    static let ordinalLike: WordSet = ["newest", "oldest", "latest", "youngest", "first", "last", "founding", "full"]

    /// The country an apposition "C, a (founding) (NATO) member" describes, with the item the
    /// evidence starts at; nil when item `k` ("member") is not in one.
    static func apposedCountry(_ s: SentenceView, before k: Int) -> (EntityRef, Int)? {
        var j = k - 1
        if s.mentionKind(j) == .organization { j -= 1 }
        while s.isWord(j, in: memberModifiers) { j -= 1 }
        // "C, one of the (twelve) founding members of NATO"
        if s.isWord(k, in: membersNoun) {
            if QuantifiedRules.isNumberWord(s, j) { j -= 1 }
            guard s.isWord(j, in: SentenceView.the), s.isWord(j - 1, in: SentenceView.of), s.isWord(j - 2, in: one) else { return nil }
            j -= 2
        } else {
            guard s.isWord(j, in: SentenceView.aAn) else { return nil }
        }
        guard s.isWord(j - 1, in: SentenceView.comma), let c = s.mention(j - 2), c.kind == .country, c.form == .name, !c.possessive
        else { return nil }
        return (c.ref, j - 2)
    }
    static let membersNoun: WordSet = ["members"]
    static let founding: WordSet = ["founding", "founder"]
    static let now: WordSet = ["now"]
    static let one: WordSet = ["one"]
    static let both: WordSet = ["both", "all"]

    /// The countries an apposition with a definite or possessive noun phrase describes: "Finland
    /// and Sweden, the alliance's two newest members", "Greece and Türkiye, both members since
    /// 1952", "Sweden, NATO's newest member": the countries' items and the organization a
    /// possessive names (nil: the one the article is about). Nil when item `k` ("member",
    /// "members") is in no such apposition.
    static func apposedCountries(_ s: SentenceView, before k: Int) -> (items: [Int], organization: EntityRef?)? {
        var j = k - 1
        while s.isWord(j, in: ordinalLike) || s.isWord(j, in: memberModifiers) { j -= 1 }
        if QuantifiedRules.isNumberWord(s, j) { j -= 1 }
        var organization: EntityRef?
        if let m = s.mention(j), m.kind == .organization, m.possessive {
            organization = m.ref
            j -= 1
        } else if s.isWord(j, in: SentenceView.the) || s.isWord(j, in: both) {
            j -= 1
        } else {
            return nil
        }
        // "Sweden, now NATO's 32nd member"
        if s.isWord(j, in: Self.now) { j -= 1 }
        guard s.isWord(j, in: SentenceView.comma), let c = s.mention(j - 1), c.kind == .country, c.form == .name, !c.possessive
        else { return nil }
        let items = s.coordinated(from: j - 1, kinds: .country)
        // "Sweden, the newest member" is one country; "Greece and Türkiye, both members", two.
        guard s.isWord(k, in: membersNoun) ? items.count > 1 : items.count == 1 else { return nil }
        return (items, organization)
    }

    /// "C became the 32nd member of", "C, which is the newest member of", "a C that is not a member
    /// of": the country, the item the evidence starts at, and whether it is denied.
    static func becameTheMember(_ s: SentenceView, before k: Int) -> (EntityRef, Int, Bool)? {
        var j = k - 1
        // An ordinal or an adjective: "32nd", "newest".
        if s.isWord(j, in: ordinalLike) || s.word(j).utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true { j -= 1 }
        // "became the alliance's 32nd member", "became NATO's newest member": the possessive
        // stands for "the".
        let possessiveOrganization = s.mention(j).map { $0.kind == .organization && $0.possessive } ?? false
        guard possessiveOrganization || s.isWord(j, in: SentenceView.the) || s.isWord(j, in: SentenceView.aAn) else { return nil }
        let indefinite = s.isWord(j, in: SentenceView.aAn)
        j -= 1
        let negated = s.isWord(j, in: Self.not)
        if negated { j -= 1 }
        guard s.isWord(j, in: becomeVerbs) else { return nil }
        var ci = j - 1
        let relative = s.isWord(ci, in: relativeWords)
        // "C became a member" is the pattern's; here only its relative form, "C that is a member".
        if indefinite, !relative { return nil }
        if relative { ci -= 1 }
        if s.isWord(ci, in: SentenceView.comma) { ci -= 1 }
        guard let c = s.mention(ci), c.kind == .country, c.form == .name, !c.possessive else { return nil }
        return (c.ref, ci, negated)
    }
    static let relativeWords: WordSet = ["which", "that"]

    /// The item of the country that "is (still) not a member" before item `k` ("member") says it
    /// of (a capital standing for its country), where the evidence starts: the subject of "not"
    /// ("Ukraine, which wants to join but is not a member", "Kyiv is not a member"), or of the
    /// copula before ", not a member" ("Ukraine is a close partner, not a member"). Nil when no
    /// "not a" stands right before the noun.
    static func notAMember(_ s: SentenceView, before k: Int) -> Int? {
        guard s.isWord(k - 1, in: SentenceView.aAn) else { return nil }
        var not = k - 2
        while s.isWord(not, in: Self.stillYet) { not -= 1 }
        guard s.isWord(not, in: Self.not) else { return nil }
        var verb = not
        if s.isWord(not - 1, in: SentenceView.comma) {
            // ", not a member": the copula of the clause before the comma.
            var j = not - 2
            while j >= 0, not - j <= 8, !s.isWord(j, in: becomeVerbs) {
                if s.isWord(j, in: SentenceView.clausePunctuation) { return nil }
                j -= 1
            }
            guard s.isWord(j, in: becomeVerbs) else { return nil }
            verb = j
        }
        guard let subject = s.subjects(before: verb, kinds: .country).last, let m = s.mention(subject) else { return nil }
        if m.kind == .place, !m.viaCapital { return nil }
        return subject
    }
    static let stillYet: WordSet = ["still", "yet", "even"]
    static let waiting: WordSet = ["waiting"]
    static let joinBecome: WordSet = ["join", "become"]
    /// Auxiliaries that foretell a membership ("Ukraine will become a member").
    static let futureAuxiliaries: WordSet = ["will", "shall"]
    /// Words before "to join" that predict it ("is expected to join").
    static let predictions: WordSet = ["expected", "set", "due", "likely", "poised"]
    /// Words after "join" that end its phrase with no object: a time or a role ("join within
    /// weeks", "join as the 32nd ally").
    static let afterBareJoin: WordSet = ["as", "within", "in", "by", "soon", "shortly", "next", "later", "before", "once"]

    /// The organization a predicted "join" or "become" at item `k` is of, and the last item of its
    /// phrase: "join NATO", "join the alliance", "join within weeks" (the article's), "become
    /// NATO's 32nd member", "become the 32nd (member)". Nil for "join the talks", "become
    /// secretary general".
    static func predictedMembership(_ s: SentenceView, at k: Int, default organization: EntityRef?) -> (EntityRef, Int)? {
        if s.isWord(k, in: joinWord) {
            if let m = s.mention(k + 1), m.kind == .organization { return (m.ref, k + 1) }
            if s.isWord(k + 1, in: SentenceView.the), s.isWord(k + 2, in: groupWords) { return organization.map { ($0, k + 2) } }
            if k + 1 >= s.count || s.isWord(k + 1, in: SentenceView.clausePunctuation) || s.isWord(k + 1, in: afterBareJoin) {
                return organization.map { ($0, k) }
            }
            return nil
        }
        // "become": an ordinal or "member" within a few words.
        var j = k + 1
        var owner: EntityRef?
        while j < s.count, j - k <= 4 {
            if let m = s.mention(j), m.kind == .organization, m.possessive { owner = m.ref }
            if s.isWord(j, in: memberNoun) || s.isWord(j, in: allyNoun) || isOrdinal(s.word(j)) {
                return (owner ?? organization).map { ($0, j) }
            }
            j += 1
        }
        return nil
    }
    static let allyNoun: WordSet = ["ally"]
    static let joinWord: WordSet = ["join"]

    /// True for a number written as an ordinal ("32nd", "31st").
    static func isOrdinal(_ word: String) -> Bool {
        guard let first = word.utf8.first, let last = word.utf8.last else { return false }
        return first >= 0x30 && first <= 0x39 && last >= 0x61 && last <= 0x7A
    }
    /// Words that make "still waiting" a wait to join.
    static let accessionWords: WordSet = [
        "accession", "ratification", "ratify", "ratified", "ratifying", "application", "membership", "join", "joining",
        "member",
    ]
    static let joinAuxiliaries: WordSet = [
        "having", "has", "have", "had", "formally", "also", "finally", "officially", "recently", "both",
    ]
    static let like: WordSet = ["like"]
    static let neitherNor: WordSet = ["neither", "nor"]
    static let so: WordSet = ["so"]
    static let areIs: WordSet = ["are", "is"]
    /// Words that start a time right after a bare "joined".
    static let timeAfterJoin: WordSet = ["last", "this", "within"]
    static let onlyJust: WordSet = ["only", "just", "formally", "officially", "finally"]
    static let since: WordSet = ["since"]
    static let subordinators: WordSet = ["because", "after", "when", "since", "as", "once"]
    static let timeOpeners: WordSet = ["in", "on", "last", "this"]
    static let periodNouns: WordSet = ["year", "month", "spring", "summer", "autumn", "winter"]

    /// The countries a gapped clause adds to a bare "joined" at item `k`: "Finland joined in 2023
    /// and Sweden in March", "Finland joined in April 2023, Sweden in March" (a country right
    /// after "and" or a comma, a time right after it).
    static func gapped(_ s: SentenceView, after k: Int) -> [Int] {
        var found: [Int] = []
        var j = k + 1
        while j < s.count, j - k <= 12, !s.isWord(j, in: SentenceView.sentenceBreaks) {
            if s.isWord(j, in: SentenceView.and) || s.isWord(j, in: SentenceView.comma), let m = s.mention(j + 1), m.kind == .country,
                m.form == .name, !m.possessive,
                s.isWord(j + 2, in: timeOpeners),
                s.isWord(j + 3, in: SentenceView.months) || SentenceView.isDigits(s.word(j + 3)) || s.isWord(j + 3, in: periodNouns)
            {
                found.append(j + 1)
            }
            j += 1
        }
        return found
    }

    /// "is (still) (not) (yet) in|inside the alliance|NATO" at item `k` (the verb), ending the
    /// clause or followed by a time: the item the phrase ends at, the organization, and whether it
    /// is denied. Nil otherwise.
    static func inTheOrganization(
        _ s: SentenceView, at k: Int, defaultOrganization: (Int) -> EntityRef?
    ) -> (end: Int, organization: EntityRef, negated: Bool)? {
        guard s.isWord(k, in: copulas) else { return nil }
        var j = k + 1
        if s.isWord(j, in: copulaAdverbs) { j += 1 }
        let negated = s.isWord(j, in: Self.not)
        if negated { j += 1 }
        if s.isWord(j, in: yetWord) { j += 1 }
        guard s.isWord(j, in: inside) else { return nil }
        j += 1
        let organization: EntityRef
        if let m = s.mention(j), m.kind == .organization, !m.possessive {
            organization = m.ref
        } else if s.isWord(j, in: SentenceView.the), s.isWord(j + 1, in: groupWords), !s.isMention(j + 1),
            let o = defaultOrganization(j + 1)
        {
            j += 1
            organization = o
        } else {
            return nil
        }
        // The phrase ends the clause, or a time or a contrast follows ("since April 2023", "yet").
        let next = j + 1
        guard
            next >= s.count || s.isWord(next, in: SentenceView.clausePunctuation) || s.isWord(next, in: afterInside)
                || (s.isWord(next, in: SentenceView.in) && s.isWord(next + 1, in: SentenceView.months))
        else { return nil }
        // "the alliance's", "NATO's": a possessive names something of the organization.
        if next < s.count, s.word(next) == "'s" { return nil }
        return (j, organization, negated)
    }
    static let copulas: WordSet = ["is", "are", "was", "were"]
    static let copulaAdverbs: WordSet = ["still", "now", "also", "already", "firmly", "both", "all"]
    static let yetWord: WordSet = ["yet"]
    static let inside: WordSet = ["in", "inside", "within"]
    static let afterInside: WordSet = ["since", "yet", "either", "and", "but", "now", "today", "already"]

    /// True when "joined" at `k` has no object: the sentence or clause ends, or a time follows ("in
    /// the last two years", "in March", "in 2023", "last year", "on 7 March"); not "joined in
    /// criticising".
    static func isBareJoin(_ s: SentenceView, after k: Int) -> Bool {
        // "joined only in March", "joined just last year": past an adverb.
        let next = s.isWord(k + 1, in: Self.onlyJust) ? k + 2 : k + 1
        if next >= s.count || s.isWord(next, in: SentenceView.clausePunctuation) { return true }
        // "joined last year", "joined within little more than a year".
        if s.isWord(next, in: Self.timeAfterJoin) { return true }
        // "joined (precisely) because ...", "joined after Russia's invasion": a reason or a time.
        if s.isWord(next, in: Self.subordinators) || (s.word(next).hasSuffix("ly") && s.isWord(next + 1, in: Self.subordinators)) {
            return true
        }
        // "became the 32nd member on 7 March", "joined on Thursday": a day.
        if s.isWord(next, in: SentenceView.on) {
            return s.isWord(next + 1, in: SentenceView.weekdays) || s.isWord(next + 1, in: SentenceView.months)
                || s.word(next + 1).utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
        }
        guard s.isWord(next, in: SentenceView.in) else { return false }
        return s.isWord(next + 1, in: SentenceView.months) || s.word(next + 1).utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
            || (s.isWord(next + 1, in: SentenceView.the) && s.isWord(next + 2, in: ["last", "past"]))
    }

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        // (A council or commission of an organization has no member countries of its own.)
        // The article's memory is read where it is, not copied: each copy retains its tables.
        func defaultOrganization(_ k: Int) -> EntityRef? {
            article.entities.organizationBefore(s.tokenStart(k)) ?? article.entities.lexicon.nato.map { .known($0) }
        }
        for k in 0..<s.count {
            // "joined", "member", or the verb before "a member".
            guard s.isWord(k, in: Self.starts) else { continue }
            // "Sweden is expected to join NATO in the coming weeks", "is expected to become NATO's
            // 32nd member": a membership predicted (not "wants to join", "hopes to join").
            // "Ukraine will become a member of NATO": a membership foretold.
            let foretold = s.isWord(k - 1, in: Self.futureAuxiliaries)
            if s.isWord(k, in: Self.joinBecome),
                foretold || (s.isWord(k - 1, in: SentenceView.to) && s.isWord(k - 2, in: Self.predictions)),
                let subject = s.subjects(before: foretold ? k - 1 : k - 2, kinds: .country).last,
                let c = entity(s, subject, lexicon: article.entities.lexicon),
                let (org, last) = Self.predictedMembership(s, at: k, default: defaultOrganization(k))
            {
                article.add(
                    c, "member", .entity(org), value: .boolean(true), modality: .expected, evidence: s.span(subject, last),
                    sentence: s.index, rule: "membership.expected")
                continue
            }
            // "Sweden is still waiting for Turkish and Hungarian ratification", "Sweden, still
            // waiting on Hungary's parliament to ratify its accession": not a member yet, when the
            // sentence speaks of joining.
            if s.isWord(k, in: Self.waiting), s.isWord(k - 1, in: Self.stillYet), s.contains(Self.accessionWords, in: 0..<s.count),
                let subject = s.isWord(k - 2, in: SentenceView.comma) && s.mentionKind(k - 3) == .country
                    ? k - 3 : s.subjects(before: k - 1, kinds: .country).last,
                let c = entity(s, subject, lexicon: article.entities.lexicon),
                let org = defaultOrganization(k)
            {
                article.add(
                    c, "member", .entity(org), value: .boolean(false), modality: .asserted, evidence: s.span(subject, k),
                    sentence: s.index, rule: "membership.still-waiting")
                continue
            }
            // "Finland joined in 2023. Sweden followed in March": the membership just said.
            if s.isWord(k, in: Self.followed) {
                guard let c = s.mention(k - 1), c.kind == .country, c.form == .name, !c.possessive,
                    k + 1 >= s.count || s.isWord(k + 1, in: SentenceView.clausePunctuation)
                        || s.isWord(k + 1, in: SupportRules.followTimes),
                    let previous = article.claims.last(where: { $0.predicate == "member" && $0.value == .boolean(true) }),
                    previous.sentence >= s.index - 1, previous.subject != c.ref
                else { continue }
                article.add(
                    c.ref, "member", previous.object, modality: .asserted, evidence: s.span(k - 1, k), sentence: s.index,
                    rule: "membership.followed")
                continue
            }
            // "Austria, Malta and Cyprus remain outside the alliance": not members.
            if s.isWord(k, in: Self.outside) {
                guard s.isWord(k - 1, in: Self.remainVerbs), let c = s.mention(k - 2), c.kind == .country, c.form == .name, !c.possessive
                else { continue }
                var last = k + 1
                var org: EntityRef?
                if let o = s.mention(k + 1), o.kind == .organization {
                    org = o.ref
                } else if s.isWord(k + 1, in: SentenceView.the), s.isWord(k + 2, in: Self.groupWords) {
                    org = defaultOrganization(k)
                    last = k + 2
                }
                guard let org else { continue }
                let items = s.coordinated(from: k - 2, kinds: .country)
                for item in items {
                    guard let m = s.mention(item), m.form == .name else { continue }
                    article.add(
                        m.ref, "member", .entity(org), value: .boolean(false), modality: .asserted, evidence: s.span(items[0], last),
                        sentence: s.index, rule: "membership.outside")
                }
                continue
            }
            // "with Finland and Sweden having joined in the last two years", "Sweden, which formally
            // joined last Thursday", "Finland joined in April last year", "Finland, admitted last
            // year": the countries before, of the organization the article is about. ("admitted"
            // only as a participle: after a comma or "was", not "Hungary admitted last week that".)
            // "the alliance, which Romania joined in 2004": the organization is the antecedent
            // (below), not unnamed.
            if s.isWord(k, in: Self.bareJoinVerbs), Self.isBareJoin(s, after: k),
                s.mentionKind(k - 1) != .country || !s.isWord(k - 2, in: Self.relativeWords),
                !s.isWord(k, in: Self.admitted) || s.isWord(k - 1, in: SentenceView.comma) || s.isWord(k - 1, in: SupportRules.wasWere)
            {
                var ci = k - 1
                while ci >= 0, k - ci <= 3, s.isWord(ci, in: Self.joinAuxiliaries) || s.isWord(ci, in: SupportRules.wasWere) { ci -= 1 }
                // "Sweden, which formally joined last Thursday"
                if s.isWord(ci, in: Self.relativeWords), s.isWord(ci - 1, in: SentenceView.comma) { ci -= 2 }
                // "Finland, admitted last year"
                if s.isWord(k, in: Self.admitted), s.isWord(ci, in: SentenceView.comma) { ci -= 1 }
                // "an alliance that now includes Sweden, admitted in March": the alliance, not a
                // council of it the article named last.
                let alliance =
                    Self.namesTheAlliance(s, before: k)
                    ? article.entities.lexicon.nato.map { EntityRef.known($0) }
                    : (0..<k).last(where: {
                        s.mentionKind($0) == .organization && !EntityRecognizer.isBody(s.mention($0)!.ref, article.entities)
                    }).flatMap { s.mention($0)?.ref }
                if let c = s.mention(ci), c.kind == .country, c.form == .name, !c.possessive, let org = alliance ?? defaultOrganization(k) {
                    for item in s.coordinated(from: ci, kinds: .country) {
                        guard let m = s.mention(item), m.form == .name else { continue }
                        article.add(
                            m.ref, "member", .entity(org), modality: .asserted, evidence: s.span(item, k), sentence: s.index,
                            rule: "membership.joined")
                    }
                    for item in Self.gapped(s, after: k) {
                        article.add(
                            s.mention(item)!.ref, "member", .entity(org), modality: .asserted, evidence: s.span(ci, item + 2),
                            sentence: s.index, rule: "membership.joined")
                    }
                }
                continue
            }
            // "C joined ORG", "ORG, which C joined"
            if s.isWord(k, in: Self.joinedVerbs) {
                // "Romania joined NATO", "Romania, which joined NATO in 2004".
                var ci = k - 1
                if s.isWord(k - 1, in: ["which", "that"]), s.mentionKind(k + 1) == .organization,
                    let antecedent = s.subjects(before: k, kinds: .country).last
                {
                    ci = antecedent
                } else if s.mentionKind(ci) != .country, s.mentionKind(k + 1) == .organization,
                    let subject = s.subjects(before: k, kinds: .country).last
                {
                    // "Sweden, NATO's newest member, joined the alliance": past an apposition.
                    ci = subject
                }
                guard let c = s.mention(ci), c.kind == .country, c.form == .name else { continue }
                if let o = s.mention(k + 1), o.kind == .organization {
                    // "Finland and Sweden joined NATO": each of them; "Romania entered the alliance
                    // in 2004 together with Bulgaria and Slovakia": those too.
                    var members = s.coordinated(from: ci, kinds: .country)
                    // "Romania, which like Bulgaria joined the alliance in 2004": the antecedent too.
                    if s.isWord(ci - 1, in: Self.like), s.isWord(ci - 2, in: Self.relativeWords), s.isWord(ci - 3, in: SentenceView.comma),
                        s.mentionKind(ci - 4) == .country
                    {
                        members.insert(ci - 4, at: 0)
                    }
                    for item in members {
                        guard let m = s.mention(item), m.form == .name else { continue }
                        article.add(
                            m.ref, "member", .entity(o.ref), modality: .asserted, evidence: s.span(item, k + 1),
                            sentence: s.index, rule: "membership.joined")
                    }
                    if let with = Self.togetherWith(s, after: k + 1) {
                        for item in s.coordinatedRight(from: with + 1, kinds: .country) {
                            guard let m = s.mention(item), m.form == .name else { continue }
                            article.add(
                                m.ref, "member", .entity(o.ref), modality: .asserted, evidence: s.span(ci, item),
                                sentence: s.index, rule: "membership.joined")
                        }
                    }
                } else if s.isWord(k - 2, in: ["which", "that"]), s.isWord(k, in: Self.joined) {
                    var a = k - 3
                    while a >= 0, s.isWord(a, in: [","]) { a -= 1 }
                    let org =
                        s.mention(a).flatMap { $0.kind == .organization ? $0.ref : nil }
                        ?? (s.isWord(a, in: ["alliance", "bloc", "union"]) ? defaultOrganization(k) : nil)
                    if let org {
                        article.add(
                            c.ref, "member", .entity(org), modality: .asserted, evidence: s.span(a, k),
                            sentence: s.index, rule: "membership.joined")
                    }
                }
            }
            // "C became a member (of ORG)", "C is a member of ORG"
            // "Ireland, which has never been a member of NATO": the relative's antecedent too.
            let subjectAt = s.isWord(k - 1, in: Self.relativeWords) && s.isWord(k - 2, in: SentenceView.comma) ? k - 3 : k - 1
            if let e = s.match(Self.becameBeenAFullMember, at: k),
                let c = s.mention(subjectAt), c.kind == .country, c.form == .name
            {
                var org = defaultOrganization(k)
                var last = e - 1
                if s.isWord(e, in: ["of"]), let o = s.mention(e + 1) ?? s.mention(e + 2), o.kind == .organization {
                    org = o.ref
                    last = s.isMention(e + 1) ? e + 1 : e + 2
                }
                if s.contains(["if", "when", "once", "until"], in: max(0, k - 3)..<(k - 1)), !s.isWord(k - 2, in: ["when"]) { continue }
                if let org {
                    // "Ukraine is not a member of NATO", "has never been a member"
                    let negated =
                        s.contains(Self.not, in: (k + 1)..<min(k + 3, s.count)) || s.contains(Self.never, in: (k + 1)..<min(k + 3, s.count))
                    article.add(
                        c.ref, "member", .entity(org), value: .boolean(!negated), modality: .asserted, evidence: s.span(subjectAt, last),
                        sentence: s.index, rule: "membership.member")
                    // "..., and neither are South Korea, Australia or New Zealand", "nor is
                    // Georgia", "and so is Canada": the same said of other countries.
                    var n = last + 1
                    if s.isWord(n, in: SentenceView.comma) { n += 1 }
                    if s.isWord(n, in: SentenceView.and) { n += 1 }
                    let neither = s.isWord(n, in: Self.neitherNor)
                    if (neither && negated) || (s.isWord(n, in: Self.so) && !negated), s.isWord(n + 1, in: Self.areIs),
                        s.mentionKind(n + 2) == .country
                    {
                        for item in s.coordinatedRight(from: n + 2, kinds: .country, or: neither) {
                            guard let m = s.mention(item), m.form == .name else { continue }
                            article.add(
                                m.ref, "member", .entity(org), value: .boolean(!negated), modality: .asserted,
                                evidence: s.span(n, item), sentence: s.index, rule: "membership.member")
                        }
                    }
                }
            }
            // "Japan, South Korea, Australia and New Zealand are not members of Nato": each of the list.
            let plural =
                s.match(Self.areMembersOf, at: k)
                ?? s.match(Self.areNot, at: k).flatMap { e in
                    s.mentionKind(e) == .organization && s.isWord(e + 1, in: Self.membersNoun) ? e : nil
                }
            if let e = plural, let o = s.mention(e), o.kind == .organization, let c = s.mention(k - 1),
                c.kind == .country, c.form == .name, !c.possessive,
                !s.contains(["if", "when", "once", "until"], in: max(0, k - 3)..<(k - 1))
            {
                let negated = s.contains(Self.not, in: (k + 1)..<e) || s.contains(Self.never, in: (k + 1)..<e)
                let listed = s.coordinated(from: k - 1, kinds: .country)
                for item in listed {
                    guard let m = s.mention(item), m.form == .name else { continue }
                    article.add(
                        m.ref, "member", .entity(o.ref), value: .boolean(!negated), modality: .asserted, evidence: s.span(listed[0], e),
                        sentence: s.index, rule: "membership.member")
                }
            }
            // "Ukraine is not in the alliance", "Sweden is not yet in NATO", "Finland and Sweden are
            // now inside the alliance": a country in or outside the organization itself ("in NATO's
            // interest", "in the alliance's eyes" are not).
            if let (e, org, negated) = Self.inTheOrganization(s, at: k, defaultOrganization: defaultOrganization),
                s.mentionKind(k - 1) == .country,
                !s.contains(["if", "when", "once", "until"], in: max(0, k - 3)..<(k - 1))
            {
                let listed = s.coordinated(from: k - 1, kinds: .country)
                for item in listed {
                    guard let m = s.mention(item), m.form == .name, !m.possessive else { continue }
                    article.add(
                        m.ref, "member", .entity(org), value: .boolean(!negated), modality: .asserted, evidence: s.span(listed[0], e),
                        sentence: s.index, rule: "membership.in")
                }
            }
            // "Slovakia has been a NATO member since 2004": the organization before the noun.
            if let e = s.match(Self.becameBeenA, at: k), let o = s.mention(e), o.kind == .organization, !o.possessive,
                s.isWord(e + 1, in: Self.memberNoun), let c = s.mention(subjectAt), c.kind == .country, c.form == .name,
                !s.contains(["if", "when", "once", "until"], in: max(0, k - 3)..<(k - 1))
            {
                let negated = s.contains(Self.not, in: (k + 1)..<e) || s.contains(Self.never, in: (k + 1)..<e)
                article.add(
                    c.ref, "member", .entity(o.ref), value: .boolean(!negated), modality: .asserted, evidence: s.span(subjectAt, e + 1),
                    sentence: s.index, rule: "membership.member")
            }
            // "C became NATO's 32nd member", "C is the alliance's newest member"
            // ("Sweden finally became": an adverb between.)
            if s.isWord(k, in: Self.becomeVerbs), let o = s.mention(k + 1), o.kind == .organization, o.possessive,
                let c = s.mention(k - 1) ?? (s.word(k - 1).hasSuffix("ly") ? s.mention(k - 2) : nil), c.kind == .country, c.form == .name
            {
                var m = k + 2
                while m < k + 4, !s.isWord(m, in: Self.memberNoun), !s.isMention(m), !s.word(m).isEmpty { m += 1 }
                if s.isWord(m, in: Self.memberNoun) {
                    article.add(
                        c.ref, "member", .entity(o.ref), modality: .asserted, evidence: s.span(s.isMention(k - 1) ? k - 1 : k - 2, m),
                        sentence: s.index,
                        rule: "membership.member")
                }
            }
            // "Türkiye, a NATO member since 1952", "Hungary, a member of NATO since 1999", "the
            // Netherlands, a founding member of NATO"
            if s.isWord(k, in: Self.memberNoun) || s.isWord(k, in: Self.membersNoun), let (c, first) = Self.apposedCountry(s, before: k) {
                var org = s.mention(k - 1).flatMap { $0.kind == .organization ? $0.ref : nil }
                var last = k
                if s.isWord(k + 1, in: SentenceView.of) {
                    // "a member of (the) North Atlantic Alliance"
                    let named = s.isWord(k + 2, in: SentenceView.the) && s.mentionKind(k + 3) == .organization ? k + 3 : k + 2
                    if let o = s.mention(named), o.kind == .organization {
                        org = o.ref
                        last = named
                    } else if s.isWord(k + 2, in: SentenceView.the), s.isWord(k + 3, in: Self.groupWords) {
                        org = defaultOrganization(k)
                        last = k + 3
                    }
                }
                // "Canada, a founding member, ...": of the organization the article is about ("a
                // key member" may be of anything).
                // So is "Finland, a member since April 2023" (a date says which membership).
                if org == nil, s.isWord(k - 1, in: Self.founding) || s.isWord(k + 1, in: Self.since), !s.isWord(k + 1, in: SentenceView.of)
                {
                    org = defaultOrganization(k)
                }
                if let org {
                    article.add(
                        c, "member", .entity(org), modality: .asserted, evidence: s.span(first, last), sentence: s.index,
                        rule: "membership.apposition")
                }
            }
            // "Finland and Sweden, the alliance's two newest members", "Greece and Türkiye, both
            // members since 1952": each country, of the organization named (else the article's).
            if s.isWord(k, in: Self.memberNoun) || s.isWord(k, in: Self.membersNoun),
                let (items, owner) = Self.apposedCountries(s, before: k)
            {
                var org = owner
                var last = k
                if owner == nil, s.isWord(k + 1, in: SentenceView.of), let o = s.mention(k + 2), o.kind == .organization {
                    org = o.ref
                    last = k + 2
                }
                if let org = org ?? defaultOrganization(k) {
                    for item in items {
                        guard let c = s.mention(item) else { continue }
                        article.add(
                            c.ref, "member", .entity(org), modality: .asserted, evidence: s.span(item, last), sentence: s.index,
                            rule: "membership.apposition")
                    }
                }
            }
            // "Sweden became the 32nd member of the alliance", "a Ukraine that is not a member of it"
            // ("a Ukraine that is not a member.": of the organization the article is about.)
            let named = s.isWord(k + 1, in: SentenceView.of)
            if s.isWord(k, in: Self.memberNoun), named || Self.isBareJoin(s, after: k),
                let (c, first, negated) = Self.becameTheMember(s, before: k)
            {
                let owner =
                    s.mention(k - 1).flatMap { $0.kind == .organization && $0.possessive ? $0.ref : nil }
                    ?? s.mention(k - 2).flatMap { $0.kind == .organization && $0.possessive ? $0.ref : nil }
                let org =
                    !named
                    ? owner ?? defaultOrganization(k)
                    : s.mention(k + 2).flatMap { $0.kind == .organization ? $0.ref : nil }
                        ?? (s.isWord(k + 2, in: SentenceView.the) && s.isWord(k + 3, in: Self.groupWords) ? defaultOrganization(k) : nil)
                if let org {
                    article.add(
                        c, "member", .entity(org), value: .boolean(!negated), modality: .asserted,
                        evidence: s.span(first, named ? k + 2 : k), sentence: s.index, rule: "membership.member")
                }
            } else if s.isWord(k, in: Self.memberNoun), named || Self.isBareJoin(s, after: k),
                let first = Self.notAMember(s, before: k), let c = entity(s, first, lexicon: article.entities.lexicon)
            {
                // "Ukraine, which wants to join but is not a member", "Kyiv is not a member", "Ukraine
                // is a close partner, not a member": not a member (of the organization named, else
                // the one the article is about).
                let org =
                    !named
                    ? defaultOrganization(k)
                    : s.mention(k + 2).flatMap { $0.kind == .organization ? $0.ref : nil }
                        ?? (s.isWord(k + 2, in: SentenceView.the) && s.isWord(k + 3, in: Self.groupWords) ? defaultOrganization(k) : nil)
                if let org {
                    article.add(
                        c, "member", .entity(org), value: .boolean(false), modality: .asserted,
                        evidence: s.span(first, named ? k + 2 : k), sentence: s.index, rule: "membership.not-a-member")
                }
            }
            // "new member Sweden", "NATO member Türkiye", "fellow NATO members Hungary and Slovakia"
            if s.isWord(k, in: Self.memberOrMembers), let c = s.mention(k + 1), c.kind == .country, c.form == .name {
                var org: EntityRef?
                var first = k
                if let o = s.mention(k - 1), o.kind == .organization {
                    org = o.ref
                    first = k - 1
                } else if s.isWord(k - 1, in: ["new", "newest", "latest", "fellow"]) {
                    org = defaultOrganization(k)
                    first = k - 1
                }
                if let org {
                    let countries = s.isWord(k, in: Self.membersNoun) ? s.coordinatedRight(from: k + 1, kinds: .country) : [k + 1]
                    for item in countries {
                        guard let m = s.mention(item), m.form == .name else { continue }
                        article.add(
                            m.ref, "member", .entity(org), modality: .asserted, evidence: s.span(first, item), sentence: s.index,
                            rule: "membership.member")
                    }
                }
            }
            // "NATO's two newest members, Finland and Sweden", "the alliance's newest member,
            // Sweden": the countries in apposition after the organization's members.
            if s.isWord(k, in: Self.memberOrMembers), s.isWord(k + 1, in: SentenceView.comma),
                let (first, org) = Self.possessedMembers(s, before: k)
            {
                let countries = s.isWord(k, in: Self.membersNoun) ? s.coordinatedRight(from: k + 2, kinds: .country) : [k + 2]
                for item in countries {
                    guard let m = s.mention(item), m.kind == .country, m.form == .name, !m.possessive else { continue }
                    article.add(
                        m.ref, "member", .entity(org), modality: .asserted, evidence: s.span(first, item), sentence: s.index,
                        rule: "membership.apposition")
                }
            }
            // "Sweden, NATO's newest member, ...", "Sweden, the alliance's 32nd member"
            if s.isWord(k, in: Self.memberNoun), let (c, first, org) = Self.possessedMember(s, before: k, default: defaultOrganization(k)) {
                article.add(
                    c, "member", .entity(org), modality: .asserted, evidence: s.span(first, k), sentence: s.index,
                    rule: "membership.apposition")
            }
        }
    }

    static let memberOrMembers = memberNoun.union(membersNoun)

    /// The organization whose "(two) newest members" item `k` ends ("NATO's two newest members",
    /// "the alliance's newest member"), with the item its phrase starts at; nil with no
    /// possessive organization before the noun.
    static func possessedMembers(_ s: SentenceView, before k: Int) -> (first: Int, organization: EntityRef)? {
        var j = k - 1
        while s.isWord(j, in: ordinalLike) || s.isWord(j, in: memberModifiers) { j -= 1 }
        if QuantifiedRules.isNumberWord(s, j) { j -= 1 }
        guard let o = s.mention(j), o.kind == .organization, o.possessive else { return nil }
        return (j, o.ref)
    }
    static let joined: WordSet = ["joined"]
    static let allianceWord: WordSet = ["alliance"]

    /// True when the word "alliance" stands before item `k`, alone or in a mention ("the
    /// alliance's 32nd member").
    static func namesTheAlliance(_ s: SentenceView, before k: Int) -> Bool {
        let end = k < s.count ? s.items[k].tokens.lowerBound : s.recognized.tokens.upperBound
        for t in s.recognized.tokens.lowerBound..<end where allianceWord.contains(s.tokens[t].folded, hash: s.tokens[t].hash) {
            return true
        }
        return false
    }
    static let admitted: WordSet = ["admitted"]
    static let togetherAlong: WordSet = ["together", "along"]

    /// The item of "with" in "together|along with" a few items after `k` in its clause ("in 2004
    /// together with"), or nil.
    static func togetherWith(_ s: SentenceView, after k: Int) -> Int? {
        var j = k + 1
        while j < s.count, j - k <= 5, !s.isMention(j), !s.isWord(j, in: SentenceView.clausePunctuation) {
            if s.isWord(j, in: togetherAlong), s.isWord(j + 1, in: SentenceView.with) { return j + 1 }
            j += 1
        }
        return nil
    }

    /// "C, ORG's (newest|32nd) member": the country, the item the evidence starts at, and the
    /// organization ("the alliance's": the one the article is about).
    static func possessedMember(_ s: SentenceView, before k: Int, default org: EntityRef?) -> (EntityRef, Int, EntityRef)? {
        var j = k - 1
        if s.isWord(j, in: ordinalLike) || s.word(j).utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true { j -= 1 }
        var owner: EntityRef?
        if let o = s.mention(j), o.kind == .organization, o.possessive {
            owner = o.ref
        } else if s.isWord(j, in: SentenceView.possessiveMark), s.isWord(j - 1, in: groupWords), s.isWord(j - 2, in: SentenceView.the) {
            // "the alliance 's": three items.
            j -= 2
            owner = org
        }
        guard let owner, s.isWord(j - 1, in: SentenceView.comma), let c = s.mention(j - 2), c.kind == .country, c.form == .name,
            !c.possessive
        else { return nil }
        return (c.ref, j - 2, owner)
    }
}
