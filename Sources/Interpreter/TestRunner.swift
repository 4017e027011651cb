import DSL
import Extraction
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// `natoql test`: runs `.nql` files as tests and prints `N passed, N failed`.
///
/// Each check is one test: an `assert`, an `expect`, or a golden block. A golden block is a
/// statement followed by a line `----` and the rows it must print, up to a blank line (the
/// form sqllogictest made standard); `error SUBSTRING` instead of rows expects an error whose
/// message contains SUBSTRING. Rows are printed one a line, cells joined by ` | `; a `why` or
/// `show` prints its text. A file with no checks is one test that passes when every statement
/// runs. With `update`, golden blocks are rewritten from the actual output.
public struct TestRunner {
    /// The session tests run in; each file starts from its state (names, view, settings).
    public let session: Session
    /// Where failures and the summary go.
    public let output: OutputSink
    /// Rewrite golden blocks instead of comparing them.
    public let update: Bool

    /// Creates a test runner.
    public init(session: Session, output: OutputSink, update: Bool = false) {
        self.session = session
        self.output = output
        self.update = update
    }

    /// The counts of a run.
    public struct Summary: Sendable, Equatable {
        /// Checks that held.
        public var passed = 0
        /// Checks that failed.
        public var failed = 0
        /// Paths that could not be read.
        public var unreadable = 0
    }

    /// Runs every `.nql` file under `paths`, in name order, and prints the summary line.
    public func run(paths: [String]) -> Summary {
        var summary = Summary()
        var files: [String] = []
        for path in paths {
            let kind = FileKind(path: path)
            guard kind != .missing else {
                output.writeError("error: cannot read '\(path)': no such file or folder\n")
                summary.unreadable += 1
                summary.failed += 1
                continue
            }
            if kind == .directory {
                files += FileKind.files(under: path).filter { $0.hasSuffix(".nql") }
            } else {
                files.append(path)
            }
        }
        for file in files {
            let result = runFile(file)
            summary.passed += result.passed
            summary.failed += result.failed
        }
        output.write("\(summary.passed) passed, \(summary.failed) failed\n")
        return summary
    }

    /// Runs one file; returns its counts.
    public func runFile(_ path: String) -> Summary {
        var summary = Summary()
        guard case .success(let text) = Runner.readScript(path) else {
            output.writeError("\(path): error: cannot read the file\n")
            summary.failed = 1
            return summary
        }
        let fileSession = session.fork()
        let blocks = GoldenFile.split(text)
        var rewritten: [String] = []
        var fileFailed = false
        var checks = 0
        for block in blocks {
            let buffer = BufferOutput()
            let runner = Runner(session: fileSession, output: buffer)
            runner.currentScriptOverride = path
            let source = SourceFile(name: path, text: block.statementText, firstLine: block.firstLine)
            let script = Parser.parse(source)
            if !script.diagnostics.isEmpty, block.expected == nil || !(block.expected!.first?.hasPrefix("error") ?? false) {
                for d in script.diagnostics { output.writeError(d.description + "\n") }
                summary.failed += 1
                fileFailed = true
                rewritten.append(block.original)
                continue
            }
            guard let expected = block.expected else {
                let before = runner.tally
                if script.diagnostics.isEmpty {
                    for statement in script.statements {
                        if !runner.runStatement(statement, in: source), fileSession.settings.bail { break }
                    }
                }
                _ = before
                let t = runner.tally
                summary.passed += t.passedAssertions
                summary.failed += t.failedAssertions
                checks += t.passedAssertions + t.failedAssertions
                if t.errors > 0 || t.unreadable > 0 || t.failedAssertions > 0 {
                    fileFailed = fileFailed || t.errors > 0 || t.unreadable > 0
                    for line in Self.failureLines(buffer.errors) { output.write(line + "\n") }
                    if t.errors > 0 || t.unreadable > 0 { summary.failed += 1 }
                }
                rewritten.append(block.original)
                continue
            }
            checks += 1
            // Golden block: run every statement; the last one's output is compared.
            var actualLines: [String] = []
            var errorMessage: String?
            for (i, statement) in script.statements.enumerated() {
                let isLast = i == script.statements.count - 1
                do {
                    switch try fileSession.execute(statement, in: source) {
                    case .value(let value):
                        if isLast { actualLines = GoldenFile.lines(of: value, session: fileSession) }
                    case .failed(let d):
                        errorMessage = d.message
                    case .meta(let command):
                        _ = runner.runStatement(Statement(kind: .meta(command), range: statement.range), in: source)
                    }
                } catch {
                    errorMessage = error.diagnostics.first?.message ?? "error"
                    break
                }
            }
            if !script.diagnostics.isEmpty { errorMessage = script.diagnostics[0].message }
            let actual = errorMessage.map { ["error \($0)"] } ?? actualLines
            let matches: Bool
            if let wantedError = expected.first, wantedError.hasPrefix("error"), expected.count == 1 {
                let needle = wantedError.dropFirst(5).trimmingWhitespace()
                matches = errorMessage.map { needle.isEmpty || $0.contains(needle) } ?? false
            } else {
                matches = actual == expected
            }
            if matches {
                summary.passed += 1
                rewritten.append(block.original)
            } else if update {
                summary.passed += 1
                rewritten.append(block.rewritten(with: actual))
            } else {
                summary.failed += 1
                output.write("\(path):\(block.separatorLine): expected \(Self.quote(expected)), got \(Self.quote(actual))\n")
                rewritten.append(block.original)
            }
        }
        if checks == 0 && !fileFailed { summary.passed += 1 }
        if update {
            let newText = rewritten.joined()
            if newText != text { try? newText.write(toFile: path, atomically: true, encoding: .utf8) }
        }
        return summary
    }

    static func quote(_ lines: [String]) -> String {
        lines.isEmpty ? "(no rows)" : "\"" + lines.joined(separator: "⏎") + "\""
    }

    /// The first line of each rendered diagnostic and its notes: `file:line:col: error: ...`.
    static func failureLines(_ rendered: String) -> [String] {
        var lines: [String] = []
        var message = ""
        for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("error: ") || line.hasPrefix("warning: ") {
                message = String(line)
            } else if let arrow = line.firstRange(of: "--> "), !message.isEmpty {
                let location = line[arrow.upperBound...]
                let parts = message.split(separator: ":", maxSplits: 1)
                lines.append("\(location): \(parts[0]):\(parts.count > 1 ? String(parts[1]) : "")")
                message = ""
            } else if let note = line.firstRange(of: "= note: ") {
                lines.append("    " + line[note.upperBound...])
            }
        }
        if !message.isEmpty { lines.append(message) }
        return lines
    }
}

/// The golden-file format: blocks of statements, each optionally followed by `----` and the
/// expected rows up to a blank line.
enum GoldenFile {
    struct Block {
        var statementText: String
        var firstLine: Int
        var separatorLine: Int
        var expected: [String]?
        var original: String
        /// The file's line end: `"\r\n"` for a file written with CRLF, else `"\n"`.
        var lineEnd: String = "\n"

        /// The block with `actual` as its expected rows, written with the file's line ends.
        func rewritten(with actual: [String]) -> String {
            statementText + "----" + lineEnd + actual.map { $0 + lineEnd }.joined() + trailing
        }

        var trailing: String {
            original.hasSuffix(lineEnd + lineEnd) ? lineEnd : ""
        }
    }

    /// One line of a file: its text without the line end, and the text as written (with the
    /// `\n`, and the `\r` before it in a CRLF file).
    struct Line {
        var content: String
        var original: String
    }

    /// The lines of `text`, split at each `\n` byte. A `\r` before it is part of the line end,
    /// not of the content, so a file saved with CRLF line ends reads as the same blocks. (A
    /// String splits by Character, and `"\r\n"` is one Character, so the split is on bytes.)
    static func lines(_ text: String) -> [Line] {
        let bytes = Array(text.utf8)
        var lines: [Line] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "\n") {
            var contentEnd = i
            if contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            let originalEnd = i == bytes.count ? i : i + 1
            lines.append(
                Line(
                    content: String(decoding: bytes[start..<contentEnd], as: UTF8.self),
                    original: String(decoding: bytes[start..<originalEnd], as: UTF8.self)))
            start = i + 1
        }
        return lines
    }

    /// Splits a file into blocks. Statements before a `----` line form the block's statement
    /// part (the text since the previous block); text after the last block is a block without
    /// expected rows. Lines may end in `\n` or `\r\n`.
    static func split(_ text: String) -> [Block] {
        var blocks: [Block] = []
        let lines = lines(text)
        let lineEnd = lines.first.map { $0.original.hasSuffix("\r\n") } == true ? "\r\n" : "\n"
        var statement = ""
        var statementStart = 1
        var original = ""
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.content == "----" {
                let separatorLine = i + 1
                var expected: [String] = []
                var blockOriginal = original + line.original
                i += 1
                while i < lines.count, !lines[i].content.isEmpty {
                    expected.append(lines[i].content)
                    blockOriginal += lines[i].original
                    i += 1
                }
                // The blank line that ends the rows belongs to the block.
                if i < lines.count, i != lines.count - 1 { blockOriginal += lines[i].original; i += 1 }
                blocks.append(
                    Block(
                        statementText: statement, firstLine: statementStart, separatorLine: separatorLine,
                        expected: expected, original: blockOriginal, lineEnd: lineEnd))
                statement = ""
                original = ""
                statementStart = i + 1
                continue
            }
            statement += line.original
            original += line.original
            i += 1
        }
        if !original.isEmpty {
            blocks.append(
                Block(
                    statementText: statement, firstLine: statementStart, separatorLine: 0, expected: nil, original: original,
                    lineEnd: lineEnd))
        }
        return blocks
    }

    /// The rows a value prints in a golden block.
    static func lines(of value: Value, session: Session) -> [String] {
        let columns = Columns(context: RenderContext(cache: session.cache))
        switch value {
        case .nothing: return []
        case .collection(let c):
            return columns.table(c).rows.map { $0.map { columns.text($0) }.joined(separator: " | ") }
        case .table(let t):
            return t.rows.map { $0.map { columns.text($0) }.joined(separator: " | ") }
        case .list(let items):
            return items.map { columns.text($0) }
        case .explanation, .report:
            return Renderer.render(value, as: .table, context: RenderContext(cache: session.cache))
                .split(separator: "\n").map(String.init)
        default:
            return [columns.text(value)]
        }
    }
}
