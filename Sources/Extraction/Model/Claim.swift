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
/// Loading gives every claim of a sentence one shared string of that sentence and keeps the
/// evidence as a range of it, so a model holds each sentence once, not a copy of the words per
/// claim; ``text`` is cut from the sentence when asked for.
public struct Evidence: Sendable, Hashable {
    /// The sentence, followed by the text when the text is not part of it.
    private var storage: String
    /// Where the text is in `storage`, in UTF-8 bytes.
    private var textStart: Int32
    private var textEnd: Int32
    /// Where the sentence ends in `storage`, in UTF-8 bytes (it starts at 0).
    private var sentenceEnd: Int32

    /// The text, verbatim from the article.
    public var text: String {
        get { storage.utf8Slice(Int(textStart)..<Int(textEnd)) }
        set { self = Evidence(text: newValue, start: start, end: end, sentence: sentence) }
    }
    /// UTF-8 byte offset of the first byte in the article's file.
    public var start: Int
    /// UTF-8 byte offset just past the last byte in the article's file.
    public var end: Int
    /// The whole sentence around the evidence, for `why`.
    public var sentence: String {
        get { Int(sentenceEnd) == storage.utf8.count ? storage : storage.utf8Slice(0..<Int(sentenceEnd)) }
        set { self = Evidence(text: text, start: start, end: end, sentence: newValue) }
    }

    /// Creates evidence.
    public init(text: String, start: Int, end: Int, sentence: String) {
        self.start = start
        self.end = end
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
        sentenceEnd = Int32(truncatingIfNeeded: sentenceBytes)
    }

    /// Creates evidence whose text is the bytes `textInSentence` of `sentence` (shared, not copied).
    init(sentence: String, textInSentence: Range<Int>, start: Int, end: Int) {
        storage = sentence
        textStart = Int32(truncatingIfNeeded: textInSentence.lowerBound)
        textEnd = Int32(truncatingIfNeeded: textInSentence.upperBound)
        sentenceEnd = Int32(truncatingIfNeeded: sentence.utf8.count)
        self.start = start
        self.end = end
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
