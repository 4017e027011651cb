/// Folds names for comparison: case, diacritics, punctuation and spacing do not count, so
/// "Victor Orban", "Orbán" and "ORBAN" compare by their letters alone.
public enum NameFolding {
    /// The folded form: lower-case ASCII letters where a letter has an ASCII base, digits, and
    /// single spaces between words; apostrophes and hyphens become spaces or vanish.
    public static func fold(_ name: some StringProtocol) -> String {
        if let ascii = foldASCII(name) { return ascii }
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            // ASCII letters and digits: no String per scalar.
            let v = scalar.value
            if v < 0x80, (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append((0x41...0x5A).contains(v) ? Unicode.Scalar(v + 32)! : scalar)
                continue
            }
            if let folded = foldScalar(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(contentsOf: folded.unicodeScalars)
            } else if scalar.properties.isWhitespace || scalar == "-" || scalar == "_" || scalar == "." {
                pendingSpace = true
            }
            // Other punctuation (apostrophes, quotes) is dropped.
        }
        return out
    }

    /// ``fold(_:)`` for a name in ASCII, straight from its bytes; nil when it is not ASCII.
    static func foldASCII(_ name: some StringProtocol) -> String? {
        // In place when the text is contiguous (a native string): no iterator over its view.
        if let folded = name.utf8.withContiguousStorageIfAvailable({ foldASCII(bytes: $0) }) { return folded }
        return foldASCII(bytes: name.utf8)
    }

    /// ``foldASCII(_:)`` over the name's UTF-8 bytes.
    @inline(__always)
    static func foldASCII<Bytes: Collection>(bytes utf8: Bytes) -> String? where Bytes.Element == UInt8 {
        for b in utf8 where b >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { out in
            var o = 0
            var pendingSpace = false
            for b in utf8 {
                let isLetterOrDigit = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
                if isLetterOrDigit {
                    if pendingSpace, o > 0 {
                        out[o] = 0x20
                        o += 1
                    }
                    pendingSpace = false
                    out[o] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    o += 1
                } else if (b >= 0x09 && b <= 0x0D) || b == 0x20 || b == 0x2D || b == 0x5F || b == 0x2E {
                    // White space, "-", "_" and "." separate words; other marks vanish.
                    pendingSpace = true
                }
            }
            return o
        }
    }

    /// One scalar folded: a lower-case base letter or digit, or `nil` for punctuation and space.
    @inline(__always)
    static func foldScalar(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        if v < 0x80 {
            if (0x41...0x5A).contains(v) { return String(Character(Unicode.Scalar(v + 32)!)) }
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { return String(Character(scalar)) }
            return nil
        }
        if let base = latinBase(v) { return base }
        if scalar.properties.isAlphabetic { return String(Character(scalar)).lowercased() }
        return nil
    }

    /// The base letters of ``latinBaseIndex``, from 1 (0: no base letter).
    static let latinBases: [String] = [
        "", "a", "ae", "c", "d", "e", "g", "h", "i", "j", "k", "l", "n", "o", "oe", "r", "s", "ss", "t", "u", "w", "y", "z", "th",
    ]

    /// The first scalar ``latinBaseIndex`` covers.
    static let latinBaseStart: UInt32 = 0xC0

    /// Per scalar from U+00C0 to U+021B (32 a line), the position in ``latinBases`` of its base letter (0: none).
    /// A table of integer literals the compiler lays out in the binary (no dictionary to build when
    /// a process starts), generated from ``latinLetters``; `NameFoldingTableTests` checks it still is.
    static let latinBaseIndex: [UInt8] = [
        1, 1, 1, 1, 1, 1, 2, 3, 5, 5, 5, 5, 8, 8, 8, 8, 4, 12, 13, 13, 13, 13, 13, 0, 13, 19, 19, 19, 19, 21, 23, 17,
        1, 1, 1, 1, 1, 1, 2, 3, 5, 5, 5, 5, 8, 8, 8, 8, 4, 12, 13, 13, 13, 13, 13, 0, 13, 19, 19, 19, 19, 21, 23, 21,
        1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6,
        6, 6, 6, 6, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 0, 0, 9, 9, 10, 10, 0, 11, 11, 11, 11, 11, 11, 11,
        11, 11, 11, 12, 12, 12, 12, 12, 12, 0, 0, 0, 13, 13, 13, 13, 13, 13, 14, 14, 15, 15, 15, 15, 15, 15, 16, 16, 16, 16, 16, 16,
        16, 16, 18, 18, 18, 18, 18, 18, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 20, 20, 21, 21, 21, 22, 22, 22, 22, 22, 22, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 16, 18, 18,
    ]

    /// The base letter of a Latin letter with diacritics (Latin-1 Supplement, Latin Extended-A,
    /// Romanian comma-below letters), or nil.
    @inline(__always)
    static func latinBase(_ v: UInt32) -> String? {
        guard v >= latinBaseStart, v - latinBaseStart < UInt32(latinBaseIndex.count) else { return nil }
        let i = Int(latinBaseIndex[Int(v - latinBaseStart)])
        return i == 0 ? nil : latinBases[i]
    }

    /// Latin letters with diacritics and their base letters, the readable source of
    /// ``latinBaseIndex`` (in the same order as ``latinBases``): edit both together.
    static let latinLetters: [(letters: String, base: String)] = [
        ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("Ææ", "ae"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"),
        ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"),
        ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"),
        ("Œœ", "oe"), ("ŔŕŖŗŘř", "r"), ("ŚśŜŝŞşŠšȘș", "s"), ("ß", "ss"), ("ŢţŤťŦŧȚț", "t"),
        ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Þþ", "th"),
    ]
}
