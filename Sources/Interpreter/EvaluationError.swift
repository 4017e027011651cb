import DSL

/// A statement failed: one or more diagnostics, each with its source location.
public struct EvaluationError: Error, Sendable {
    /// What went wrong, in source order.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates an error from one diagnostic.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}
