import DSL
import Extraction

// The nodes of a compiled `where` condition (see ``ConditionCompiler``). A node is built once a
// query and asked once a row, by the row's index among the rows of its kind. Each node gives the
// interpreter's answer for its expression, errors included; nodes that decide faster read
// fields directly or remember what a key (a modality, an entity) decided, and fall back on the
// interpreter's own operations for every value they do not handle.

/// A compiled expression that gives a value for each row.
class RowValue {
    /// The expression's value for the row at `row`.
    func value(at row: Int) throws(EvaluationError) -> Value {
        fatalError("RowValue is abstract")
    }
}

/// A compiled condition: true, false or unknown (`nil`) for each row.
class RowTest {
    /// The condition's truth for the row at `row`.
    func truth(at row: Int) throws(EvaluationError) -> Bool? {
        fatalError("RowTest is abstract")
    }
}

/// What a non-truth value in a condition's place is reported as: the interpreter's message for
/// the operator that needed a truth value, at the operand's range.
struct TruthFailure {
    /// The message (`'and' needs truth values`).
    let message: String
    /// Where the operand that was not a truth value is.
    let range: SourceRange
}

// MARK: - Values

/// Any expression, evaluated by the interpreter for each row.
final class InterpretedValue: RowValue {
    let expression: Expr
    let evaluator: Evaluator
    let rowKind: RowKind

    init(_ expression: Expr, evaluator: Evaluator, rowKind: RowKind) {
        self.expression = expression
        self.evaluator = evaluator
        self.rowKind = rowKind
    }

    override func value(at row: Int) throws(EvaluationError) -> Value {
        try evaluator.evaluate(expression, row: rowKind.row(row))
    }
}

/// An expression that does not depend on the row: evaluated by the interpreter at the first row
/// that needs it (so an error shows when, and only if, the interpreter would meet it), then kept.
final class ConstantValue: RowValue {
    let expression: Expr
    let evaluator: Evaluator
    let rowKind: RowKind
    private var kept: Value?

    init(_ expression: Expr, evaluator: Evaluator, rowKind: RowKind) {
        self.expression = expression
        self.evaluator = evaluator
        self.rowKind = rowKind
    }

    override func value(at row: Int) throws(EvaluationError) -> Value {
        if let kept { return kept }
        let v = try evaluator.evaluate(expression, row: rowKind.row(row))
        kept = v
        return v
    }
}

/// An attribute of a claim row, read by id.
final class ClaimAttributeValue: RowValue {
    let attribute: ClaimAttribute
    let evaluator: Evaluator

    init(_ attribute: ClaimAttribute, evaluator: Evaluator) {
        self.attribute = attribute
        self.evaluator = evaluator
    }

    override func value(at row: Int) throws(EvaluationError) -> Value {
        evaluator.claimAttribute(attribute, index: row)
    }
}

/// An attribute of an entity row, resolved from its name once.
final class EntityAttributeValue: RowValue {
    let attribute: EntityAttribute
    let expression: Expr
    let evaluator: Evaluator
    let entities: [Entity]

    init(_ attribute: EntityAttribute, expression: Expr, evaluator: Evaluator) {
        self.attribute = attribute
        self.expression = expression
        self.evaluator = evaluator
        self.entities = evaluator.model.entities
    }

    override func value(at row: Int) throws(EvaluationError) -> Value {
        if let v = evaluator.entityAttribute(attribute, of: entities[row]) { return v }
        return try evaluator.evaluate(expression, row: .entity(EntityID(row)))
    }
}

/// A condition in a value's place: `true`, `false` or `unknown`.
final class TruthValue: RowValue {
    let test: RowTest

    init(_ test: RowTest) { self.test = test }

    override func value(at row: Int) throws(EvaluationError) -> Value {
        try test.truth(at: row).map { .boolean($0) } ?? .unknown
    }
}

// MARK: - Conditions

/// A value in a condition's place: it must be `true`, `false` or `unknown`.
final class ValueTruth: RowTest {
    let operand: RowValue
    let failure: TruthFailure
    let evaluator: Evaluator

    init(_ operand: RowValue, failure: TruthFailure, evaluator: Evaluator) {
        self.operand = operand
        self.failure = failure
        self.evaluator = evaluator
    }

    override func truth(at row: Int) throws(EvaluationError) -> Bool? {
        let v = try operand.value(at: row)
        guard let t = v.truth else { throw evaluator.typeError(failure.message, found: v, at: failure.range) }
        return t
    }
}

/// `a and b`: false if either is false, true if both are true, else unknown; `b` is not
/// evaluated when `a` is false.
final class AndTest: RowTest {
    let lhs: RowTest
    let rhs: RowTest

    init(_ lhs: RowTest, _ rhs: RowTest) {
        self.lhs = lhs
        self.rhs = rhs
    }

    override func truth(at row: Int) throws(EvaluationError) -> Bool? {
        let l = try lhs.truth(at: row)
        if l == false { return false }
        let r = try rhs.truth(at: row)
        if r == false { return false }
        return l == true && r == true ? true : nil
    }
}

/// `a or b`: true if either is true, false if both are false, else unknown; `b` is not
/// evaluated when `a` is true.
final class OrTest: RowTest {
    let lhs: RowTest
    let rhs: RowTest

    init(_ lhs: RowTest, _ rhs: RowTest) {
        self.lhs = lhs
        self.rhs = rhs
    }

    override func truth(at row: Int) throws(EvaluationError) -> Bool? {
        let l = try lhs.truth(at: row)
        if l == true { return true }
        let r = try rhs.truth(at: row)
        if r == true { return true }
        return l == false && r == false ? false : nil
    }
}

/// `not a`: unknown stays unknown.
final class NotTest: RowTest {
    let operand: RowTest

    init(_ operand: RowTest) { self.operand = operand }

    override func truth(at row: Int) throws(EvaluationError) -> Bool? {
        try operand.truth(at: row).map { !$0 }
    }
}

/// `a is unknown`, `a is not unknown`.
final class IsUnknownTest: RowTest {
    let operand: RowValue
    let negated: Bool

    init(_ operand: RowValue, negated: Bool) {
        self.operand = operand
        self.negated = negated
    }

    override func truth(at row: Int) throws(EvaluationError) -> Bool? {
        let isUnknown = try operand.value(at: row) == .unknown
        return negated ? !isUnknown : isUnknown
    }
}

/// `a = b`, `a < b`, ...: the interpreter's comparison of the two values.
final class ComparisonTest: RowTest {
    let lhs: RowValue
    let rhs: RowValue
    let comparison: ConstantComparison

    init(_ lhs: RowValue, _ rhs: RowValue, comparison: ConstantComparison) {
        self.lhs = lhs
        self.rhs = rhs
        self.comparison = comparison
    }

    override func truth(at row: Int) throws(EvaluationError) -> Bool? {
        let l = try lhs.value(at: row)
        let r = try rhs.value(at: row)
        return try comparison.decide(l, r)
    }
}

/// What a keyed test does with its two values: a comparison or a membership, with the
/// interpreter's operations.
struct ConstantComparison {
    /// The operation.
    enum Operation {
        /// `=`, `!=`, `<`, ... reported at the operator's range.
        case compare(BinaryOperator, SourceRange)
        /// `in`, `not in`, reported at the whole expression's range.
        case membership(negated: Bool, SourceRange)
    }

    let operation: Operation
    let evaluator: Evaluator

    /// The operation on the left and right values, as the interpreter decides it.
    func decide(_ l: Value, _ r: Value) throws(EvaluationError) -> Bool? {
        let result: Value
        switch operation {
        case .compare(let op, let range):
            result = try evaluator.compare(l, r, op, at: range)
        case .membership(let negated, let range):
            result = try evaluator.membership(l, in: r, at: range)
            if negated, case .boolean(let b) = result { return !b }
        }
        if case .boolean(let b) = result { return b }
        return nil
    }
}

/// A claim attribute that a key decides (modality, value, subject, object, article) against a
/// constant: decided once a key, at the first row with that key, then remembered. Rows whose
/// attribute has no key (a literal value or object) are decided one by one.
final class KeyedClaimTest: RowTest {
    let key: ClaimAttribute.Key
    let attribute: ClaimAttribute
    let constant: ConstantValue
    let attributeOnLeft: Bool
    let comparison: ConstantComparison
    /// The key of each claim, from the model's cache.
    let keys: [Int32]
    /// Per key: 0 not decided yet, 1 false, 2 true, 3 unknown.
    private let decided: UnsafeMutableBufferPointer<UInt8>

    init(
        _ attribute: ClaimAttribute, key: ClaimAttribute.Key, constant: ConstantValue, attributeOnLeft: Bool,
        comparison: ConstantComparison
    ) {
        self.key = key
        self.attribute = attribute
        self.constant = constant
        self.attributeOnLeft = attributeOnLeft
        self.comparison = comparison
        self.keys = comparison.evaluator.cache.claimKeys(key)
        decided = .allocate(capacity: ClaimAttribute.keyCount(key, in: comparison.evaluator.model))
        decided.initialize(repeating: 0)
    }

    deinit { decided.deallocate() }

    override func truth(at row: Int) throws(EvaluationError) -> Bool? {
        let k = Int(keys[row])
        if k >= 0 {
            switch decided[k] {
            case 1: return false
            case 2: return true
            case 3: return nil
            default: break
            }
        }
        let a = comparison.evaluator.claimAttribute(attribute, index: row)
        let c = try constant.value(at: row)
        let t = try attributeOnLeft ? comparison.decide(a, c) : comparison.decide(c, a)
        if k >= 0 { decided[k] = t.map { $0 ? 2 : 1 } ?? 3 }
        return t
    }
}

/// A claim's predicate or rule compared with a string literal by `=` or `!=`: the field's text
/// against the literal, without building values.
final class ClaimTextEqualityTest: RowTest {
    /// The text fields compared this way.
    enum Field {
        case predicate, rule
    }

    let field: Field
    let text: String
    let negated: Bool
    let claims: [Claim]

    init(_ field: Field, equals text: String, negated: Bool, claims: [Claim]) {
        self.field = field
        self.text = text
        self.negated = negated
        self.claims = claims
    }

    override func truth(at row: Int) throws(EvaluationError) -> Bool? {
        let equal: Bool
        switch field {
        case .predicate: equal = claims[row].predicate == text
        case .rule: equal = claims[row].rule == text
        }
        return equal != negated
    }
}

/// `a in b`, `a not in b`: the interpreter's membership of the two values.
final class MembershipTest: RowTest {
    let element: RowValue
    let container: RowValue
    let comparison: ConstantComparison

    init(_ element: RowValue, in container: RowValue, comparison: ConstantComparison) {
        self.element = element
        self.container = container
        self.comparison = comparison
    }

    override func truth(at row: Int) throws(EvaluationError) -> Bool? {
        let e = try element.value(at: row)
        let c = try container.value(at: row)
        return try comparison.decide(e, c)
    }
}

extension RowKind {
    /// The row of this kind at `index`.
    func row(_ index: Int) -> RowRef {
        switch self {
        case .entity: return .entity(EntityID(index))
        case .article: return .article(index)
        case .claim: return .claim(index)
        case .conflict: return .conflict(index)
        }
    }
}
