import DSL
import Extraction

/// Gives expressions their meaning over the model, in one view.
///
/// Names inside a row context resolve to the row's attributes first, then to definitions
/// (`let` and the prelude), built-in collections, and entity names. Calls resolve to functions,
/// then the model's predicates, then attributes used as functions (`member_since(Hungary)`).
/// Truth is three-valued, as in SQL: `unknown` is neither true nor false.
struct Evaluator {
    let cache: ModelCache
    /// The model, held directly so row loops do not go through the cache for it.
    let model: EntityModel
    let source: SourceFile
    let environment: [String: Definition]
    let view: View
    let cancellation: CancellationFlag?
    let predicateCache: PredicateCache
    var depth = 0
    /// Inside `select` and `order by` of a grouped query: the rows of the current group, which
    /// the name `group` stands for.
    var group: Collection?

    init(
        cache: ModelCache, source: SourceFile, environment: [String: Definition], view: View,
        cancellation: CancellationFlag?, predicateCache: PredicateCache = PredicateCache()
    ) {
        self.cache = cache
        self.model = cache.model
        self.source = source
        self.environment = environment
        self.view = view
        self.cancellation = cancellation
        self.predicateCache = predicateCache
    }

    /// The built-in collections.
    static let builtinCollections = [
        "entities", "countries", "people", "offices", "organizations", "places", "articles", "claims", "conflicts",
    ]

    // MARK: - Expressions

    func evaluate(_ expr: Expr, row: RowRef?) throws(EvaluationError) -> Value {
        switch expr {
        case .literal(let literal, _):
            return value(of: literal)
        case .name(let name, let range):
            return try resolveName(name, range: range, row: row)
        case .call(let name, let nameRange, let arguments, let range):
            return try call(name, nameRange: nameRange, arguments: arguments, range: range, row: row)
        case .unary(let op, let operand, let range):
            let v = try evaluate(operand, row: row)
            switch op {
            case .not:
                guard let t = v.truth else { throw typeError("'not' needs a truth value", found: v, at: range) }
                return t.map { .boolean(!$0) } ?? .unknown
            case .negate:
                switch v {
                case .integer(let i): return .integer(-i)
                case .number(let d): return .number(-d)
                case .unknown: return .unknown
                default: throw typeError("'-' needs a number", found: v, at: range)
                }
            }
        case .binary(let op, let lhs, let rhs, let opRange, _):
            return try binary(op, lhs, rhs, opRange: opRange, row: row)
        case .isUnknown(let operand, let negated, _):
            let v = try evaluate(operand, row: row)
            let isUnknown = v == .unknown
            return .boolean(negated ? !isUnknown : isUnknown)
        case .membership(let element, let container, let negated, let range):
            let e = try evaluate(element, row: row)
            let c = try evaluate(container, row: row)
            let result = try membership(e, in: c, at: range)
            if negated, case .boolean(let b) = result { return .boolean(!b) }
            return result
        case .list(let items, _):
            var values: [Value] = []
            for item in items { values.append(try evaluateAsEntityIfName(item, row: row)) }
            return .list(values)
        case .query(let query):
            return try evaluateQuery(query, row: row)
        }
    }

    /// Like ``evaluate(_:row:)``, but a string literal that names an entity becomes the entity.
    func evaluateAsEntityIfName(_ expr: Expr, row: RowRef?) throws(EvaluationError) -> Value {
        if case .literal(.string(let s), _) = expr {
            let ids = model.entities(named: s)
            if ids.count == 1 { return .entity(ids[0]) }
        }
        return try evaluate(expr, row: row)
    }

    func value(of literal: Literal) -> Value {
        switch literal {
        case .string(let s): return .string(s)
        case .integer(let i): return .integer(i)
        case .date(let y, let m, let d): return .date(CalendarDate(year: y, month: m, day: d))
        case .boolean(let b): return .boolean(b)
        case .unknown: return .unknown
        }
    }

    // MARK: - Names

    func resolveName(_ name: String, range: SourceRange, row: RowRef?) throws(EvaluationError) -> Value {
        if let group, name == "group" { return .collection(group) }
        if let row, let v = attribute(name, of: row) { return v }
        if let row, case .entity(let id) = row, let schema = model.predicates[name], schema.hasLiteralObject {
            return Resolver(model: model, view: view).resolveLiteral(id, schema.name).value
        }
        if let definition = environment[name] {
            return try evaluateDefinition(definition, range: range)
        }
        if let collection = builtinCollection(name) { return .collection(collection) }
        let ids = model.entities(named: name)
        if ids.count == 1 { return .entity(ids[0]) }
        if ids.count > 1 { throw ambiguous(name, ids, at: range) }
        throw unknownName(name, at: range, row: row)
    }

    func evaluateDefinition(_ definition: Definition, range: SourceRange) throws(EvaluationError) -> Value {
        guard depth < 64 else {
            throw EvaluationError(
                Diagnostic(
                    id: "definition-too-deep", message: "definitions nest too deeply",
                    file: source.name, range: range))
        }
        var inner = Evaluator(
            cache: cache, source: definition.source, environment: definition.environment,
            view: definition.view.map { view.narrowed(by: $0) } ?? view,
            cancellation: cancellation,
            predicateCache: definition.view == nil ? predicateCache : PredicateCache())
        inner.depth = depth + 1
        do {
            return try inner.evaluate(definition.expression, row: nil)
        } catch {
            var diagnostics = error.diagnostics
            for i in diagnostics.indices {
                diagnostics[i].notes.append("in the definition of '\(definition.name)'")
            }
            var wrapped = EvaluationError(diagnostics)
            wrapped.sources = error.sources + [definition.source]
            throw wrapped
        }
    }

    func builtinCollection(_ name: String) -> Collection? {
        func entities(_ kind: EntityKind?) -> Collection {
            Collection(
                kind: .entity, rows: model.entities.lazy.filter { kind == nil || $0.kind == kind! }.map { .entity($0.id) }, view: view)
        }
        switch name {
        case "entities": return entities(nil)
        case "countries": return entities(.country)
        case "people": return entities(.person)
        case "offices": return entities(.office)
        case "organizations": return entities(.organization)
        case "places": return entities(.place)
        case "articles":
            return Collection(kind: .article, rows: model.articles.filter { view.includes($0) }.map { .article($0.index) }, view: view)
        case "claims":
            var rows: [RowRef] = []
            rows.reserveCapacity(model.claims.count)
            let all = view.asOf == nil && view.articles == nil
            for index in model.claims.indices where all || view.includes(model.articles[model.claims[index].article]) {
                rows.append(.claim(index))
            }
            return Collection(kind: .claim, rows: rows, view: view)
        case "conflicts":
            let all = cache.conflicts
            return Collection(
                kind: .conflict,
                rows: all.indices.filter { i in
                    view.includes(model.articles[model.claims[all[i].first].article])
                        && view.includes(model.articles[model.claims[all[i].second].article])
                }.map { .conflict($0) }, view: view)
        default: return nil
        }
    }

    /// Every name a bare word could mean here, for did-you-mean.
    func knownNames(row: RowRef?) -> [String] {
        var names = Array(environment.keys) + Self.builtinCollections
        if let row { names += Attributes.names(of: row.kind, in: cache) }
        return names
    }

    // MARK: - Operators

    func binary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, opRange: SourceRange, row: RowRef?) throws(EvaluationError) -> Value {
        switch op {
        case .and, .or:
            let l = try evaluate(lhs, row: row)
            guard let lt = l.truth else { throw typeError("'\(op.rawValue)' needs truth values", found: l, at: lhs.range) }
            if op == .and, lt == false { return .boolean(false) }
            if op == .or, lt == true { return .boolean(true) }
            let r = try evaluate(rhs, row: row)
            guard let rt = r.truth else { throw typeError("'\(op.rawValue)' needs truth values", found: r, at: rhs.range) }
            if op == .and {
                if rt == false { return .boolean(false) }
                return (lt == true && rt == true) ? .boolean(true) : .unknown
            } else {
                if rt == true { return .boolean(true) }
                return (lt == false && rt == false) ? .boolean(false) : .unknown
            }
        default:
            let l = try evaluate(lhs, row: row)
            let r = try evaluate(rhs, row: row)
            return try compare(l, r, op, at: opRange)
        }
    }

    func compare(_ l: Value, _ r: Value, _ op: BinaryOperator, at range: SourceRange) throws(EvaluationError) -> Value {
        if l == .unknown || r == .unknown { return .unknown }
        if op == .equal || op == .notEqual {
            // An entity against a name: the name's entities, looked up once a statement.
            switch (l, r) {
            case (.entity(let id), .string(let s)), (.string(let s), .entity(let id)):
                let equal = predicateCache.entities(named: s, in: model).contains(id)
                return .boolean(op == .equal ? equal : !equal)
            default: break
            }
            guard let eq = Comparison.equal(l, r, model: model) else {
                throw EvaluationError(
                    Diagnostic(
                        id: "type-mismatch", message: "cannot compare \(l.typeName) with \(r.typeName)",
                        file: source.name, range: range))
            }
            return .boolean(op == .equal ? eq : !eq)
        }
        guard let order = Comparison.order(l, r, model: model) else {
            throw EvaluationError(
                Diagnostic(
                    id: "type-mismatch", message: "cannot order \(l.typeName) against \(r.typeName)",
                    file: source.name, range: range))
        }
        switch op {
        case .less: return .boolean(order < 0)
        case .lessOrEqual: return .boolean(order <= 0)
        case .greater: return .boolean(order > 0)
        case .greaterOrEqual: return .boolean(order >= 0)
        default: return .unknown
        }
    }

    func membership(_ element: Value, in container: Value, at range: SourceRange) throws(EvaluationError) -> Value {
        if element == .unknown { return .unknown }
        switch container {
        case .list(let items):
            var sawUnknown = false
            for item in items {
                if item == .unknown { sawUnknown = true; continue }
                if Comparison.equal(element, item, model: model) == true { return .boolean(true) }
            }
            return sawUnknown ? .unknown : .boolean(false)
        case .collection(let c):
            let row: RowRef?
            switch element {
            case .entity(let id): row = .entity(id)
            default: row = nil
            }
            guard let row else { return .boolean(false) }
            return .boolean(c.rows.contains(row))
        default:
            throw typeError("'in' needs a list or a collection", found: container, at: range)
        }
    }

}

extension RowRef {
    /// The kind of row this is.
    var kind: RowKind {
        switch self {
        case .entity: return .entity
        case .article: return .article
        case .claim: return .claim
        case .conflict: return .conflict
        }
    }
}
