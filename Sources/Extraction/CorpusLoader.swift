import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Where a corpus comes from.
public enum CorpusSource: Sendable {
    /// The five seed articles built into the binary, with their metadata.
    case seeds
    /// A folder of `.txt` articles, with optional `articles.tsv` and `lexicon.tsv` beside them.
    case directory(String)
    /// Articles given as strings, for test fixtures.
    case texts([ArticleText], lexicon: String? = nil)
}

/// An article given in memory.
public struct ArticleText: Sendable {
    /// The name claims cite (a file name without `.txt`).
    public var name: String
    /// The text.
    public var text: String
    /// The outlet, if known.
    public var outlet: String?
    /// The publication date, if known.
    public var published: CalendarDate?

    /// Creates an in-memory article.
    public init(name: String, text: String, outlet: String? = nil, published: CalendarDate? = nil) {
        self.name = name
        self.text = text
        self.outlet = outlet
        self.published = published
    }
}

/// Something wrong with one input that loading skipped or worked around; the rest still loaded.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file (path as given).
    public var file: String
    /// The 1-based line, for metadata and lexicon lines.
    public var line: Int?
    /// The byte offset, for bad UTF-8.
    public var byteOffset: Int?
    /// What is wrong and what was done about it.
    public var message: String

    /// Creates a problem report.
    public init(file: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    /// `file:line: message` or `file: byte N: message`.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        if let byteOffset { return "\(file): byte \(byteOffset): \(message)" }
        return "\(file): \(message)"
    }
}

/// Loading failed as a whole: nothing was loaded.
public struct LoadError: Error, Sendable, CustomStringConvertible {
    /// Why.
    public enum Reason: Sendable, Hashable {
        /// The folder does not exist or is not a folder.
        case missingDirectory
        /// The folder or a file could not be read.
        case unreadable
        /// The folder holds no `.txt` article, or none that could be loaded.
        case noArticles
    }
    /// Why, as a case.
    public var reason: Reason
    /// The message to print.
    public var message: String

    /// Creates a load error.
    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}

/// What loading produced: the model, and the problems it skipped over.
public struct LoadReport: Sendable {
    /// The model.
    public var model: EntityModel
    /// Inputs skipped or repaired, each with its place.
    public var problems: [LoadProblem]

    /// Creates a report.
    public init(model: EntityModel, problems: [LoadProblem]) {
        self.model = model
        self.problems = problems
    }
}
