import DSL
import Extraction

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
            diagnostics.append(
                Diagnostic(
                    id: "unknown-name", message: "unknown name '\(name)'", file: source.name, range: range,
                    label: suggestion.map { "did you mean '\($0)'?" }))
        case .call(let name, let nameRange, let arguments, _):
            let isAttribute = Attributes.names(of: .entity, in: cache).contains(name)
            if Functions.registry[name] == nil && model.predicates[name] == nil && !(isAttribute && arguments.count == 1) {
                let candidates = Array(model.predicates.keys) + Array(Functions.registry.keys) + Attributes.names(of: .entity, in: cache)
                let suggestion = Suggestions.closest(to: name, in: candidates)
                diagnostics.append(
                    Diagnostic(
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
