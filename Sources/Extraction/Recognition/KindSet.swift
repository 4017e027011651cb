/// A set of entity kinds as bits, tested with one mask, because recognition and rules test
/// mention kinds against such sets at nearly every word. On hot paths write `.person` or
/// `KindSet.country.union(.organization)`: an array literal (`[.person, .country]`) allocates
/// its array on the heap at every use.
public struct KindSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let country = KindSet(rawValue: 1 << 0)
    public static let person = KindSet(rawValue: 1 << 1)
    public static let office = KindSet(rawValue: 1 << 2)
    public static let organization = KindSet(rawValue: 1 << 3)
    public static let place = KindSet(rawValue: 1 << 4)

    /// The set of one kind.
    @inline(__always)
    public init(_ kind: EntityKind) {
        switch kind {
        case .country: self = .country
        case .person: self = .person
        case .office: self = .office
        case .organization: self = .organization
        case .place: self = .place
        }
    }

    /// True when the set holds `kind`.
    @inline(__always)
    public func contains(_ kind: EntityKind) -> Bool { rawValue & KindSet(kind).rawValue != 0 }
}
