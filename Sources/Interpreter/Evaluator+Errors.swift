import DSL
import Extraction

/// The diagnostics evaluation reports.
extension Evaluator {
    // MARK: - Errors

    func typeError(_ message: String, found: Value, at range: SourceRange) -> EvaluationError {
        EvaluationError(
            Diagnostic(
                id: "type-mismatch", message: message, file: source.name, range: range,
                label: "this is \(article(found.typeName)) \(found.typeName)"))
    }

    func article(_ word: String) -> String {
        guard let first = word.first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    func arity(_ schema: PredicateSchema, given: Int, at range: SourceRange, literal: Bool) -> EvaluationError {
        EvaluationError(
            Diagnostic(
                id: "wrong-argument-count",
                message: "'\(schema.name)' takes \(literal ? "one argument (the subject)" : "one or two arguments"), given \(given)",
                file: source.name, range: range,
                notes: [
                    literal
                        ? "\(schema.name)(SUBJECT), or \(schema.name) inside 'where'"
                        : "\(schema.name)(OBJECT) inside 'where', or \(schema.name)(SUBJECT, OBJECT)"
                ]))
    }

    func unknownName(_ name: String, at range: SourceRange, row: RowRef?) -> EvaluationError {
        let known = knownNames(row: row)
        var suggestion = Suggestions.closest(to: name, in: known)
        if suggestion == nil { suggestion = closestEntityName(name) }
        return EvaluationError(
            Diagnostic(
                id: "unknown-name", message: "unknown name '\(name)'", file: source.name, range: range,
                label: suggestion.map { "did you mean '\($0)'?" },
                notes: suggestion == nil
                    ? ["not a collection, a 'let' name, \(row == nil ? "" : "an attribute, ")or an entity the model knows"] : []))
    }

    func unknownEntity(_ name: String, at range: SourceRange) -> EvaluationError {
        let suggestion = closestEntityName(name)
        return EvaluationError(
            Diagnostic(
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
        EvaluationError(
            Diagnostic(
                id: "ambiguous-name", message: "'\(name)' could be \(ids.count) entities", file: source.name, range: range,
                label: "ambiguous",
                notes: ids.map { "\(model[$0].kind.rawValue) \"\(model[$0].name)\"" } + ["quote the full name to pick one"]))
    }

    func interrupted(_ range: SourceRange) -> EvaluationError {
        EvaluationError(Diagnostic(id: "interrupted", message: "interrupted", file: source.name, range: range))
    }
}
