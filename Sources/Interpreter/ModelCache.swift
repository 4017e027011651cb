import Extraction
import Synchronization

/// Facts derived from a model once and reused by every statement: conflicts, the attribute
/// names entities carry, corroboration per view.
public final class ModelCache: Sendable {
    /// The model.
    public let model: EntityModel
    private let state = Mutex(State())

    private struct State {
        var conflicts: [Conflict]?
        var corroboration: [View: [Int: Bool]] = [:]
        var claimKeys: [ClaimAttribute.Key: [Int32]] = [:]
        var entityAttributeNames: [String]?
    }

    /// Every entity attribute name the model uses, sorted: gathered the first time a statement
    /// asks (a one-statement run that names no unknown attribute never does).
    public var entityAttributeNames: [String] {
        state.withLock { state in
            if let names = state.entityAttributeNames { return names }
            var names: Set<String> = []
            for entity in model.entities { names.formUnion(entity.attributes.keys) }
            let sorted = names.sorted()
            state.entityAttributeNames = sorted
            return sorted
        }
    }
    /// The claims of each article, by article index.
    public let claimsByArticle: [[Int]]
    /// Each claim's modality key (see ``claimKeys(_:)``).
    private let modalityKeys: [Int32]
    /// Each claim's boolean value key (see ``claimKeys(_:)``).
    private let booleanValueKeys: [Int32]

    /// Creates a cache over `model`.
    public init(model: EntityModel) {
        self.model = model
        // One pass over the claims, reading fields rather than copying claims.
        let claims = model.claims
        var byArticle = [[Int]](repeating: [], count: model.articles.count)
        var modalities: [Int32] = []
        var values: [Int32] = []
        modalities.reserveCapacity(claims.count)
        values.reserveCapacity(claims.count)
        for index in claims.indices {
            byArticle[claims[index].article].append(claims[index].index)
            modalities.append(Int32(ClaimAttribute.key(.modality, of: index, in: claims)))
            values.append(Int32(ClaimAttribute.key(.booleanValue, of: index, in: claims)))
        }
        claimsByArticle = byArticle
        modalityKeys = modalities
        booleanValueKeys = values
    }

    /// Every conflict among all claims; a view keeps those whose two claims it includes.
    public var conflicts: [Conflict] {
        state.withLock { state in
            if let c = state.conflicts { return c }
            let c = ConflictFinder(model: model, view: .all).conflicts()
            state.conflicts = c
            return c
        }
    }

    /// The key of every claim for `key` (-1 where a claim has none), in claim order: a column a
    /// compiled condition scans instead of the claims themselves (a claim is about 170 bytes,
    /// its key 4). The modality and value columns are built with the cache; the others the
    /// first time a condition needs them.
    func claimKeys(_ key: ClaimAttribute.Key) -> [Int32] {
        switch key {
        case .modality: return modalityKeys
        case .booleanValue: return booleanValueKeys
        default: break
        }
        if let keys = state.withLock({ $0.claimKeys[key] }) { return keys }
        let claims = model.claims
        let keys = claims.indices.map { Int32(truncatingIfNeeded: ClaimAttribute.key(key, of: $0, in: claims)) }
        state.withLock { $0.claimKeys[key] = keys }
        return keys
    }

    /// Whether each claim of the view is corroborated by another article of the view.
    public func corroboration(in view: View) -> [Int: Bool] {
        if let cached = state.withLock({ $0.corroboration[view] }) { return cached }
        let computed = ConflictFinder(model: model, view: view).corroborated()
        state.withLock { $0.corroboration[view] = computed }
        return computed
    }
}
