/// The object of a claim as a rule states it, before the article is read to its end.
public enum LocalObject: Sendable, Hashable {
    /// An entity.
    case entity(EntityRef)
    /// A literal (`term_length`'s "4 years").
    case literal(String)
    /// The person whose candidacy the article is about ("has finally signaled its support").
    case focus
    /// The office the article's contest is for ("withdrew from the race").
    case contest
    /// Whoever the article says holds an office ("named NATO's new Secretary General" succeeds
    /// the current one).
    case holder(EntityRef)
}

/// A claim one article makes, with article-local entities and token evidence.
public struct LocalClaim: Sendable, Hashable {
    /// Who or what it is about.
    public var subject: EntityRef
    /// The predicate's name.
    public var predicate: String
    /// The object.
    public var object: LocalObject
    /// The value.
    public var value: ClaimValue
    /// How the article puts it.
    public var modality: Modality
    /// Qualifiers (`place`).
    public var qualifiers: [String: String]
    /// The tokens that state it.
    public var evidence: Range<Int>
    /// The sentence's index.
    public var sentence: Int
    /// The rule that made it.
    public var rule: String
}

/// What the rules of one article have found so far, and what they need to know about it.
public struct ArticleClaims: Sendable {
    /// The claims, in the order found.
    public var claims: [LocalClaim] = []
    /// The article's entities.
    public var entities: ArticleEntities
    /// The article's publication date (for quantified sentences over the allies).
    public var published: CalendarDate?
    /// Holdouts a quantified sentence left to name later: how many, the claim template.
    var openQuantifier: OpenQuantifier?
    /// Offices named as what a candidacy is for ("bid for NATO secretary general"), once per
    /// phrase.
    var contestOffices: [EntityRef] = []
    /// Term lengths whose office is only known at the end of the article.
    var pendingTerms: [(office: LocalObject, literal: String, evidence: Range<Int>, sentence: Int)] = []

    /// A quantified sentence: the allies it covers, those it names as exceptions (or whose names
    /// are still missing), and how to state the claims.
    struct OpenQuantifier: Sendable {
        var missing: Int
        var named: [EntityID]
        /// Allies set aside with no claim ("the remaining 31": the one the sentence names), or
        /// whose refusal the article stated before.
        var skipped: [EntityID] = []
        /// The holdouts the article named before the quantifier (allies it said do not support
        /// the person), taken when the next sentences do not name them all.
        var fallback: [EntityID] = []
        var covered: [EntityID]
        var object: LocalObject
        var value: Bool
        var sentence: Int
        var evidence: Range<Int>
        var modality: Modality
        var namedModality: Modality
        var sentencesLeft: Int
        var holdoutEvidence: [EntityID: (Range<Int>, Int, Modality)]
    }

    /// Creates the claim memory of an article.
    public init(entities: ArticleEntities, published: CalendarDate?) {
        self.entities = entities
        self.published = published
    }

    /// Adds a claim.
    /// The person that the object of a support claim, the person mention at item `item`, stands
    /// for. A name is itself. A pronoun is the person the recognizer resolved it to (the last one
    /// named), unless that person is no one the article has made a candidate or seen backed, and
    /// one of the others it could mean (``Mention/alternatives``) is: "Berlin was among the first
    /// to back him, and Chancellor Olaf Scholz lobbied on his behalf. Eventually all 32 allies lined
    /// up behind him" backs the candidate, not Scholz. (Keeping a person named earlier in the same
    /// sentence was tried, and lost more claims on the independent sets than it kept: "Mr Rutte
    /// met Mr Orban ..., and Hungary was ready to support him".)
    public func backedPerson(_ s: SentenceView, _ item: Int) -> EntityRef {
        let mention = s.mention(item)!
        guard mention.form == .pronoun, !mention.alternatives.isEmpty, !isContender(mention.ref) else { return mention.ref }
        return mention.alternatives.first(where: isContender) ?? mention.ref
    }

    /// True when the article has so far made `person` a candidate, someone's successor, the
    /// object of support, or someone who "has not withdrawn". (The successor of a contender, "Dick Schoof succeeded Rutte" as prime
    /// minister when Rutte succeeds Stoltenberg, takes the office the contender leaves: no contender.)
    func isContender(_ person: EntityRef) -> Bool {
        claims.contains { claim in
            switch claim.predicate {
            case "candidate": return claim.subject == person && claim.value == .boolean(true)
            case "succeeds":
                guard claim.subject == person, claim.value == .boolean(true) else { return false }
                guard case .entity(let predecessor) = claim.object else { return true }
                return !claims.contains {
                    $0.predicate == "succeeds" && $0.subject == predecessor && $0.value == .boolean(true) && $0.object != .entity(person)
                }
            case "supports": return claim.object == .entity(person)
            // "has not withdrawn": still in the race.
            case "withdrew": return claim.subject == person && claim.value == .boolean(false)
            default: return false
            }
        }
    }

    public mutating func add(
        _ subject: EntityRef, _ predicate: String, _ object: LocalObject, value: ClaimValue = .boolean(true),
        modality: Modality, qualifiers: [String: String] = [:], evidence: Range<Int>, sentence: Int, rule: String
    ) {
        if case .entity(let o) = object, o == subject, predicate != "term_length" { return }
        claims.append(
            LocalClaim(
                subject: subject, predicate: predicate, object: object, value: value, modality: modality,
                qualifiers: qualifiers, evidence: evidence, sentence: sentence, rule: rule))
    }
}

extension ArticleClaims {
    /// True when `object` is the race's office: the contest, or the office of the title whose
    /// jurisdiction is given by default ("secretary general") when the article has named it.
    func isContestOffice(_ object: LocalObject) -> Bool {
        object == .contest || entities.existingDefaultOffice.map { object == .entity($0) } == true
    }
}
