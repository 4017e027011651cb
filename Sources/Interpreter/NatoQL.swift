import DSL
import Extraction

/// natoql embedded in a Swift program or test suite.
///
/// ```swift
/// import Interpreter
///
/// let nql = try NatoQL(corpus: .seeds)
/// #expect(try nql.names("allies where supports(Rutte) = false") == ["Romania"])
/// #expect(try nql.scalar("count(allies)") == .integer(32))
/// ```
///
/// Statements run in one session, so `let` names and `.view` persist between calls.
public final class NatoQL {
    /// The version of natoql.
    public static let version = "0.1.0"

    /// The session statements run in.
    public let session: Session

    /// Loads a corpus: `.seeds`, `.directory(path)`, or `.texts([...])` built in memory.
    /// - Throws: ``LoadError`` when nothing could be loaded.
    public init(corpus: CorpusSource = .seeds) throws(LoadError) {
        session = try Session(corpus: corpus)
    }

    /// Loads a folder of `.txt` articles.
    public convenience init(directory: String) throws(LoadError) {
        try self.init(corpus: .directory(directory))
    }

    /// The model loaded.
    public var model: EntityModel { session.model }

    /// Runs `text` (one or more statements) and returns the value of the last one that has a
    /// value.
    /// - Throws: ``NatoQLError`` with the rendered diagnostics when a statement fails.
    @discardableResult
    public func run(_ text: String) throws(NatoQLError) -> Value {
        session.cancellation.reset()
        let source = SourceFile(name: "<embedded>", text: text)
        let script = Parser.parse(source)
        if !script.diagnostics.isEmpty { throw NatoQLError(script.diagnostics, source: source) }
        var last = Value.nothing
        for statement in script.statements {
            do {
                switch try session.execute(statement, in: source) {
                case .value(let v):
                    if case .nothing = v { continue }
                    last = v
                case .failed(let d): throw NatoQLError([d], source: source)
                case .meta(let command):
                    let runner = Runner(session: session, output: BufferOutput())
                    _ = runner.runStatement(Statement(kind: .meta(command), range: statement.range), in: source)
                    if runner.tally != Runner.Tally() {
                        throw NatoQLError(
                            [Diagnostic(id: "meta-command", message: "'.\(command.name)' failed", file: source.name, range: command.range)],
                            source: source)
                    }
                }
            } catch let error as EvaluationError {
                throw NatoQLError(error, source: source)
            } catch let error as NatoQLError {
                throw error
            } catch {
                throw NatoQLError([], source: source)
            }
        }
        return last
    }

    /// The names of the rows a query returns (entities by canonical name, articles by name).
    public func names(_ text: String) throws(NatoQLError) -> [String] {
        let value = try run(text)
        switch value {
        case .collection(let c): return c.rows.map { Expectation.rowName($0, model: session.model) }
        case .table(let t): return t.rows.map { Columns(context: RenderContext(cache: session.cache)).text($0.first ?? .unknown) }
        case .list(let items): return items.map { Columns(context: RenderContext(cache: session.cache)).text($0) }
        default: return [Columns(context: RenderContext(cache: session.cache)).text(value)]
        }
    }

    /// The rows of a query as text cells: the default columns, or the `select`ed ones.
    public func rows(_ text: String) throws(NatoQLError) -> [[String]] {
        let value = try run(text)
        let columns = Columns(context: RenderContext(cache: session.cache))
        switch value {
        case .collection(let c): return columns.table(c).rows.map { $0.map { columns.text($0) } }
        case .table(let t): return t.rows.map { $0.map { columns.text($0) } }
        default: return [[columns.text(value)]]
        }
    }

    /// The value of a statement that yields one value (a count, a truth value, a name).
    public func scalar(_ text: String) throws(NatoQLError) -> Value {
        try run(text)
    }

    /// The output of `text` as the command line prints it in `format`.
    public func output(_ text: String, format: OutputFormat = .table) -> (output: String, errors: String) {
        let buffer = BufferOutput()
        let runner = Runner(session: session, output: buffer)
        let saved = session.settings.format
        session.settings.format = format
        defer { session.settings.format = saved }
        runner.run(SourceFile(name: "<embedded>", text: text))
        return (buffer.text, buffer.errors)
    }
}

/// A statement run through ``NatoQL`` failed.
public struct NatoQLError: Error, CustomStringConvertible {
    /// The diagnostics.
    public var diagnostics: [Diagnostic]
    /// The diagnostics rendered as the command line shows them.
    public var description: String

    init(_ diagnostics: [Diagnostic], source: SourceFile) {
        self.diagnostics = diagnostics
        description = diagnostics.map { DiagnosticRenderer().render($0, source: source) }.joined()
    }

    init(_ error: EvaluationError, source: SourceFile) {
        diagnostics = error.diagnostics
        description = error.diagnostics.map { DiagnosticRenderer().render($0, source: error.source(of: $0, fallback: source)) }.joined()
    }
}
