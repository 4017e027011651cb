import FoundationEssentials

#if canImport(Glibc)
    import Extraction
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The REPL's history file: one statement per line, duplicates folded, bounded in size, safe
/// with crashes and with several sessions at once.
///
/// The format is natoql's own (not libedit's `H_SAVE` format, whose header the libedit
/// truncation call drops): a first line `#natoql history v1`, then one record per line with
/// backslash escapes (`\\`, `\n` for the newline of a multi-line statement, `\r`, `\t`).
/// Each new entry is appended with one `write()` on a descriptor opened with `O_APPEND` under
/// an exclusive `flock`, so concurrent sessions interleave whole records and a crash can at
/// worst leave one unterminated line, which loading skips. When the file holds many more
/// records than ``limit``, it is compacted: the folded last ``limit`` entries are written to a
/// temporary file that is then renamed over the old one.
///
/// Problems (an unwritable folder, a directory at the path, unreadable records) become
/// ``warnings``; the session goes on with its history in memory.
public final class HistoryStore {
    /// The file, or `nil` when history is not persisted.
    public let path: String?
    /// The most entries kept.
    public let limit: Int
    /// The entries, oldest first, duplicates folded (an entry appears once, at its latest use).
    public private(set) var entries: [String] = []
    /// What went wrong reading or writing the file, for the REPL to show.
    public private(set) var warnings: [String] = []
    /// Records in the file (including duplicates folded in memory), to decide on compaction.
    private var recordsInFile = 0
    /// Set once writing failed, so a broken path is reported once, not after every statement.
    private var writeFailed = false

    /// The header line of a history file.
    public static let header = "#natoql history v1"

    /// Creates a store over `path` and loads it.
    /// - Parameters:
    ///   - path: the history file; `nil` keeps history in memory only.
    ///   - limit: the most entries kept (the file is compacted when it holds far more).
    public init(path: String?, limit: Int = 2000) {
        self.path = path
        self.limit = max(1, limit)
        load()
    }

    /// Where history lives: `$NATOQL_HISTORY` (empty turns history off), else
    /// `$XDG_STATE_HOME/natoql/history`, else `~/.local/state/natoql/history`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let override = environment["NATOQL_HISTORY"] { return override.isEmpty ? nil : override }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/natoql/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/natoql/history"
    }

    // MARK: - Records

    /// One entry as one line (without the newline).
    public static func encode(_ entry: String) -> String {
        var out = ""
        out.reserveCapacity(entry.utf8.count)
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The entry of one line, or `nil` when the line is not a valid record.
    public static func decode(_ line: Substring) -> String? {
        var out = ""
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                switch scalar {
                case "\\": out += "\\"
                case "n": out += "\n"
                case "r": out += "\r"
                case "t": out += "\t"
                default: return nil
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar.value < 0x20 || scalar == "\u{FFFD}" {
                return nil  // a control character or invalid UTF-8: a damaged record
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return escaping || out.isEmpty ? nil : out
    }

    /// `entries` with each duplicate kept at its last position only, then the last `limit`.
    static func fold(_ entries: [String], limit: Int) -> [String] {
        var seen = Set<String>()
        var kept: [String] = []
        for entry in entries.reversed() where seen.insert(entry).inserted {
            kept.append(entry)
            if kept.count == limit { break }
        }
        return kept.reversed()
    }

    /// The entries of a file's text, and how many lines were damaged.
    static func parse(_ data: Data) -> (entries: [String], records: Int, damaged: Int) {
        var entries: [String] = []
        var damaged = 0
        var records = 0
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (i, bytes) in lines.enumerated() {
            if bytes.isEmpty { continue }
            let isLast = i == lines.count - 1  // no newline after it: possibly a torn write
            let line = String(decoding: bytes, as: UTF8.self)
            if line.hasPrefix("#") { continue }
            records += 1
            if !isLast, let entry = decode(line[...]) {
                entries.append(entry)
            } else {
                damaged += 1
            }
        }
        return (entries, records, damaged)
    }

    // MARK: - Loading and saving

    /// Reads the file (a missing file is an empty history).
    private func load() {
        guard let path else { return }
        let kind = FileKind(path: path)
        guard kind != .missing else { return }
        if kind == .directory {
            warn("history file '\(path)' is a folder; history will not be saved")
            writeFailed = true
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            warn("cannot read history file '\(path)'")
            return
        }
        let parsed = Self.parse(data)
        if parsed.damaged > 0 {
            warn("skipped \(parsed.damaged) damaged line\(parsed.damaged == 1 ? "" : "s") of history file '\(path)'")
        }
        entries = Self.fold(parsed.entries, limit: limit)
        recordsInFile = parsed.records
        if recordsInFile > limit + limit / 4 || parsed.damaged > 0 { compact() }
    }

    /// Adds an entry (a whole statement, possibly multi-line) and appends it to the file.
    /// - Returns: true when an older copy moved to the end (libedit's list needs rebuilding).
    @discardableResult
    public func add(_ entry: String) -> Bool {
        let entry = entry.trimmingWhitespace()
        if entry.isEmpty || entries.last == entry { return false }
        var moved = false
        if let old = entries.firstIndex(of: entry) {
            entries.remove(at: old)
            moved = true
        }
        entries.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        append(entry)
        if recordsInFile > limit + limit / 4 { compact() }
        return moved
    }

    /// Appends one record with a single write under an exclusive lock.
    private func append(_ entry: String) {
        guard let path, !writeFailed else { return }
        guard let fd = openLocked(path, flags: O_WRONLY | O_APPEND | O_CREAT) else { return }
        defer { close(fd) }  // also releases the lock
        var record = Self.encode(entry) + "\n"
        var info = stat()
        if fstat(fd, &info) == 0 {
            if info.st_size == 0 {
                record = Self.header + "\n" + record
            } else {
                // A crash may have left an unterminated line: do not glue this record to it.
                var last: UInt8 = 0
                let readFD = open(path, O_RDONLY | O_CLOEXEC)
                if readFD >= 0 {
                    // End the torn line with a control character, so loading skips it as damaged.
                    if pread(readFD, &last, 1, off_t(info.st_size - 1)) == 1, last != UInt8(ascii: "\n") { record = "\u{1}\n" + record }
                    close(readFD)
                }
            }
        }
        if !writeAll(fd, record) {
            fail("cannot write history file '\(path)': \(String(cString: strerror(errno)))")
            return
        }
        recordsInFile += 1
    }

    /// Rewrites the file with the folded entries: a temporary file renamed over it.
    public func compact() {
        guard let path, !writeFailed else { return }
        guard let fd = openLocked(path, flags: O_RDONLY | O_CREAT) else { return }
        defer { close(fd) }
        // The file is the truth: every entry of this session was appended to it, and other
        // sessions' entries are only there (re-adding ours from memory would resurrect entries
        // another session's compaction dropped, out of order).
        let data = FileManager.default.contents(atPath: path) ?? Data()
        let kept = Self.fold(Self.parse(data).entries, limit: limit)
        let temporary = path + ".tmp-\(getpid())"
        let out = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard out >= 0 else {
            fail("cannot write history file '\(temporary)': \(String(cString: strerror(errno)))")
            return
        }
        let text = Self.header + "\n" + kept.map { Self.encode($0) + "\n" }.joined()
        let written = writeAll(out, text) && fsync(out) == 0
        close(out)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            fail("cannot replace history file '\(path)': \(String(cString: strerror(errno)))")
            return
        }
        recordsInFile = kept.count
    }

    /// Opens `path` (creating its folder), locked exclusively, making sure the descriptor is
    /// the file now at `path` (a compaction in another session may have replaced it).
    private func openLocked(_ path: String, flags: Int32) -> Int32? {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        for _ in 0..<10 {
            let fd = open(path, flags | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                fail("cannot open history file '\(path)': \(String(cString: strerror(errno)))")
                return nil
            }
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
            var opened = stat()
            var current = stat()
            if fstat(fd, &opened) == 0, stat(path, &current) == 0, opened.st_ino == current.st_ino, opened.st_dev == current.st_dev {
                return fd
            }
            close(fd)  // replaced under us: open the new file
        }
        fail("history file '\(path)' keeps changing")
        return nil
    }

    private func writeAll(_ fd: Int32, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            // One write for the whole record: O_APPEND makes it atomic with other appenders.
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    private func warn(_ message: String) { warnings.append(message) }

    private func fail(_ message: String) {
        if !writeFailed { warn(message + "; history will not be saved") }
        writeFailed = true
    }

    /// Returns and forgets the warnings so far.
    public func takeWarnings() -> [String] {
        defer { warnings = [] }
        return warnings
    }
}
