import Extraction

/// A reference to one row of a collection: an entity, an article, a claim, or a conflict.
public enum RowRef: Sendable, Hashable {
    case entity(EntityID)
    case article(Int)
    case claim(Int)
    case conflict(Int)
}

/// What a collection's rows are.
public enum RowKind: String, Sendable, Hashable {
    case entity, article, claim, conflict
}

/// A collection: rows of one kind, in order. `where` filters it, `order by` sorts it.
public struct Collection: Sendable, Hashable {
    /// What the rows are.
    public var kind: RowKind
    /// The rows.
    public var rows: [RowRef]
    /// The view the rows were taken in: attributes that count claims (an article's `claims`,
    /// `corroborated`) are shown in it.
    public var view: View

    /// Creates a collection.
    public init(kind: RowKind, rows: [RowRef], view: View = .all) {
        self.kind = kind
        self.rows = rows
        self.view = view
    }
}

/// A table of projected values: what `select` makes.
public struct Table: Sendable, Hashable {
    /// Column names.
    public var columns: [String]
    /// Rows, each with one value a column.
    public var rows: [[Value]]

    /// Creates a table.
    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A value of the language: what expressions evaluate to and statements print.
public enum Value: Sendable, Hashable {
    /// Neither true nor false: no claim decides it.
    case unknown
    /// `true` / `false`.
    case boolean(Bool)
    /// A whole number.
    case integer(Int)
    /// A fractional number (averages, shares).
    case number(Double)
    /// Text.
    case string(String)
    /// A calendar date.
    case date(CalendarDate)
    /// One entity.
    case entity(EntityID)
    /// A literal list `[a, b]`.
    case list([Value])
    /// A collection of rows (entities, articles, claims, conflicts).
    case collection(Collection)
    /// A projected table.
    case table(Table)
    /// The answer to `why`.
    indirect case explanation(Explanation)
    /// The answer to `show`.
    case report(EntityReport)
    /// A statement that prints nothing (`let`, a passing `assert`).
    case nothing

    /// The value as a truth value, or `nil` when it is not one.
    public var truth: Bool?? {
        switch self {
        case .boolean(let b): return .some(b)
        case .unknown: return .some(nil)
        default: return nil
        }
    }

    /// A short name of the value's type, for error messages.
    public var typeName: String {
        switch self {
        case .unknown: return "unknown"
        case .boolean: return "boolean"
        case .integer: return "integer"
        case .number: return "number"
        case .string: return "string"
        case .date: return "date"
        case .entity: return "entity"
        case .list: return "list"
        case .collection(let c): return "collection of " + (c.kind == .entity ? "entities" : "\(c.kind.rawValue)s")
        case .table: return "table"
        case .explanation: return "explanation"
        case .report: return "entity report"
        case .nothing: return "nothing"
        }
    }
}
