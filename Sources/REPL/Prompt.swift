/// The REPL's prompts: `nql> `, and while a statement is incomplete `...> `, led by the bracket
/// still open (`(...> `).
struct Prompt {
    /// Colour the prompt (ANSI sequences bracketed by libedit's prompt-ignore character).
    var colored: Bool
    /// Bracket escape sequences with ``LineEditor/promptIgnore`` (libedit); plain output
    /// prints them as they are.
    var forLibedit: Bool

    /// The primary prompt.
    var primary: String { paint("nql>", "1;32") + " " }

    /// The continuation prompt; `open` is what ``Parser/continuation(_:)`` said is still open.
    func continuation(_ open: String) -> String {
        let lead = open.count == 1 ? open : ""
        return paint(lead + "...>", "2") + " "
    }

    private func paint(_ text: String, _ sgr: String) -> String {
        guard colored else { return text }
        let ignore = forLibedit ? String(LineEditor.promptIgnore) : ""
        return ignore + "\u{1B}[\(sgr)m" + ignore + text + ignore + "\u{1B}[0m" + ignore
    }
}
