/// Lists of integers (claim or article numbers) by entity id, kept only for the ids in use: an
/// index of list numbers by entity index (plain integers, which cost nothing to make or free)
/// and the lists themselves, so that a model of thousands of lexicon entities does not make,
/// walk and free a list per entity when a few hundred are used.
struct EntityLists: Sendable {
    /// Per entity index, the number of its list plus one (0: no list yet).
    private var listOf: [Int32] = []
    /// The ids with a list, in order of first use, and their lists.
    private var ids: [EntityID] = []
    private var lists: [[Int]] = []
    /// Lists of ids below zero (placeholders; none in a built model).
    private var others: [EntityID: [Int]] = [:]

    /// No lists.
    init() {}

    /// Appends `value` to the list of `id`.
    @inline(__always)
    mutating func append(_ value: Int, to id: EntityID) {
        let index = id.index
        guard index >= 0 else {
            others[id, default: []].append(value)
            return
        }
        if index >= listOf.count {
            listOf += [Int32](repeating: 0, count: Swift.max(index + 1, 2 * listOf.count, 64) - listOf.count)
        }
        let list = Int(listOf[index])
        if list == 0 {
            ids.append(id)
            lists.append([value])
            listOf[index] = Int32(lists.count)
        } else {
            lists[list - 1].append(value)
        }
    }

    /// The lists as a dictionary by id, each sorted when `sorted` is true.
    func dictionary(sorted: Bool = false) -> [EntityID: [Int]] {
        var index: [EntityID: [Int]] = Dictionary(minimumCapacity: ids.count + others.count)
        for k in ids.indices { index[ids[k]] = sorted ? lists[k].sorted() : lists[k] }
        for (id, list) in others { index[id] = sorted ? list.sorted() : list }
        return index
    }
}
