import Extraction

/// The answer to `why P(S, O)`: the value in the view, the rule that decided it, and every claim
/// behind it, newest first.
public struct Explanation: Sendable, Hashable {
    /// The fact asked about, written out: `supports(Hungary, Mark Rutte)`.
    public var fact: String
    /// Its value in the view.
    public var value: Value
    /// The rule of the view that decided it.
    public var rule: String
    /// The view, described.
    public var view: String
    /// Every claim about the fact in the view, newest first.
    public var claims: [Entry]

    /// One claim behind the answer.
    public struct Entry: Sendable, Hashable {
        /// The claim's index in the model.
        public var claim: Int
        /// The article's name.
        public var article: String
        /// Its outlet.
        public var outlet: String?
        /// Its publication date.
        public var published: CalendarDate?
        /// How the article puts it.
        public var modality: Modality
        /// The value it claims.
        public var value: Value
        /// The exact words.
        public var evidence: Evidence
        /// The rule that extracted it.
        public var rule: String
        /// True when this claim is one of those that decided the value.
        public var decided: Bool
    }
}

/// The answer to `show ENTITY`.
public struct EntityReport: Sendable, Hashable {
    /// The entity.
    public var entity: EntityID
    /// Its canonical name.
    public var name: String
    /// Its kind.
    public var kind: EntityKind
    /// Lexicon aliases.
    public var aliases: [String]
    /// Forms seen in the articles.
    public var aliasesSeen: [String]
    /// Attributes, as name and printed value, sorted by name.
    public var attributes: [(name: String, value: String)]
    /// Offices it holds in the view (for a person).
    public var offices: [String]
    /// Claims about it (as subject or object) in the view, in article order.
    public var claims: [Int]
    /// The articles that mention it.
    public var articles: [String]

    public static func == (a: EntityReport, b: EntityReport) -> Bool {
        a.entity == b.entity && a.claims == b.claims && a.offices == b.offices && a.articles == b.articles
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entity)
        hasher.combine(claims)
    }
}
