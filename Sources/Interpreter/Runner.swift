import DSL
import Dispatch
import Extraction
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Runs source text through a session: parses it, runs each statement, prints results and
/// diagnostics, and carries out meta commands. Scripts, `-c`, standard input and the REPL all
/// use one.
public final class Runner {
    /// The session statements run in.
    public let session: Session
    /// Where results and diagnostics go.
    public var output: OutputSink
    /// Colour diagnostics and table headers.
    public var colored = false
    /// Fit tables to this width.
    public var width: Int?
    /// Extra meta commands (the REPL's `.history`, `.editor`, ...): return true when handled.
    public var extraMeta: ((MetaCommand, Runner) -> Bool)?
    /// The counts of what went wrong so far.
    public private(set) var tally = Tally()
    /// Set by `.quit`.
    public private(set) var quitRequested = false
    /// The most rows a table shows on a terminal; set ``maxTableRows`` to it where a person reads
    /// the output (the REPL, a terminal). Files (`.output`) and other formats get every row.
    public static let terminalTableRows = 1000
    /// The most rows a table shows (`nil`: all); not applied to `.output` and `.once`.
    public var maxTableRows: Int?
    /// How deep `.read` may nest.
    public static let maxReadDepth = 16

    private var readStack: [String] = []
    private var redirect: FileDescriptorOutput?
    private var redirectOnce = false

    /// Counts of failures, for exit codes and `natoql test`.
    public struct Tally: Sendable, Equatable {
        /// Statements that could not parse or run.
        public var errors = 0
        /// Assertions and expectations that failed.
        public var failedAssertions = 0
        /// Assertions and expectations that held.
        public var passedAssertions = 0
        /// Inputs (scripts, corpora) that could not be read.
        public var unreadable = 0
        /// Statements stopped by Ctrl-C.
        public var interrupted = 0
    }

    /// Creates a runner.
    public init(session: Session, output: OutputSink) {
        self.session = session
        self.output = output
    }

    /// Resets the counts (the REPL does after each entry).
    public func resetTally() { tally = Tally() }

    /// How a run ended.
    public enum Status: Sendable, Equatable {
        /// Every statement ran.
        case completed
        /// Stopped at an error (bail on).
        case stopped
        /// `.quit` was run.
        case quit
    }

    /// Runs every statement of `source`. With bail on, stops at the first error.
    @discardableResult
    public func run(_ source: SourceFile) -> Status {
        let script = Parser.parse(source)
        if !script.diagnostics.isEmpty {
            reportAll(script.diagnostics, source: source)
            tally.errors += script.diagnostics.count
            return .stopped
        }
        for statement in script.statements {
            if session.settings.echo { emit(text(of: statement.range, in: source) + "\n") }
            let ok = runStatement(statement, in: source)
            if quitRequested { return .quit }
            if session.cancellation.isCancelled { return .stopped }  // Ctrl-C stops the whole entry
            if !ok && session.settings.bail { return .stopped }
        }
        return .completed
    }

    /// Runs one statement; false when it failed with an error.
    @discardableResult
    public func runStatement(_ statement: Statement, in source: SourceFile) -> Bool {
        let started = DispatchTime.now()
        do {
            switch try session.execute(statement, in: source) {
            case .value(let value):
                emit(
                    session.render(
                        value, width: redirect == nil ? width : nil, colored: colored && redirect == nil,
                        maxRows: redirect == nil ? maxTableRows : nil))
                if case .nothing = value, isCheck(statement) { tally.passedAssertions += 1 }
            case .failed(let diagnostic):
                tally.failedAssertions += 1
                report(diagnostic, source: source)
            case .meta(let command):
                if !runMeta(command, source: source) { return false }
            }
        } catch {
            if error.diagnostics.contains(where: { $0.id == "interrupted" }) {
                tally.interrupted += 1
                output.writeError("interrupted\n")
                return false
            }
            tally.errors += 1
            reportAll(error.diagnostics, source: source, error: error)
            return false
        }
        if session.settings.timing, !isMeta(statement) {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
            output.writeError("time: \(Columns.format(ms)) ms\n")
        }
        return true
    }

    private func isCheck(_ statement: Statement) -> Bool {
        switch statement.kind {
        case .assert, .expect: return true
        default: return false
        }
    }

    private func isMeta(_ statement: Statement) -> Bool {
        if case .meta = statement.kind { return true }
        return false
    }

    /// The most diagnostics printed for one script or statement; the rest are counted.
    public static let maxReportedDiagnostics = 50

    /// Prints the first ``maxReportedDiagnostics`` diagnostics and a count of the others (a
    /// file that is not a script at all can hold a diagnostic every few bytes).
    func reportAll(_ diagnostics: [Diagnostic], source: SourceFile, error: EvaluationError? = nil) {
        for diagnostic in diagnostics.prefix(Self.maxReportedDiagnostics) {
            report(diagnostic, source: error.map { $0.source(of: diagnostic, fallback: source) } ?? source)
        }
        if diagnostics.count > Self.maxReportedDiagnostics {
            reportError("\(diagnostics.count - Self.maxReportedDiagnostics) more errors in \(source.name) not shown")
        }
    }

    /// Prints a diagnostic rendered over its source.
    public func report(_ diagnostic: Diagnostic, source: SourceFile?) {
        output.writeError(DiagnosticRenderer(colored: colored).render(diagnostic, source: source))
    }

    /// Prints a plain error line, `error: message`.
    public func reportError(_ message: String) {
        output.writeError((colored ? "\u{1B}[1;31merror\u{1B}[0m" : "error") + ": " + message + "\n")
    }

    /// Writes result text to the current destination (`.output`/`.once` or the sink).
    public func emit(_ text: String) {
        if let redirect {
            redirect.write(text)
            if redirectOnce { closeRedirect() }
        } else {
            output.write(text)
        }
    }

    private func closeRedirect() {
        if let redirect { close(redirect.fileDescriptor) }
        redirect = nil
        redirectOnce = false
    }

    /// Sends results to `path` (`.output FILE`, `.once FILE`); `nil` restores the sink.
    func redirect(to path: String?, once: Bool) -> String? {
        closeRedirect()
        guard let path else { return nil }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { return "cannot write '\(path)': \(String(cString: strerror(errno)))" }
        redirect = FileDescriptorOutput(out: fd, err: 2)
        redirectOnce = once
        return nil
    }

    func text(of range: SourceRange, in source: SourceFile) -> String {
        let utf8 = Array(source.text.utf8)
        guard range.start.offset >= 0, range.end.offset <= utf8.count, range.start.offset <= range.end.offset else { return "" }
        return String(decoding: utf8[range.start.offset..<range.end.offset], as: UTF8.self)
    }

    // MARK: - Files

    /// Runs a script file. `relativeTo` is the including script's path, for `.read`.
    @discardableResult
    public func runFile(_ path: String, relativeTo including: String? = nil) -> Status {
        let resolved = Self.resolve(path, relativeTo: including)
        let canonical = URL(fileURLWithPath: resolved).standardizedFileURL.resolvingSymlinksInPath().path
        if readStack.contains(canonical) {
            reportError(
                "'\(path)' reads itself (through \(readStack.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " -> ")))"
            )
            tally.errors += 1
            return .stopped
        }
        if readStack.count >= Self.maxReadDepth {
            reportError("'.read' nests deeper than \(Self.maxReadDepth) files")
            tally.errors += 1
            return .stopped
        }
        let text: String
        switch Self.readScript(resolved) {
        case .success(let t): text = t
        case .failure(let message):
            reportError(message)
            tally.unreadable += 1
            return .stopped
        }
        readStack.append(canonical)
        defer { readStack.removeLast() }
        return run(SourceFile(name: path, text: text))
    }

    /// The path of `path` as seen from the including script's folder.
    public static func resolve(_ path: String, relativeTo including: String?) -> String {
        if path.hasPrefix("/") || including == nil { return path }
        let folder = URL(fileURLWithPath: including!).deletingLastPathComponent().path
        return folder + "/" + path
    }

    /// Reads a script as UTF-8, or says why it cannot.
    public static func readScript(_ path: String) -> ReadResult {
        switch FileKind(path: path) {
        case .missing: return .failure("cannot read '\(path)': no such file")
        case .directory: return .failure("cannot read '\(path)': it is a folder")
        case .file: break
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure("cannot read '\(path)': permission denied")
        }
        if data.count > 64 << 20 { return .failure("cannot read '\(path)': larger than 64 MiB") }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure("cannot read '\(path)': not UTF-8 text")
        }
        return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    /// The text of a script, or why it could not be read.
    public enum ReadResult: Sendable {
        case success(String)
        case failure(String)
    }

    /// True while a script file (a `.read`, a FILE argument) is running.
    public var isReadingFile: Bool { !readStack.isEmpty }

    /// The script being read, if any (for `.read` inside it).
    var currentScript: String? { readStack.last ?? currentScriptOverride }

    /// The script a test runner is running block by block, for `.read` inside it.
    public var currentScriptOverride: String?

    func markQuit() { quitRequested = true }
    func countError() { tally.errors += 1 }
    func countUnreadable() { tally.unreadable += 1 }
}

extension FileDescriptorOutput {
    var fileDescriptor: Int32 { out }
}
