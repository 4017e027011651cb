/// The catalogue of the front end's diagnostic ids. docs/LANGUAGE.md lists each with its message
/// and an example; the ids are stable, so tools and tests can match on them.
public enum SyntaxDiagnostics {
    /// Ids of the lexer's diagnostics.
    public static let lexical: [String] = [
        "bad-character", "unterminated-string", "invalid-escape", "typographic-quotes", "invalid-date",
        "integer-too-large", "unsupported-operator",
    ]
    /// Ids of the parser's diagnostics.
    public static let syntactic: [String] = [
        "expected-token", "unexpected-token", "unmatched-bracket", "clause-out-of-order", "duplicate-clause",
        "duplicate-view", "expect-without-value", "invalid-expected-value", "nesting-too-deep",
        "statement-too-long", "input-too-large",
    ]
    /// Every id the front end reports.
    public static var ids: [String] { lexical + syntactic }
}
