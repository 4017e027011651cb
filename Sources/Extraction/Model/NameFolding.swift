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
        if let base = latinBase[v] { return base }
        if scalar.properties.isAlphabetic { return String(Character(scalar)).lowercased() }
        return nil
    }

    /// Latin letters with diacritics and their base letters (Latin-1 Supplement, Latin Extended-A).
    static let latinBase: [UInt32: String] = {
        let table: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("Ææ", "ae"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"),
            ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"),
            ("Œœ", "oe"), ("ŔŕŖŗŘř", "r"), ("ŚśŜŝŞşŠšȘș", "s"), ("ß", "ss"), ("ŢţŤťŦŧȚț", "t"),
            ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Þþ", "th"),
        ]
        var map: [UInt32: String] = [:]
        for (letters, base) in table {
            for scalar in letters.unicodeScalars { map[scalar.value] = base }
        }
        return map
    }()
}
