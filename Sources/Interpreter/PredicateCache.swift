import Extraction

/// Memoises predicate values within one statement: evaluating `supports(Rutte)` for every row
/// resolves each (subject, object) once, from the model's claim index.
final class PredicateCache: @unchecked Sendable {
    private var values: [ClaimKey: Value] = [:]
    private var named: [String: [EntityID]] = [:]

    /// The entities `name` means, looked up once a statement.
    func entities(named name: String, in model: EntityModel) -> [EntityID] {
        if let ids = named[name] { return ids }
        let ids = model.entities(named: name)
        named[name] = ids
        return ids
    }

    func value(_ predicate: String, subject: EntityID, object: EntityID, resolver: Resolver) -> Value {
        let key = ClaimKey(subject, predicate, .entity(object))
        if let v = values[key] { return v }
        let v = resolver.value(subject, predicate, object)
        values[key] = v
        return v
    }
}
