/// Merges analysed articles into one ``EntityModel``: the lexicon's entities first, then those the
/// articles introduced (one entity per kind and folded name across articles), claims in article
/// order then text order, with evidence as byte offsets into each file.
///
/// Articles are merged as they come, in batches (``add(_:)``), so that loading holds the model
/// and one batch, not every article's tokens; ``model()`` then builds the indexes. The work of
/// each article is done beforehand, on every core, by ``PreparedArticle``: what is left here is
/// giving new entities their ids and numbering the claims.
public struct ModelBuilder: Sendable {
    /// The lexicon.
    public let lexicon: Lexicon
    /// The entities so far: the lexicon's, then those the articles introduced.
    private var entities: [Entity]
    /// The id of each introduced entity, by kind and folded name.
    private var byKey = EntityKeyTable()
    /// The articles so far.
    private var articles: [Article] = []
    /// The claims so far.
    private var claims: [Claim] = []
    /// The claims so far grouped for the model's indexes (as each batch is merged, so that
    /// building the model at the end only makes the dictionaries).
    private var claimIndexes = ClaimIndexes()
    /// For each entity, the articles that mention it (lists by entity id, not a dictionary to
    /// hash every mention into; the model makes a dictionary of the lists, alongside its other
    /// indexes). Each list is ascending as it is made: articles are merged in order.
    private var mentions = EntityLists()

    /// The number of articles to be merged in all, when known (0 when not): the builder then
    /// reserves room for the claims it expects from the claims per article so far, instead of
    /// doubling the array as it fills. Each doubling copies every claim, and holds the old
    /// array and the new one at once: at 100,000 articles, gigabytes.
    public var expectedArticles: Int

    /// Creates a builder.
    public init(lexicon: Lexicon, expectedArticles: Int = 0) {
        self.lexicon = lexicon
        self.expectedArticles = expectedArticles
        entities = lexicon.entities
    }

    /// The number of articles merged so far.
    public var articleCount: Int { articles.count }

    /// The model of the analysed articles.
    public func build(_ analyses: [ArticleAnalysis]) -> EntityModel {
        var builder = self
        builder.add(analyses.map(PreparedArticle.init))
        return builder.model()
    }

    /// Merges the next articles, in order. Their claims are moved into the model, not copied.
    public mutating func add(_ batch: consuming [PreparedArticle]) {
        var batch = batch
        add(taking: &batch)
    }

    /// Merges the next articles, in order, taking them out of `batch` (left empty): the list the
    /// builder reads is then its only holder, so each article's claims are moved, not copied.
    mutating func add(taking source: inout [PreparedArticle]) {
        var batch: [PreparedArticle] = []
        swap(&batch, &source)
        let claimsNeeded = claims.count + batch.reduce(0) { $0 + $1.claimsLastFirst.count }
        let articlesNeeded = articles.count + batch.count
        if claimsNeeded > claims.capacity {
            // Room for the claims expected of every article, and a quarter more (room not yet
            // filled costs address space, not memory); failing that, grow geometrically (an
            // exact reservation each batch would copy the claims every batch).
            var capacity = Swift.max(claimsNeeded, 2 * claims.capacity)
            if expectedArticles > articlesNeeded {
                let expected = claimsNeeded * expectedArticles / Swift.max(1, articlesNeeded)
                capacity = Swift.max(claimsNeeded, claims.capacity + claims.capacity / 2, expected + expected / 4)
            }
            claims.reserveCapacity(capacity)
        }
        if articlesNeeded > articles.capacity {
            articles.reserveCapacity(Swift.max(articlesNeeded, 2 * articles.capacity, expectedArticles))
        }
        for i in batch.indices { add(&batch[i]) }
    }

    /// Merges the next article.
    public mutating func add(_ prepared: PreparedArticle) {
        var prepared = prepared
        add(&prepared)
    }

    /// Merges the next article, moving its claims out of it (left empty).
    mutating func add(_ prepared: inout PreparedArticle) {
        let index = articles.count
        // Map this article's new entities to model ids.
        var map: [EntityID] = []
        map.reserveCapacity(prepared.discovered.count)
        func id(_ ref: EntityRef) -> EntityID {
            switch ref {
            case .known(let id): return id
            case .local(let n): return map[n]
            }
        }
        func resolve(_ id: EntityID) -> EntityID {
            if let n = PreparedArticle.localNumber(id) { return map[n] }
            return id
        }
        for (n, d) in prepared.discovered.enumerated() {
            let key = prepared.keys[n]
            let hash = prepared.keyHashes[n]
            if let existing = byKey.id(of: key, hash: hash) {
                map.append(existing)
                for alias in d.aliasesSeen
                where !entities[existing.index].aliasesSeen.contains(alias) && alias != entities[existing.index].name {
                    entities[existing.index].aliasesSeen.append(alias)
                }
                continue
            }
            let newID = EntityID(entities.count)
            entities.append(
                Entity(
                    id: newID, name: d.name, kind: d.kind, aliases: [],
                    aliasesSeen: d.aliasesSeen.filter { $0 != d.name }, attributes: [:], discovered: !d.generated))
            byKey.insert(key, hash: hash, id: newID)
            map.append(newID)
        }
        for (n, d) in prepared.discovered.enumerated() {
            let target = map[n]
            for (key, value) in d.attributes where entities[target.index].attributes[key] == nil {
                switch value {
                case .value(let v): entities[target.index].attributes[key] = v
                case .entity(let r): entities[target.index].attributes[key] = .entity(id(r))
                }
            }
        }
        for (lexiconID, seen) in prepared.lexiconAliasesSeen {
            for alias in seen where !entities[lexiconID.index].aliasesSeen.contains(alias) {
                entities[lexiconID.index].aliasesSeen.append(alias)
            }
        }
        for mentioned in prepared.mentioned { mentions.append(index, to: resolve(mentioned)) }

        var article = prepared.article
        article.index = index
        articles.append(article)
        // Each claim is moved off the end of the article's list (`removeLast`), not copied: a copy
        // would retain every string of every claim, touching memory that the merge does not
        // otherwise need; nor is an empty claim left in its place to destroy.
        let firstClaim = claims.count
        prepared.claimsLastFirst.withUnsafeMutableBufferPointer { source in
            // Numbered and mapped where they are, so that each is then moved once, whole.
            for i in source.indices {
                source[i].index = firstClaim + source.count - 1 - i
                source[i].article = index
                source[i].subject = resolve(source[i].subject)
                if case .entity(let object) = source[i].object, object.index < 0 {
                    source[i].object = .entity(resolve(object))
                }
            }
        }
        while !prepared.claimsLastFirst.isEmpty { claims.append(prepared.claimsLastFirst.removeLast()) }
        claims.withUnsafeBufferPointer {
            claimIndexes.add(UnsafeBufferPointer(rebasing: $0[firstClaim...]))
        }
    }

    /// The model of the articles merged so far.
    public consuming func model() -> EntityModel {
        EntityModel(
            articles: articles, entities: entities, claims: claims, names: (lexicon.nameIndex, lexicon.entities.count),
            claimIndexes: claimIndexes, mentionLists: mentions)
    }
}

/// The ids of the entities the articles introduced, by merge key (kind and folded name): an
/// open-addressed table looked up by the key's ``WordSet/hash(_:)``, which each article computed
/// while it was prepared, so the merge (on one thread) hashes no string.
struct EntityKeyTable: Sendable {
    /// Per slot: the key's hash in the high 32 bits and its entry plus one in the low 32 (0: empty).
    private var slots = [UInt64](repeating: 0, count: 1024)
    /// The keys and their ids, in order of insertion.
    private var keys: [String] = []
    private var ids: [EntityID] = []

    /// The id of `key`, whose hash is `hash`, if it has one.
    func id(of key: String, hash: UInt32) -> EntityID? {
        let mask = slots.count - 1
        var i = Int(hash) & mask
        while slots[i] != 0 {
            if UInt32(truncatingIfNeeded: slots[i] >> 32) == hash {
                let entry = Int(truncatingIfNeeded: slots[i] & 0xFFFF_FFFF) - 1
                if keys[entry] == key { return ids[entry] }
            }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Gives `key` (absent), whose hash is `hash`, the id `id`.
    mutating func insert(_ key: String, hash: UInt32, id: EntityID) {
        if (keys.count + 1) * 2 > slots.count {
            // Twice the room, every entry placed again by its hash.
            let old = slots
            slots = [UInt64](repeating: 0, count: old.count * 2)
            for slot in old where slot != 0 { place(slot) }
        }
        keys.append(key)
        ids.append(id)
        place(UInt64(hash) << 32 | UInt64(keys.count))
    }

    /// Puts a slot's contents in the first free slot from its hash's.
    private mutating func place(_ slot: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: slot >> 32) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }
}
