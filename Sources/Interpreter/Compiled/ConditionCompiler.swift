import DSL
import Extraction

/// Compiles a `where` condition once a query into a tree of ``RowTest`` and ``RowValue`` nodes
/// over rows of one kind, so the scan does not walk the syntax tree or look up names once a row.
///
/// What it resolves: the row's attributes to ids (claims, entities); operands that do not depend
/// on the row to constants, evaluated at the first row that needs them and then kept; a claim
/// attribute compared with a constant to a test decided once a key (a modality, an entity, an
/// article) rather than once a row. Everything else is evaluated by the interpreter for each row.
/// The nodes give the interpreter's answers and errors, in the same order of evaluation:
/// `InterpreterTests/CompiledConditionTests` compare the two on every row of the seeds and the
/// development corpus.
struct ConditionCompiler {
    let evaluator: Evaluator
    let rowKind: RowKind
    /// The names that are attributes of rows of ``rowKind``.
    let attributeNames: Set<String>

    /// A compiler for conditions over rows of `rowKind`, in `evaluator`'s context.
    init(evaluator: Evaluator, rowKind: RowKind) {
        self.evaluator = evaluator
        self.rowKind = rowKind
        attributeNames = Set(Attributes.names(of: rowKind, in: evaluator.cache))
    }

    /// The condition `filter` of a `where`.
    func compile(_ filter: Expr) -> CompiledCondition {
        let failure = TruthFailure(message: "'where' needs a condition that is true or false", range: filter.range)
        return CompiledCondition(
            rowKind: rowKind, root: test(filter, failure: failure), filter: filter, failure: failure, evaluator: evaluator)
    }

    // MARK: - Conditions

    /// `expr` where a truth value is needed; `failure` reports a value that is not one.
    func test(_ expr: Expr, failure: TruthFailure) -> RowTest {
        switch expr {
        case .binary(.and, let l, let r, _, _):
            return AndTest(
                test(l, failure: TruthFailure(message: "'and' needs truth values", range: l.range)),
                test(r, failure: TruthFailure(message: "'and' needs truth values", range: r.range)))
        case .binary(.or, let l, let r, _, _):
            return OrTest(
                test(l, failure: TruthFailure(message: "'or' needs truth values", range: l.range)),
                test(r, failure: TruthFailure(message: "'or' needs truth values", range: r.range)))
        case .binary(let op, let l, let r, let opRange, _):
            return comparison(op, l, r, at: opRange)
        case .unary(.not, let operand, let range):
            return NotTest(test(operand, failure: TruthFailure(message: "'not' needs a truth value", range: range)))
        case .isUnknown(let operand, let negated, _):
            return IsUnknownTest(value(operand), negated: negated)
        case .membership(let element, let container, let negated, let range):
            let operation = ConstantComparison(operation: .membership(negated: negated, range), evaluator: evaluator)
            if let attribute = claimAttribute(element), let key = attribute.key, isRowIndependent(container) {
                return KeyedClaimTest(
                    attribute, key: key, constant: constant(container), attributeOnLeft: true, comparison: operation)
            }
            return MembershipTest(value(element), in: value(container), comparison: operation)
        default:
            return ValueTruth(value(expr), failure: failure, evaluator: evaluator)
        }
    }

    /// `l op r` for a comparison operator.
    func comparison(_ op: BinaryOperator, _ l: Expr, _ r: Expr, at opRange: SourceRange) -> RowTest {
        let operation = ConstantComparison(operation: .compare(op, opRange), evaluator: evaluator)
        for (attributeSide, constantSide, attributeOnLeft) in [(l, r, true), (r, l, false)] {
            guard let attribute = claimAttribute(attributeSide), isRowIndependent(constantSide) else { continue }
            if let key = attribute.key {
                return KeyedClaimTest(
                    attribute, key: key, constant: constant(constantSide), attributeOnLeft: attributeOnLeft,
                    comparison: operation)
            }
            if op == .equal || op == .notEqual, case .literal(.string(let text), _) = constantSide {
                let claims = evaluator.model.claims
                switch attribute {
                case .predicate: return ClaimTextEqualityTest(.predicate, equals: text, negated: op == .notEqual, claims: claims)
                case .rule: return ClaimTextEqualityTest(.rule, equals: text, negated: op == .notEqual, claims: claims)
                default: break
                }
            }
        }
        return ComparisonTest(value(l), value(r), comparison: operation)
    }

    // MARK: - Values

    /// `expr` where any value may stand.
    func value(_ expr: Expr) -> RowValue {
        if isRowIndependent(expr) { return constant(expr) }
        switch expr {
        case .name(let name, _):
            if let attribute = claimAttribute(expr) { return ClaimAttributeValue(attribute, evaluator: evaluator) }
            if rowKind == .entity, attributeNames.contains(name) {
                return EntityAttributeValue(EntityAttribute(name), expression: expr, evaluator: evaluator)
            }
        case .binary, .unary(.not, _, _), .isUnknown, .membership:
            // Conditions never fail to give a truth value, so the failure is never reported.
            return TruthValue(test(expr, failure: TruthFailure(message: "", range: expr.range)))
        default:
            break
        }
        return InterpretedValue(expr, evaluator: evaluator, rowKind: rowKind)
    }

    /// `expr`, known not to depend on the row.
    func constant(_ expr: Expr) -> ConstantValue {
        ConstantValue(expr, evaluator: evaluator, rowKind: rowKind)
    }

    /// The claim attribute `expr` names, when the rows are claims and it is a bare attribute name.
    func claimAttribute(_ expr: Expr) -> ClaimAttribute? {
        guard rowKind == .claim, case .name(let name, _) = expr else { return nil }
        if name == "group", evaluator.group != nil { return nil }
        return ClaimAttribute(rawValue: name)
    }

    /// Whether `expr` has the same value (or error) at every row: it names no attribute of the
    /// row and calls nothing (a call may take the row as its subject). A nested query depends
    /// only on its source: its own conditions see its own rows.
    func isRowIndependent(_ expr: Expr) -> Bool {
        switch expr {
        case .literal:
            return true
        case .name(let name, _):
            if name == "group", evaluator.group != nil { return true }
            if attributeNames.contains(name) { return false }
            if rowKind == .entity, let schema = evaluator.model.predicates[name], schema.hasLiteralObject { return false }
            return true
        case .list(let items, _):
            return items.allSatisfy(isRowIndependent)
        case .unary(_, let operand, _), .isUnknown(let operand, _, _):
            return isRowIndependent(operand)
        case .binary(_, let l, let r, _, _), .membership(let l, let r, _, _):
            return isRowIndependent(l) && isRowIndependent(r)
        case .call:
            return false
        case .query(let query):
            return isRowIndependent(query.source)
        }
    }
}

/// A `where` condition compiled for rows of one kind.
struct CompiledCondition {
    /// The kind of rows the condition was compiled for.
    let rowKind: RowKind
    /// The condition.
    let root: RowTest
    /// The condition's expression, for rows of another kind.
    let filter: Expr
    /// How a value that is not a truth value is reported.
    let failure: TruthFailure
    /// The context the condition was compiled in.
    let evaluator: Evaluator

    /// The rows of `rows` for which the condition is true, in order.
    /// - Throws: the condition's errors, at the first row that meets one; `interrupted` at
    ///   `range` when the session's cancellation flag is set (checked every row: a nested
    ///   query's inner loops may each be short, and a relaxed atomic load costs next to nothing).
    func rows(of rows: [RowRef], interruptedAt range: SourceRange) throws(EvaluationError) -> [RowRef] {
        var kept: [RowRef] = []
        kept.reserveCapacity(rows.count)
        let root = self.root
        let cancellation = evaluator.cancellation ?? CancellationFlag()
        try withExtendedLifetime((root, cancellation)) { () throws(EvaluationError) in
            for row in rows {
                if cancellation.isCancelled { throw evaluator.interrupted(range) }
                let t: Bool?
                switch (rowKind, row) {
                case (.claim, .claim(let index)), (.article, .article(let index)), (.conflict, .conflict(let index)):
                    t = try root.truth(at: index)
                case (.entity, .entity(let id)):
                    t = try root.truth(at: id.index)
                default:
                    t = try interpretedTruth(at: row)
                }
                if t == true { kept.append(row) }
            }
        }
        return kept
    }

    /// The claims `0..<count` for which the condition, compiled for claims, is true, in order.
    /// - Throws: as ``rows(of:interruptedAt:)``.
    func claims(count: Int, interruptedAt range: SourceRange) throws(EvaluationError) -> [RowRef] {
        precondition(rowKind == .claim, "a condition compiled for \(rowKind.rawValue)s scans claims")
        var kept: [RowRef] = []
        let root = self.root
        let cancellation = evaluator.cancellation ?? CancellationFlag()
        try withExtendedLifetime((root, cancellation)) { () throws(EvaluationError) in
            for index in 0..<count {
                if cancellation.isCancelled { throw evaluator.interrupted(range) }
                if try root.truth(at: index) == true { kept.append(.claim(index)) }
            }
        }
        return kept
    }

    /// The condition's truth at `row`: true, false or unknown (`nil`).
    func truth(at row: RowRef) throws(EvaluationError) -> Bool? {
        switch (rowKind, row) {
        case (.claim, .claim(let index)), (.article, .article(let index)), (.conflict, .conflict(let index)):
            return try root.truth(at: index)
        case (.entity, .entity(let id)):
            return try root.truth(at: id.index)
        default:
            return try interpretedTruth(at: row)
        }
    }

    /// The interpreter's truth of the condition at `row`, a row of another kind than the
    /// condition was compiled for.
    func interpretedTruth(at row: RowRef) throws(EvaluationError) -> Bool? {
        let v = try evaluator.evaluate(filter, row: row)
        guard let t = v.truth else { throw evaluator.typeError(failure.message, found: v, at: failure.range) }
        return t
    }
}
