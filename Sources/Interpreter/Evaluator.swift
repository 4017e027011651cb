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

    init(cache: ModelCache, source: SourceFile, environment: [String: Definition], view: View,
         cancellation: CancellationFlag?, predicateCache: PredicateCache = PredicateCache()) {
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
        if name == "group", let group { return .collection(group) }
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
            throw EvaluationError(Diagnostic(id: "definition-too-deep", message: "definitions nest too deeply",
                                             file: source.name, range: range))
        }
        var inner = Evaluator(cache: cache, source: definition.source, environment: definition.environment,
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
            Collection(kind: .entity, rows: model.entities.lazy.filter { kind == nil || $0.kind == kind! }.map { .entity($0.id) }, view: view)
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
            return Collection(kind: .conflict, rows: all.indices.filter { i in
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

    // MARK: - Attributes

    func attribute(_ name: String, of row: RowRef) -> Value? {
        switch row {
        case .entity(let id): return entityAttribute(name, of: model[id])
        case .article(let index): return articleAttribute(name, of: model.articles[index])
        case .claim(let index): return claimAttribute(name, index: index)
        case .conflict(let index): return conflictAttribute(name, of: cache.conflicts[index])
        }
    }

    func entityAttribute(_ name: String, of entity: Entity) -> Value? {
        switch name {
        case "name": return .string(entity.name)
        case "kind": return .string(entity.kind.rawValue)
        case "aliases": return .list(entity.aliases.map { .string($0) })
        case "aliases_seen": return .list(entity.aliasesSeen.map { .string($0) })
        case "articles": return .integer(model.mentions[entity.id]?.filter { view.includes(model.articles[$0]) }.count ?? 0)
        case "discovered": return .boolean(entity.discovered)
        default:
            if let v = entity.attributes[name] {
                switch v {
                case .string(let s): return .string(s)
                case .integer(let i): return .integer(i)
                case .boolean(let b): return .boolean(b)
                case .entity(let id): return .entity(id)
                case .strings(let list): return .list(list.map { .string($0) })
                }
            }
            return cache.entityAttributeNames.contains(name) ? .unknown : nil
        }
    }

    func articleAttribute(_ name: String, of article: Article) -> Value? {
        switch name {
        case "name": return .string(article.name)
        case "file": return .string(article.fileName)
        case "outlet": return article.outlet.map { .string($0) } ?? .unknown
        case "published": return article.published.map { .date($0) } ?? .unknown
        case "claims": return .integer(claimsOf(article).count)
        case "corroborated":
            let claims = claimsOf(article)
            guard !claims.isEmpty else { return .unknown }
            let corroboration = cache.corroboration(in: view)
            let n = claims.filter { corroboration[$0] == true }.count
            return .number(Double(n) / Double(claims.count))
        case "conflicts":
            return .integer(cache.conflicts.filter {
                let a = model.claims[$0.first].article, b = model.claims[$0.second].article
                return (a == article.index || b == article.index)
                    && view.includes(model.articles[a]) && view.includes(model.articles[b])
            }.count)
        default: return nil
        }
    }

    func claimsOf(_ article: Article) -> [Int] {
        cache.claimsByArticle[article.index]
    }

    /// An attribute of the claim at `index`, reading only the fields it needs (row loops over a
    /// million claims must not copy whole claims).
    func claimAttribute(_ name: String, index: Int) -> Value? {
        switch name {
        case "article": return .string(model.articles[model.claims[index].article].name)
        case "subject": return .entity(model.claims[index].subject)
        case "predicate": return .string(model.claims[index].predicate)
        case "object":
            switch model.claims[index].object {
            case .entity(let id): return .entity(id)
            case .literal(let s): return .string(s)
            }
        case "value": return claimValue(model.claims[index].value)
        case "modality": return .string(model.claims[index].modality.rawValue)
        case "qualifiers":
            return .string(model.claims[index].qualifiers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";"))
        case "place", "date": return model.claims[index].qualifiers[name].map { .string($0) } ?? .unknown
        case "evidence": return .string(model.claims[index].evidence.text)
        case "sentence": return .string(model.claims[index].evidence.sentence)
        case "start": return .integer(model.claims[index].evidence.start)
        case "end": return .integer(model.claims[index].evidence.end)
        case "rule": return .string(model.claims[index].rule)
        case "published": return model.articles[model.claims[index].article].published.map { .date($0) } ?? .unknown
        case "outlet": return model.articles[model.claims[index].article].outlet.map { .string($0) } ?? .unknown
        case "corroborated": return .boolean(cache.corroboration(in: view)[index] ?? false)
        default: return nil
        }
    }

    func claimValue(_ value: ClaimValue) -> Value {
        switch value {
        case .boolean(let b): return .boolean(b)
        case .literal(let s): return .string(s)
        }
    }

    func conflictAttribute(_ name: String, of conflict: Conflict) -> Value? {
        let a = model.claims[conflict.first], b = model.claims[conflict.second]
        switch name {
        case "predicate": return .string(a.predicate)
        case "subject": return .entity(a.subject)
        case "object": return claimAttribute("object", index: a.index)
        case "reason": return .string(conflict.reason)
        case "first_article": return .string(model.articles[a.article].name)
        case "first_value": return claimValue(a.value)
        case "first_evidence": return .string(a.evidence.text)
        case "second_article": return .string(model.articles[b.article].name)
        case "second_value": return claimValue(b.value)
        case "second_evidence": return .string(b.evidence.text)
        default: return nil
        }
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
                throw EvaluationError(Diagnostic(id: "type-mismatch", message: "cannot compare \(l.typeName) with \(r.typeName)",
                                                 file: source.name, range: range))
            }
            return .boolean(op == .equal ? eq : !eq)
        }
        guard let order = Comparison.order(l, r, model: model) else {
            throw EvaluationError(Diagnostic(id: "type-mismatch", message: "cannot order \(l.typeName) against \(r.typeName)",
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

    // MARK: - Calls

    func call(_ name: String, nameRange: SourceRange, arguments: [Expr], range: SourceRange, row: RowRef?) throws(EvaluationError) -> Value {
        if let function = Functions.registry[name] {
            return try function.evaluate(FunctionCall(evaluator: self, name: name, nameRange: nameRange, arguments: arguments, range: range, row: row))
        }
        if let schema = model.predicates[name] {
            return try predicate(schema, arguments: arguments, nameRange: nameRange, range: range, row: row)
        }
        if arguments.count == 1 {
            let target = try evaluateAsEntityIfName(arguments[0], row: row)
            if case .entity(let id) = target, let v = attribute(name, of: .entity(id)) { return v }
            if Attributes.names(of: .entity, in: cache).contains(name) {
                if target == .unknown { return .unknown }
                throw typeError("'\(name)' needs an entity", found: target, at: arguments[0].range)
            }
        }
        let candidates = Array(model.predicates.keys) + Array(Functions.registry.keys) + Attributes.names(of: .entity, in: cache)
        let suggestion = Suggestions.closest(to: name, in: candidates)
        throw EvaluationError(Diagnostic(
            id: "unknown-predicate", message: "unknown predicate '\(name)'", file: source.name, range: nameRange,
            label: suggestion.map { "did you mean '\($0)'?" },
            notes: suggestion == nil ? ["predicates: \(model.predicates.keys.sorted().joined(separator: ", "))"] : []))
    }

    func predicate(_ schema: PredicateSchema, arguments: [Expr], nameRange: SourceRange, range: SourceRange, row: RowRef?) throws(EvaluationError) -> Value {
        let resolver = Resolver(model: model, view: view)
        if schema.hasLiteralObject {
            let subject: Value
            switch (arguments.count, row) {
            case (0, .entity(let id)?): subject = .entity(id)
            case (1, _): subject = try entityArgument(arguments[0], row: row, role: "subject", schema: schema)
            default:
                throw arity(schema, given: arguments.count, at: range, literal: true)
            }
            guard case .entity(let id) = subject else { return .unknown }
            return resolver.resolveLiteral(id, schema.name).value
        }
        let subjectValue: Value
        let objectValue: Value
        switch arguments.count {
        case 2:
            subjectValue = try entityArgument(arguments[0], row: row, role: "subject", schema: schema)
            objectValue = try entityArgument(arguments[1], row: row, role: "object", schema: schema)
        case 1:
            guard let row else {
                throw EvaluationError(Diagnostic(
                    id: "predicate-needs-subject", message: "'\(schema.name)' with one argument needs a row as its subject",
                    file: source.name, range: range, label: "used outside 'where'",
                    notes: ["inside 'where' the row is the subject; elsewhere name both: \(schema.name)(SUBJECT, OBJECT)"]))
            }
            guard case .entity(let id) = row else {
                throw EvaluationError(Diagnostic(
                    id: "wrong-row-kind", message: "'\(schema.name)' needs entity rows, but these rows are \(row.kind.rawValue)s",
                    file: source.name, range: nameRange))
            }
            subjectValue = .entity(id)
            objectValue = try entityArgument(arguments[0], row: row, role: "object", schema: schema)
        default:
            throw arity(schema, given: arguments.count, at: range, literal: false)
        }
        let subjects = entities(in: subjectValue)
        let objects = entities(in: objectValue)
        // Existential over collections: true if any pair is true, false if all are false.
        var sawUnknown = false
        for s in subjects {
            guard schema.subjectKinds.contains(model[s].kind) else { sawUnknown = true; continue }
            for o in objects {
                switch predicateCache.value(schema.name, subject: s, object: o, resolver: resolver) {
                case .boolean(true): return .boolean(true)
                case .boolean(false): continue
                default: sawUnknown = true
                }
            }
        }
        if subjects.isEmpty || objects.isEmpty { return .boolean(false) }
        return sawUnknown ? .unknown : .boolean(false)
    }

    func entities(in value: Value) -> [EntityID] {
        switch value {
        case .entity(let id): return [id]
        case .collection(let c): return c.rows.compactMap { if case .entity(let id) = $0 { return id } else { return nil } }
        case .list(let items): return items.flatMap { entities(in: $0) }
        default: return []
        }
    }

    /// An argument that must name entities: an entity, a name, a quoted name, a collection.
    func entityArgument(_ expr: Expr, row: RowRef?, role: String, schema: PredicateSchema) throws(EvaluationError) -> Value {
        let kinds = role == "subject" ? schema.subjectKinds : schema.objectKinds
        let v: Value
        if case .literal(.string(let s), let range) = expr {
            let ids = model.entities(named: s)
            if ids.isEmpty { throw unknownEntity(s, at: range) }
            if ids.count > 1 {
                let fitting = ids.filter { kinds.contains(model[$0].kind) }
                if fitting.count == 1 { return .entity(fitting[0]) }
                throw ambiguous(s, ids, at: range)
            }
            v = .entity(ids[0])
        } else if case .name(let n, let range) = expr, environment[n] == nil, row.flatMap({ attribute(n, of: $0) }) == nil,
                  builtinCollection(n) == nil {
            let ids = model.entities(named: n)
            if ids.isEmpty { throw unknownEntity(n, at: range) }
            if ids.count > 1 {
                let fitting = ids.filter { kinds.contains(model[$0].kind) }
                if fitting.count == 1 { return .entity(fitting[0]) }
                throw ambiguous(n, ids, at: range)
            }
            v = .entity(ids[0])
        } else {
            v = try evaluate(expr, row: row)
        }
        switch v {
        case .entity(let id):
            if !kinds.contains(model[id].kind) {
                let expected = kinds.map(\.rawValue).sorted().joined(separator: " or ")
                throw EvaluationError(Diagnostic(
                    id: "wrong-argument-kind",
                    message: "'\(schema.name)' takes a \(expected) as its \(role), but '\(model[id].name)' is a \(model[id].kind.rawValue)",
                    file: source.name, range: expr.range))
            }
            return v
        case .collection(let c) where c.kind == .entity: return v
        case .list: return v
        case .unknown: return v
        default:
            throw typeError("the \(role) of '\(schema.name)' must be an entity", found: v, at: expr.range)
        }
    }

    // MARK: - Queries

    func evaluateQuery(_ query: Query, row outer: RowRef?) throws(EvaluationError) -> Value {
        let sourceValue = try evaluate(query.source, row: outer)
        guard case .collection(var collection) = sourceValue else {
            throw typeError("'where', 'select' and 'order by' need a collection", found: sourceValue, at: query.source.range)
        }
        try check(query: query, rowKind: collection.kind)
        if let filter = query.filter {
            var kept: [RowRef] = []
            kept.reserveCapacity(collection.rows.count)
            for row in collection.rows {
                // Every row: a nested query's inner loops may each be short, and a relaxed
                // atomic load costs next to nothing.
                if let cancellation, cancellation.isCancelled { throw interrupted(query.range) }
                switch try evaluate(filter, row: row) {
                case .boolean(true): kept.append(row)
                case .boolean(false), .unknown: break
                case let other:
                    // Not a condition: an error at the first row, rather than no rows found
                    // after evaluating it (maybe a whole query) once for every row.
                    throw typeError("'where' needs a condition that is true or false", found: other, at: filter.range)
                }
            }
            collection.rows = kept
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
        let items = query.projection.isEmpty
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
        return String(source.text[start..<end]) ?? "?"
    }

    // MARK: - Errors

    func typeError(_ message: String, found: Value, at range: SourceRange) -> EvaluationError {
        EvaluationError(Diagnostic(id: "type-mismatch", message: message, file: source.name, range: range,
                                   label: "this is \(article(found.typeName)) \(found.typeName)"))
    }

    func article(_ word: String) -> String {
        guard let first = word.first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    func arity(_ schema: PredicateSchema, given: Int, at range: SourceRange, literal: Bool) -> EvaluationError {
        EvaluationError(Diagnostic(
            id: "wrong-argument-count", message: "'\(schema.name)' takes \(literal ? "one argument (the subject)" : "one or two arguments"), given \(given)",
            file: source.name, range: range,
            notes: [literal ? "\(schema.name)(SUBJECT), or \(schema.name) inside 'where'" : "\(schema.name)(OBJECT) inside 'where', or \(schema.name)(SUBJECT, OBJECT)"]))
    }

    func unknownName(_ name: String, at range: SourceRange, row: RowRef?) -> EvaluationError {
        let known = knownNames(row: row)
        var suggestion = Suggestions.closest(to: name, in: known)
        if suggestion == nil { suggestion = closestEntityName(name) }
        return EvaluationError(Diagnostic(
            id: "unknown-name", message: "unknown name '\(name)'", file: source.name, range: range,
            label: suggestion.map { "did you mean '\($0)'?" },
            notes: suggestion == nil ? ["not a collection, a 'let' name, \(row == nil ? "" : "an attribute, ")or an entity the model knows"] : []))
    }

    func unknownEntity(_ name: String, at range: SourceRange) -> EvaluationError {
        let suggestion = closestEntityName(name)
        return EvaluationError(Diagnostic(
            id: "unknown-entity", message: "no entity is named '\(name)'", file: source.name, range: range,
            label: suggestion.map { "did you mean '\($0)'?" }))
    }

    func closestEntityName(_ name: String) -> String? {
        let folded = NameFolding.fold(name)
        guard !folded.isEmpty else { return nil }
        // A name the user began to type: the shortest known name it starts.
        var best: String?
        for key in model.entitiesByName.keys where key.hasPrefix(folded) || key.contains(" " + folded) {
            if best == nil || key.count < best!.count || (key.count == best!.count && key < best!) { best = key }
        }
        if best == nil, folded.count > 2 { best = Suggestions.closest(to: folded, in: model.entitiesByName.keys) }
        guard let key = best, let id = model.entitiesByName[key]?.first else { return nil }
        return model[id].name
    }

    func ambiguous(_ name: String, _ ids: [EntityID], at range: SourceRange) -> EvaluationError {
        EvaluationError(Diagnostic(
            id: "ambiguous-name", message: "'\(name)' could be \(ids.count) entities", file: source.name, range: range,
            label: "ambiguous",
            notes: ids.map { "\(model[$0].kind.rawValue) \"\(model[$0].name)\"" } + ["quote the full name to pick one"]))
    }

    func interrupted(_ range: SourceRange) -> EvaluationError {
        EvaluationError(Diagnostic(id: "interrupted", message: "interrupted", file: source.name, range: range))
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

/// Memoises predicate values within one statement: evaluating `supports(Rutte)` for every row
/// resolves each (subject, object) once, from the model's claim index.
final class PredicateCache: @unchecked Sendable {
    private var values: [ClaimKey: Value] = [:]
    private var named: [String: [EntityID]] = [:]

    /// The entities `name` means, looked up once a statement.
    func entities(named name: String, in model: EntityModel) -> [EntityID] {
        if let ids = named[name] { return ids }
        let ids = model.entities(named: name)
        named[name] = ids
        return ids
    }

    func value(_ predicate: String, subject: EntityID, object: EntityID, resolver: Resolver) -> Value {
        let key = ClaimKey(subject, predicate, .entity(object))
        if let v = values[key] { return v }
        let v = resolver.value(subject, predicate, object)
        values[key] = v
        return v
    }
}

extension Evaluator {
    /// Checks the names of an expression before it runs over rows of `kind`, so an unknown
    /// predicate or attribute is reported even when the collection is empty, and every unknown
    /// name of the expression is reported at once.
    func check(_ expr: Expr, rowKind: RowKind?) throws(EvaluationError) {
        var diagnostics: [Diagnostic] = []
        collectProblems(expr, rowKind: rowKind, into: &diagnostics)
        if !diagnostics.isEmpty { throw EvaluationError(diagnostics) }
    }

    private func collectProblems(_ expr: Expr, rowKind: RowKind?, into diagnostics: inout [Diagnostic]) {
        switch expr {
        case .literal: return
        case .name(let name, let range):
            if name == "group", group != nil { return }
            if let rowKind, Attributes.names(of: rowKind, in: cache).contains(name) { return }
            if rowKind == .entity, let schema = model.predicates[name], schema.hasLiteralObject { return }
            if environment[name] != nil || builtinCollection(name) != nil || !model.entities(named: name).isEmpty { return }
            let probe: RowRef? = rowKind.map { kind in
                switch kind {
                case .entity: return .entity(EntityID(0))
                case .article: return .article(0)
                case .claim: return .claim(0)
                case .conflict: return .conflict(0)
                }
            }
            var names = Array(environment.keys) + Self.builtinCollections
            if let rowKind { names += Attributes.names(of: rowKind, in: cache) }
            _ = probe
            var suggestion = Suggestions.closest(to: name, in: names)
            if suggestion == nil { suggestion = closestEntityName(name) }
            diagnostics.append(Diagnostic(
                id: "unknown-name", message: "unknown name '\(name)'", file: source.name, range: range,
                label: suggestion.map { "did you mean '\($0)'?" }))
        case .call(let name, let nameRange, let arguments, _):
            let isAttribute = Attributes.names(of: .entity, in: cache).contains(name)
            if Functions.registry[name] == nil && model.predicates[name] == nil && !(isAttribute && arguments.count == 1) {
                let candidates = Array(model.predicates.keys) + Array(Functions.registry.keys) + Attributes.names(of: .entity, in: cache)
                let suggestion = Suggestions.closest(to: name, in: candidates)
                diagnostics.append(Diagnostic(
                    id: "unknown-predicate", message: "unknown predicate '\(name)'", file: source.name, range: nameRange,
                    label: suggestion.map { "did you mean '\($0)'?" },
                    notes: suggestion == nil ? ["predicates: \(model.predicates.keys.sorted().joined(separator: ", "))"] : []))
            }
            // Arguments of predicates may be entity names; of functions, expressions over the row.
            for argument in arguments {
                if model.predicates[name] != nil, case .name = argument { continue }
                collectProblems(argument, rowKind: rowKind, into: &diagnostics)
            }
        case .unary(_, let operand, _):
            collectProblems(operand, rowKind: rowKind, into: &diagnostics)
        case .binary(_, let l, let r, _, _):
            collectProblems(l, rowKind: rowKind, into: &diagnostics)
            collectProblems(r, rowKind: rowKind, into: &diagnostics)
        case .isUnknown(let e, _, _):
            collectProblems(e, rowKind: rowKind, into: &diagnostics)
        case .membership(let e, let c, _, _):
            collectProblems(e, rowKind: rowKind, into: &diagnostics)
            collectProblems(c, rowKind: rowKind, into: &diagnostics)
        case .list(let items, _):
            for item in items { collectProblems(item, rowKind: rowKind, into: &diagnostics) }
        case .query:
            return  // checked when it runs
        }
    }
}
