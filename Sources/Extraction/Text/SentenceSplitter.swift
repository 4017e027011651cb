/// Splits an article's tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets after it) when the next
/// token starts a new sentence: a capital, a digit or an opening quote. Abbreviations ("Mr",
/// "Oct", "U.S."), initials ("J. Smith") and a period followed by a lower-case word do not end one.
/// Line breaks matter too: a blank line always ends a sentence, and so does a single line break,
/// unless the article is hard-wrapped (most long lines end mid-sentence), so that headlines,
/// captions and list items stand alone.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Words after which a period is an abbreviation, not the end of a sentence (folded).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr",
        "adm", "rep", "sen", "gov", "pres", "rev", "hon", "messrs", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc", "ltd", "co",
        "corp", "dept", "approx", "est", "fig", "vol", "eg", "ie", "cf", "al",
    ]

    /// The sentences, as ranges of indices into `tokens`.
    /// - Parameters:
    ///   - tokens: the article's tokens, from ``Tokenizer``.
    ///   - bytes: the article's UTF-8 text, for line lengths.
    public func split(_ tokens: [Token], bytes: [UInt8]) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        let wrapped = SentenceSplitter.isHardWrapped(bytes)
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            // Tokens are read field by field (a copy would retain their strings).
            let lineBreaksBefore = tokens[i].lineBreaksBefore
            // A line break before this token may end the sentence before it.
            if i > start, lineBreaksBefore > 0 {
                let previous = tokens[i - 1].folded
                let endsClause = SentenceSplitter.isTerminal(previous) || previous == "\"" || previous == ":"
                if lineBreaksBefore > 1 || !wrapped || endsClause {
                    sentences.append(start..<i)
                    start = i
                }
            }
            if tokens[i].kind == .punctuation, SentenceSplitter.isTerminal(tokens[i].folded) {
                // Take closing quotes and brackets with the mark.
                var j = i + 1
                while j < tokens.count, tokens[j].lineBreaksBefore == 0,
                    tokens[j].kind == .punctuation, SentenceSplitter.closers.contains(tokens[j].folded, hash: tokens[j].hash)
                {
                    j += 1
                }
                if j >= tokens.count {
                    i = j
                    continue
                }
                if tokens[j].lineBreaksBefore == 0, endsSentence(tokens, period: i, next: j) {
                    sentences.append(start..<j)
                    start = j
                }
                i = j
                continue
            }
            i += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    /// True when the terminal mark at `period` ends a sentence before `next`.
    func endsSentence(_ tokens: [Token], period: Int, next j: Int) -> Bool {
        let next = tokens[j]
        // "2.5", "nato.int": no space after the mark.
        if next.start == tokens[j - 1].end { return false }
        let opensNew =
            next.isCapitalized || next.kind == .number || next.folded == "\""
            || next.folded == "'" || next.folded == "(" || next.folded == "-" || next.folded == "–"
            || next.folded == "•"
        guard opensNew else { return false }
        guard tokens[period].folded == ".", period > 0 else { return true }
        let before = tokens[period - 1]
        // "Mr. Rutte", "Oct. 1": an abbreviation directly before the period.
        if before.end == tokens[period].start, before.kind == .word {
            if SentenceSplitter.abbreviations.contains(before.folded) { return false }
            // Initials: "J. Smith", "U.S. officials" (a single letter before the period).
            if before.folded.count == 1, before.isCapitalized { return false }
        }
        return true
    }

    /// Closing quotes and brackets that go with the terminal mark before them.
    static let closers: WordSet = [")", "\"", "'", "]"]

    static func isTerminal(_ mark: String) -> Bool { mark == "." || mark == "!" || mark == "?" || mark == "..." }

    /// True when most long lines of the text end without sentence-final punctuation, as in text
    /// wrapped at a fixed width; then a single line break does not end a sentence.
    static func isHardWrapped(_ bytes: [UInt8]) -> Bool {
        // Read in place, with no bounds checks: this is a pass over every byte of the article.
        bytes.withUnsafeBufferPointer { isHardWrapped($0) }
    }

    /// ``isHardWrapped(_:)-([UInt8])`` over a buffer.
    static func isHardWrapped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var longLines = 0
        var openEnded = 0
        var lineStart = 0
        var i = 0
        while i <= bytes.count {
            // The next line break (or the end).
            while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            if i == bytes.count || bytes[i] == UInt8(ascii: "\n") {
                var e = i
                while e > lineStart, bytes[e - 1] == UInt8(ascii: " ") || bytes[e - 1] == UInt8(ascii: "\r") { e -= 1 }
                if e - lineStart >= 40 {
                    longLines += 1
                    let last = bytes[e - 1]
                    let closed =
                        last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                        || last == UInt8(ascii: "\"") || last == UInt8(ascii: ":") || last >= 0x80
                    if !closed { openEnded += 1 }
                }
                lineStart = i + 1
            }
            i += 1
        }
        return longLines >= 4 && openEnded * 10 >= longLines * 6
    }
}
