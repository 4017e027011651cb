/// Folded names to small integers (a title's index, an entity's), in a ``WordSet``'s table of
/// names with the values beside its members: a name is found by its ``WordSet/hash(_:)`` (FNV-1a,
/// the same in every process), so scripts/embed-resources.py lays out the built-in lexicon's
/// tables at build time and the binary adopts them as they are (no name hashed, no dictionary
/// filled when a process starts).
public struct NameTable: Sendable, Equatable {
    /// The names, each at the position of its value.
    private var names: WordSet
    /// The values, by the names' positions.
    private var values: [Int32]

    /// An empty table.
    public init() {
        names = WordSet(room: 0)
        values = []
    }

    /// Adopts a table laid out as ``WordSet`` lays one out (``WordSet/init(slots:members:)``),
    /// with the value of each member.
    init(slots: [UInt64], names: [String], values: [Int32]) {
        precondition(names.count == values.count, "a value for each name")
        self.names = WordSet(slots: slots, members: names)
        self.values = values
    }

    /// The number of names.
    public var count: Int { values.count }

    /// The value of a name; setting one adds the name or replaces its value (names are never
    /// removed: setting nil is a programming error).
    public subscript(name: String) -> Int? {
        get {
            guard let p = names.position(of: name, hash: WordSet.hash(name)) else { return nil }
            return Int(values[p])
        }
        set {
            guard let newValue else { preconditionFailure("a name table's names are never removed") }
            let hash = WordSet.hash(name)
            if let p = names.position(of: name, hash: hash) {
                values[p] = Int32(newValue)
                return
            }
            if (names.count + 1) * 2 > names.capacity { grow() }
            names.insert(name, hash: hash)
            values.append(Int32(newValue))
        }
    }

    /// Twice the room, the names keeping their positions.
    private mutating func grow() {
        var larger = WordSet(room: max(8, names.count * 2))
        for name in names.members { larger.insert(name, hash: WordSet.hash(name)) }
        names = larger
    }

    /// True when both tables give the same value to the same names (in whatever order).
    public static func == (a: NameTable, b: NameTable) -> Bool {
        guard a.count == b.count else { return false }
        for (p, name) in a.names.members.enumerated() where b[name] != Int(a.values[p]) { return false }
        return true
    }
}
