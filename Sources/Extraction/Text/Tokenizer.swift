/// Splits UTF-8 text into ``Token``s in one pass over its bytes.
///
/// Words are runs of letters and digits; an apostrophe inside a word splits off `'s` (a
/// ``Token/Kind/possessive``) and `n't` (a word `not`); every other mark is a token of its own.
/// Non-ASCII letters are folded as ``NameFolding`` folds them, so `Orbán` is `orban`.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `bytes[range]`, with offsets into `bytes`.
    public func tokenize(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Token] {
        FoldedWords.withThreadTable { tokenize(bytes, in: range ?? 0..<bytes.count, words: &$0) }
    }

    /// The tokens of `bytes[range]`, with the folded forms of ASCII words from `words`.
    private func tokenize(_ bytes: [UInt8], in range: Range<Int>, words: inout FoldedWords) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = range.lowerBound
        var lineBreaks = 0
        let end = range.upperBound

        while i < end {
            let b = bytes[i]
            // ASCII first: spaces, marks and plain words need no scalar decoding.
            if b < 0x80 {
                if b == UInt8(ascii: " ") {
                    i += 1
                    continue
                }
                if b == UInt8(ascii: "\n") {
                    lineBreaks += 1
                    i += 1
                    continue
                }
                if Tokenizer.isASCIILetterOrDigit(b) {
                    if let next = Tokenizer.asciiWord(bytes, at: i, end: end, lineBreaks: lineBreaks, words: &words, into: &tokens) {
                        lineBreaks = 0
                        i = next
                        continue
                    }
                    // A word that goes on past ASCII: the general path below.
                } else {
                    if !((b >= 0x09 && b <= 0x0D) || b == 0x20) {
                        let mark = Tokenizer.asciiMarks[Int(b)]
                        tokens.append(
                            Token(
                                kind: .punctuation, start: i, end: i + 1, folded: mark.folded, hash: mark.hash,
                                lineBreaksBefore: lineBreaks))
                        lineBreaks = 0
                    }
                    i += 1
                    continue
                }
            }
            let (scalar, length) = Tokenizer.decode(bytes, at: i, end: end)
            if Tokenizer.isLetterOrDigit(scalar) {
                // A word: letters and digits, with apostrophes handled at the end.
                let wordStart = i
                var folded = ""
                var allDigits = true
                var capitalized = false
                var allCaps = true
                var sawLetter = false
                var j = i
                // ASCII letters and digits first: the folded form is the bytes in lower case,
                // made in one go after the scan.
                var asciiEnd = i
                while asciiEnd < end {
                    let b = bytes[asciiEnd]
                    if b >= 0x30 && b <= 0x39 {
                        // digit
                    } else if b >= 0x41 && b <= 0x5A {
                        allDigits = false
                        if !sawLetter { capitalized = true }
                        sawLetter = true
                    } else if b >= 0x61 && b <= 0x7A {
                        allDigits = false
                        if !sawLetter { capitalized = false }
                        allCaps = false
                        sawLetter = true
                    } else {
                        break
                    }
                    asciiEnd += 1
                }
                if asciiEnd > i {
                    folded = Tokenizer.lowercasedASCII(bytes, i..<asciiEnd)
                    j = asciiEnd
                }
                while j < end {
                    let b = bytes[j]
                    if b < 0x80 {
                        // ASCII: no Unicode tables.
                        if b >= 0x30 && b <= 0x39 {
                            folded.unicodeScalars.append(Unicode.Scalar(b))
                        } else if b >= 0x41 && b <= 0x5A {
                            allDigits = false
                            if !sawLetter { capitalized = true }
                            sawLetter = true
                            folded.unicodeScalars.append(Unicode.Scalar(b + 32))
                        } else if b >= 0x61 && b <= 0x7A {
                            allDigits = false
                            if !sawLetter { capitalized = false }
                            allCaps = false
                            sawLetter = true
                            folded.unicodeScalars.append(Unicode.Scalar(b))
                        } else {
                            break
                        }
                        j += 1
                        continue
                    }
                    let (s, l) = Tokenizer.decode(bytes, at: j, end: end)
                    guard Tokenizer.isLetterOrDigit(s) else { break }
                    if s.properties.isAlphabetic {
                        allDigits = false
                        let upper = s.properties.isUppercase
                        if !sawLetter { capitalized = upper }
                        if !upper { allCaps = false }
                        sawLetter = true
                    }
                    if let f = NameFolding.foldScalar(s) { folded += f }
                    j += l
                }
                // Possessive and negative clitics: "Rutte's", "Rutte’s", "won't".
                var wordEnd = j
                var clitic: Token?
                if j < end, let (apostropheLength) = Tokenizer.apostropheLength(bytes, at: j, end: end) {
                    let after = j + apostropheLength
                    let next = after < end ? bytes[after] : 0
                    let nextNextIsLetter = after + 1 < end && Tokenizer.isLetterOrDigit(Tokenizer.decode(bytes, at: after + 1, end: end).0)
                    if (next == UInt8(ascii: "s") || next == UInt8(ascii: "S")) && !nextNextIsLetter {
                        clitic = Token(
                            kind: .possessive, start: j, end: after + 1, folded: Tokenizer.possessiveFolded, hash: Tokenizer.possessiveHash)
                    } else if (next == UInt8(ascii: "t")) && !nextNextIsLetter && folded.hasSuffix("n") {
                        // "won't" -> "wo" + "n't": keep the word whole, and add "not".
                        wordEnd = j
                        clitic = Token(kind: .word, start: j, end: after + 1, folded: "not", hash: Tokenizer.negationHash)
                    }
                }
                tokens.append(
                    Token(
                        kind: allDigits ? .number : .word, start: wordStart, end: wordEnd, folded: folded,
                        isCapitalized: capitalized, isAllCaps: sawLetter && allCaps,
                        lineBreaksBefore: lineBreaks))
                lineBreaks = 0
                if let clitic {
                    tokens.append(clitic)
                    i = clitic.end
                } else {
                    i = wordEnd
                }
                continue
            }
            if scalar == "\n" {
                lineBreaks += 1
            } else if scalar == " " || scalar == "\r" || scalar == "\t" {
                // space
            } else if !Tokenizer.isWhitespace(scalar) && scalar != "\u{FEFF}" {
                tokens.append(
                    Token(kind: .punctuation, start: i, end: i + length, folded: Tokenizer.normalise(scalar), lineBreaksBefore: lineBreaks))
                lineBreaks = 0
            }
            i += length
        }
        return tokens
    }

    /// True for an ASCII letter or digit.
    @inline(__always)
    static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// An ASCII mark as a token holds it: folded, and the folded form's hash.
    struct Mark {
        var folded: String
        var hash: UInt32
    }

    /// Every ASCII byte as a punctuation token (letters, digits and spaces never use theirs).
    static let asciiMarks: [Mark] = (0..<128).map { b in
        let scalar = Unicode.Scalar(UInt8(b))
        let folded = normalise(scalar)
        return Mark(folded: folded, hash: WordSet.hash(folded))
    }

    static let possessiveFolded = "'s"
    static let possessiveHash = WordSet.hash("'s")
    static let negationHash = WordSet.hash("not")

    /// Reads a word of ASCII letters and digits at `i` (and its clitic), appending its tokens;
    /// returns the index past them, or nil (appending nothing) when the word goes on with a
    /// non-ASCII letter. The folded form's hash is made in the one scan, and the folded form is
    /// the one `words` made for the word's first use, if the text has used it before.
    @inline(__always)
    static func asciiWord(
        _ bytes: [UInt8], at i: Int, end: Int, lineBreaks: Int, words: inout FoldedWords, into tokens: inout [Token]
    ) -> Int? {
        var allDigits = true
        var capitalized = false
        var allCaps = true
        var sawLetter = false
        var hash: UInt32 = 2_166_136_261
        // The scan reads the bytes in place, with no bounds checks.
        let j = bytes.withUnsafeBufferPointer { p in
            var j = i
            while j < end {
                var b = p[j]
                if b >= 0x30 && b <= 0x39 {
                    // digit
                } else if b >= 0x41 && b <= 0x5A {
                    allDigits = false
                    if !sawLetter { capitalized = true }
                    sawLetter = true
                    b += 32
                } else if b >= 0x61 && b <= 0x7A {
                    allDigits = false
                    if !sawLetter { capitalized = false }
                    allCaps = false
                    sawLetter = true
                } else {
                    break
                }
                hash = (hash ^ UInt32(b)) &* 16_777_619
                j += 1
            }
            return j
        }
        // A non-ASCII letter may continue the word.
        if j < end, bytes[j] >= 0x80, isLetterOrDigit(decode(bytes, at: j, end: end).0) { return nil }
        var wordEnd = j
        var clitic: Token?
        if j < end, let apostropheLength = apostropheLength(bytes, at: j, end: end) {
            let after = j + apostropheLength
            let next = after < end ? bytes[after] : 0
            let nextNextIsLetter = after + 1 < end && isLetterOrDigit(decode(bytes, at: after + 1, end: end).0)
            if (next == UInt8(ascii: "s") || next == UInt8(ascii: "S")) && !nextNextIsLetter {
                clitic = Token(kind: .possessive, start: j, end: after + 1, folded: possessiveFolded, hash: possessiveHash)
            } else if next == UInt8(ascii: "t") && !nextNextIsLetter && (bytes[j - 1] | 0x20) == UInt8(ascii: "n") {
                // "won't" -> "wo" + "n't": keep the word whole, and add "not".
                wordEnd = j
                clitic = Token(kind: .word, start: j, end: after + 1, folded: "not", hash: negationHash)
            }
        }
        let folded = bytes.withUnsafeBufferPointer { words.folded($0, i..<wordEnd, hash: hash) }
        tokens.append(
            Token(
                kind: allDigits ? .number : .word, start: i, end: wordEnd, folded: folded,
                isCapitalized: capitalized, isAllCaps: sawLetter && allCaps, hash: hash, lineBreaksBefore: lineBreaks))
        if let clitic {
            tokens.append(clitic)
            return clitic.end
        }
        return wordEnd
    }

    /// ASCII letters and digits in lower case, as a string.
    @inline(__always)
    static func lowercasedASCII(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { lowercasedASCII($0, range) }
    }

    /// ASCII letters and digits in lower case, as a string.
    @inline(__always)
    static func lowercasedASCII(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            var o = 0
            for k in range {
                let b = source[k]
                buffer[o] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                o += 1
            }
            return o
        }
    }

    /// The tokens of a string (offsets into its UTF-8 bytes).
    public func tokenize(_ text: String) -> [Token] { tokenize(Array(text.utf8)) }

    /// Decodes one scalar; invalid bytes decode as U+FFFD of length 1.
    @inline(__always)
    static func decode(_ bytes: [UInt8], at i: Int, end: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var length = 0
        var value: UInt32 = 0
        if b0 & 0xE0 == 0xC0 {
            length = 2; value = UInt32(b0 & 0x1F)
        } else if b0 & 0xF0 == 0xE0 {
            length = 3; value = UInt32(b0 & 0x0F)
        } else if b0 & 0xF8 == 0xF0 {
            length = 4; value = UInt32(b0 & 0x07)
        } else {
            return ("\u{FFFD}", 1)
        }
        guard i + length <= end else { return ("\u{FFFD}", 1) }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// `properties.isWhitespace`, with ASCII answered without the Unicode tables.
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value >= 0x09 && s.value <= 0x0D) || s.value == 0x20 }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        return s.properties.isAlphabetic
    }

    /// The byte length of an apostrophe (`'` or `’`) at `i`, or nil.
    @inline(__always)
    static func apostropheLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    /// Typographic punctuation mapped to its ASCII form.
    static func normalise(_ s: Unicode.Scalar) -> String {
        switch s {
        case "\u{2018}", "\u{2019}", "\u{201B}", "`": return "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2010}", "\u{2011}", "\u{2212}": return "-"
        case "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}": return "–"
        case "\u{2026}": return "..."
        default: return String(Character(s))
        }
    }
}
