/// The claim indexes of an ``EntityModel`` (by key, subject, object and predicate), gathered
/// claim by claim as lists keyed by integers, then made into dictionaries once.
///
/// Loading adds each batch of claims as it merges it (on the thread that merges, while the next
/// batch is analysed), so that building the model at the end hashes each key once instead of
/// every claim: a key is grouped by its subject, the predicate's place among the predicates met
/// and its object's entity or literal, in an open-addressed table of integers.
struct ClaimIndexes: Sendable {
    /// The claims of each subject.
    private var bySubject = EntityLists()
    /// The claims of each object entity.
    private var byObject = EntityLists()
    /// The predicates met, in order, and their claims.
    private var predicateNames: [String] = []
    private var byPredicate: [[Int]] = []
    /// The literal objects met, numbered.
    private var literals: [String: Int] = [:]
    /// The (subject, predicate, object) groups, in order of their first claim.
    private var groups: [(key: ClaimKey, claims: [Int])] = []
    /// The group table: per slot, a group's integer key and number (one place to read per probe).
    private var slots = [GroupSlot](repeating: GroupSlot.empty, count: 256)

    /// A (subject, predicate, object) key as integers.
    private struct GroupKey: Equatable {
        var subject: Int32
        var predicate: Int32
        /// An entity's index times two, or a literal's number times two plus one.
        var object: Int32

        /// The key of a subject index, a predicate's place and an object number.
        init(subject: Int, predicate: Int, object: Int) {
            self.subject = Int32(subject)
            self.predicate = Int32(predicate)
            self.object = Int32(object)
        }

        /// The slot it starts looking from, before masking.
        @inline(__always)
        var slot: Int {
            var h = UInt64(bitPattern: Int64(subject)) &* 0x9E37_79B9_7F4A_7C15
            h ^= UInt64(bitPattern: Int64(predicate)) &+ (h >> 29)
            h = (h ^ UInt64(bitPattern: Int64(object))) &* 0xBF58_476D_1CE4_E5B9
            // The high half of a product depends on every bit of the key (the low half only on
            // its low bits, which entity ids share).
            h = (h ^ (h >> 31)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: h >> 32)
        }
    }

    /// A slot of the group table: 16 bytes, so that a probe reads one cache line.
    private struct GroupSlot {
        /// The key of the group in the slot.
        var key: GroupKey
        /// The group's number plus one (0: the slot is empty).
        var group: Int32

        /// An empty slot.
        static let empty = GroupSlot(key: GroupKey(subject: 0, predicate: 0, object: 0), group: 0)
    }

    /// Empty indexes.
    init() {}

    /// Adds `claims` (read in place).
    mutating func add(_ claims: UnsafeBufferPointer<Claim>) {
        for i in claims.indices {
            let index = claims[i].index
            let subject = claims[i].subject
            bySubject.append(index, to: subject)
            let predicate = position(of: claims[i].predicate)
            byPredicate[predicate].append(index)
            let object: Int
            switch claims[i].object {
            case .entity(let id):
                object = id.index << 1
                byObject.append(index, to: id)
            case .literal(let text):
                if let known = literals[text] {
                    object = known << 1 | 1
                } else {
                    object = literals.count << 1 | 1
                    literals[text] = literals.count
                }
            }
            addToGroup(GroupKey(subject: subject.index, predicate: predicate, object: object), of: claims, i)
        }
    }

    /// Adds `claims[i]` to the group of `key`, making the group at its first claim.
    @inline(__always)
    private mutating func addToGroup(_ key: GroupKey, of claims: UnsafeBufferPointer<Claim>, _ i: Int) {
        let mask = slots.count - 1
        var slot = key.slot & mask
        while slots[slot].group != 0 {
            if slots[slot].key == key {
                groups[Int(slots[slot].group) - 1].claims.append(claims[i].index)
                return
            }
            slot = (slot + 1) & mask
        }
        groups.append((ClaimKey(claims[i].subject, claims[i].predicate, claims[i].object), [claims[i].index]))
        slots[slot] = GroupSlot(key: key, group: Int32(groups.count))
        if groups.count * 2 > slots.count { grow() }
    }

    /// Twice the room in the group table, every group placed again.
    private mutating func grow() {
        let old = slots
        slots = [GroupSlot](repeating: GroupSlot.empty, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry.group != 0 {
            var slot = entry.key.slot & mask
            while slots[slot].group != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// The place of `name` among the predicates met (added when new): a model has a dozen, and
    /// claims share the strings, so a comparison is usually of identical strings.
    @inline(__always)
    private mutating func position(of name: String) -> Int {
        for k in predicateNames.indices where predicateNames[k] == name { return k }
        predicateNames.append(name)
        byPredicate.append([])
        return predicateNames.count - 1
    }

    /// Claims by (subject, predicate, object), each list ascending.
    func keyIndex() -> [ClaimKey: [Int]] {
        var index: [ClaimKey: [Int]] = Dictionary(minimumCapacity: groups.count)
        for group in groups { index[group.key] = group.claims }
        return index
    }

    /// Claims by subject (or by object entity, with `objects`), each list ascending.
    func entityIndex(objects: Bool) -> [EntityID: [Int]] {
        objects ? byObject.dictionary() : bySubject.dictionary()
    }

    /// Claims by predicate name, each list ascending.
    func predicateIndex() -> [String: [Int]] {
        var index: [String: [Int]] = Dictionary(minimumCapacity: predicateNames.count)
        for k in predicateNames.indices { index[predicateNames[k]] = byPredicate[k] }
        return index
    }
}
