import Extraction

/// The attributes of a claim row, as ids: a condition compiled once per query names them by
/// case rather than by string, and reads only the field an attribute needs.
enum ClaimAttribute: String, CaseIterable {
    case article, subject, predicate, object, value, modality, qualifiers, place, date
    case evidence, sentence, start, end, rule, published, outlet, corroborated

    /// What decides the attribute's value when a condition compares it with a constant: the
    /// comparison can then be decided once a key (a modality, an entity, an article) rather
    /// than once a row.
    enum Key {
        /// The claim's modality, by its position in `Modality.allCases`.
        case modality
        /// The claim's value when it is `true` or `false` (0 or 1); literal values have no key.
        case booleanValue
        /// The claim's subject, by entity index.
        case subject
        /// The claim's object when it is an entity, by entity index; literal objects have no key.
        case objectEntity
        /// The claim's article, by index: the attributes the article decides.
        case article
    }

    /// The key that decides this attribute's value, if one does.
    var key: Key? {
        switch self {
        case .modality: return .modality
        case .value: return .booleanValue
        case .subject: return .subject
        case .object: return .objectEntity
        case .article, .published, .outlet: return .article
        default: return nil
        }
    }

    /// The number of distinct keys of `key` in `model`.
    static func keyCount(_ key: Key, in model: EntityModel) -> Int {
        switch key {
        case .modality: return Modality.allCases.count
        case .booleanValue: return 2
        case .subject, .objectEntity: return model.entities.count
        case .article: return model.articles.count
        }
    }

    /// The key of the claim at `index` in `claims`, or -1 when the claim's value has none.
    @inline(__always)
    static func key(_ key: Key, of index: Int, in claims: [Claim]) -> Int {
        switch key {
        case .modality:
            switch claims[index].modality {
            case .asserted: return 0
            case .hedged: return 1
            case .expected: return 2
            case .past: return 3
            }
        case .booleanValue:
            if case .boolean(let b) = claims[index].value { return b ? 1 : 0 }
            return -1
        case .subject: return claims[index].subject.index
        case .objectEntity:
            if case .entity(let id) = claims[index].object { return id.index }
            return -1
        case .article: return claims[index].article
        }
    }
}
