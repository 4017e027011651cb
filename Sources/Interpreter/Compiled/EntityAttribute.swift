/// An attribute of an entity row, resolved from its name once: one every entity has, or one the
/// model's entities carry (`member_since`, `nato_member`, ...).
enum EntityAttribute: Hashable {
    case name, kind, aliases, aliasesSeen, articles, discovered
    /// An attribute from the model, by name.
    case model(String)

    /// The attributes every entity has, in the order `Attributes.entity` lists them.
    static let builtIn: [EntityAttribute] = [.name, .kind, .aliases, .aliasesSeen, .articles, .discovered]

    /// The attribute `name` means.
    init(_ name: String) {
        switch name {
        case "name": self = .name
        case "kind": self = .kind
        case "aliases": self = .aliases
        case "aliases_seen": self = .aliasesSeen
        case "articles": self = .articles
        case "discovered": self = .discovered
        default: self = .model(name)
        }
    }

    /// The attribute's name in the language.
    var name: String {
        switch self {
        case .name: return "name"
        case .kind: return "kind"
        case .aliases: return "aliases"
        case .aliasesSeen: return "aliases_seen"
        case .articles: return "articles"
        case .discovered: return "discovered"
        case .model(let name): return name
        }
    }
}
