/// A position in a source text.
///
/// `offset` counts UTF-8 bytes from the start of the text; `line` and `column` are 1-based, and
/// `column` counts characters (extended grapheme clusters), so a caret under "Orbán" lines up.
public struct SourcePosition: Sendable, Hashable, Comparable {
    /// UTF-8 byte offset from the start of the source.
    public var offset: Int
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int

    /// Creates a position.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// The first position of any text.
    public static let start = SourcePosition(offset: 0, line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }
}

/// A half-open range of source text, `start..<end`.
public struct SourceRange: Sendable, Hashable {
    /// The first position inside the range.
    public var start: SourcePosition
    /// The position just past the range.
    public var end: SourcePosition

    /// Creates a range.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// An empty range at `position`.
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }

    /// The smallest range that covers both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// Length in UTF-8 bytes.
    public var byteLength: Int { end.offset - start.offset }
}

/// A named source text: a script file, a REPL entry, a `-c` argument.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics (`holdouts.nql`, `<stdin>`, `<command line>`).
    public var name: String
    /// The whole text.
    public var text: String
    /// The line number of the text's first line (a REPL entry may start later than line 1).
    public var firstLine: Int

    /// Creates a source file.
    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    /// The text of the line that holds `position`, without its line break: found from the
    /// position's byte offset in time proportional to the line's length (rendering each of many
    /// diagnostics by line number alone made a 400 kB script of errors take minutes).
    /// Falls back to ``lineText(_:)`` when the offset is outside the text.
    public func lineText(at position: SourcePosition) -> Substring? {
        let utf8 = text.utf8
        // A position built by hand may carry only a line and column (offset 0).
        guard position.offset > 0 || position.line == firstLine, position.offset <= utf8.count else {
            return lineText(position.line)
        }
        let at = utf8.index(utf8.startIndex, offsetBy: position.offset)
        var start = at
        while start > utf8.startIndex {
            let before = utf8.index(before: start)
            if utf8[before] == UInt8(ascii: "\n") { break }
            start = before
        }
        var end = at
        while end < utf8.endIndex, utf8[end] != UInt8(ascii: "\n") { end = utf8.index(after: end) }
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        // Line breaks are whole scalars, so both ends are valid character boundaries.
        guard text[start..<at].count == position.column - 1 else { return lineText(position.line) }
        return text[start..<end]
    }

    /// The text of the 1-based `line`, without its line break, or `nil` past the end.
    public func lineText(_ line: Int) -> Substring? {
        var current = firstLine
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" || text[index] == "\r\n" {
                if current == line { return text[lineStart..<index] }
                current += 1
                lineStart = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if current == line {
            var end = text.endIndex
            if lineStart < end, text[text.index(before: end)] == "\r" { end = text.index(before: end) }
            return text[lineStart..<end]
        }
        return nil
    }
}
