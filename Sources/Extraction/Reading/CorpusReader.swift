import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An article as read from disk or memory, before analysis.
public struct RawArticle: Sendable {
    /// The file name without `.txt`.
    public var name: String
    /// The file name.
    public var fileName: String
    /// The UTF-8 bytes of the text (without a byte-order mark).
    public var bytes: [UInt8]
    /// Bytes dropped from the start of the file (3 for a BOM).
    public var byteOffsetShift: Int
    /// The outlet, if known.
    public var outlet: String?
    /// The publication date, if known.
    public var published: CalendarDate?
}

/// What reading a corpus found: the articles, the corpus's own lexicon, and the problems.
public struct CorpusContents: Sendable {
    /// The articles, sorted by file name.
    public var articles: [RawArticle] = []
    /// The corpus folder's `lexicon.tsv` (its text and path), if any.
    public var lexicon: (text: String, file: String)?
    /// Files and lines that were skipped, each with its place.
    public var problems: [LoadProblem] = []
}

/// Reads a corpus: a folder of UTF-8 `.txt` articles with optional `articles.tsv` metadata and
/// `lexicon.tsv` beside them, or the seeds built into the binary, or texts given in memory.
///
/// A file that cannot be used is reported and skipped; the rest still load: a file that is not
/// UTF-8 (named with the offset of its first bad byte), an empty file, an unreadable file, a
/// malformed metadata line (with its line number).
public enum CorpusReader {
    /// Reads a folder.
    /// - Throws: ``LoadError`` when the folder is missing or unreadable, or holds no `.txt` file.
    public static func read(directory path: String) throws(LoadError) -> CorpusContents {
        let listing = try list(directory: path)
        var contents = CorpusContents(lexicon: listing.lexicon, problems: listing.problems)
        for file in listing.files {
            if let article = readArticle(file, problems: &contents.problems) { contents.articles.append(article) }
        }
        return contents
    }

    /// Lists a folder: its article files with their metadata, and its lexicon, without reading
    /// the articles.
    /// - Throws: ``LoadError`` when the folder is missing or unreadable, or holds no `.txt` file.
    public static func list(directory path: String) throws(LoadError) -> CorpusListing {
        let fm = FileManager.default
        switch FileKind(path: path) {
        case .missing: throw LoadError(.missingDirectory, "\(path): no such folder")
        case .file: throw LoadError(.missingDirectory, "\(path): not a folder")
        case .directory: break
        }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: path)
        } catch {
            throw LoadError(.unreadable, "\(path): cannot read the folder (\(error))")
        }
        let articleFiles = names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
        guard !articleFiles.isEmpty else {
            throw LoadError(.noArticles, "\(path): no articles (a corpus is a folder of .txt files)")
        }
        var listing = CorpusListing()
        let base = path.hasSuffix("/") ? path : path + "/"
        var metadata: [String: (outlet: String?, published: CalendarDate?)] = [:]
        if names.contains("articles.tsv") {
            let file = base + "articles.tsv"
            if let data = fm.contents(atPath: file) {
                let bytes = [UInt8](data)
                if let bad = firstInvalidUTF8(bytes) {
                    listing.problems.append(
                        LoadProblem(
                            file: file, byteOffset: bad, message: "not UTF-8; metadata ignored, articles are undated"))
                } else {
                    let (entries, problems) = parseMetadata(String(decoding: bytes, as: UTF8.self), file: file)
                    metadata = entries
                    listing.problems += problems
                    let present = Set(articleFiles)
                    for listed in entries.keys.sorted() where !present.contains(listed) {
                        listing.problems.append(
                            LoadProblem(
                                file: file, line: nil, message: "lists \(listed), which is not in the folder"))
                    }
                }
            } else {
                listing.problems.append(LoadProblem(file: file, message: "cannot be read; articles are undated"))
            }
        }
        if names.contains("lexicon.tsv") {
            let file = base + "lexicon.tsv"
            if let data = fm.contents(atPath: file) {
                let bytes = [UInt8](data)
                if let bad = firstInvalidUTF8(bytes) {
                    listing.problems.append(LoadProblem(file: file, byteOffset: bad, message: "not UTF-8; corpus lexicon ignored"))
                } else {
                    listing.lexicon = (String(decoding: stripBOM(bytes).bytes, as: UTF8.self), file)
                }
            } else {
                listing.problems.append(LoadProblem(file: file, message: "cannot be read; corpus lexicon ignored"))
            }
        }
        listing.files.reserveCapacity(articleFiles.count)
        for fileName in articleFiles {
            let meta = metadata[fileName]
            listing.files.append(
                CorpusListing.File(fileName: fileName, path: base + fileName, outlet: meta?.outlet, published: meta?.published))
        }
        return listing
    }

    /// Reads one listed article; reports and returns nil when it cannot be used.
    public static func readArticle(_ file: CorpusListing.File, problems: inout [LoadProblem]) -> RawArticle? {
        let bytes: [UInt8]
        switch readRegularFile(file.path) {
        case .bytes(let read):
            bytes = read
        case .tooLarge(let size):
            problems.append(tooLarge(file.path, size: size))
            return nil
        case .unreadable:
            problems.append(LoadProblem(file: file.path, message: "cannot be read; skipped"))
            return nil
        case .notRegular:
            let fm = FileManager.default
            // Refuse an oversized file before reading it into memory.
            if let size = (try? fm.attributesOfItem(atPath: file.path))?[.size] as? Int, size > maxArticleBytes {
                problems.append(tooLarge(file.path, size: size))
                return nil
            }
            guard let data = fm.contents(atPath: file.path) else {
                problems.append(LoadProblem(file: file.path, message: "cannot be read; skipped"))
                return nil
            }
            bytes = [UInt8](data)
        }
        return makeArticle(
            fileName: file.fileName, path: file.path, bytes: bytes, outlet: file.outlet, published: file.published,
            problems: &problems)
    }

    /// What reading a file directly found.
    enum DirectRead {
        /// Its bytes.
        case bytes([UInt8])
        /// A regular file larger than ``maxArticleBytes``, with its size: not read.
        case tooLarge(Int)
        /// It cannot be opened or read.
        case unreadable
        /// Not a regular file (a folder, a pipe), or one that changed while read: left to Foundation.
        case notRegular
    }

    /// Reads a regular file with one `open`, `fstat` and `read` (Foundation's attributes and
    /// contents cost several system calls and a dictionary a file).
    static func readRegularFile(_ path: String) -> DirectRead {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .unreadable }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .unreadable }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
        let size = Int(info.st_size)
        if size > maxArticleBytes { return .tooLarge(size) }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while count <= size {
                let n = systemRead(fd, buffer.baseAddress! + count, size + 1 - count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failed = true }
                if n <= 0 { break }
                count += n
            }
        }
        if failed { return .unreadable }
        // It grew while read: let Foundation read it whole.
        if bytes.count > size { return .notRegular }
        return .bytes(bytes)
    }

    /// Checks and wraps one article's bytes; reports and returns nil when it cannot be used.
    public static func makeArticle(
        fileName: String, path: String, bytes: [UInt8], outlet: String?, published: CalendarDate?,
        problems: inout [LoadProblem]
    ) -> RawArticle? {
        if bytes.count > maxArticleBytes {
            problems.append(tooLarge(path, size: bytes.count))
            return nil
        }
        if let bad = firstInvalidUTF8(bytes) {
            problems.append(LoadProblem(file: path, byteOffset: bad, message: "not valid UTF-8; article skipped"))
            return nil
        }
        let (text, shift) = stripBOM(bytes)
        if text.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            problems.append(LoadProblem(file: path, message: "empty article; skipped"))
            return nil
        }
        let name = fileName.hasSuffix(".txt") ? String(fileName.dropLast(4)) : fileName
        return RawArticle(
            name: name, fileName: fileName, bytes: shift == 0 ? bytes : Array(text), byteOffsetShift: shift, outlet: outlet,
            published: published)
    }

    /// The largest article loaded, in bytes (16 MiB). News articles are a few kilobytes;
    /// analysis is linear but takes about a second a megabyte in a release build, so a larger
    /// file is reported and skipped rather than left to look like a hang.
    public static let maxArticleBytes = 16 << 20

    static func tooLarge(_ path: String, size: Int) -> LoadProblem {
        let mib = Double(size) / Double(1 << 20)
        return LoadProblem(
            file: path,
            message: "\((mib * 10).rounded() / 10) MiB, larger than the \(maxArticleBytes >> 20) MiB an article may have; skipped")
    }

    /// The bytes without a leading UTF-8 byte-order mark, and how many were dropped.
    static func stripBOM(_ bytes: [UInt8]) -> (bytes: ArraySlice<UInt8>, shift: Int) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (bytes[3...], 3) }
        return (bytes[...], 0)
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all are.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }
    }

    /// ``firstInvalidUTF8(_:)`` in place: ASCII (most of an English article) is passed over eight
    /// bytes at a time, the rest decoded a sequence at a time.
    private static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i < n {
            // Eight ASCII bytes: no high bit set.
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var length = 0
            var minimum: UInt32 = 0
            var value: UInt32 = 0
            if b & 0xE0 == 0xC0 {
                length = 2; minimum = 0x80; value = UInt32(b & 0x1F)
            } else if b & 0xF0 == 0xE0 {
                length = 3; minimum = 0x800; value = UInt32(b & 0x0F)
            } else if b & 0xF8 == 0xF0 {
                length = 4; minimum = 0x10000; value = UInt32(b & 0x07)
            } else {
                return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length
        }
        return nil
    }

    /// Parses `articles.tsv`: a header `file<TAB>outlet<TAB>published`, then one line an article.
    /// Lines end with LF or CRLF; blank lines and lines starting with `#` are skipped; columns are
    /// trimmed of spaces. The text is read as UTF-8 bytes (tabs, line ends and spaces are ASCII), so
    /// a line costs a pass over its bytes, not grapheme breaking.
    public static func parseMetadata(_ text: String, file: String)
        -> (entries: [String: (outlet: String?, published: CalendarDate?)], problems: [LoadProblem])
    {
        var entries: [String: (outlet: String?, published: CalendarDate?)] = [:]
        var problems: [LoadProblem] = []
        var lineNumber = 0
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lineStart = bytes.index(lineStart, offsetBy: 3) }
        var finished = false
        while !finished {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var line = bytes[lineStart..<lineEnd]
            if lineEnd == bytes.endIndex { finished = true } else { lineStart = bytes.index(after: lineEnd) }
            lineNumber += 1
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
                || line.first == UInt8(ascii: "#")
            {
                continue
            }
            let columns = metadataColumns(line)
            if lineNumber == 1 || entries.isEmpty && columns.first?.lowercased() == "file" {
                if columns.map({ $0.lowercased() }) == ["file", "outlet", "published"] { continue }
                if columns.first?.lowercased() == "file" {
                    problems.append(
                        LoadProblem(
                            file: file, line: lineNumber, message: "header should be: file<TAB>outlet<TAB>published"))
                    continue
                }
                problems.append(
                    LoadProblem(
                        file: file, line: lineNumber,
                        message: "missing header line file<TAB>outlet<TAB>published; reading the line as data"))
            }
            addMetadataLine(columns)
        }
        return (entries, problems)

        /// Records one data line's entry, or the problem that keeps it out.
        func addMetadataLine(_ columns: [String]) {
            guard columns.count == 3 else {
                problems.append(
                    LoadProblem(
                        file: file, line: lineNumber,
                        message: "expected 3 tab-separated columns (file, outlet, published), found \(columns.count); line skipped"))
                return
            }
            guard columns[0].hasSuffix(".txt") else {
                problems.append(
                    LoadProblem(
                        file: file, line: lineNumber, message: "'\(columns[0])' is not a .txt file name; line skipped"))
                return
            }
            let outlet = columns[1].isEmpty || columns[1] == "-" ? nil : columns[1]
            var date: CalendarDate?
            if !columns[2].isEmpty, columns[2] != "-" {
                date = CalendarDate(iso: columns[2])
                if date == nil {
                    problems.append(
                        LoadProblem(
                            file: file, line: lineNumber,
                            message: "'\(columns[2])' is not a date YYYY-MM-DD; \(columns[0]) is undated"))
                }
            }
            entries[columns[0]] = (outlet, date)
        }
    }

    /// A metadata line's tab-separated columns, each trimmed of spaces at both ends.
    private static func metadataColumns(_ line: Substring.UTF8View) -> [String] {
        var columns: [String] = []
        var start = line.startIndex
        while true {
            let end = line[start...].firstIndex(of: UInt8(ascii: "\t")) ?? line.endIndex
            var column = line[start..<end]
            while column.first == UInt8(ascii: " ") { column = column.dropFirst() }
            while column.last == UInt8(ascii: " ") { column = column.dropLast() }
            columns.append(String(Substring(column)))
            if end == line.endIndex { return columns }
            start = line.index(after: end)
        }
    }
}

/// The system's `read` (inside ``CorpusReader`` the name is its own `read(directory:)`).
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
