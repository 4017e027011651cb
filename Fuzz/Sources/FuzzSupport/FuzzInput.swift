#if canImport(Glibc)
    import Glibc
#endif

/// The bytes libFuzzer hands a target, read as a sequence of choices: each read takes the next
/// byte, and an exhausted input reads as zeros, so every input (even an empty one) decodes.
public struct FuzzInput {
    private let bytes: [UInt8]
    private var position = 0

    /// Copies the input libFuzzer passes to `LLVMFuzzerTestOneInput`.
    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    }

    /// Wraps bytes (for replaying an input in a test).
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Every byte of the input.
    public var all: [UInt8] { bytes }

    /// True once every byte was read.
    public var isExhausted: Bool { position >= bytes.count }

    /// The bytes not read yet.
    public var rest: ArraySlice<UInt8> { bytes[min(position, bytes.count)...] }

    /// The next byte, or 0 past the end.
    public mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// An index below `count` (which must be positive).
    public mutating func index(_ count: Int) -> Int { Int(byte()) % count }

    /// One of `options`.
    public mutating func pick<T>(_ options: [T]) -> T { options[index(options.count)] }

    /// True about once in `n` reads.
    public mutating func oneIn(_ n: Int) -> Bool { index(n) == 0 }
}

/// Shows text at once on standard error (findings are reproduced under a time limit that kills
/// the process, so nothing may wait in a buffer).
public enum FuzzOutput {
    /// Writes `text` and a newline to standard error, unbuffered.
    public static func show(_ text: String) {
        var line = text + "\n"
        line.withUTF8 { buffer in _ = write(2, buffer.baseAddress, buffer.count) }
    }
}
