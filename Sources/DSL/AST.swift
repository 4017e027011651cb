/// The syntax tree of the query language. The parser builds it; the interpreter gives it meaning.
///
/// Every node carries the ``SourceRange`` it was parsed from, so any later error can point at it.

/// A parsed source: its statements, and the diagnostics met while parsing.
public struct Script: Sendable {
    /// The statements that parsed, in order.
    public var statements: [Statement]
    /// Syntax errors; the parser recovers at statement boundaries, so there may be several.
    public var diagnostics: [Diagnostic]

    /// Creates a script.
    public init(statements: [Statement], diagnostics: [Diagnostic]) {
        self.statements = statements
        self.diagnostics = diagnostics
    }
}

/// One statement with its optional view suffix (`as of 2024-05-01`, `according to "003"`).
public struct Statement: Sendable {
    /// What the statement does.
    public var kind: StatementKind
    /// The view the statement is evaluated in, if it names one.
    public var view: ViewClause?
    /// The whole statement's text span.
    public var range: SourceRange

    /// Creates a statement.
    public init(kind: StatementKind, view: ViewClause? = nil, range: SourceRange) {
        self.kind = kind
        self.view = view
        self.range = range
    }
}

/// The kinds of statement.
public indirect enum StatementKind: Sendable {
    /// An expression whose value is printed: a query, a count, a name.
    case evaluate(Expr)
    /// `let NAME = EXPR`: binds a name for the rest of the session.
    case letBinding(name: String, nameRange: SourceRange, value: Expr)
    /// `why PRED(S, O)`: the value and the claims behind it.
    case why(Expr)
    /// `show ENTITY`: everything about one entity.
    case show(Expr)
    /// `assert EXPR`: fails unless the expression is true.
    case assert(Expr)
    /// `expect STATEMENT = VALUE`: fails unless the statement's value equals the literal.
    case expect(actual: Expr, view: ViewClause?, expected: Expr)
    /// A meta command: `.mode json`, `.read file.nql`.
    case meta(MetaCommand)
}

/// A view suffix. Both parts may be given: `as of 2024-05-01 according to AFP`.
public struct ViewClause: Sendable {
    /// `as of DATE`.
    public var asOf: DateLiteral?
    /// `according to SOURCE`: an article (file name or prefix) or an outlet, as a string or name.
    public var accordingTo: (name: String, range: SourceRange)?
    /// The clause's span.
    public var range: SourceRange

    /// Creates a view clause.
    public init(asOf: DateLiteral?, accordingTo: (name: String, range: SourceRange)?, range: SourceRange) {
        self.asOf = asOf
        self.accordingTo = accordingTo
        self.range = range
    }
}

/// A calendar date literal, `2024-06-18`.
public struct DateLiteral: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The day, 1...31.
    public var day: Int
    /// Where it was written.
    public var range: SourceRange

    /// Creates a date literal.
    public init(year: Int, month: Int, day: Int, range: SourceRange) {
        self.year = year
        self.month = month
        self.day = day
        self.range = range
    }
}

/// A meta command: a line starting with `.`, split into words (quotes group words).
public struct MetaCommand: Sendable {
    /// The command without its dot: `mode`, `read`.
    public var name: String
    /// The words after it.
    public var arguments: [String]
    /// The command's span.
    public var range: SourceRange

    /// Creates a meta command.
    public init(name: String, arguments: [String], range: SourceRange) {
        self.name = name
        self.arguments = arguments
        self.range = range
    }
}

/// Literal values.
public enum Literal: Sendable, Hashable {
    /// `"text"`.
    case string(String)
    /// `42`.
    case integer(Int)
    /// `2024-06-18`.
    case date(year: Int, month: Int, day: Int)
    /// `true` / `false`.
    case boolean(Bool)
    /// `unknown`.
    case unknown
}

/// Binary operators, from loosest to tightest: `or`; `and`; comparisons.
public enum BinaryOperator: String, Sendable, Hashable {
    case or, and
    case equal = "=", notEqual = "!="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

/// Unary operators.
public enum UnaryOperator: String, Sendable, Hashable {
    case not
    case negate = "-"
}

/// Sort direction in `order by`.
public enum SortDirection: String, Sendable, Hashable {
    case ascending = "asc"
    case descending = "desc"
}

/// An expression.
public indirect enum Expr: Sendable {
    /// A literal value.
    case literal(Literal, SourceRange)
    /// A bare name: a `let` binding, a collection, an attribute of the row, or an entity alias.
    /// `quoted` is true for a string used where a name is expected is *not* this case; quoted
    /// entity references are `.literal(.string)` and the interpreter resolves them by context.
    case name(String, SourceRange)
    /// `f(a, b)`: a predicate, an attribute, or a function. `nameRange` marks just the name.
    case call(name: String, nameRange: SourceRange, arguments: [Expr], range: SourceRange)
    /// `not x`, `-x`.
    case unary(UnaryOperator, Expr, range: SourceRange)
    /// `a and b`, `a = b`, ...
    case binary(BinaryOperator, Expr, Expr, operatorRange: SourceRange, range: SourceRange)
    /// `x is unknown`, `x is not unknown`.
    case isUnknown(Expr, negated: Bool, range: SourceRange)
    /// `x in [a, b]`, `x not in [a, b]`, `x in holdouts`.
    case membership(Expr, Expr, negated: Bool, range: SourceRange)
    /// `[a, b, c]`.
    case list([Expr], range: SourceRange)
    /// `SOURCE where ... select ... order by ... limit N`.
    case query(Query)

    /// The expression's span.
    public var range: SourceRange {
        switch self {
        case .literal(_, let r), .name(_, let r): return r
        case .call(_, _, _, let r), .unary(_, _, let r), .binary(_, _, _, _, let r): return r
        case .isUnknown(_, _, let r), .membership(_, _, _, let r), .list(_, let r): return r
        case .query(let q): return q.range
        }
    }
}

/// A query over a collection.
public struct Query: Sendable {
    /// The collection queried: a name, a call, a nested query, a binding.
    public var source: Expr
    /// `where EXPR`.
    public var filter: Expr?
    /// `group by a, b`: the rows are grouped by these keys; `select` then runs once a group,
    /// with the name `group` standing for the group's rows.
    public var grouping: [Expr] = []
    /// `select a, b as c`; empty means the source's own columns.
    public var projection: [SelectItem]
    /// `order by a desc, b`.
    public var ordering: [OrderItem]
    /// `limit N`.
    public var limit: Int?
    /// `offset N`.
    public var offset: Int?
    /// The query's span.
    public var range: SourceRange

    /// Creates a query.
    public init(
        source: Expr, filter: Expr? = nil, projection: [SelectItem] = [], ordering: [OrderItem] = [],
        limit: Int? = nil, offset: Int? = nil, range: SourceRange
    ) {
        self.source = source
        self.filter = filter
        self.projection = projection
        self.ordering = ordering
        self.limit = limit
        self.offset = offset
        self.range = range
    }
}

/// One column of `select`: an expression and an optional `as` name.
public struct SelectItem: Sendable {
    /// The value of the column for each row.
    public var expression: Expr
    /// `as NAME`; without it the column is named after the expression's source text.
    public var alias: String?

    /// Creates a select item.
    public init(expression: Expr, alias: String?) {
        self.expression = expression
        self.alias = alias
    }
}

/// One key of `order by`.
public struct OrderItem: Sendable {
    /// The sort key for each row.
    public var expression: Expr
    /// Ascending unless `desc`.
    public var direction: SortDirection

    /// Creates an order item.
    public init(expression: Expr, direction: SortDirection) {
        self.expression = expression
        self.direction = direction
    }
}
