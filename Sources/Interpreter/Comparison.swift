import Extraction

/// Equality and order between values, shared by operators, `expect`, `in` and `order by`.
enum Comparison {
    /// Whether two values are equal; `nil` when they cannot be compared.
    /// An entity equals a string that is its canonical name or one of its aliases.
    static func equal(_ a: Value, _ b: Value, model: EntityModel) -> Bool? {
        switch (a, b) {
        case (.unknown, .unknown): return true
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.integer(let x), .number(let y)), (.number(let y), .integer(let x)): return Double(x) == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.date(let x), .date(let y)): return x == y
        case (.entity(let x), .entity(let y)): return x == y
        case (.entity(let id), .string(let s)), (.string(let s), .entity(let id)):
            return model.entities(named: s).contains(id)
        case (.list(let x), .list(let y)):
            guard x.count == y.count else { return false }
            for (p, q) in zip(x, y) where equal(p, q, model: model) != true { return false }
            return true
        case (.collection(let x), .collection(let y)): return x.rows == y.rows
        default: return nil
        }
    }

    /// -1, 0 or 1; `nil` when the values have no order between them.
    static func order(_ a: Value, _ b: Value, model: EntityModel) -> Int? {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return cmp(x, y)
        case (.integer(let x), .number(let y)): return cmp(Double(x), y)
        case (.number(let x), .integer(let y)): return cmp(x, Double(y))
        case (.number(let x), .number(let y)): return cmp(x, y)
        case (.string(let x), .string(let y)): return cmp(x, y)
        case (.date(let x), .date(let y)): return cmp(x, y)
        case (.boolean(let x), .boolean(let y)): return cmp(x ? 1 : 0, y ? 1 : 0)
        case (.entity(let x), .entity(let y)): return cmp(model[x].name, model[y].name)
        case (.entity(let x), .string(let y)): return cmp(model[x].name, y)
        case (.string(let x), .entity(let y)): return cmp(x, model[y].name)
        default: return nil
        }
    }

    /// A total order for sorting: unknown after everything, then by ``order(_:_:model:)``,
    /// then by type name so mixed columns still sort deterministically.
    static func sortOrder(_ a: Value, _ b: Value, model: EntityModel) -> Int {
        if a == .unknown { return b == .unknown ? 0 : 1 }
        if b == .unknown { return -1 }
        if let o = order(a, b, model: model) { return o }
        return a.typeName < b.typeName ? -1 : (a.typeName == b.typeName ? 0 : 1)
    }
}
