import DSL

/// A call of a built-in function, with what it needs to evaluate its arguments.
struct FunctionCall {
    let evaluator: Evaluator
    let name: String
    let nameRange: SourceRange
    let arguments: [Expr]
    let range: SourceRange
    let row: RowRef?

    /// Evaluates argument `i`.
    func argument(_ i: Int) throws(EvaluationError) -> Value {
        try evaluator.evaluate(arguments[i], row: row)
    }

    /// Fails unless the call has between `min` and `max` arguments.
    func expectArguments(_ min: Int, _ max: Int, usage: String) throws(EvaluationError) {
        guard arguments.count >= min, arguments.count <= max else {
            throw EvaluationError(
                Diagnostic(
                    id: "wrong-argument-count",
                    message:
                        "'\(name)' takes \(min == max ? "\(min)" : "\(min) to \(max)") argument\(max == 1 ? "" : "s"), given \(arguments.count)",
                    file: evaluator.source.name, range: range, notes: ["usage: \(usage)"]))
        }
    }

    /// A type error at argument `i`.
    func typeError(_ i: Int, _ message: String, found: Value) -> EvaluationError {
        evaluator.typeError(message, found: found, at: arguments[i].range)
    }
}

/// A built-in function of the language.
struct Function: Sendable {
    /// How it is called, for `.help` and errors.
    let usage: String
    /// One line for `.help functions`.
    let summary: String
    /// The implementation.
    let evaluate: @Sendable (FunctionCall) throws(EvaluationError) -> Value
}

/// The registry of built-in functions: every function the language has is listed here.
enum Functions {
    static let registry: [String: Function] = {
        var all: [String: Function] = [:]
        for (name, function) in Aggregates.functions { all[name] = function }
        for (name, function) in Scalars.functions { all[name] = function }
        return all
    }()
}
