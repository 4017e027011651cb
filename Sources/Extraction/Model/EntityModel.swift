/// The entity model: the articles, the entities found in them, the claims they make, and the
/// indexes the interpreter looks things up by. Built once by loading; read-only afterwards.
public struct EntityModel: Sendable {
    /// The articles, in load order (sorted by file name).
    public let articles: [Article]
    /// The entities: the lexicon's, then those the articles introduced.
    public let entities: [Entity]
    /// Every claim, in article order, then text order.
    public let claims: [Claim]
    /// The predicates claims may use, by name.
    public let predicates: [String: PredicateSchema]

    /// Folded names and aliases (see ``NameFolding``) to the entities they may mean.
    public let entitiesByName: [String: [EntityID]]
    /// Claims by (subject, predicate, object).
    public let claimsByKey: [ClaimKey: [Int]]
    /// Claims by subject.
    public let claimsBySubject: [EntityID: [Int]]
    /// Claims whose object is the entity.
    public let claimsByObject: [EntityID: [Int]]
    /// Claims by predicate name.
    public let claimsByPredicate: [String: [Int]]
    /// For each entity, the indexes of the articles that mention it, ascending.
    public let mentions: [EntityID: [Int]]

    /// Builds the model and its indexes.
    public init(
        articles: [Article], entities: [Entity], claims: [Claim],
        predicates: [PredicateSchema] = PredicateSchema.standard, mentions: [EntityID: [Int]] = [:]
    ) {
        self.articles = articles
        self.entities = entities
        self.claims = claims
        var schemas: [String: PredicateSchema] = [:]
        for schema in predicates { schemas[schema.name] = schema }
        self.predicates = schemas

        var byName: [String: [EntityID]] = [:]
        for entity in entities {
            for alias in [entity.name] + entity.aliases + entity.aliasesSeen {
                let key = NameFolding.fold(alias)
                if key.isEmpty { continue }
                if !(byName[key]?.contains(entity.id) ?? false) { byName[key, default: []].append(entity.id) }
            }
        }
        entitiesByName = byName

        var byKey: [ClaimKey: [Int]] = [:]
        var bySubject: [EntityID: [Int]] = [:]
        var byObject: [EntityID: [Int]] = [:]
        var byPredicate: [String: [Int]] = [:]
        byKey.reserveCapacity(claims.count)
        for claim in claims {
            byKey[ClaimKey(claim.subject, claim.predicate, claim.object), default: []].append(claim.index)
            bySubject[claim.subject, default: []].append(claim.index)
            if case .entity(let object) = claim.object { byObject[object, default: []].append(claim.index) }
            byPredicate[claim.predicate, default: []].append(claim.index)
        }
        claimsByKey = byKey
        claimsBySubject = bySubject
        claimsByObject = byObject
        claimsByPredicate = byPredicate
        self.mentions = mentions
    }

    /// The entities a name may mean (canonical name, lexicon alias, or a form seen in an article),
    /// compared with case and diacritics folded.
    public func entities(named name: String) -> [EntityID] {
        entitiesByName[NameFolding.fold(name)] ?? []
    }

    /// The entity with this id.
    public subscript(id: EntityID) -> Entity { entities[id.index] }
}

/// The key of a claim without its value: `predicate(subject, object)`.
public struct ClaimKey: Sendable, Hashable {
    /// The subject.
    public var subject: EntityID
    /// The predicate's name.
    public var predicate: String
    /// The object.
    public var object: ClaimObject

    /// Creates a key.
    public init(_ subject: EntityID, _ predicate: String, _ object: ClaimObject) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}
