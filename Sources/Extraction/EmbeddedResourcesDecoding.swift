extension EmbeddedResources {
    /// The bytes of an embedded text: the UTF-8 of its string literal, copied once (the literal
    /// lives in the binary as it is; nothing is decoded).
    static func bytes(_ literal: String) -> [UInt8] {
        var literal = literal
        return literal.withUTF8 { Array($0) }
    }

    /// An embedded text (a literal: no copy).
    static func text(_ literal: String) -> String { literal }
}

/// A seed article built into the binary, with its line of seeds/articles.tsv read when the
/// binary was built (scripts/embed-resources.py refuses metadata that would give problems, and
/// seeds that are not UTF-8, are blank or start with a byte-order mark).
struct EmbeddedSeed {
    /// The file name in seeds/.
    var fileName: String
    /// The outlet, if the metadata gives one.
    var outlet: String?
    /// The publication date, if the metadata gives one.
    var published: CalendarDate?
    /// The text.
    var text: String
}
