/// A title that offices are built from: "Prime Minister" + Hungary is Prime Minister of Hungary.
public struct Title: Sendable, Hashable {
    /// What a title can be combined with.
    public enum Scope: String, Sendable, Hashable {
        case country, organization
    }
    /// The canonical title ("Prime Minister", "Secretary General", "leader").
    public var name: String
    /// Countries or organizations.
    public var scope: Scope
    /// The organization a bare title means ("Secretary General" alone is NATO's), if any.
    public var defaultJurisdiction: EntityID?
    /// True for "chief", "head", "leader": the head office of the organization named with it.
    public var isHead: Bool
}

/// The reference data every corpus loads: countries, organizations, places, offices, titles and
/// the people of the seed story, indexed for recognition.
///
/// Built from lexicon entries (``LexiconParser``): the built-in lexicon/lexicon.tsv, then a
/// corpus folder's own `lexicon.tsv`, whose lines add to it (a line naming an entity already
/// known adds aliases and attributes to it).
public struct Lexicon: Sendable {
    /// The entities, with ids `0..<entities.count`.
    public private(set) var entities: [Entity] = []

    /// The kind of entity `id`, read in place: `entities[i].kind` in a long function can compile
    /// to the array's getter, which copies the whole entity (retaining its names and attributes)
    /// to read one field of it.
    @inline(__always)
    func kind(of id: EntityID) -> EntityKind { entities.withUnsafeBufferPointer { $0[id.index].kind } }
    /// The titles.
    public private(set) var titles: [Title] = []
    /// Every name, alias, demonym and title.
    public private(set) var trie: AliasTrie
    /// Offices by (title, jurisdiction): those the lexicon lists (generated ones are made on use).
    public private(set) var offices: [OfficeKey: EntityID] = [:]
    /// Titles by folded name and alias.
    public private(set) var titleByName: NameTable
    /// Entities by kind and folded canonical name or alias.
    var byKindAndName: NamesByKind
    /// NATO's members with their accession dates (for quantified sentences).
    public private(set) var natoMembers: [(country: EntityID, since: CalendarDate)] = []
    /// The organization NATO, if the lexicon has it.
    public private(set) var nato: EntityID?
    /// Folded names and aliases of the entities, to the entities they may mean: the start of
    /// every model's ``EntityModel/entitiesByName``, folded once per lexicon.
    public private(set) var nameIndex: [String: [EntityID]] = [:]

    /// The key of an office: a title and the country or organization it serves.
    public struct OfficeKey: Sendable, Hashable {
        /// Index into ``Lexicon/titles``.
        public var title: Int
        /// The jurisdiction.
        public var jurisdiction: EntityID
        /// Creates a key.
        public init(title: Int, jurisdiction: EntityID) {
            self.title = title
            self.jurisdiction = jurisdiction
        }
    }

    /// An empty lexicon.
    public init() {
        trie = AliasTrie()
        titleByName = NameTable()
        byKindAndName = NamesByKind()
    }

    /// Builds a lexicon from entries; references to unknown entities become problems.
    public init(entries: [LexiconEntry], problems: inout [LoadProblem]) {
        trie = AliasTrie()
        titleByName = NameTable()
        byKindAndName = NamesByKind()
        // Pass 1: titles and entities (merging repeated kind + name).
        // The entries of each entity, by entity index.
        var entryOf: [[LexiconEntry]] = []
        entryOf.reserveCapacity(entries.count)
        for entry in entries {
            if entry.kind == .title {
                addTitle(entry)
                continue
            }
            let kind = EntityKind(rawValue: entry.kind.rawValue)!
            let key = NameFolding.fold(entry.name)
            if let existing = byKindAndName[kind, key] {
                for alias in entry.aliases where !entities[existing.index].aliases.contains(alias) {
                    entities[existing.index].aliases.append(alias)
                }
                entryOf[existing.index].append(entry)
                continue
            }
            let id = EntityID(entities.count)
            entities.append(Entity(id: id, name: entry.name, kind: kind, aliases: entry.aliases))
            byKindAndName[kind, key] = id
            for alias in entry.aliases {
                let aliasKey = NameFolding.fold(alias)
                if byKindAndName[kind, aliasKey] == nil { byKindAndName[kind, aliasKey] = id }
            }
            entryOf.append([entry])
        }
        // Titles' default jurisdictions need the organizations.
        for (entryIndex, entry) in entries.enumerated() where entry.kind == .title {
            _ = entryIndex
            guard let value = entry.attribute("default"), let t = titleByName[NameFolding.fold(entry.name)] else { continue }
            if let org = lookup(value, kinds: [.organization, .country]) {
                titles[t].defaultJurisdiction = org
            } else {
                problems.append(
                    LoadProblem(
                        file: entry.file, line: entry.line, message: "unknown default jurisdiction '\(value)'"))
            }
        }
        // Pass 2: attributes, which may refer to other entities.
        for index in entities.indices {
            for entry in entryOf[index] { applyAttributes(entry, to: index, problems: &problems) }
        }
        nato = byKindAndName[.organization, "nato"]
        natoMembers.sort { ($0.since, $0.country) < ($1.since, $1.country) }
        // Pass 3: the trie (about one edge a name's word: room for them all at once).
        var names = titles.count + titleAliases.count
        for entity in entities { names += 1 + entity.aliases.count }
        trie.reserveCapacity(edges: names * 2)
        nameIndex.reserveCapacity(names)
        for entity in entities {
            for name in [entity.name] + entity.aliases { insertName(name, sense: .entity(entity.id)) }
            if case .strings(let demonyms)? = entity.attributes["demonyms"] {
                for d in demonyms { insertName(d, sense: .demonym(entity.id)) }
            }
            if case .strings(let nouns)? = entity.attributes["person_nouns"] {
                for n in nouns { insertName(n, sense: .personNoun(entity.id)) }
            }
        }
        for (index, title) in titles.enumerated() {
            insertName(title.name, sense: .title(index))
        }
        for (name, index) in titleAliases { insertName(name, sense: .title(index)) }
        trie.seal()
        for entity in entities { EntityModel.addNames(of: entity, to: &nameIndex) }
        // Room for the names every model adds (aliases seen, entities the articles introduce):
        // a model copies this index, and a copy with room to grow is not rehashed.
        nameIndex.reserveCapacity(nameIndex.count + Lexicon.nameRoom)
    }

    /// The names a model may add to ``nameIndex`` before it grows: those of a small corpus (the
    /// seeds add about 30). A larger corpus rehashes it a few times, little beside its loading;
    /// more room would be memory every one-statement run fills and copies (a page fault a 4 KB).
    static let nameRoom = 128

    private var titleAliases: [(String, Int)] = []

    /// The built-in lexicon (lexicon/lexicon.tsv), from the tables that scripts/embed-resources.py
    /// built from it (``BuiltInLexicon``): what ``init(entries:problems:)`` makes of the file,
    /// with no parsing, folding or trie building at start-up.
    static func builtIn() -> Lexicon { Lexicon(tables: ()) }

    private init(tables: Void) {
        entities = BuiltInLexicon.entities
        titles = BuiltInLexicon.titles
        trie = AliasTrie(
            edgeParents: BuiltInLexicon.edgeParents, edgeHashes: BuiltInLexicon.edgeHashes,
            edgeWords: BuiltInLexicon.edgeWords, edgeChildren: BuiltInLexicon.edgeChildren,
            senseStarts: BuiltInLexicon.senseStarts, senses: BuiltInLexicon.senses)
        titleByName = NameTable(
            slots: BuiltInLexicon.titleSlots, names: BuiltInLexicon.titleNames, values: BuiltInLexicon.titleValues)
        let officeNumbers = BuiltInLexicon.offices
        for i in stride(from: 0, to: officeNumbers.count, by: 3) {
            offices[OfficeKey(title: officeNumbers[i], jurisdiction: EntityID(officeNumbers[i + 1]))] = EntityID(officeNumbers[i + 2])
        }
        byKindAndName = NamesByKind(tables: BuiltInLexicon.kindTables)
        let memberNumbers = BuiltInLexicon.natoMembers
        natoMembers.reserveCapacity(memberNumbers.count / 4)
        for i in stride(from: 0, to: memberNumbers.count, by: 4) {
            let since = CalendarDate(year: memberNumbers[i + 1], month: memberNumbers[i + 2], day: memberNumbers[i + 3])
            natoMembers.append((EntityID(memberNumbers[i]), since))
        }
        nato = BuiltInLexicon.nato.map(EntityID.init)
        // Room for the names every model adds, as in `init(entries:problems:)`.
        nameIndex.reserveCapacity(BuiltInLexicon.nameIndex.count + Lexicon.nameRoom)
        for (name, ids) in BuiltInLexicon.nameIndex { nameIndex[name] = ids }
    }

    private mutating func addTitle(_ entry: LexiconEntry) {
        let key = NameFolding.fold(entry.name)
        let index: Int
        if let existing = titleByName[key] {
            index = existing
        } else {
            let scope = Title.Scope(rawValue: entry.attribute("scope") ?? "country") ?? .country
            titles.append(
                Title(
                    name: entry.name, scope: scope, defaultJurisdiction: nil,
                    isHead: entry.attribute("head") == "yes"))
            index = titles.count - 1
            titleByName[key] = index
        }
        for alias in entry.aliases {
            titleByName[NameFolding.fold(alias)] = index
            titleAliases.append((alias, index))
        }
    }

    private mutating func insertName(_ name: String, sense: Sense) {
        let words = AliasTrie.words(of: name)
        // Two- or three-letter names in capitals ("US", "UK") only match capitals.
        var letters = 0
        var allUpper = true
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (0x41...0x5A).contains(v) { letters += 1 } else if (0x61...0x7A).contains(v) { letters += 1; allUpper = false }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if !scalar.properties.isUppercase { allUpper = false }
            }
            if letters > 3 || !allUpper { break }
        }
        let capitalsOnly = letters <= 3 && letters > 0 && allUpper
        trie.insert(words: words, sense: sense, capitalsOnly: capitalsOnly)
    }

    /// An entity of one of `kinds` by canonical name or alias (folded).
    public func lookup(_ name: String, kinds: [EntityKind]) -> EntityID? {
        let key = NameFolding.fold(name)
        for kind in kinds {
            if let id = byKindAndName[kind, key] { return id }
        }
        return nil
    }

    private mutating func applyAttributes(_ entry: LexiconEntry, to index: Int, problems: inout [LoadProblem]) {
        func problem(_ message: String) {
            problems.append(LoadProblem(file: entry.file, line: entry.line, message: message))
        }
        let kind = entities[index].kind
        for (key, value) in entry.attributes {
            switch (kind, key) {
            case (.country, "iso"):
                entities[index].attributes["iso"] = .string(value)
            case (.country, "demonyms"), (.country, "person_nouns"):
                var list: [String] = []
                if case .strings(let old)? = entities[index].attributes[key] { list = old }
                for part in LexiconParser.split(ArraySlice(value.utf8), at: UInt8(ascii: "|")) {
                    let part = LexiconParser.trimmed(part)
                    if !part.isEmpty { list.append(LexiconParser.string(part)) }
                }
                entities[index].attributes[key] = .strings(list)
            case (.country, "nato"):
                guard let date = CalendarDate(iso: value) else {
                    problem("nato=\(value) is not a date YYYY-MM-DD")
                    continue
                }
                entities[index].attributes["nato_member"] = .boolean(true)
                entities[index].attributes["member_since"] = .integer(date.year)
                entities[index].attributes["accession"] = .string(date.description)
                natoMembers.append((EntityID(index), date))
            case (.country, "the"):
                entities[index].attributes["the"] = .boolean(value == "yes")
            case (.person, "country"), (.place, "country"):
                guard let country = lookup(value, kinds: [.country]) else {
                    problem("unknown country '\(value)'")
                    continue
                }
                entities[index].attributes["country"] = .entity(country)
            case (.place, "capital"):
                entities[index].attributes["capital"] = .boolean(value == "yes")
            case (.organization, "head"):
                entities[index].attributes["head"] = .string(value)
            case (.office, "title"):
                entities[index].attributes["title"] = .string(value)
            case (.office, "jurisdiction"):
                guard let j = lookup(value, kinds: [.country, .organization]) else {
                    problem("unknown jurisdiction '\(value)'")
                    continue
                }
                entities[index].attributes["jurisdiction"] = .entity(j)
            default:
                entities[index].attributes[key] = .string(value)
            }
        }
        if kind == .country, entities[index].attributes["nato_member"] == nil {
            entities[index].attributes["nato_member"] = .boolean(false)
        }
        if kind == .office, case .string(let t)? = entities[index].attributes["title"],
            case .entity(let j)? = entities[index].attributes["jurisdiction"],
            let ti = titleByName[NameFolding.fold(t)]
        {
            offices[OfficeKey(title: ti, jurisdiction: j)] = EntityID(index)
        }
    }

    /// The canonical name of the office `title` of `jurisdiction`: a listed office's name, else
    /// "<Title> of [the ]<Country>" or "<Organization> <Title>".
    public func officeName(title: Int, jurisdiction: EntityID) -> String {
        if let listed = offices[OfficeKey(title: title, jurisdiction: jurisdiction)] { return entities[listed.index].name }
        let j = entities[jurisdiction.index]
        let t = titles[title].name
        if j.kind == .organization { return "\(j.name) \(t)" }
        let the = j.attributes["the"] == .boolean(true) ? "the " : ""
        return "\(t) of \(the)\(j.name)"
    }

    /// The title an organization's head holds ("Secretary General" for NATO), if it has one.
    public func headTitle(of organization: EntityID) -> Int? {
        guard case .string(let name)? = entities[organization.index].attributes["head"] else { return nil }
        return titleByName[NameFolding.fold(name)]
    }

    /// The country an entity belongs to: itself for a country, the `country` of a person or place.
    public func country(of id: EntityID) -> EntityID? {
        let entity = entities[id.index]
        if entity.kind == .country { return id }
        if case .entity(let c)? = entity.attributes["country"] { return c }
        return nil
    }

    /// NATO's members on a date (all of them when the date is unknown).
    public func natoMembers(on date: CalendarDate?) -> [EntityID] {
        natoMembers.filter { date == nil || $0.since <= date! }.map(\.country)
    }
}

/// Folded names and aliases to entities, one ``NameTable`` a kind: the tables sit in an array by
/// the kind's place in ``EntityKind/allCases``, so no kind is ever hashed.
struct NamesByKind: Sendable, Equatable {
    private var tables: [NameTable]

    /// Empty tables.
    init() { tables = Array(repeating: NameTable(), count: EntityKind.allCases.count) }

    /// Adopts a table a kind, in ``EntityKind/allCases`` order.
    init(tables: [NameTable]) {
        precondition(tables.count == EntityKind.allCases.count, "a table a kind")
        self.tables = tables
    }

    /// The entity of a kind that a folded name or alias names.
    subscript(kind: EntityKind, name: String) -> EntityID? {
        get { tables[kind.tableIndex][name].map(EntityID.init) }
        set { tables[kind.tableIndex][name] = newValue?.index }
    }
}

extension EntityKind {
    /// The kind's place in ``allCases``.
    fileprivate var tableIndex: Int {
        switch self {
        case .country: return 0
        case .person: return 1
        case .office: return 2
        case .organization: return 3
        case .place: return 4
        }
    }
}
