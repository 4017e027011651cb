import CSQLite
import Extraction
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Writes an ``EntityModel`` as a SQLite database (the schema of ``SQLiteSchema``) through the
/// system's libsqlite3, so that the model can be taken to any SQL tool.
///
/// ```swift
/// let report = try Loader.load(.seeds)
/// try SQLiteExporter(model: report.model).write(to: "seeds.db")
/// ```
public struct SQLiteExporter: Sendable {
    /// The model to write.
    public let model: EntityModel

    /// Creates an exporter for `model`.
    public init(model: EntityModel) {
        self.model = model
    }

    /// Writes the database to `path`, replacing any file there. The file appears only when the
    /// whole database is written: rows go to `path.partial` first, which is then renamed.
    /// - Throws: ``ExportError`` when the file cannot be created or written.
    public func write(to path: String) throws(ExportError) {
        let partial = path + ".partial"
        unlink(partial)
        do {
            let db = try SQLiteConnection(path: partial)
            try db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;")
            try db.execute("BEGIN;")
            try db.execute(SQLiteSchema.tables)
            try insertRows(into: db)
            try db.execute(SQLiteSchema.indexes)
            try db.execute(SQLiteSchema.views)
            try db.execute("COMMIT;")
            try db.close()
        } catch {
            unlink(partial)
            throw error
        }
        guard rename(partial, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial)
            throw ExportError(.unwritable, "cannot write '\(path)': \(reason)")
        }
    }

    private func insertRows(into db: SQLiteConnection) throws(ExportError) {
        let articles = try db.prepare("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)")
        for article in model.articles {
            try articles.run(
                .integer(article.index), .text(article.name), .text(article.fileName),
                .optionalText(article.outlet), .optionalText(article.published?.description),
                .text(article.text))
        }

        let entities = try db.prepare("INSERT INTO entities VALUES (?, ?, ?, ?)")
        let aliases = try db.prepare("INSERT INTO aliases VALUES (?, ?, ?)")
        let attributes = try db.prepare("INSERT INTO attributes VALUES (?, ?, ?, ?, ?)")
        for entity in model.entities {
            let id = entity.id.index
            try entities.run(
                .integer(id), .text(entity.name), .text(entity.kind.rawValue),
                .integer(entity.discovered ? 1 : 0))
            for alias in entity.aliases { try aliases.run(.integer(id), .text(alias), .text("lexicon")) }
            for alias in entity.aliasesSeen { try aliases.run(.integer(id), .text(alias), .text("seen")) }
            for key in entity.attributes.keys.sorted() {
                guard let value = entity.attributes[key] else { continue }
                for (ordinal, cell) in Self.cells(of: value).enumerated() {
                    try attributes.run(.integer(id), .text(key), .integer(ordinal), .text(cell.type), cell.value)
                }
            }
        }

        let predicates = try db.prepare("INSERT INTO predicates VALUES (?, ?, ?, ?, ?, ?)")
        for schema in model.predicates.values.sorted(by: { $0.name < $1.name }) {
            try predicates.run(
                .text(schema.name), .text(Self.kinds(schema.subjectKinds)),
                .text(Self.kinds(schema.objectKinds)), .text(schema.factKind.rawValue),
                .integer(schema.symmetric ? 1 : 0), .text(schema.summary))
        }

        let claims = try db.prepare("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let qualifiers = try db.prepare("INSERT INTO qualifiers VALUES (?, ?, ?)")
        for claim in model.claims {
            var object = SQLiteCell.null, objectLiteral = SQLiteCell.null, value = SQLiteCell.null, valueLiteral = SQLiteCell.null
            switch claim.object {
            case .entity(let id): object = .integer(id.index)
            case .literal(let s): objectLiteral = .text(s)
            }
            switch claim.value {
            case .boolean(let b): value = .integer(b ? 1 : 0)
            case .literal(let s): valueLiteral = .text(s)
            }
            try claims.run(
                .integer(claim.index), .integer(claim.article), .integer(claim.subject.index), .text(claim.predicate),
                object, objectLiteral, value, valueLiteral, .text(claim.modality.rawValue),
                .optionalText(claim.qualifiers["place"]), .optionalText(claim.qualifiers["date"]),
                .text(claim.evidence.text), .integer(claim.evidence.start), .integer(claim.evidence.end),
                .text(claim.evidence.sentence), .text(claim.rule))
            for key in claim.qualifiers.keys.sorted() {
                try qualifiers.run(.integer(claim.index), .text(key), .text(claim.qualifiers[key] ?? ""))
            }
        }

        let mentions = try db.prepare("INSERT OR IGNORE INTO mentions VALUES (?, ?)")
        for entity in model.mentions.keys.sorted() {
            for article in model.mentions[entity] ?? [] {
                try mentions.run(.integer(entity.index), .integer(article))
            }
        }
    }

    /// The rows of one attribute value: its type name and cell, one row per list item.
    static func cells(of value: AttributeValue) -> [(type: String, value: SQLiteCell)] {
        switch value {
        case .string(let s): return [("text", .text(s))]
        case .integer(let i): return [("integer", .integer(i))]
        case .boolean(let b): return [("boolean", .integer(b ? 1 : 0))]
        case .entity(let id): return [("entity", .integer(id.index))]
        case .strings(let list): return list.map { ("text", .text($0)) }
        }
    }

    static func kinds(_ kinds: Set<EntityKind>) -> String {
        EntityKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ",")
    }
}

/// Reads an exported database back: for tests, benchmarks, and a quick look from Swift.
public enum SQLiteQuery {
    /// The rows `sql` returns from the database at `path`, opened read-only; each cell as text,
    /// `nil` for NULL.
    /// - Throws: ``ExportError`` when the file cannot be opened or the query fails.
    public static func rows(_ sql: String, in path: String) throws(ExportError) -> [[String?]] {
        let db = try SQLiteConnection(path: path, readOnly: true)
        return try db.rows(sql)
    }
}

/// Exporting failed; no file was left at the destination.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    /// Why.
    public enum Reason: Sendable, Hashable {
        /// The file could not be created or renamed into place.
        case unwritable
        /// libsqlite3 reported an error while writing.
        case sqlite
    }
    /// Why, as a case.
    public var reason: Reason
    /// The message to print.
    public var message: String

    /// Creates an export error.
    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

// MARK: - A thin layer over libsqlite3

/// A value bound to a statement parameter.
enum SQLiteCell {
    case null
    case integer(Int)
    case text(String)

    static func optionalText(_ s: String?) -> SQLiteCell { s.map(SQLiteCell.text) ?? .null }
}

/// `SQLITE_TRANSIENT`: SQLite copies bound text before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// An open connection; closed by ``close()`` or when released.
final class SQLiteConnection {
    private var handle: OpaquePointer?
    private var statements: [SQLiteStatement] = []
    let path: String

    init(path: String, readOnly: Bool = false) throws(ExportError) {
        self.path = path
        let flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        if sqlite3_open_v2(path, &handle, flags, nil) != SQLITE_OK {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            handle = nil
            throw ExportError(.unwritable, "cannot create '\(path)': \(message)")
        }
    }

    deinit {
        for statement in statements { statement.finalize() }
        sqlite3_close(handle)
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws(ExportError) {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw ExportError(.sqlite, "SQLite error writing '\(path)': \(message)")
        }
    }

    /// Compiles a statement, kept until the connection closes.
    func prepare(_ sql: String) throws(ExportError) -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw ExportError(.sqlite, "SQLite error preparing '\(sql)': \(lastError)")
        }
        let s = SQLiteStatement(handle: statement, database: self)
        statements.append(s)
        return s
    }

    /// The rows of a query, each cell as text (`nil` for NULL).
    func rows(_ sql: String) throws(ExportError) -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw ExportError(.sqlite, "SQLite error preparing '\(sql)': \(lastError)")
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[String?]] = []
        let columns = sqlite3_column_count(statement)
        while true {
            let result = sqlite3_step(statement)
            if result == SQLITE_DONE { return rows }
            guard result == SQLITE_ROW else { throw ExportError(.sqlite, "SQLite error reading '\(path)': \(lastError)") }
            rows.append(
                (0..<columns).map { column in
                    sqlite3_column_text(statement, column).map { String(cString: $0) }
                })
        }
    }

    /// Finalizes the statements and closes the file.
    func close() throws(ExportError) {
        for statement in statements { statement.finalize() }
        statements = []
        if sqlite3_close(handle) != SQLITE_OK {
            throw ExportError(.sqlite, "SQLite error closing '\(path)': \(lastError)")
        }
        handle = nil
    }

    var lastError: String { handle.map { String(cString: sqlite3_errmsg($0)) } ?? "no connection" }
}

/// A prepared statement, run once per row.
final class SQLiteStatement {
    private var handle: OpaquePointer?
    private unowned let database: SQLiteConnection

    init(handle: OpaquePointer, database: SQLiteConnection) {
        self.handle = handle
        self.database = database
    }

    /// Binds `cells` to the parameters in order, steps once, and resets for the next row.
    func run(_ cells: SQLiteCell...) throws(ExportError) {
        for (i, cell) in cells.enumerated() {
            let index = Int32(i + 1)
            switch cell {
            case .null: sqlite3_bind_null(handle, index)
            case .integer(let n): sqlite3_bind_int64(handle, index, sqlite3_int64(n))
            case .text(let s): sqlite3_bind_text(handle, index, s, -1, transient)
            }
        }
        let result = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard result == SQLITE_DONE else {
            throw ExportError(.sqlite, "SQLite error writing '\(database.path)': \(database.lastError)")
        }
    }

    func finalize() {
        sqlite3_finalize(handle)
        handle = nil
    }
}
