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
    }

    /// Every entity attribute name the model uses, sorted.
    public let entityAttributeNames: [String]
    /// The claims of each article, by article index.
    public let claimsByArticle: [[Int]]

    /// Creates a cache over `model`.
    public init(model: EntityModel) {
        self.model = model
        var names: Set<String> = []
        for entity in model.entities { names.formUnion(entity.attributes.keys) }
        entityAttributeNames = names.sorted()
        var byArticle = [[Int]](repeating: [], count: model.articles.count)
        for claim in model.claims { byArticle[claim.article].append(claim.index) }
        claimsByArticle = byArticle
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

    /// Whether each claim of the view is corroborated by another article of the view.
    public func corroboration(in view: View) -> [Int: Bool] {
        if let cached = state.withLock({ $0.corroboration[view] }) { return cached }
        let computed = ConflictFinder(model: model, view: view).corroborated()
        state.withLock { $0.corroboration[view] = computed }
        return computed
    }
}
