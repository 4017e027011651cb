import DSL
import Dispatch
import Extraction
import Interpreter

/// Runs a script on the seed corpus the way the REPL does, one statement at a time, checking
/// what a failed statement must leave alone.
public enum PipelineChecks {
    /// The seed session, loaded once per process; each input runs in a fork of it.
    nonisolated(unsafe) static let base: Session = {
        do { return try Session(corpus: .seeds) } catch { fatalError("the seeds do not load: \(error)") }
    }()

    /// Parses and runs `text`; traps (a finding) when a failed statement changed the session's
    /// names or view, or when rendering the output traps. Each statement gets two seconds, then
    /// is cancelled as by Ctrl-C.
    public static func run(_ text: String) {
        let session = base.fork()
        let runner = Runner(session: session, output: BufferOutput())
        runner.width = 80
        let source = SourceFile(name: "<fuzz>", text: text)
        let script = Parser.parse(source)
        for diagnostic in script.diagnostics { runner.report(diagnostic, source: source) }
        for statement in script.statements {
            let names = session.userNames
            let view = session.defaultView
            // A statement may be legitimately slow (nested queries over every claim): stop it
            // after two seconds the way Ctrl-C does, which exercises the cancellation paths. A
            // statement that does not stop is a hang, and libFuzzer's -timeout reports it.
            session.cancellation.reset()
            let deadline = DispatchWorkItem { [cancellation = session.cancellation] in cancellation.cancel() }
            DispatchQueue.global().asyncAfter(deadline: .now() + 2, execute: deadline)
            let ok = runner.runStatement(statement, in: source)
            deadline.cancel()
            if !ok {
                precondition(session.userNames == names, "a failed statement changed the names")
                precondition(session.defaultView == view, "a failed statement changed the view")
            }
            if runner.quitRequested { break }
        }
    }
}
