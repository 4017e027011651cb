/// The entities of one article as recognition goes: the lexicon, what the article introduced,
/// and the memory that coreference needs (the people named so far, their countries).
public struct ArticleEntities: Sendable {
    /// The lexicon.
    public let lexicon: Lexicon
    /// Entities the article introduced, in order.
    public private(set) var discovered: [DiscoveredEntity] = []
    private var discoveredByKey: [String: Int] = [:]
    /// The key of each of ``discovered`` (its kind and folded name, `person:jane doe`), kept so
    /// that preparing the article does not fold the names again.
    private(set) var discoveredKeys: [String] = []
    /// Folded names (full name, surname) of the people the article introduced.
    private(set) var localNames: [String: EntityRef] = [:]
    /// The country of each person, from the lexicon or an office the article gave them.
    private(set) var countryOf: [EntityRef: EntityID] = [:]
    /// People in order of mention, most recent last (with the token index of the mention).
    private(set) var recentPeople: [(ref: EntityRef, at: Int)] = []
    /// Countries and organizations in order of mention, most recent last.
    private(set) var recentGroups: [(ref: EntityRef, kind: EntityKind, at: Int)] = []
    /// True while ``recentPeople`` is in ascending token order (then lookups binary-search it).
    private var peopleInOrder = true
    /// True while ``recentGroups`` is in ascending token order.
    private var groupsInOrder = true
    /// Who holds each office, as the article said so far.
    var holderOf: [EntityRef: EntityRef] = [:]

    /// The one office the article says `person` holds now; nil for none, or for more than one.
    func currentOffice(of person: EntityRef) -> EntityRef? {
        var found: EntityRef?
        for (office, holder) in holderOf where holder == person {
            if found != nil { return nil }
            found = office
        }
        return found
    }
    /// The person the last sentence recognised had as its subject (its first mention, a person
    /// not after a preposition nor possessive), if any: "he" or "she" opening the next sentence
    /// means that person before one named later in the sentence.
    var lastSentenceSubject: EntityRef?
    /// The country of the article's dateline ("KYIV – ..."), once its first sentences are read.
    var datelineCountry: EntityID?
    /// The person a paragraph opens with as its speaker ("RUTTE: I now have ..."), until the
    /// next paragraph.
    var paragraphSpeaker: EntityRef?
    /// The number of sentences recognized so far (a dateline is looked for in the first few).
    var sentencesRecognized = 0
    /// Surface forms seen for lexicon entities.
    var aliasesSeen: [EntityID: [String]] = [:]
    /// The entities mentioned, each once, in order of first mention (for ``EntityModel/mentions``).
    private(set) var mentioned: [EntityRef] = []
    /// The lexicon entities already in ``mentioned``, as bits by entity index: a mention of one
    /// costs a bit test, not a hashed insertion (most mentions repeat an entity).
    private var knownMentioned: [UInt64] = []
    /// The article's own entities already in ``mentioned``, by entity number.
    private var localMentioned: [Bool] = []

    /// Creates the entity memory of an article.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The kind of an entity.
    public func kind(of ref: EntityRef) -> EntityKind {
        switch ref {
        case .known(let id): return lexicon.kind(of: id)
        case .local(let n): return discovered[n].kind
        }
    }

    /// The name of an entity.
    public func name(of ref: EntityRef) -> String {
        switch ref {
        case .known(let id): return lexicon.entities[id.index].name
        case .local(let n): return discovered[n].name
        }
    }

    /// An entity the article introduces (or the one it already introduced under that name).
    mutating func discover(
        name: String, kind: EntityKind, attributes: [String: LocalAttribute] = [:], generated: Bool = false
    ) -> EntityRef {
        // The key without interpolation (which formats through a generic path).
        let folded = NameFolding.fold(name)
        var key = kind.rawValue
        key.append(":")
        key.append(folded)
        if let n = discoveredByKey[key] { return .local(n) }
        discovered.append(
            DiscoveredEntity(
                name: name, kind: kind, attributes: attributes, aliasesSeen: [name], generated: generated))
        // Room for an article's usual entities at once, not a table rebuilt at 1, 2, 4 and 8.
        if discoveredByKey.isEmpty { discoveredByKey.reserveCapacity(ArticleEntities.usualCount) }
        discoveredByKey[key] = discovered.count - 1
        discoveredKeys.append(key)
        let ref = EntityRef.local(discovered.count - 1)
        if kind == .person {
            if localNames.isEmpty { localNames.reserveCapacity(ArticleEntities.usualCount) }
            localNames[folded] = ref
            if let last = ArticleEntities.surname(of: name) { localNames[NameFolding.fold(last)] = ref }
        }
        return ref
    }

    /// The last of a name's space-separated words, when it has more than one.
    static func surname(of name: String) -> Substring? {
        let utf8 = name.utf8
        for b in utf8 where b >= 0x80 {
            // Not ASCII: split by characters.
            let words = name.split(separator: " ")
            return words.count > 1 ? words.last : nil
        }
        // ASCII: a character is a byte, so the words are the runs of bytes between spaces.
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != 0x20 { start = utf8.index(before: start) }
        guard start < end, utf8[utf8.startIndex..<start].contains(where: { $0 != 0x20 }) else { return nil }
        return name[start..<end]
    }

    /// The room the tables of an article's own entities are made with at their first entry: an
    /// article of the corpora introduces a dozen or two.
    static let usualCount = 24

    /// A person the article introduced under this folded name or surname.
    func localPerson(_ folded: String) -> EntityRef? { localNames[folded] }

    /// The office `title` of `jurisdiction`: the lexicon's, or a generated one.
    mutating func office(title: Int, jurisdiction: EntityID) -> EntityRef {
        let key = Lexicon.OfficeKey(title: title, jurisdiction: jurisdiction)
        if let listed = lexicon.offices[key] {
            return .known(listed)
        }
        if let made = officesMade[key] { return made }
        let name = lexicon.officeName(title: title, jurisdiction: jurisdiction)
        let ref = discover(
            name: name, kind: .office,
            attributes: [
                "jurisdiction": .entity(.known(jurisdiction)),
                "title": .value(.string(lexicon.titles[title].name)),
            ], generated: true)
        if officesMade.isEmpty { officesMade.reserveCapacity(ArticleEntities.usualCount) }
        officesMade[key] = ref
        return ref
    }

    /// The office of the title whose jurisdiction is given by default ("secretary general": NATO's),
    /// if the lexicon lists it or the article has named it; nil otherwise (none is made).
    var existingDefaultOffice: EntityRef? {
        guard let t = lexicon.titles.firstIndex(where: { $0.defaultJurisdiction != nil }), let j = lexicon.titles[t].defaultJurisdiction
        else { return nil }
        return existingOffice(title: t, jurisdiction: j)
    }

    /// The office `title` of `jurisdiction` if the lexicon lists it or the article has named it;
    /// nil otherwise (none is made).
    func existingOffice(title: Int, jurisdiction: EntityID) -> EntityRef? {
        let key = Lexicon.OfficeKey(title: title, jurisdiction: jurisdiction)
        if let listed = lexicon.offices[key] { return .known(listed) }
        return officesMade[key]
    }

    /// The offices the article made from titles, by title and jurisdiction.
    private var officesMade: [Lexicon.OfficeKey: EntityRef] = [:]

    /// The jurisdiction of an office, if it is a country or organization the lexicon knows.
    func jurisdiction(of office: EntityRef) -> EntityID? {
        switch office {
        case .known(let id):
            if case .entity(let j)? = lexicon.entities[id.index].attributes["jurisdiction"] { return j }
        case .local(let n):
            if case .entity(.known(let j))? = discovered[n].attributes["jurisdiction"] { return j }
        }
        return nil
    }

    /// The country of a person, if known.
    func country(ofPerson ref: EntityRef) -> EntityID? {
        if let c = countryOf[ref] { return c }
        if case .known(let id) = ref { return lexicon.country(of: id) }
        return nil
    }

    /// Records that a person holds an office (for role phrases and the person's country).
    mutating func noteOffice(_ office: EntityRef, of person: EntityRef, current: Bool) {
        if let j = jurisdiction(of: office), lexicon.kind(of: j) == .country, countryOf[person] == nil {
            if countryOf.isEmpty { countryOf.reserveCapacity(ArticleEntities.usualCount) }
            countryOf[person] = j
            if case .local(let n) = person, discovered[n].attributes["country"] == nil {
                discovered[n].attributes["country"] = .entity(.known(j))
            }
        }
        if current {
            if holderOf.isEmpty { holderOf.reserveCapacity(ArticleEntities.usualCount) }
            holderOf[office] = person
        }
    }

    /// The head nouns of the organizations the article has named ("council" for "the Supreme
    /// Council of National Defence"), each once: "the council" then stands for it.
    private(set) var organizationHeadNouns: [String] = []

    /// Adds an organization's head noun to ``organizationHeadNouns`` at its first mention.
    private mutating func noteHeadNoun(of organization: EntityRef) {
        if let noun = EntityRecognizer.headNoun(of: name(of: organization)), !organizationHeadNouns.contains(noun) {
            organizationHeadNouns.append(noun)
        }
    }

    /// Records a mention for coreference and the model's mention index.
    mutating func noteMention(_ mention: Mention, surface: String) {
        if case .known(let id) = mention.ref {
            let word = id.index >> 6
            let bit: UInt64 = 1 << UInt64(id.index & 63)
            if word >= knownMentioned.count {
                // Room for every lexicon entity at once (a bit each), not a list grown by each mention.
                let words = Swift.max(word + 1, lexicon.entities.count / 64 + 1)
                knownMentioned += Array(repeating: 0, count: words - knownMentioned.count)
            }
            if knownMentioned[word] & bit == 0 {
                knownMentioned[word] |= bit
                if mentioned.isEmpty { mentioned.reserveCapacity(ArticleEntities.usualCount) }
                mentioned.append(mention.ref)
                if mention.kind == .organization { noteHeadNoun(of: mention.ref) }
            }
        } else if case .local(let n) = mention.ref {
            if n >= localMentioned.count {
                let count = Swift.max(n + 1, 2 * localMentioned.count, ArticleEntities.usualCount)
                localMentioned += Array(repeating: false, count: count - localMentioned.count)
            }
            if !localMentioned[n] {
                localMentioned[n] = true
                if mentioned.isEmpty { mentioned.reserveCapacity(ArticleEntities.usualCount) }
                mentioned.append(mention.ref)
                if mention.kind == .organization { noteHeadNoun(of: mention.ref) }
            }
        }
        if mention.kind == .person, mention.form != .pronoun {
            if let last = recentPeople.last, last.at > mention.tokens.lowerBound { peopleInOrder = false }
            if recentPeople.isEmpty { recentPeople.reserveCapacity(4 * ArticleEntities.usualCount) }
            recentPeople.append((mention.ref, mention.tokens.lowerBound))
        }
        if mention.kind == .country || mention.kind == .organization, mention.form == .name {
            noteGroup(mention.ref, kind: mention.kind, at: mention.tokens.lowerBound)
        }
        if mention.form == .name, !surface.isEmpty {
            switch mention.ref {
            case .known(let id):
                // The name in place (a copy of the entity would retain its tables).
                if surface != lexicon.entities[id.index].name, !(aliasesSeen[id]?.contains(surface) ?? false) {
                    aliasesSeen[id, default: []].append(surface)
                }
            case .local(let n):
                if !discovered[n].aliasesSeen.contains(surface) { discovered[n].aliasesSeen.append(surface) }
            }
        }
    }

    /// Records that a country or organization is named at token `at`, for "the alliance", "it"
    /// and the other words that point back to the group named last. Office phrases call it for
    /// the organization they name ("NATO's top job" names NATO).
    mutating func noteGroup(_ ref: EntityRef, kind: EntityKind, at: Int) {
        if kind == .organization, knownOrganizationTraits[ref] == nil {
            knownOrganizationTraits[ref] = organizationTraits(of: ref)
        }
        if let last = recentGroups.last, last.at > at { groupsInOrder = false }
        if recentGroups.isEmpty { recentGroups.reserveCapacity(4 * ArticleEntities.usualCount) }
        recentGroups.append((ref, kind, at))
    }

    /// What an organization's names say about it, for the words that point back to one.
    struct OrganizationTraits {
        /// Its name has a word of ``EntityRecognizer/bodyNouns``: it is a body of another one.
        var isBody: Bool
        /// "The alliance" can mean it (``EntityRecognizer/namesCanBeAlliance(_:)``).
        var canBeAlliance: Bool
    }

    /// The traits of the organizations named so far, worked out at their first mention: the
    /// words that point back test every group before them, and folding their names each time
    /// cost more than the rest of recognising them.
    private var knownOrganizationTraits: [EntityRef: OrganizationTraits] = [:]

    /// The traits of organization `ref`, from its names.
    func organizationTraits(of ref: EntityRef) -> OrganizationTraits {
        if let traits = knownOrganizationTraits[ref] { return traits }
        let name = name(of: ref)
        var names = [name]
        if case .known(let id) = ref { names += lexicon.entities[id.index].aliases }
        return OrganizationTraits(
            isBody: EntityRecognizer.namesBody(name), canBeAlliance: EntityRecognizer.namesCanBeAlliance(names))
    }

    /// The people mentioned before token `index`, most recent first, without repeats.
    ///
    /// Looks back over at most ``lookBehind`` mentions, found by binary search (mentions are
    /// recorded in text order): scanning the whole list on every call made a long article
    /// (a 5 MB one) take quadratic time.
    func peopleBefore(_ index: Int) -> [EntityRef] {
        var out: [EntityRef] = []
        // At most four: one allocation, not one at each doubling.
        out.reserveCapacity(4)
        let end = peopleInOrder ? Self.countBefore(index, in: recentPeople, at: { $0.at }) : recentPeople.count
        let start = peopleInOrder ? max(0, end - Self.lookBehind) : 0
        for entry in recentPeople[start..<end].reversed() where entry.at < index {
            if !out.contains(entry.ref) { out.append(entry.ref) }
            if out.count == 4 { break }
        }
        return out
    }

    /// How many times `person` was mentioned before token `index`, within the last
    /// ``lookBehind`` mentions.
    func timesNamed(_ person: EntityRef, before index: Int) -> Int {
        let end = peopleInOrder ? Self.countBefore(index, in: recentPeople, at: { $0.at }) : recentPeople.count
        let start = peopleInOrder ? max(0, end - Self.lookBehind) : 0
        var count = 0
        for entry in recentPeople[start..<end] where entry.at < index && entry.ref == person { count += 1 }
        return count
    }

    /// The most recent country or organization mentioned before token `index` (within the last
    /// ``lookBehind`` mentions).
    func groupBefore(_ index: Int, kinds: KindSet) -> EntityRef? {
        let end = groupsInOrder ? Self.countBefore(index, in: recentGroups, at: { $0.at }) : recentGroups.count
        let start = groupsInOrder ? max(0, end - Self.lookBehind) : 0
        return recentGroups[start..<end].last(where: { $0.at < index && kinds.contains($0.kind) })?.ref
    }

    /// The last group of `kinds` mentioned before token `index` that `accepts`.
    func groupBefore(_ index: Int, kinds: KindSet, where accepts: (EntityRef) -> Bool) -> EntityRef? {
        let end = groupsInOrder ? Self.countBefore(index, in: recentGroups, at: { $0.at }) : recentGroups.count
        let start = groupsInOrder ? max(0, end - Self.lookBehind) : 0
        return recentGroups[start..<end].last(where: { $0.at < index && kinds.contains($0.kind) && accepts($0.ref) })?.ref
    }

    /// The last organization named before token `index` that is no body of another one (not "the
    /// Supreme Council of National Defence"); with `alliance`, one that "the alliance" can mean.
    /// A method, so that the test reads this article's memory in place (a closure made outside
    /// would hold a copy of it).
    func organizationBefore(_ index: Int, alliance: Bool = false) -> EntityRef? {
        groupBefore(index, kinds: .organization) { ref in
            let traits = organizationTraits(of: ref)
            return !traits.isBody && (!alliance || traits.canBeAlliance)
        }
    }

    /// The last country named on its own before token `index`, not as one of a list ("Washington,
    /// London, Paris and Berlin" names no one country the next title belongs to).
    func soleCountryBefore(_ index: Int) -> EntityRef? {
        let end = groupsInOrder ? Self.countBefore(index, in: recentGroups, at: { $0.at }) : recentGroups.count
        let start = groupsInOrder ? max(0, end - Self.lookBehind) : 0
        var k = end - 1
        while k >= start {
            defer { k -= 1 }
            let entry = recentGroups[k]
            guard entry.at < index, entry.kind == .country else { continue }
            let listed =
                (k > start && recentGroups[k - 1].kind == .country && entry.at - recentGroups[k - 1].at <= 3)
                || (k + 1 < recentGroups.count && recentGroups[k + 1].kind == .country && recentGroups[k + 1].at - entry.at <= 3)
            if !listed { return entry.ref }
        }
        return nil
    }

    /// How many mentions back coreference looks: far more than an article of a few pages holds.
    static let lookBehind = 512

    /// The number of leading entries of `list` (in ascending order of `at`) that are before `index`.
    ///
    /// `at` is a closure, not a key path: a key path is an object the runtime makes (and
    /// demangles its types for) the first time a process uses it, which cost a fresh process's
    /// load more than the search itself.
    @inline(__always)
    static func countBefore<T>(_ index: Int, in list: [T], at: (T) -> Int) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if at(list[mid]) < index { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
