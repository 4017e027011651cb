import Extraction

/// The attributes of each kind of row: what a bare name means inside `where`, `select` and
/// `order by`. Entity attributes beyond these come from the model itself.
public enum Attributes {
    /// Attributes every entity has.
    public static let entity = EntityAttribute.builtIn.map(\.name)
    /// Attributes of an article row.
    public static let article = ["name", "file", "outlet", "published", "claims", "corroborated", "conflicts"]
    /// Attributes of a claim row.
    public static let claim = ClaimAttribute.allCases.map(\.rawValue)
    /// Attributes of a conflict row.
    public static let conflict = [
        "predicate", "subject", "object", "reason", "first_article", "first_value", "first_evidence",
        "second_article", "second_value", "second_evidence",
    ]

    /// The attribute names of `kind` in `cache`'s model.
    public static func names(of kind: RowKind, in cache: ModelCache) -> [String] {
        switch kind {
        case .entity: return entity + cache.entityAttributeNames.filter { !entity.contains($0) }
        case .article: return article
        case .claim: return claim
        case .conflict: return conflict
        }
    }
}
