/// One article analysed and made ready to merge: everything ``ModelBuilder`` needs from it,
/// computed without looking at the rest of the corpus, so that it can be computed on every core.
///
/// The article's claims are already in text order without repeats, with their evidence (ranges of
/// the article's text); its tokens are gone. What is left for the merge is to
/// give the article's new entities their model ids and number the claims.
///
/// Entities the article introduced are written as placeholder ids below zero (see
/// ``placeholder(_:)``) until the merge maps them.
public struct PreparedArticle: Sendable {
    /// The article; its ``Article/index`` is set by the merge.
    public internal(set) var article: Article
    /// The entities the article introduced, in order of introduction.
    public internal(set) var discovered: [DiscoveredEntity]
    /// The merge key of each entity in ``discovered``: its kind and folded name. The merge gives
    /// one model entity to every key.
    public internal(set) var keys: [String]
    /// ``WordSet/hash(_:)`` of each of ``keys``, computed here so that the merge need not.
    public internal(set) var keyHashes: [UInt32]
    /// Surface forms the article used for lexicon entities, besides their names.
    public internal(set) var lexiconAliasesSeen: [(id: EntityID, aliases: [String])]
    /// The entities the article mentions (placeholders for its own).
    public internal(set) var mentioned: [EntityID]
    /// The claims, in text order, without repeats of the same claim from the same words; their
    /// index and article are set by the merge.
    public var claims: [Claim] { claimsLastFirst.reversed() }
    /// ``claims`` last first: the merge takes each off the end (`removeLast`), which moves it out
    /// without copying it or leaving an empty claim behind to destroy.
    var claimsLastFirst: [Claim]

    /// Analyses an article and prepares it.
    public init(_ raw: RawArticle, lexicon: Lexicon) {
        self.init(ArticleAnalysis(raw, lexicon: lexicon))
    }

    /// Prepares an analysed article.
    public init(_ analysis: consuming ArticleAnalysis) {
        // Taken apart once: each part is read in place, and the tokens are released here.
        let raw = analysis.raw
        let tokens = analysis.tokens
        let sentences = analysis.sentences
        let local = analysis.claims.entities
        let found = analysis.claims.claims
        discovered = local.discovered
        keys = local.discoveredKeys
        keyHashes = keys.map { WordSet.hash($0) }
        // The keys are distinct: discovering a name whose key the article has already met gives
        // back that entity. So an entity's placeholder is its own number.
        func id(_ ref: EntityRef) -> EntityID {
            switch ref {
            case .known(let id): return id
            case .local(let n): return PreparedArticle.placeholder(n)
            }
        }
        lexiconAliasesSeen = local.aliasesSeen.map { (id: $0.key, aliases: $0.value) }
        mentioned = local.mentioned.map(id)

        // The bytes are valid UTF-8 (reading skips a file that is not), so the text's UTF-8 is
        // `raw.bytes` byte for byte, and token offsets are offsets into it.
        let text = String(decoding: raw.bytes, as: UTF8.self)
        article = Article(
            index: 0, name: raw.name, fileName: raw.fileName, outlet: raw.outlet, published: raw.published,
            text: text, byteOffsetShift: raw.byteOffsetShift)

        // Claims in text order (by first token, then as found), without repeats of the same
        // claim from the same words: sorted as integers (the first token in the high bits, the
        // position found in the low), with no comparison closure reading the claims.
        var order = [Int](repeating: 0, count: found.count)
        for k in found.indices { order[k] = found[k].evidence.lowerBound << 32 | k }
        order.sort()
        // The claims kept so far, by an integer hash of their words, subject and predicate, in an
        // open-addressed table of their positions (compared field by field on a hash match: no
        // key to build, copy or hash with SipHash per claim).
        var tableSize = 16
        while tableSize < 2 * found.count { tableSize *= 2 }
        var kept = [Int32](repeating: 0, count: tableSize)
        var keptInOrder: [Int] = []
        keptInOrder.reserveCapacity(found.count)
        var claims: [Claim] = []
        claims.reserveCapacity(found.count)
        /// A found claim's object in the model's terms; nil for one the model does not keep.
        func modelObject(_ k: Int) -> ClaimObject? {
            switch found[k].object {
            case .entity(let r): return .entity(id(r))
            case .literal(let l): return .literal(l)
            default: return nil
            }
        }
        for key in order {
            let k = key & 0xFFFF_FFFF
            guard modelObject(k) != nil else { continue }
            var slot = PreparedArticle.repeatHash(
                subject: id(found[k].subject), evidence: found[k].evidence, predicate: found[k].predicate)
            var isRepeat = false
            while true {
                slot &= tableSize - 1
                let other = Int(kept[slot]) - 1
                if other < 0 { break }
                if PreparedArticle.sameClaim(found[k], found[other]) {
                    isRepeat = true
                    break
                }
                slot += 1
            }
            if isRepeat { continue }
            kept[slot] = Int32(k + 1)
            keptInOrder.append(k)
        }
        // Made last first (see ``claimsLastFirst``).
        for k in keptInOrder.reversed() {
            guard let object = modelObject(k) else { continue }
            let subject = id(found[k].subject)
            let evidenceTokens = found[k].evidence
            let start = tokens[evidenceTokens.lowerBound].start
            let end = tokens[evidenceTokens.upperBound - 1].end
            // The evidence shares the article's text (whose bytes are `raw.bytes`).
            let sentenceTokens = sentences[found[k].sentence]
            let evidence = Evidence(
                in: text, text: start..<end,
                sentence: tokens[sentenceTokens.lowerBound].start..<tokens[sentenceTokens.upperBound - 1].end,
                start: start + raw.byteOffsetShift, end: end + raw.byteOffsetShift)
            claims.append(
                Claim(
                    index: 0, article: 0, subject: subject, predicate: found[k].predicate, object: object,
                    value: found[k].value, modality: found[k].modality, qualifiers: found[k].qualifiers,
                    evidence: evidence, rule: found[k].rule))
        }
        claimsLastFirst = claims
    }

    /// The slot a claim starts looking for its repeats from: its words, subject and predicate's
    /// length mixed (a claim and its repeat share them).
    @inline(__always)
    static func repeatHash(subject: EntityID, evidence: Range<Int>, predicate: String) -> Int {
        var h = UInt64(bitPattern: Int64(evidence.lowerBound)) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(bitPattern: Int64(evidence.upperBound)) &+ (h >> 29)
        h = (h ^ UInt64(bitPattern: Int64(subject.index))) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ UInt64(predicate.utf8.count)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: h >> 32)
    }

    /// True when two claims of an article are the same claim from the same words: subject,
    /// predicate, object, value, modality and evidence alike (the entity ids they map to are
    /// alike exactly when the references are).
    @inline(__always)
    static func sameClaim(_ a: borrowing LocalClaim, _ b: borrowing LocalClaim) -> Bool {
        a.evidence == b.evidence && a.subject == b.subject && a.predicate == b.predicate && a.object == b.object
            && a.value == b.value && a.modality == b.modality
    }

    /// The placeholder id of the article's `n`-th new entity: below zero, so that it cannot be
    /// taken for a model id.
    static func placeholder(_ n: Int) -> EntityID { EntityID(-1 - n) }

    /// The article's entity number of a placeholder id, or nil for a model id.
    static func localNumber(_ id: EntityID) -> Int? { id.index < 0 ? -1 - id.index : nil }
}
