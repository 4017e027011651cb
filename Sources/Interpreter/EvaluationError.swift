import DSL

/// A statement failed: one or more diagnostics, each with its source location.
public struct EvaluationError: Error, Sendable {
    /// What went wrong, in source order.
    public var diagnostics: [Diagnostic]
    /// Sources the diagnostics may point into besides the statement's own (the definitions of
    /// `let` names and the prelude), so a renderer can show their lines.
    public var sources: [SourceFile] = []

    /// Creates an error from diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates an error from one diagnostic.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    /// The source a diagnostic points into: one of ``sources`` with its file name and line, or
    /// `fallback`.
    public func source(of diagnostic: Diagnostic, fallback: SourceFile) -> SourceFile? {
        if diagnostic.file == fallback.name, fallback.lineText(diagnostic.range.start.line) != nil { return fallback }
        return sources.first { $0.name == diagnostic.file && $0.lineText(diagnostic.range.start.line) != nil }
    }
}
