import DSL
import Extraction

/// Calls: functions, the model's predicates, attributes used as functions.
extension Evaluator {
    // MARK: - Calls

    func call(_ name: String, nameRange: SourceRange, arguments: [Expr], range: SourceRange, row: RowRef?) throws(EvaluationError) -> Value
    {
        if let function = Functions.registry[name] {
            return try function.evaluate(
                FunctionCall(evaluator: self, name: name, nameRange: nameRange, arguments: arguments, range: range, row: row))
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
        throw EvaluationError(
            Diagnostic(
                id: "unknown-predicate", message: "unknown predicate '\(name)'", file: source.name, range: nameRange,
                label: suggestion.map { "did you mean '\($0)'?" },
                notes: suggestion == nil ? ["predicates: \(model.predicates.keys.sorted().joined(separator: ", "))"] : []))
    }

    func predicate(_ schema: PredicateSchema, arguments: [Expr], nameRange: SourceRange, range: SourceRange, row: RowRef?)
        throws(EvaluationError) -> Value
    {
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
                throw EvaluationError(
                    Diagnostic(
                        id: "predicate-needs-subject", message: "'\(schema.name)' with one argument needs a row as its subject",
                        file: source.name, range: range, label: "used outside 'where'",
                        notes: ["inside 'where' the row is the subject; elsewhere name both: \(schema.name)(SUBJECT, OBJECT)"]))
            }
            guard case .entity(let id) = row else {
                throw EvaluationError(
                    Diagnostic(
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

    /// The one entity `name` means; among several, the only one of `kinds`.
    /// - Throws: `unknown-entity` when no entity has the name, `ambiguous-name` when several do.
    func entity(named name: String, at range: SourceRange, preferring kinds: Set<EntityKind>) throws(EvaluationError) -> EntityID {
        let ids = model.entities(named: name)
        if ids.isEmpty { throw unknownEntity(name, at: range) }
        if ids.count == 1 { return ids[0] }
        let fitting = ids.filter { kinds.contains(model[$0].kind) }
        if fitting.count == 1 { return fitting[0] }
        throw ambiguous(name, ids, at: range)
    }

    /// An argument that must name entities: an entity, a name, a quoted name, a collection.
    func entityArgument(_ expr: Expr, row: RowRef?, role: String, schema: PredicateSchema) throws(EvaluationError) -> Value {
        let kinds = role == "subject" ? schema.subjectKinds : schema.objectKinds
        let v: Value
        if case .literal(.string(let s), let range) = expr {
            v = .entity(try entity(named: s, at: range, preferring: kinds))
        } else if case .name(let n, let range) = expr, environment[n] == nil, row.flatMap({ attribute(n, of: $0) }) == nil,
            builtinCollection(n) == nil
        {
            v = .entity(try entity(named: n, at: range, preferring: kinds))
        } else {
            v = try evaluate(expr, row: row)
        }
        switch v {
        case .entity(let id):
            if !kinds.contains(model[id].kind) {
                let expected = kinds.map(\.rawValue).sorted().joined(separator: " or ")
                throw EvaluationError(
                    Diagnostic(
                        id: "wrong-argument-kind",
                        message:
                            "'\(schema.name)' takes a \(expected) as its \(role), but '\(model[id].name)' is a \(model[id].kind.rawValue)",
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
}
