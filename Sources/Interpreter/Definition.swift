import DSL

/// A name bound by `let` (or by the prelude): the expression, evaluated where the name is used,
/// in the view of the use unless the `let` statement fixed its own view.
public final class Definition: Sendable {
    /// The bound name.
    public let name: String
    /// The expression it stands for.
    public let expression: Expr
    /// The `let` statement's own view, if it had one.
    public let view: View?
    /// The source the expression came from (for column names and error locations).
    public let source: SourceFile
    /// The names visible when it was defined; it sees none defined later, not even itself.
    public let environment: [String: Definition]

    /// Creates a definition.
    public init(name: String, expression: Expr, view: View?, source: SourceFile, environment: [String: Definition]) {
        self.name = name
        self.expression = expression
        self.view = view
        self.source = source
        self.environment = environment
    }

    /// The expression's source text.
    public var text: String {
        let bytes = Array(source.text.utf8)
        let range = expression.range
        guard range.start.offset >= 0, range.end.offset <= bytes.count, range.start.offset <= range.end.offset else { return name }
        return String(decoding: bytes[range.start.offset..<range.end.offset], as: UTF8.self)
    }
}
