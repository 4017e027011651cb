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
///
/// Loading gives the evidence of every claim the article's own text, shared (not copied), and
/// keeps the words and their sentence as ranges of it, so a model holds each article's text once
/// rather than a copy of each sentence that makes a claim; ``text`` and ``sentence`` are cut from
/// it when asked for.
public struct Evidence: Sendable, Hashable {
    /// The text holding the words and the sentence: the article's (from loading), or the sentence
    /// followed by the words when they are not part of it (from ``init(text:start:end:sentence:)``).
    private var storage: String
    /// Where the words are in `storage`, in UTF-8 bytes.
    private var textStart: Int32
    private var textEnd: Int32
    /// Where the sentence is in `storage`, in UTF-8 bytes.
    private var sentenceStart: Int32
    private var sentenceEnd: Int32

    /// The text, verbatim from the article.
    public var text: String {
        get { storage.utf8Slice(Int(textStart)..<Int(textEnd)) }
        set { self = Evidence(text: newValue, start: start, end: end, sentence: sentence) }
    }
    /// UTF-8 byte offset of the first byte in the article's file.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }
    /// UTF-8 byte offset just past the last byte in the article's file.
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }
    /// ``start`` and ``end``, stored in 32 bits (an article has at most 16 MiB).
    private var storedStart: Int32
    private var storedEnd: Int32
    /// The whole sentence around the evidence, for `why`.
    public var sentence: String {
        get { storage.utf8Slice(Int(sentenceStart)..<Int(sentenceEnd)) }
        set { self = Evidence(text: text, start: start, end: end, sentence: newValue) }
    }

    /// Creates evidence.
    public init(text: String, start: Int, end: Int, sentence: String) {
        storedStart = Int32(start)
        storedEnd = Int32(end)
        let sentenceBytes = sentence.utf8.count
        if text == sentence {
            storage = sentence
            textStart = 0
            textEnd = Int32(truncatingIfNeeded: sentenceBytes)
        } else {
            storage = sentence + text
            textStart = Int32(truncatingIfNeeded: sentenceBytes)
            textEnd = Int32(truncatingIfNeeded: sentenceBytes + text.utf8.count)
        }
        sentenceStart = 0
        sentenceEnd = Int32(truncatingIfNeeded: sentenceBytes)
    }

    /// Creates evidence whose words and sentence are the UTF-8 bytes `text` and `sentence` of
    /// `source` (an article's text: shared, not copied).
    init(in source: String, text: Range<Int>, sentence: Range<Int>, start: Int, end: Int) {
        storage = source
        textStart = Int32(truncatingIfNeeded: text.lowerBound)
        textEnd = Int32(truncatingIfNeeded: text.upperBound)
        sentenceStart = Int32(truncatingIfNeeded: sentence.lowerBound)
        sentenceEnd = Int32(truncatingIfNeeded: sentence.upperBound)
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }

    /// Equal when the texts, offsets and sentences are.
    public static func == (a: Evidence, b: Evidence) -> Bool {
        a.start == b.start && a.end == b.end && a.text == b.text && a.sentence == b.sentence
    }

    /// Hashes the text, offsets and sentence.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(sentence)
    }
}

extension String {
    /// The string of the UTF-8 bytes `range` (which must fall on scalar boundaries).
    fileprivate func utf8Slice(_ range: Range<Int>) -> String {
        if range.lowerBound == 0 && range.upperBound == utf8.count { return self }
        if let slice = utf8.withContiguousStorageIfAvailable({
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }) {
            return slice
        }
        let utf8 = self.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(decoding: utf8[lower..<utf8.index(lower, offsetBy: range.count)], as: UTF8.self)
    }
}

/// One claim an article makes: `predicate(subject, object) = value`, with how and where.
public struct Claim: Sendable, Hashable {
    // Stored in an order that packs them (a model holds millions of claims): the strings, the
    // evidence, then the small fields between the enums.
    /// The predicate's name (`supports`, `holds`, ...), one of ``EntityModel/predicates``.
    public var predicate: String
    /// The extraction rule that produced it (`support.verb`, `quantified.except`, ...).
    public var rule: String
    /// The exact words.
    public var evidence: Evidence
    /// ``index``, stored in 32 bits.
    private var storedIndex: Int32
    /// The object.
    public var object: ClaimObject
    /// How the article puts it.
    public var modality: Modality
    /// ``article``, stored in 32 bits.
    private var storedArticle: Int32
    /// The value.
    public var value: ClaimValue
    /// Qualifiers the text gives: `place` (a canonical name), `date` (YYYY-MM-DD).
    public var qualifiers: [String: String]
    /// Who or what the claim is about.
    public var subject: EntityID

    /// The index into ``EntityModel/claims``.
    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(newValue) }
    }
    /// The article's index into ``EntityModel/articles``.
    public var article: Int {
        get { Int(storedArticle) }
        set { storedArticle = Int32(newValue) }
    }

    /// Creates a claim.
    public init(
        index: Int, article: Int, subject: EntityID, predicate: String, object: ClaimObject,
        value: ClaimValue, modality: Modality, qualifiers: [String: String] = [:],
        evidence: Evidence, rule: String
    ) {
        storedIndex = Int32(index)
        storedArticle = Int32(article)
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
