/// The collections defined in the language itself, over the built-in ones. `.schema` shows
/// this text; every session starts by running it.
public enum Prelude {
    /// The prelude's source.
    public static let source = """
        -- The 32 members of NATO: countries the lexicon lists as members.
        let allies = countries where nato_member
        -- People who are candidates for some office in the view (a withdrawal ends a candidacy).
        let candidates = people where candidate(offices)
        """
}
