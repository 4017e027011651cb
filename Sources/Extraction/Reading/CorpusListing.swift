/// A corpus folder listed but not yet read: its article files in load order with their
/// metadata, its own lexicon, and the problems found so far. Loading reads the articles a batch
/// at a time (``CorpusReader/readArticle(_:problems:)``), so the whole corpus is never in memory
/// twice.
public struct CorpusListing: Sendable {
    /// One article file to read.
    public struct File: Sendable {
        /// The file name (`syn_0000001.txt`).
        public var fileName: String
        /// The path to read it from.
        public var path: String
        /// The outlet from `articles.tsv`, if listed.
        public var outlet: String?
        /// The publication date from `articles.tsv`, if listed.
        public var published: CalendarDate?
    }

    /// The article files, sorted by file name.
    public var files: [File] = []
    /// The corpus folder's `lexicon.tsv` (its text and path), if any.
    public var lexicon: (text: String, file: String)?
    /// Metadata and lexicon lines that were skipped, each with its place.
    public var problems: [LoadProblem] = []
}
