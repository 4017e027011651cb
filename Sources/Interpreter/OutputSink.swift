#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a runner writes results and diagnostics.
public protocol OutputSink: AnyObject {
    /// Writes result text.
    func write(_ text: String)
    /// Writes diagnostic text.
    func writeError(_ text: String)
}

/// Collects output in memory: for tests and embedding.
public final class BufferOutput: OutputSink {
    /// Result text written so far.
    public private(set) var text = ""
    /// Diagnostic text written so far.
    public private(set) var errors = ""
    /// Creates an empty buffer.
    public init() {}
    /// Appends result text.
    public func write(_ text: String) { self.text += text }
    /// Appends diagnostic text.
    public func writeError(_ text: String) { errors += text }
}

/// Writes to a file descriptor, unbuffered by stdio, so output interleaves correctly with
/// diagnostics. A closed pipe (EPIPE) ends writing quietly: `natoql -c claims | head -1`.
public final class FileDescriptorOutput: OutputSink, @unchecked Sendable {
    let out: Int32
    let err: Int32
    /// True once the reader of `out` has gone away.
    public private(set) var broken = false
    /// True once writing results failed for another reason (reported once).
    public private(set) var failed = false

    /// Standard output and standard error.
    public static let standard = FileDescriptorOutput(out: 1, err: 2)

    /// Writes results to `out` and diagnostics to `err`.
    public init(out: Int32, err: Int32) {
        self.out = out
        self.err = err
    }

    /// Writes result text.
    public func write(_ text: String) { writeAll(text, to: out) }
    /// Writes diagnostic text.
    public func writeError(_ text: String) { writeAll(text, to: err) }

    private func writeAll(_ text: String, to fd: Int32) {
        if broken && fd == out { return }
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE, fd == out {
                        broken = true
                    } else if fd == out, !failed {
                        // A full disk or a bad descriptor: say so once, on the error stream.
                        failed = true
                        writeAll("error: cannot write results: \(String(cString: strerror(errno)))\n", to: err)
                    }
                    return
                }
                offset += n
            }
        }
    }
}
