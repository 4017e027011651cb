/// Aggregates over a collection, a one-column table, or a list: `count`, `sum`, `avg`, `min`,
/// `max`, `exists`. With a second argument, the aggregate is over that expression evaluated for
/// each row (`max(allies, member_since)`). Unknown values are skipped, as in SQL.
enum Aggregates {
    static let functions: [String: Function] = [
        "count": Function(usage: "count(COLLECTION)", summary: "the number of rows or items") { call throws(EvaluationError) in
            try call.expectArguments(1, 1, usage: "count(COLLECTION)")
            let v = try call.argument(0)
            switch v {
            case .collection(let c): return .integer(c.rows.count)
            case .table(let t): return .integer(t.rows.count)
            case .list(let l): return .integer(l.count)
            case .unknown: return .integer(0)
            default: throw call.typeError(0, "'count' needs a collection or a list", found: v)
            }
        },
        "exists": Function(usage: "exists(COLLECTION)", summary: "true when there is at least one row") { call throws(EvaluationError) in
            try call.expectArguments(1, 1, usage: "exists(COLLECTION)")
            let v = try call.argument(0)
            switch v {
            case .collection(let c): return .boolean(!c.rows.isEmpty)
            case .table(let t): return .boolean(!t.rows.isEmpty)
            case .list(let l): return .boolean(!l.isEmpty)
            default: throw call.typeError(0, "'exists' needs a collection or a list", found: v)
            }
        },
        "sum": numeric("sum") { values in
            // Whole numbers add up as whole numbers while they fit; past Int's range the sum is
            // a fractional number (as jq's numbers are), never a trap.
            if values.allSatisfy({ if case .integer = $0 { return true } else { return false } }) {
                var total = 0
                var fits = true
                for case .integer(let i) in values {
                    let (next, overflow) = total.addingReportingOverflow(i)
                    if overflow { fits = false; break }
                    total = next
                }
                if fits { return .integer(total) }
            }
            return .number(values.reduce(0.0) { $0 + double($1) })
        },
        "avg": numeric("avg") { values in
            values.isEmpty ? .unknown : .number(values.reduce(0.0) { $0 + double($1) } / Double(values.count))
        },
        "min": ordered("min") { $0 < 0 },
        "max": ordered("max") { $0 > 0 },
    ]

    static func double(_ v: Value) -> Double {
        switch v {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return 0
        }
    }

    /// The values an aggregate runs over.
    static func values(_ call: FunctionCall) throws(EvaluationError) -> [Value] {
        try call.expectArguments(1, 2, usage: "\(call.name)(COLLECTION, EXPRESSION) or \(call.name)(TABLE)")
        let source = try call.argument(0)
        var values: [Value] = []
        switch source {
        case .collection(let c):
            guard call.arguments.count == 2 else {
                throw call.typeError(
                    0, "'\(call.name)' over a collection needs the expression to aggregate: \(call.name)(COLLECTION, EXPRESSION)",
                    found: source)
            }
            for row in c.rows { values.append(try call.evaluator.evaluate(call.arguments[1], row: row)) }
        case .table(let t):
            guard t.columns.count == 1 else { throw call.typeError(0, "'\(call.name)' needs a table of one column", found: source) }
            values = t.rows.map { $0[0] }
        case .list(let l): values = l
        default: throw call.typeError(0, "'\(call.name)' needs a collection, a table or a list", found: source)
        }
        return values.filter { $0 != .unknown }
    }

    static func numeric(_ name: String, _ combine: @escaping @Sendable ([Value]) -> Value) -> Function {
        Function(usage: "\(name)(COLLECTION, EXPRESSION)", summary: "the \(name) of numbers, unknowns skipped") {
            call throws(EvaluationError) in
            let values = try Self.values(call)
            for v in values {
                switch v {
                case .integer, .number: continue
                default: throw call.typeError(0, "'\(name)' needs numbers", found: v)
                }
            }
            return combine(values)
        }
    }

    static func ordered(_ name: String, _ better: @escaping @Sendable (Int) -> Bool) -> Function {
        Function(usage: "\(name)(COLLECTION, EXPRESSION)", summary: "the \(name)imum, unknowns skipped") { call throws(EvaluationError) in
            let values = try Self.values(call)
            var best: Value?
            for v in values {
                guard let current = best else { best = v; continue }
                guard let o = Comparison.order(v, current, model: call.evaluator.model) else {
                    throw call.typeError(0, "'\(name)' needs values of one ordered type", found: v)
                }
                if better(o) { best = v }
            }
            return best ?? .unknown
        }
    }
}
