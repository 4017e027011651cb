/// How an article puts a claim (../shared/MODEL.md).
public enum Modality: String, Sendable, Hashable, CaseIterable, Codable {
    /// Stated as a settled fact.
    case asserted
    /// A present state reported with doubt ("appear ready", "media reports said").
    case hedged
    /// A predicted future state ("is likely to withdraw").
    case expected
    /// Held before, no longer ("after earlier opposing his bid").
    case past
}

/// The object of a claim: an entity, or a literal for `term_length`.
public enum ClaimObject: Sendable, Hashable {
    case entity(EntityID)
    case literal(String)
}

/// The value of a claim: true or false, or a literal (`term_length`'s "4 years").
public enum ClaimValue: Sendable, Hashable {
    case boolean(Bool)
    case literal(String)
}

/// The exact words a claim came from.
public struct Evidence: Sendable, Hashable {
    /// The text, verbatim from the article.
    public var text: String
    /// UTF-8 byte offset of the first byte in the article's file.
    public var start: Int
    /// UTF-8 byte offset just past the last byte in the article's file.
    public var end: Int
    /// The whole sentence around the evidence, for `why`.
    public var sentence: String

    /// Creates evidence.
    public init(text: String, start: Int, end: Int, sentence: String) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
    }
}

/// One claim an article makes: `predicate(subject, object) = value`, with how and where.
public struct Claim: Sendable, Hashable {
    /// The index into ``EntityModel/claims``.
    public var index: Int
    /// The article's index into ``EntityModel/articles``.
    public var article: Int
    /// Who or what the claim is about.
    public var subject: EntityID
    /// The predicate's name (`supports`, `holds`, ...), one of ``EntityModel/predicates``.
    public var predicate: String
    /// The object.
    public var object: ClaimObject
    /// The value.
    public var value: ClaimValue
    /// How the article puts it.
    public var modality: Modality
    /// Qualifiers the text gives: `place` (a canonical name), `date` (YYYY-MM-DD).
    public var qualifiers: [String: String]
    /// The exact words.
    public var evidence: Evidence
    /// The extraction rule that produced it (`support.verb`, `quantified.except`, ...).
    public var rule: String

    /// Creates a claim.
    public init(
        index: Int, article: Int, subject: EntityID, predicate: String, object: ClaimObject,
        value: ClaimValue, modality: Modality, qualifiers: [String: String] = [:],
        evidence: Evidence, rule: String
    ) {
        self.index = index
        self.article = article
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.value = value
        self.modality = modality
        self.qualifiers = qualifiers
        self.evidence = evidence
        self.rule = rule
    }
}
