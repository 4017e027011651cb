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
    /// aliases seen in articles and the entities after those are folded here.
    init(
        articles: [Article], entities: [Entity], claims: [Claim],
        predicates: [PredicateSchema] = PredicateSchema.standard, mentions: [EntityID: [Int]] = [:],
        names: (index: [String: [EntityID]], covering: Int)?
    ) {
        self.articles = articles
        self.entities = entities
        self.claims = claims
        var schemas: [String: PredicateSchema] = [:]
        for schema in predicates { schemas[schema.name] = schema }
        self.predicates = schemas

        // The name index and the four claim indexes are independent: build them at the same
        // time, each on its own thread. The claims are read in place, not copied.
        var byName: [String: [EntityID]] = [:]
        var byKey: [ClaimKey: [Int]] = [:]
        var bySubject: [EntityID: [Int]] = [:]
        var byObject: [EntityID: [Int]] = [:]
        var byPredicate: [String: [Int]] = [:]
        func buildIndex(_ which: Int) {
            switch which {
            case 0: byName = EntityModel.nameIndex(of: entities, startingFrom: names)
            case 1: byKey = EntityModel.keyIndex(of: claims)
            case 2: bySubject = EntityModel.entityIndex(of: claims, entityCount: entities.count, objects: false)
            case 3: byObject = EntityModel.entityIndex(of: claims, entityCount: entities.count, objects: true)
            default: byPredicate = EntityModel.predicateIndex(of: claims)
            }
        }
        ParallelWork.perform(iterations: 5, workers: claims.count > 10_000 ? ParallelWork.defaultWorkers : 1, buildIndex)
        entitiesByName = byName
        claimsByKey = byKey
        claimsBySubject = bySubject
        claimsByObject = byObject
        claimsByPredicate = byPredicate
        self.mentions = mentions
    }

    /// Claims by (subject, predicate, object), each list ascending. The claims are grouped first
    /// by integers (the subject, the predicate's place among the predicates met, the object's
    /// entity or literal), so that the dictionary hashes each key once, not once per claim.
    static func keyIndex(of claims: [Claim]) -> [ClaimKey: [Int]] {
        var predicateNames: [String] = []
        var literals: [String: Int] = [:]
        // Per group: its first claim and its claims; per slot of the open-addressed table, the
        // group's number plus one (0: empty) and the packed key.
        var groups: [(first: Int, members: [Int])] = []
        var slots = [Int32](repeating: 0, count: 1024)
        var slotKeys = [(subject: Int, predicate: Int, object: Int)](repeating: (0, 0, 0), count: 1024)
        var mask = slots.count - 1
        claims.withUnsafeBufferPointer { claims in
            for i in claims.indices {
                let predicate = EntityModel.position(of: claims[i].predicate, in: &predicateNames)
                let object: Int
                switch claims[i].object {
                case .entity(let id): object = id.index << 1
                case .literal(let text):
                    if let known = literals[text] {
                        object = known << 1 | 1
                    } else {
                        object = literals.count << 1 | 1
                        literals[text] = literals.count
                    }
                }
                let key = (subject: claims[i].subject.index, predicate: predicate, object: object)
                var slot = EntityModel.slot(key) & mask
                while slots[slot] != 0, slotKeys[slot] != key { slot = (slot + 1) & mask }
                if slots[slot] != 0 {
                    groups[Int(slots[slot]) - 1].members.append(claims[i].index)
                    continue
                }
                groups.append((i, [claims[i].index]))
                slots[slot] = Int32(groups.count)
                slotKeys[slot] = key
                if groups.count * 2 > slots.count {
                    // Twice the room, the groups placed again.
                    let old = zip(slots, slotKeys).filter { $0.0 != 0 }
                    slots = [Int32](repeating: 0, count: slots.count * 2)
                    slotKeys = [(subject: Int, predicate: Int, object: Int)](repeating: (0, 0, 0), count: slots.count)
                    mask = slots.count - 1
                    for (group, key) in old {
                        var s = EntityModel.slot(key) & mask
                        while slots[s] != 0 { s = (s + 1) & mask }
                        slots[s] = group
                        slotKeys[s] = key
                    }
                }
            }
        }
        var index: [ClaimKey: [Int]] = Dictionary(minimumCapacity: groups.count)
        for k in groups.indices {
            let first = groups[k].first
            index[ClaimKey(claims[first].subject, claims[first].predicate, claims[first].object)] = groups[k].members
        }
        return index
    }

    /// The slot of a grouping key, before masking.
    @inline(__always)
    private static func slot(_ key: (subject: Int, predicate: Int, object: Int)) -> Int {
        var h = UInt64(bitPattern: Int64(key.subject)) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(bitPattern: Int64(key.predicate)) &+ (h >> 29)
        h = (h ^ UInt64(bitPattern: Int64(key.object))) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The place of `name` in `names` (added at the end when new): a model has a dozen
    /// predicates, and claims share the strings, so a comparison is usually of identical strings.
    @inline(__always)
    private static func position(of name: String, in names: inout [String]) -> Int {
        for k in names.indices where names[k] == name { return k }
        names.append(name)
        return names.count - 1
    }

    /// Claims by subject, or by object entity when `objects` is true, each list ascending:
    /// gathered in a list per entity id, then put in the dictionary once per entity.
    static func entityIndex(of claims: [Claim], entityCount: Int, objects: Bool) -> [EntityID: [Int]] {
        var lists = [[Int]](repeating: [], count: entityCount)
        // Ids outside the model's entities (none, in a built model) go straight to the dictionary.
        var others: [EntityID: [Int]] = [:]
        claims.withUnsafeBufferPointer { claims in
            for i in claims.indices {
                let id: EntityID
                if !objects {
                    id = claims[i].subject
                } else if case .entity(let object) = claims[i].object {
                    id = object
                } else {
                    continue
                }
                if id.index >= 0 && id.index < entityCount {
                    lists[id.index].append(claims[i].index)
                } else {
                    others[id, default: []].append(claims[i].index)
                }
            }
        }
        var used = others.count
        for list in lists where !list.isEmpty { used += 1 }
        var index: [EntityID: [Int]] = Dictionary(minimumCapacity: used)
        for k in lists.indices where !lists[k].isEmpty { index[EntityID(k)] = lists[k] }
        for (id, list) in others { index[id] = list }
        return index
    }

    /// Claims by predicate name, each list ascending.
    static func predicateIndex(of claims: [Claim]) -> [String: [Int]] {
        var names: [String] = []
        var lists: [[Int]] = []
        claims.withUnsafeBufferPointer { claims in
            for i in claims.indices {
                let p = EntityModel.position(of: claims[i].predicate, in: &names)
                if p == lists.count { lists.append([]) }
                lists[p].append(claims[i].index)
            }
        }
        var index: [String: [Int]] = Dictionary(minimumCapacity: names.count)
        for k in names.indices { index[names[k]] = lists[k] }
        return index
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
