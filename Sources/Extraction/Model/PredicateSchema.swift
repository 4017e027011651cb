/// How a predicate's value behaves over time (../shared/MODEL.md).
public enum FactKind: String, Sendable, Hashable {
    /// A state that can change: the latest articles decide (`supports`, `holds`).
    case fluent
    /// Something that happened (`met`, `visited`).
    case event
    /// True for all time (`term_length`).
    case timeless
}

/// A predicate of the model: its name, argument kinds, and behaviour.
///
/// The interpreter knows predicates only through these values, so a predicate added here (or by
/// a corpus lexicon) is queryable with no change to the evaluator.
public struct PredicateSchema: Sendable, Hashable {
    /// The name used in queries and claims.
    public var name: String
    /// The kinds of entity that can be the subject.
    public var subjectKinds: Set<EntityKind>
    /// The kinds of entity that can be the object; empty when the object is a literal.
    public var objectKinds: Set<EntityKind>
    /// Fluent, event or timeless.
    public var factKind: FactKind
    /// True when `p(a, b)` is `p(b, a)` (`met`).
    public var symmetric: Bool
    /// One line for `.schema`.
    public var summary: String

    /// Creates a predicate schema.
    public init(
        name: String, subjectKinds: Set<EntityKind>, objectKinds: Set<EntityKind>, factKind: FactKind,
        symmetric: Bool = false, summary: String
    ) {
        self.name = name
        self.subjectKinds = subjectKinds
        self.objectKinds = objectKinds
        self.factKind = factKind
        self.symmetric = symmetric
        self.summary = summary
    }

    /// True when the object is a literal rather than an entity.
    public var hasLiteralObject: Bool { objectKinds.isEmpty }

    /// The predicates of ../shared/MODEL.md.
    public static let standard: [PredicateSchema] = [
        .init(
            name: "supports", subjectKinds: [.country, .person, .organization], objectKinds: [.person],
            factKind: .fluent, summary: "backs the object's candidacy; false: withholds or opposes it"),
        .init(
            name: "candidate", subjectKinds: [.person], objectKinds: [.office], factKind: .fluent,
            summary: "is a candidate for the office"),
        .init(
            name: "withdrew", subjectKinds: [.person], objectKinds: [.office], factKind: .fluent,
            summary: "withdrew the candidacy"),
        .init(
            name: "holds", subjectKinds: [.person], objectKinds: [.office], factKind: .fluent,
            summary: "holds the office"),
        .init(
            name: "succeeds", subjectKinds: [.person], objectKinds: [.person], factKind: .fluent,
            summary: "is (to be) the other's successor in office"),
        .init(
            name: "met", subjectKinds: [.person], objectKinds: [.person], factKind: .event,
            symmetric: true, summary: "the two met; qualifier place"),
        .init(
            name: "visited", subjectKinds: [.person], objectKinds: [.place], factKind: .event,
            summary: "the person went there"),
        .init(
            name: "member", subjectKinds: [.country], objectKinds: [.organization], factKind: .fluent,
            summary: "is a member"),
        .init(
            name: "term_length", subjectKinds: [.office], objectKinds: [], factKind: .timeless,
            summary: "length of a term in the office (a literal, \"4 years\")"),
    ]
}
