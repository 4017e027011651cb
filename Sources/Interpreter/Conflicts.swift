import Extraction

/// Two claims from different articles that cannot both be right.
public struct Conflict: Sendable, Hashable {
    /// The claim of the first article (the earlier article, or the first by name).
    public var first: Int
    /// The claim of the second article.
    public var second: Int
    /// Why they conflict, in words.
    public var reason: String
}

/// Finds conflicts and corroboration among the claims of a view (../shared/MODEL.md):
/// - a timeless fact or an event: different values from different articles;
/// - a fluent: articles of the same date that disagree;
/// - a claim is corroborated when another article makes the same claim.
public struct ConflictFinder: Sendable {
    /// The model.
    public let model: EntityModel
    /// The view whose claims count.
    public let view: View

    /// Creates a finder.
    public init(model: EntityModel, view: View) {
        self.model = model
        self.view = view
    }

    /// Every conflict in the view, in the order of the first claim.
    public func conflicts() -> [Conflict] {
        var groups: [GroupKey: [Int]] = [:]
        for claim in model.claims where isPresent(claim) {
            groups[GroupKey(claim, in: model), default: []].append(claim.index)
        }
        var result: [Conflict] = []
        for (key, members) in groups where members.count > 1 {
            let kind = model.predicates[key.predicate]?.factKind ?? .fluent
            var seenPairs: Set<[Int]> = []
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] {
                    let ca = model.claims[a], cb = model.claims[b]
                    guard ca.article != cb.article else { continue }
                    let pair = [min(ca.article, cb.article), max(ca.article, cb.article)]
                    guard let reason = disagreement(ca, cb, kind: kind), !seenPairs.contains(pair) else { continue }
                    seenPairs.insert(pair)
                    let ordered = order(a, b)
                    result.append(Conflict(first: ordered.0, second: ordered.1, reason: reason))
                }
            }
        }
        return result.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// For each claim index in the view, whether another article makes the same claim.
    public func corroborated() -> [Int: Bool] {
        var articlesBySameClaim: [SameClaim: Set<Int>] = [:]
        for claim in model.claims where view.includes(model.articles[claim.article]) {
            articlesBySameClaim[SameClaim(claim), default: []].insert(claim.article)
        }
        var result: [Int: Bool] = [:]
        for claim in model.claims where view.includes(model.articles[claim.article]) {
            result[claim.index] = (articlesBySameClaim[SameClaim(claim)]?.count ?? 0) > 1
        }
        return result
    }

    private func isPresent(_ claim: Claim) -> Bool {
        (claim.modality == .asserted || claim.modality == .hedged)
            && view.includes(model.articles[claim.article])
    }

    private func disagreement(_ a: Claim, _ b: Claim, kind: FactKind) -> String? {
        switch kind {
        case .timeless:
            return a.value != b.value ? "different values for a timeless fact" : nil
        case .event:
            if a.value != b.value { return "one source says it happened, the other denies it" }
            if let pa = a.qualifiers["place"], let pb = b.qualifiers["place"], pa != pb {
                return "different places: \(pa) against \(pb)"
            }
            return nil
        case .fluent:
            guard a.value != b.value else { return nil }
            let da = model.articles[a.article].published, db = model.articles[b.article].published
            guard da == db else { return nil }
            return "sources of the same date (\(da?.description ?? "undated")) disagree"
        }
    }

    private func order(_ a: Int, _ b: Int) -> (Int, Int) {
        let ca = model.claims[a], cb = model.claims[b]
        let ka = dateKey(model.articles[ca.article]), kb = dateKey(model.articles[cb.article])
        if ka != kb { return ka < kb ? (a, b) : (b, a) }
        return ca.article < cb.article ? (a, b) : (b, a)
    }

    /// Claims that speak of the same fact: literal predicates group by subject alone, symmetric
    /// ones by the unordered pair.
    private struct GroupKey: Hashable {
        var subject: EntityID
        var predicate: String
        var object: ClaimObject?

        init(_ claim: Claim, in model: EntityModel) {
            subject = claim.subject
            predicate = claim.predicate
            object = claim.object
            if case .literal = claim.object { object = nil }
            if model.predicates[claim.predicate]?.symmetric == true, case .entity(let o) = claim.object, o < subject {
                object = .entity(subject)
                subject = o
            }
        }
    }

    private struct SameClaim: Hashable {
        var key: ClaimKey
        var value: ClaimValue
        init(_ claim: Claim) {
            key = ClaimKey(claim.subject, claim.predicate, claim.object)
            value = claim.value
        }
    }
}
