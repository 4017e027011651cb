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
