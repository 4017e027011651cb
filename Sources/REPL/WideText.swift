#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Conversions between Swift strings and libedit's wide (`wchar_t`, one Unicode scalar each)
/// strings.
enum WideText {
    /// The scalars of `text` as a NUL-terminated `wchar_t` array.
    static func wide(_ text: String) -> [wchar_t] {
        var result = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        result.append(0)
        return result
    }

    /// Calls `body` with `text` as a NUL-terminated wide string.
    static func with<R>(_ text: String, _ body: (UnsafePointer<wchar_t>) -> R) -> R {
        wide(text).withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// The string of `count` wide characters at `pointer` (invalid scalars become U+FFFD).
    static func string(_ pointer: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for i in 0..<max(0, count) {
            scalars.append(Unicode.Scalar(UInt32(bitPattern: pointer[i])) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
