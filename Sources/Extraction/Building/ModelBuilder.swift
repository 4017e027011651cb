/// Merges analysed articles into one ``EntityModel``: the lexicon's entities first, then those the
/// articles introduced (one entity per kind and folded name across articles), claims in article
/// order then text order, with evidence as byte offsets into each file.
public struct ModelBuilder: Sendable {
    /// The lexicon.
    public let lexicon: Lexicon

    /// Creates a builder.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The model of the analysed articles.
    public func build(_ analyses: [ArticleAnalysis]) -> EntityModel {
        var entities = lexicon.entities
        var byKey: [String: EntityID] = [:]
        var articles: [Article] = []
        var claims: [Claim] = []
        var mentions: [EntityID: [Int]] = [:]

        for (index, analysis) in analyses.enumerated() {
            let raw = analysis.raw
            let local = analysis.claims.entities
            // Map this article's new entities to model ids.
            var map: [Int: EntityID] = [:]
            func id(_ ref: EntityRef) -> EntityID {
                switch ref {
                case .known(let id): return id
                case .local(let n): return map[n]!
                }
            }
            for (n, d) in local.discovered.enumerated() {
                let key = "\(d.kind.rawValue):\(NameFolding.fold(d.name))"
                if let existing = byKey[key] {
                    map[n] = existing
                    for alias in d.aliasesSeen
                    where !entities[existing.index].aliasesSeen.contains(alias) && alias != entities[existing.index].name {
                        entities[existing.index].aliasesSeen.append(alias)
                    }
                    continue
                }
                let newID = EntityID(entities.count)
                entities.append(
                    Entity(
                        id: newID, name: d.name, kind: d.kind, aliases: [],
                        aliasesSeen: d.aliasesSeen.filter { $0 != d.name }, attributes: [:], discovered: !d.generated))
                byKey[key] = newID
                map[n] = newID
            }
            for (n, d) in local.discovered.enumerated() {
                let target = map[n]!
                for (key, value) in d.attributes where entities[target.index].attributes[key] == nil {
                    switch value {
                    case .value(let v): entities[target.index].attributes[key] = v
                    case .entity(let r): entities[target.index].attributes[key] = .entity(id(r))
                    }
                }
            }
            for (lexiconID, seen) in local.aliasesSeen {
                for alias in seen where !entities[lexiconID.index].aliasesSeen.contains(alias) {
                    entities[lexiconID.index].aliasesSeen.append(alias)
                }
            }
            for ref in local.mentioned { mentions[id(ref), default: []].append(index) }

            let text = String(decoding: raw.bytes, as: UTF8.self)
            articles.append(
                Article(
                    index: index, name: raw.name, fileName: raw.fileName, outlet: raw.outlet, published: raw.published,
                    text: text, byteOffsetShift: raw.byteOffsetShift))

            // Claims in text order, without repeats of the same claim from the same words.
            let sorted = analysis.claims.claims.enumerated().sorted {
                ($0.element.evidence.lowerBound, $0.offset) < ($1.element.evidence.lowerBound, $1.offset)
            }
            var seen = Set<ClaimIdentity>()
            seen.reserveCapacity(sorted.count)
            // Many claims cite one sentence (a quantified one makes a claim per ally): one string each.
            var sentenceTexts: [Int: String] = [:]
            for (_, c) in sorted {
                let object: ClaimObject
                switch c.object {
                case .entity(let r): object = .entity(id(r))
                case .literal(let l): object = .literal(l)
                default: continue
                }
                let key = ClaimIdentity(
                    subject: id(c.subject), predicate: c.predicate, object: object, value: c.value, modality: c.modality,
                    evidence: c.evidence)
                guard seen.insert(key).inserted else { continue }
                let tokens = analysis.tokens
                let start = tokens[c.evidence.lowerBound].start
                let end = tokens[c.evidence.upperBound - 1].end
                let sentence: String
                if let cached = sentenceTexts[c.sentence] {
                    sentence = cached
                } else {
                    let sentenceRange = analysis.sentences[c.sentence]
                    let sStart = tokens[sentenceRange.lowerBound].start
                    let sEnd = tokens[sentenceRange.upperBound - 1].end
                    sentence = String(decoding: raw.bytes[sStart..<sEnd], as: UTF8.self)
                    sentenceTexts[c.sentence] = sentence
                }
                let evidence = Evidence(
                    text: String(decoding: raw.bytes[start..<end], as: UTF8.self),
                    start: start + raw.byteOffsetShift, end: end + raw.byteOffsetShift,
                    sentence: sentence)
                claims.append(
                    Claim(
                        index: claims.count, article: index, subject: id(c.subject), predicate: c.predicate, object: object,
                        value: c.value, modality: c.modality, qualifiers: c.qualifiers, evidence: evidence, rule: c.rule))
            }
        }
        for key in mentions.keys { mentions[key]!.sort() }
        return EntityModel(
            articles: articles, entities: entities, claims: claims, mentions: mentions,
            names: (lexicon.nameIndex, lexicon.entities.count))
    }
}

/// A claim and the words it came from, to drop repeats.
struct ClaimIdentity: Hashable {
    var subject: EntityID
    var predicate: String
    var object: ClaimObject
    var value: ClaimValue
    var modality: Modality
    var evidence: Range<Int>
}
