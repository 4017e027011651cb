/// How results are printed: `.mode table|csv|json|jsonl`, `--format`.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for terminals.
    case table
    /// RFC 4180 comma-separated values with a header row.
    case csv
    /// One JSON document per statement.
    case json
    /// One JSON object a line.
    case jsonl
}

/// What a renderer needs besides the value.
public struct RenderContext: Sendable {
    /// The model values refer into.
    public var cache: ModelCache
    /// The terminal's width in columns, when tables should fit it.
    public var width: Int?
    /// Whether to colour headers.
    public var colored: Bool
    /// The most rows a table shows; the rest are counted in a note (`nil`: every row).
    public var maxRows: Int?

    /// Creates a context.
    public init(cache: ModelCache, width: Int? = nil, colored: Bool = false, maxRows: Int? = nil) {
        self.cache = cache
        self.width = width
        self.colored = colored
        self.maxRows = maxRows
    }
}

/// Renders values in one format. One renderer a format: ``TableRenderer``, ``CSVRenderer``,
/// ``JSONRenderer``.
public enum Renderer {
    /// The text printed for `value` in `format`, ending in a newline unless empty.
    public static func render(_ value: Value, as format: OutputFormat, context: RenderContext) -> String {
        if case .nothing = value { return "" }
        switch format {
        case .table: return TableRenderer(context: context).render(value)
        case .csv: return CSVRenderer(context: context).render(value)
        case .json: return JSONRenderer(context: context).render(value, lines: false)
        case .jsonl: return JSONRenderer(context: context).render(value, lines: true)
        }
    }
}
