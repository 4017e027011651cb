/// One article of a corpus: its text and the metadata beside it.
public struct Article: Sendable, Hashable {
    /// The index into ``EntityModel/articles``.
    public var index: Int
    /// The file name without `.txt` (`000_61f5bb335053446f`).
    public var name: String
    /// The file name with its extension.
    public var fileName: String
    /// The outlet from `articles.tsv`, if listed.
    public var outlet: String?
    /// The publication date from `articles.tsv`, if listed. Undated articles count as published
    /// together, after every dated one.
    public var published: CalendarDate?
    /// The article's text, exactly as in the file (after UTF-8 decoding; a byte-order mark is
    /// dropped and counted in ``byteOffsetShift``).
    public var text: String
    /// Bytes removed from the start of the file before `text` (3 for a UTF-8 BOM, else 0);
    /// evidence offsets are into the file, so they include this.
    public var byteOffsetShift: Int

    /// Creates an article.
    public init(
        index: Int, name: String, fileName: String, outlet: String?, published: CalendarDate?,
        text: String, byteOffsetShift: Int = 0
    ) {
        self.index = index
        self.name = name
        self.fileName = fileName
        self.outlet = outlet
        self.published = published
        self.text = text
        self.byteOffsetShift = byteOffsetShift
    }
}
