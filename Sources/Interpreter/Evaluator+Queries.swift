import DSL
import Extraction

/// Queries: `where`, `group by`, `select`, `order by`, `limit`, `offset`.
extension Evaluator {
    // MARK: - Queries

    func evaluateQuery(_ query: Query, row outer: RowRef?) throws(EvaluationError) -> Value {
        var collection: Collection
        if let filter = query.filter, isEveryClaim(query.source, row: outer) {
            // `claims where ...` in the default view: the condition scans the claims by index,
            // without first making a row for each of them.
            collection = Collection(kind: .claim, rows: [], view: view)
            try check(query: query, rowKind: .claim)
            let condition = ConditionCompiler(evaluator: self, rowKind: .claim).compile(filter)
            collection.rows = try condition.claims(count: model.claims.count, interruptedAt: query.range)
        } else {
            let sourceValue = try evaluate(query.source, row: outer)
            guard case .collection(let rows) = sourceValue else {
                throw typeError("'where', 'select' and 'order by' need a collection", found: sourceValue, at: query.source.range)
            }
            collection = rows
            try check(query: query, rowKind: collection.kind)
            if let filter = query.filter {
                // Compiled once, so each row is decided without walking the syntax tree.
                let condition = ConditionCompiler(evaluator: self, rowKind: collection.kind).compile(filter)
                collection.rows = try condition.rows(of: collection.rows, interruptedAt: query.range)
            }
        }
        if !query.grouping.isEmpty { return try grouped(collection, by: query) }
        if !query.ordering.isEmpty {
            collection.rows = try sort(collection.rows, by: query.ordering, projection: query.projection)
        }
        if let offset = query.offset { collection.rows = Array(collection.rows.dropFirst(max(0, offset))) }
        if let limit = query.limit { collection.rows = Array(collection.rows.prefix(max(0, limit))) }
        guard !query.projection.isEmpty else { return .collection(collection) }
        let columns = query.projection.map { $0.alias ?? text(of: $0.expression) }
        var rows: [[Value]] = []
        rows.reserveCapacity(collection.rows.count)
        for row in collection.rows {
            if let cancellation, cancellation.isCancelled { throw interrupted(query.range) }
            var values: [Value] = []
            for item in query.projection { values.append(try evaluate(item.expression, row: row)) }
            rows.append(values)
        }
        return .table(Table(columns: columns, rows: rows))
    }

    /// Whether `source` at `row` is the built-in `claims` collection in the default view: the
    /// name as ``resolveName(_:range:row:)`` would resolve it, to no attribute of the row (an
    /// article's `claims` is a number) and no `let`.
    func isEveryClaim(_ source: Expr, row: RowRef?) -> Bool {
        guard case .name("claims", _) = source, view.asOf == nil, view.articles == nil, environment["claims"] == nil else {
            return false
        }
        if let row, attribute("claims", of: row) != nil { return false }
        if case .entity? = row, let schema = model.predicates["claims"], schema.hasLiteralObject { return false }
        return true
    }

    /// Checks every clause of a query at once.
    func check(query: Query, rowKind: RowKind) throws(EvaluationError) {
        var diagnostics: [Diagnostic] = []
        var rowExpressions: [Expr] = query.filter.map { [$0] } ?? []
        rowExpressions += query.grouping
        var groupExpressions = query.projection.map(\.expression)
        let aliases = Set(query.projection.compactMap(\.alias))
        groupExpressions += query.ordering.map(\.expression).filter {
            if case .name(let n, _) = $0, aliases.contains(n) { return false }
            return true
        }
        var inGroups = self
        if !query.grouping.isEmpty { inGroups.group = Collection(kind: rowKind, rows: [], view: view) }
        for expr in rowExpressions {
            do { try check(expr, rowKind: rowKind) } catch { diagnostics += error.diagnostics }
        }
        for expr in groupExpressions {
            do { try inGroups.check(expr, rowKind: rowKind) } catch { diagnostics += error.diagnostics }
        }
        if !diagnostics.isEmpty { throw EvaluationError(diagnostics) }
    }

    /// `group by`: one output row a group of equal keys, in order of first appearance; `select`
    /// and `order by` run once a group, over its first row, with `group` naming its rows.
    /// Without `select`, the keys and the size of each group.
    func grouped(_ collection: Collection, by query: Query) throws(EvaluationError) -> Value {
        var order: [[Value]] = []
        var members: [[Value]: [RowRef]] = [:]
        for row in collection.rows {
            var key: [Value] = []
            for expr in query.grouping { key.append(try evaluate(expr, row: row)) }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(row)
        }
        let items =
            query.projection.isEmpty
            ? query.grouping.map { SelectItem(expression: $0, alias: nil) }
            : query.projection
        var columns = items.map { $0.alias ?? text(of: $0.expression) }
        if query.projection.isEmpty { columns.append("count") }
        var rows: [(values: [Value], keys: [Value], position: Int)] = []
        for (position, key) in order.enumerated() {
            let groupRows = members[key]!
            var inGroup = self
            inGroup.group = Collection(kind: collection.kind, rows: groupRows, view: collection.view)
            var values: [Value] = []
            for item in items { values.append(try inGroup.evaluate(item.expression, row: groupRows[0])) }
            if query.projection.isEmpty { values.append(.integer(groupRows.count)) }
            var keys: [Value] = []
            for item in query.ordering {
                if case .name(let n, _) = item.expression, let i = columns.firstIndex(of: n) {
                    keys.append(values[i])
                } else {
                    keys.append(try inGroup.evaluate(item.expression, row: groupRows[0]))
                }
            }
            rows.append((values, keys, position))
        }
        rows.sort { a, b in
            for (i, item) in query.ordering.enumerated() {
                let c = Comparison.sortOrder(a.keys[i], b.keys[i], model: model)
                if c != 0 {
                    if a.keys[i] == .unknown || b.keys[i] == .unknown { return c < 0 }
                    return item.direction == .ascending ? c < 0 : c > 0
                }
            }
            return a.position < b.position
        }
        var result = rows.map(\.values)
        if let offset = query.offset { result = Array(result.dropFirst(max(0, offset))) }
        if let limit = query.limit { result = Array(result.prefix(max(0, limit))) }
        return .table(Table(columns: columns, rows: result))
    }

    func sort(_ rows: [RowRef], by ordering: [OrderItem], projection: [SelectItem]) throws(EvaluationError) -> [RowRef] {
        var keyed: [(row: RowRef, keys: [Value], position: Int)] = []
        keyed.reserveCapacity(rows.count)
        for (position, row) in rows.enumerated() {
            if let cancellation, cancellation.isCancelled { throw interrupted(ordering[0].expression.range) }
            var keys: [Value] = []
            for item in ordering {
                var expr = item.expression
                if case .name(let n, _) = expr, let aliased = projection.first(where: { $0.alias == n }) {
                    expr = aliased.expression
                }
                keys.append(try evaluate(expr, row: row))
            }
            keyed.append((row, keys, position))
        }
        keyed.sort { a, b in
            for (i, item) in ordering.enumerated() {
                let c = Comparison.sortOrder(a.keys[i], b.keys[i], model: model)
                if c != 0 {
                    // Unknown sorts last whatever the direction.
                    if a.keys[i] == .unknown || b.keys[i] == .unknown { return c < 0 }
                    return item.direction == .ascending ? c < 0 : c > 0
                }
            }
            return a.position < b.position
        }
        return keyed.map(\.row)
    }

    /// The source text of an expression (column names).
    func text(of expr: Expr) -> String {
        let utf8 = source.text.utf8
        let r = expr.range
        guard r.start.offset >= 0, r.end.offset <= utf8.count, r.start.offset < r.end.offset else { return "?" }
        let start = utf8.index(utf8.startIndex, offsetBy: r.start.offset)
        let end = utf8.index(utf8.startIndex, offsetBy: r.end.offset)
        return String(source.text[start..<end])
    }
}
