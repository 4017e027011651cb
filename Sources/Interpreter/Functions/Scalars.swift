import Extraction

/// Functions of single values: text, dates, entities.
enum Scalars {
    static let functions: [String: Function] = [
        "lower": text("lower") { .string($0.lowercased()) },
        "upper": text("upper") { .string($0.uppercased()) },
        "length": text("length") { .integer($0.count) },
        "contains": Function(usage: "contains(TEXT, PART)", summary: "true when TEXT contains PART, ignoring case and accents") {
            call throws(EvaluationError) in
            try call.expectArguments(2, 2, usage: "contains(TEXT, PART)")
            let a = try stringOf(call, 0), b = try stringOf(call, 1)
            guard let a, let b else { return .unknown }
            return .boolean(NameFolding.fold(a).contains(NameFolding.fold(b)))
        },
        "starts_with": Function(usage: "starts_with(TEXT, PREFIX)", summary: "true when TEXT starts with PREFIX, ignoring case and accents")
        { call throws(EvaluationError) in
            try call.expectArguments(2, 2, usage: "starts_with(TEXT, PREFIX)")
            let a = try stringOf(call, 0), b = try stringOf(call, 1)
            guard let a, let b else { return .unknown }
            return .boolean(NameFolding.fold(a).hasPrefix(NameFolding.fold(b)))
        },
        "year": Function(usage: "year(DATE)", summary: "the year of a date") { call throws(EvaluationError) in
            try call.expectArguments(1, 1, usage: "year(DATE)")
            let v = try call.argument(0)
            switch v {
            case .date(let d): return .integer(d.year)
            case .unknown: return .unknown
            default: throw call.typeError(0, "'year' needs a date", found: v)
            }
        },
        "coalesce": Function(usage: "coalesce(A, B, ...)", summary: "the first argument that is not unknown") {
            call throws(EvaluationError) in
            for i in call.arguments.indices {
                let v = try call.argument(i)
                if v != .unknown { return v }
            }
            return .unknown
        },
    ]

    /// Text of an argument: strings as they are, entities by canonical name; `nil` for unknown.
    static func stringOf(_ call: FunctionCall, _ i: Int) throws(EvaluationError) -> String? {
        let v = try call.argument(i)
        switch v {
        case .string(let s): return s
        case .entity(let id): return call.evaluator.model[id].name
        case .unknown: return nil
        default: throw call.typeError(i, "'\(call.name)' needs text", found: v)
        }
    }

    static func text(_ name: String, _ f: @escaping @Sendable (String) -> Value) -> Function {
        Function(usage: "\(name)(TEXT)", summary: "\(name) of a text") { call throws(EvaluationError) in
            try call.expectArguments(1, 1, usage: "\(name)(TEXT)")
            guard let s = try stringOf(call, 0) else { return .unknown }
            return f(s)
        }
    }
}
