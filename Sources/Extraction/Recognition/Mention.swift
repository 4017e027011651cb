/// An entity as one article sees it: a lexicon entity, or one the article introduced (a person
/// the lexicon does not know, an office built from a title), numbered within the article until
/// ``ModelBuilder`` merges the articles.
public enum EntityRef: Sendable, Hashable {
    /// A lexicon entity.
    case known(EntityID)
    /// The article's n-th new entity (``ArticleEntities/discovered``).
    case local(Int)
}

/// An entity an article introduced, before merging.
public struct DiscoveredEntity: Sendable, Hashable {
    /// The canonical name, as first written.
    public var name: String
    /// What it is.
    public var kind: EntityKind
    /// Attributes; entity-valued ones refer to article entities.
    public var attributes: [String: LocalAttribute]
    /// Surface forms seen, in order.
    public var aliasesSeen: [String]
    /// True when the entity is lexicon data made on use (a generated office), not news.
    public var generated: Bool
}

/// An attribute value of a ``DiscoveredEntity``.
public enum LocalAttribute: Sendable, Hashable {
    case value(AttributeValue)
    case entity(EntityRef)
}

/// How a mention names its entity.
public enum MentionForm: Sendable, Hashable {
    /// By name or alias ("Viktor Orban", "Nato", "Turkey").
    case name
    /// By a demonym ("Hungarian", "Slovaks"): the country, as an adjective or a people.
    case demonym
    /// By a pronoun ("he", "his", "it").
    case pronoun
    /// By a role phrase that points back to a person ("the Dutch premier", "the Dutchman").
    case role
    /// An office named by a title phrase with no person ("NATO secretary general").
    case office
}

/// An office attached to a person mention: "Hungarian Prime Minister Viktor Orban",
/// "Mark Rutte, the outgoing Dutch Prime Minister".
public struct OfficeAttachment: Sendable, Hashable {
    /// The office.
    public var office: EntityRef
    /// The tokens from the title phrase to the name, for evidence.
    public var tokens: Range<Int>
    /// "former": the person held it before.
    public var former: Bool
}

/// One mention of an entity in a sentence.
public struct Mention: Sendable, Hashable {
    /// The tokens of the whole phrase (title, name and possessive).
    public var tokens: Range<Int>
    /// The entity.
    public var ref: EntityRef
    /// Its kind.
    public var kind: EntityKind
    /// How it is named.
    public var form: MentionForm
    /// Followed by `'s` or a possessive apostrophe.
    public var possessive: Bool = false
    /// The office a title phrase gives the person.
    public var office: OfficeAttachment?
    /// For a pronoun or role phrase: other people it might mean, most likely first (at most
    /// three, kept inline so that a mention is a plain value that copies without reference
    /// counting: rules read mentions a great many times).
    public var alternatives: [EntityRef] {
        get { [alternative0, alternative1, alternative2].compactMap { $0 } }
        set {
            alternative0 = newValue.count > 0 ? newValue[0] : nil
            alternative1 = newValue.count > 1 ? newValue[1] : nil
            alternative2 = newValue.count > 2 ? newValue[2] : nil
        }
    }
    private var alternative0: EntityRef?
    private var alternative1: EntityRef?
    private var alternative2: EntityRef?
    /// For an office mention: "next", "new", "future" stood before it.
    public var isNext: Bool = false
    /// For a country: the name of a capital standing for its government ("Bucharest").
    public var viaCapital: Bool = false

    /// Creates a mention.
    public init(
        tokens: Range<Int>, ref: EntityRef, kind: EntityKind, form: MentionForm, possessive: Bool = false,
        office: OfficeAttachment? = nil, alternatives: [EntityRef] = [], isNext: Bool = false, viaCapital: Bool = false
    ) {
        self.tokens = tokens
        self.ref = ref
        self.kind = kind
        self.form = form
        self.possessive = possessive
        self.office = office
        self.isNext = isNext
        self.viaCapital = viaCapital
        self.alternatives = alternatives
    }
}
