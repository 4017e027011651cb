import DSL
import Interpreter

/// What must hold for any text given to the front end: tokenizing, parsing, the REPL's
/// continuation check and rendering never trap, diagnostics point inside the text, and
/// statements come in order.
public enum ParserChecks {
    /// Runs every front-end entry point on `text`; traps (a finding) when an invariant breaks.
    public static func check(_ text: String) {
        let source = SourceFile(name: "fuzz.nql", text: text)
        let size = text.utf8.count
        let (tokens, lexDiagnostics) = Lexer.tokenize(source)
        var previous = 0
        for token in tokens {
            precondition(token.range.start.offset >= previous && token.range.end.offset <= size, "token out of order or range")
            previous = token.range.start.offset
        }
        let script = Parser.parse(source)
        let renderer = DiagnosticRenderer()
        for (index, diagnostic) in (script.diagnostics + lexDiagnostics).enumerated() {
            let range = diagnostic.range
            precondition(range.start.offset >= 0 && range.end.offset <= size, "diagnostic outside the text")
            precondition(range.start <= range.end, "diagnostic range reversed")
            precondition(range.start.line >= 1 && range.start.column >= 1, "diagnostic position not 1-based")
            // Render as many as natoql prints (each costs the length of its line; a one-line
            // input can hold a diagnostic every byte).
            if index < Runner.maxReportedDiagnostics {
                precondition(!renderer.render(diagnostic, source: source).isEmpty, "empty rendering")
            }
        }
        var last = -1
        for statement in script.statements {
            precondition(statement.range.start.offset > last, "statements out of order")
            precondition(statement.range.end.offset <= size, "statement outside the text")
            last = statement.range.start.offset
        }
        _ = Parser.continuation(text)
    }
}
