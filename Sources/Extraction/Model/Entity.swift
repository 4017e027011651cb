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

/// An entity's attributes by name, read as a dictionary reads them: a handful per entity (a country has
/// six), kept sorted by name in two arrays that a lookup scans. No hashing, and the built-in
/// lexicon's are laid out at build time (scripts/embed-resources.py) rather than hashed into
/// dictionaries when a process starts.
public struct EntityAttributes: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    /// The names, in increasing order.
    public private(set) var keys: [String]
    /// The value of each name, in the order of ``keys``.
    public private(set) var values: [AttributeValue]

    /// No attributes.
    public init() {
        keys = []
        values = []
    }

    /// Adopts names already in increasing order and their values.
    public init(sortedKeys: [String], values: [AttributeValue]) {
        precondition(sortedKeys.count == values.count, "a value a name")
        keys = sortedKeys
        self.values = values
    }

    /// The attributes of a literal (a name given twice keeps its last value).
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }

    /// The number of attributes.
    public var count: Int { keys.count }

    /// True when there are none.
    public var isEmpty: Bool { keys.isEmpty }

    /// The value of `key`, if any; setting nil removes it.
    public subscript(key: String) -> AttributeValue? {
        get {
            for i in keys.indices where keys[i] == key { return values[i] }
            return nil
        }
        set {
            var i = 0
            while i < keys.count, keys[i] < key { i += 1 }
            let present = i < keys.count && keys[i] == key
            switch (present, newValue) {
            case (true, let value?): values[i] = value
            case (true, nil):
                keys.remove(at: i)
                values.remove(at: i)
            case (false, let value?):
                keys.insert(key, at: i)
                values.insert(value, at: i)
            case (false, nil): break
            }
        }
    }

    /// The attributes in name order.
    public func makeIterator() -> Iterator { Iterator(attributes: self) }

    /// Iterates over the attributes in name order.
    public struct Iterator: IteratorProtocol {
        fileprivate let attributes: EntityAttributes
        fileprivate var position = 0

        /// The next name and value.
        public mutating func next() -> (key: String, value: AttributeValue)? {
            guard position < attributes.keys.count else { return nil }
            defer { position += 1 }
            return (attributes.keys[position], attributes.values[position])
        }
    }
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
    public var attributes: EntityAttributes
    /// True when the lexicon did not know it and an article introduced it.
    public var discovered: Bool

    /// Creates an entity.
    public init(
        id: EntityID, name: String, kind: EntityKind, aliases: [String] = [],
        aliasesSeen: [String] = [], attributes: EntityAttributes = [:], discovered: Bool = false
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
