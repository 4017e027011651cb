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
        self.init(articles: articles, entities: entities, claims: claims, predicates: predicates, mentions: mentions, names: nil)
    }

    /// Builds the model, starting its name index from `names`: the folded names and aliases of
    /// `entities[0..<names.covering]` (a lexicon's, folded once when it was built). Only the
    /// aliases seen in articles and the entities after those are folded here. Loading also gives
    /// the claims already grouped (`claimIndexes`) and the mentions as lists by entity, each
    /// ascending (`mentionLists`, which then stands for `mentions`).
    init(
        articles: [Article], entities: [Entity], claims: [Claim],
        predicates: [PredicateSchema] = PredicateSchema.standard, mentions: [EntityID: [Int]] = [:],
        names: (index: [String: [EntityID]], covering: Int)?, claimIndexes: ClaimIndexes? = nil,
        mentionLists: EntityLists? = nil
    ) {
        self.articles = articles
        self.entities = entities
        self.claims = claims
        var schemas: [String: PredicateSchema] = [:]
        for schema in predicates { schemas[schema.name] = schema }
        self.predicates = schemas

        // The name index, the four claim indexes and the mentions (from `mentionLists`, when
        // loading gives them as lists, each already ascending) are independent: build them at
        // the same time, each on its own thread.
        var byName: [String: [EntityID]] = [:]
        var byKey: [ClaimKey: [Int]] = [:]
        var bySubject: [EntityID: [Int]] = [:]
        var byObject: [EntityID: [Int]] = [:]
        var byPredicate: [String: [Int]] = [:]
        var mentionIndex = mentions
        // The claims grouped by integers (given by loading, which groups them as it merges), so
        // that each dictionary hashes a key once, not once per claim.
        var indexes = claimIndexes ?? ClaimIndexes()
        if claimIndexes == nil { claims.withUnsafeBufferPointer { indexes.add($0) } }
        func buildIndex(_ which: Int) {
            switch which {
            case 0: byName = EntityModel.nameIndex(of: entities, startingFrom: names)
            case 1: byKey = indexes.keyIndex()
            case 2: bySubject = indexes.entityIndex(objects: false)
            case 3: byObject = indexes.entityIndex(objects: true)
            case 4: byPredicate = indexes.predicateIndex()
            default: mentionIndex = mentionLists?.dictionary() ?? mentions
            }
        }
        let workers = claims.count > 10_000 ? ParallelWork.defaultWorkers : 1
        ParallelWork.perform(iterations: mentionLists == nil ? 5 : 6, workers: workers, buildIndex)
        entitiesByName = byName
        claimsByKey = byKey
        claimsBySubject = bySubject
        claimsByObject = byObject
        claimsByPredicate = byPredicate
        self.mentions = mentionIndex
    }

    /// The name index of `entities`, starting from `names` (see ``init(articles:entities:claims:predicates:mentions:names:)``).
    static func nameIndex(
        of entities: [Entity], startingFrom names: (index: [String: [EntityID]], covering: Int)?
    ) -> [String: [EntityID]] {
        guard let names else {
            var byName: [String: [EntityID]] = [:]
            for entity in entities { EntityModel.addNames(of: entity, to: &byName) }
            return byName
        }
        var byName = names.index
        // Aliases the articles added to the lexicon's entities: kept in id order, as if
        // every entity had been folded here.
        for entity in entities[0..<min(names.covering, entities.count)] where !entity.aliasesSeen.isEmpty {
            for alias in entity.aliasesSeen {
                let key = NameFolding.fold(alias)
                if key.isEmpty { continue }
                var ids = byName[key] ?? []
                if ids.contains(entity.id) { continue }
                ids.insert(entity.id, at: ids.firstIndex { $0.index > entity.id.index } ?? ids.endIndex)
                byName[key] = ids
            }
        }
        for entity in entities.dropFirst(names.covering) { EntityModel.addNames(of: entity, to: &byName) }
        return byName
    }

    /// Adds an entity's folded name, aliases and aliases seen to a name index.
    static func addNames(of entity: Entity, to byName: inout [String: [EntityID]]) {
        func add(_ alias: String) {
            let key = NameFolding.fold(alias)
            if key.isEmpty { return }
            if !(byName[key]?.contains(entity.id) ?? false) { byName[key, default: []].append(entity.id) }
        }
        add(entity.name)
        for alias in entity.aliases { add(alias) }
        for alias in entity.aliasesSeen { add(alias) }
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
