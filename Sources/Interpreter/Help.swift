/// The text of `.help`.
enum Help {
    /// The meta commands only an interactive session has.
    static let interactiveCommands: [(name: String, usage: String, summary: String)] = [
        ("history", ".history", "list the statements of the history, oldest first"),
        ("clear", ".clear", "clear the screen"),
        ("editor", ".editor emacs|vi", "choose the key bindings of the line editor"),
        ("edit", ".edit", "edit the current (or last) statement in $EDITOR, then run it"),
    ]

    static func text(topic: String?) -> String {
        switch topic {
        case nil:
            return """
                Statements (end with a newline or ';'; -- starts a comment):
                  allies where supports(Rutte) = false          a query over a collection
                  ... select name, member_since order by name   projection, ordering, limit N
                  ... as of 2024-05-01 / according to "003"     a view for one statement
                  count(allies), max(allies, member_since)      functions and aggregates
                  let holdouts = allies where ...               name a query
                  why supports(Hungary, Rutte)                  the value and the claims behind it
                  show Orban                                    everything about one entity
                  conflicts, articles, claims                   where sources disagree; the sources
                  assert EXPR, expect STATEMENT = VALUE         checks for scripts that are tests
                Topics: .help statements | views | functions | meta | collections

                """
        case "views":
            return """
                Views decide which claims count:
                  default                 every article; the latest asserted or hedged claims decide,
                                          expected and past claims never decide the present,
                                          a withdrawal ends a candidacy
                  ... as of DATE          only articles published on or before DATE
                  ... according to SRC    one article (name or prefix) or outlet
                  .view ...               set the default view for the session; .view all resets it

                """
        case "functions":
            return Functions.registry.sorted { $0.key < $1.key }.map { "  \($0.value.usage)  \($0.value.summary)\n" }.joined()
        case "meta":
            return MetaCommands.all.map { "  \($0.usage)\n      \($0.summary)\n" }.joined()
                + interactiveCommands.map { "  \($0.usage)   (interactive sessions)\n      \($0.summary)\n" }.joined()
        case "collections":
            return "  entities countries allies people offices organizations places candidates articles claims conflicts\n"
                + "  '.schema' shows their attributes and the prelude that defines allies and candidates\n"
        case "statements":
            return text(topic: nil)
        default:
            let name = topic!.hasPrefix(".") ? String(topic!.dropFirst()) : topic!
            if let m = MetaCommands.all.first(where: { $0.name == name }) { return "  \(m.usage)\n      \(m.summary)\n" }
            if let m = interactiveCommands.first(where: { $0.name == name }) { return "  \(m.usage)\n      \(m.summary)\n" }
            if let f = Functions.registry[name] { return "  \(f.usage)  \(f.summary)\n" }
            return "no help on '\(topic!)'; topics: statements, views, functions, meta, collections\n"
        }
    }
}
