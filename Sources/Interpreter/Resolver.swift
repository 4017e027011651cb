import Extraction

/// The value of one fact in a view, the rule that decided it, and the claims behind it.
public struct Resolution: Sendable, Hashable {
    /// `true`, `false`, `unknown`, or a literal string for literal predicates.
    public var value: Value
    /// Why: which rule of the view decided.
    public var rule: String
    /// The claims that decided the value.
    public var deciding: [Int]
    /// Every claim about the fact in the view, newest first.
    public var claims: [Int]
}

/// Decides facts in a view, by the rules of ../shared/MODEL.md:
/// - a fluent takes the value of the latest articles making an `asserted` or `hedged` claim;
///   `asserted` outranks `hedged` within one date; `expected` and `past` never decide;
///   `withdrew(P, O) = true` makes `candidate(P, O)` false from then on;
/// - an event is true when any asserted or hedged claim says it happened;
/// - a timeless fact takes the value most articles give; a tie is unknown (a conflict).
public struct Resolver: Sendable {
    /// The model.
    public let model: EntityModel
    /// The view.
    public let view: View

    /// Creates a resolver.
    public init(model: EntityModel, view: View) {
        self.model = model
        self.view = view
    }

    /// The claims about `predicate(subject, object)` that count in the view (both directions for
    /// a symmetric predicate).
    public func claims(_ subject: EntityID, _ predicate: String, _ object: ClaimObject) -> [Int] {
        var result = model.claimsByKey[ClaimKey(subject, predicate, object)] ?? []
        if model.predicates[predicate]?.symmetric == true, case .entity(let o) = object, o != subject {
            result += model.claimsByKey[ClaimKey(o, predicate, .entity(subject))] ?? []
        }
        return result.filter { view.includes(model.articles[model.claims[$0].article]) }
    }

    /// The value of `predicate(subject, object)` alone, in one pass over its claims with no
    /// sorting or allocation: what `where` evaluates for every row. ``resolve(_:_:_:)`` gives the
    /// same value with the claims behind it, for `why`.
    public func value(_ subject: EntityID, _ predicate: String, _ object: EntityID) -> Value {
        let kind = model.predicates[predicate]?.factKind ?? .fluent
        var tier = (date: Int.min, rank: -1)
        var value: ClaimValue?
        var disagree = false
        var withdrawn = false
        var sawEventTrue = false
        var sawEventClaim = false
        func consider(_ index: Int, withdrawal: Bool) {
            let modality = model.claims[index].modality
            guard modality == .asserted || modality == .hedged else { return }
            let articleIndex = model.claims[index].article
            guard view.includes(model.articles[articleIndex]) else { return }
            if kind == .event {
                sawEventClaim = true
                if model.claims[index].value == .boolean(true) { sawEventTrue = true }
                return
            }
            let key = (date: dateKey(model.articles[articleIndex]), rank: modality == .asserted ? 1 : 0)
            let claimValue: ClaimValue = withdrawal ? .boolean(false) : model.claims[index].value
            if key > tier {
                tier = key
                value = claimValue
                disagree = false
                withdrawn = withdrawal
            } else if key == tier {
                if claimValue != value { disagree = true }
                if withdrawal { withdrawn = true }
            }
        }
        for index in model.claimsByKey[ClaimKey(subject, predicate, .entity(object))] ?? [] { consider(index, withdrawal: false) }
        if model.predicates[predicate]?.symmetric == true, object != subject {
            for index in model.claimsByKey[ClaimKey(object, predicate, .entity(subject))] ?? [] { consider(index, withdrawal: false) }
        }
        if predicate == "candidate" {
            for index in model.claimsByKey[ClaimKey(subject, "withdrew", .entity(object))] ?? []
            where model.claims[index].value == .boolean(true) {
                consider(index, withdrawal: true)
            }
        }
        if kind == .event { return sawEventClaim ? .boolean(sawEventTrue) : .unknown }
        if withdrawn { return .boolean(false) }
        guard let value, !disagree else { return .unknown }
        switch value {
        case .boolean(let b): return .boolean(b)
        case .literal(let s): return .string(s)
        }
    }

    /// The value of `predicate(subject, object)`, the rule that decided it, and its claims.
    public func resolve(_ subject: EntityID, _ predicate: String, _ object: EntityID) -> Resolution {
        var considered = claims(subject, predicate, .entity(object))
        var withdrawals: Set<Int> = []
        if predicate == "candidate" {
            let w = claims(subject, "withdrew", .entity(object)).filter {
                model.claims[$0].value == .boolean(true)
            }
            withdrawals = Set(w)
            considered += w
        }
        let kind = model.predicates[predicate]?.factKind ?? .fluent
        let newestFirst = sortNewestFirst(considered)
        switch kind {
        case .event:
            let deciding = newestFirst.filter { isPresent(model.claims[$0].modality) }
            if deciding.isEmpty { return undecided(newestFirst) }
            let yes = deciding.filter { model.claims[$0].value == .boolean(true) }
            if !yes.isEmpty {
                return Resolution(
                    value: .boolean(true), rule: "an asserted or hedged claim says it happened",
                    deciding: yes, claims: newestFirst)
            }
            return Resolution(
                value: .boolean(false), rule: "every asserted or hedged claim denies it",
                deciding: deciding, claims: newestFirst)
        case .fluent, .timeless:
            return latestDecides(newestFirst, withdrawals: withdrawals)
        }
    }

    /// The value of a predicate whose object is a literal (`term_length`): the literal most
    /// articles give.
    public func resolveLiteral(_ subject: EntityID, _ predicate: String) -> Resolution {
        let all = (model.claimsBySubject[subject] ?? []).filter {
            let c = model.claims[$0]
            return c.predicate == predicate && view.includes(model.articles[c.article])
        }
        let newestFirst = sortNewestFirst(all)
        let deciding = newestFirst.filter { isPresent(model.claims[$0].modality) }
        if deciding.isEmpty { return undecided(newestFirst) }
        var articlesByValue: [String: Set<Int>] = [:]
        for index in deciding {
            let claim = model.claims[index]
            articlesByValue[literal(claim.value), default: []].insert(claim.article)
        }
        let ranked = articlesByValue.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        if ranked.count > 1, ranked[0].value.count == ranked[1].value.count {
            return Resolution(
                value: .unknown,
                rule: "sources disagree (\(ranked.map { "\"\($0.key)\"" }.joined(separator: " against ")))",
                deciding: deciding, claims: newestFirst)
        }
        let winner = ranked[0].key
        let count = ranked[0].value.count
        return Resolution(
            value: .string(winner),
            rule: count == 1
                ? "the one source that states it"
                : "the value \(count) sources give",
            deciding: deciding.filter { literal(model.claims[$0].value) == winner },
            claims: newestFirst)
    }

    private func latestDecides(_ newestFirst: [Int], withdrawals: Set<Int>) -> Resolution {
        let deciding = newestFirst.filter { isPresent(model.claims[$0].modality) }
        guard let first = deciding.first else { return undecided(newestFirst) }
        let latest = dateKey(model.articles[model.claims[first].article])
        var tier = deciding.filter { dateKey(model.articles[model.claims[$0].article]) == latest }
        let asserted = tier.filter { model.claims[$0].modality == .asserted }
        let modality = asserted.isEmpty ? "hedged" : "asserted"
        if !asserted.isEmpty { tier = asserted }
        let when = model.articles[model.claims[tier[0]].article].published?.description ?? "undated"
        let withdrawn = tier.filter { withdrawals.contains($0) }
        if !withdrawn.isEmpty {
            return Resolution(
                value: .boolean(false),
                rule: "a withdrawal (\(when)) ends the candidacy", deciding: withdrawn,
                claims: newestFirst)
        }
        let values = Set(tier.map { model.claims[$0].value })
        if values.count > 1 {
            return Resolution(
                value: .unknown,
                rule: "the latest \(modality) claims (\(when)) disagree", deciding: tier,
                claims: newestFirst)
        }
        let value: Value
        switch model.claims[tier[0]].value {
        case .boolean(let b): value = .boolean(b)
        case .literal(let s): value = .string(s)
        }
        let sources = Set(tier.map { model.claims[$0].article }).count
        return Resolution(
            value: value,
            rule: "the latest \(modality) claim\(sources > 1 ? "s" : "") (\(when)) decide\(sources > 1 ? "" : "s")",
            deciding: tier, claims: newestFirst)
    }

    private func undecided(_ claims: [Int]) -> Resolution {
        Resolution(
            value: .unknown,
            rule: claims.isEmpty
                ? "no claim in this view"
                : "only expected or past claims, which never decide the present",
            deciding: [], claims: claims)
    }

    /// Claims sorted newest article first; within an article, in text order.
    func sortNewestFirst(_ claims: [Int]) -> [Int] {
        claims.sorted { a, b in
            let ca = model.claims[a], cb = model.claims[b]
            let da = dateKey(model.articles[ca.article]), db = dateKey(model.articles[cb.article])
            if da != db { return da > db }
            if ca.article != cb.article { return ca.article < cb.article }
            return ca.evidence.start < cb.evidence.start
        }
    }

    @inline(__always)
    private func isPresent(_ modality: Modality) -> Bool {
        modality == .asserted || modality == .hedged
    }

    private func literal(_ value: ClaimValue) -> String {
        switch value {
        case .boolean(let b): return b ? "true" : "false"
        case .literal(let s): return s
        }
    }
}
