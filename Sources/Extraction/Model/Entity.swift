/// The kinds of entity of ../shared/MODEL.md.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Codable {
    case country, person, office, organization, place
}

/// An entity's index in ``EntityModel/entities``.
public struct EntityID: Sendable, Hashable, Comparable, Codable {
    /// The index into the model's entity array.
    public var index: Int
    /// Creates an id.
    public init(_ index: Int) { self.index = index }
    public static func < (a: EntityID, b: EntityID) -> Bool { a.index < b.index }
}

/// A value of an entity attribute (`member_since`, `iso`, `nato_member`, `country`, ...).
public enum AttributeValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case entity(EntityID)
    case strings([String])
}

/// A person, country, office, organization or place.
public struct Entity: Sendable, Hashable {
    /// Stable within one model: the index into ``EntityModel/entities``.
    public var id: EntityID
    /// The canonical name (`Viktor Orbán`).
    public var name: String
    /// What it is.
    public var kind: EntityKind
    /// Names the lexicon knows it by, besides `name`.
    public var aliases: [String]
    /// Surface forms seen in the articles, in order of first sight (`Victor Orban`, `Mr Orban`).
    public var aliasesSeen: [String]
    /// Attributes beyond the name: for a country `iso`, `demonyms`, `nato_member`,
    /// `member_since`; for a person `country`; for an office `jurisdiction`; for a place `country`.
    public var attributes: [String: AttributeValue]
    /// True when the lexicon did not know it and an article introduced it.
    public var discovered: Bool

    /// Creates an entity.
    public init(
        id: EntityID, name: String, kind: EntityKind, aliases: [String] = [],
        aliasesSeen: [String] = [], attributes: [String: AttributeValue] = [:], discovered: Bool = false
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.aliasesSeen = aliasesSeen
        self.attributes = attributes
        self.discovered = discovered
    }
}
