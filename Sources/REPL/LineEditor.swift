import CEditLine
import EditLineShim

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Line editing on libedit, through the C shim: prompts, history, Tab completion, Ctrl-C.
///
/// C callbacks (the prompt, Tab, Ctrl-C) find their owner through `EL_CLIENTDATA`, which holds
/// an unretained pointer to this object; the object outlives the `EditLine` it ends in
/// `deinit`. Not thread-safe: use it from one thread, as libedit is.
final class LineEditor {
    /// What one read gave.
    enum Input: Equatable {
        /// A line, without its newline (a recalled multi-line entry keeps its inner newlines).
        case line(String)
        /// Ctrl-C: the line was abandoned.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case end
    }

    /// libedit's `EditLine *`.
    private let editLine: OpaquePointer
    /// libedit's `HistoryW *`.
    private let history: OpaquePointer
    /// The current prompt as a NUL-terminated wide string, returned to libedit.
    private var promptBuffer: UnsafeMutablePointer<wchar_t>
    /// Completes the current line's text before the cursor.
    var completer: ((String) -> Completion)?
    /// Set by the Ctrl-C key function during a read.
    private var interrupted = false
    /// The line and cursor after the last Tab, so a second Tab in a row lists the candidates.
    private var lastTab: (text: String, cursor: Int)?

    /// The character that brackets invisible escape sequences in prompts.
    static let promptIgnore: Character = "\u{1}"

    /// Starts libedit on the standard streams (sets the locale first, so UTF-8 is edited by
    /// character), in emacs mode, then reads `~/.editrc` when `readEditrc`. `nil` if libedit
    /// cannot start.
    init?(program: String, historySize: Int, readEditrc: Bool) {
        guard let editLine = nq_el_init(program) else { return nil }
        guard let history = nq_history_init(Int32(historySize), 1) else {
            nq_el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        promptBuffer = .allocate(capacity: 1)
        promptBuffer.initialize(to: 0)

        nq_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        nq_el_set_prompt(editLine, { el in LineEditor.owner(of: el)?.promptBuffer }, wchar_t(Self.promptIgnore.unicodeScalars.first!.value))
        nq_el_set_history(editLine, history)
        nq_el_set_signal(editLine, 1)  // SIGWINCH resizes, SIGCONT/SIGTSTP restore the terminal
        // Ctrl-C reaches us as a key while editing, instead of a signal libedit would re-raise.
        // `-intr` (not only `intr=`): libedit recomputes the editing settings from the terminal's
        // at every read, and only the clear mask survives that.
        nq_el_setty_edit(editLine, "intr=".wide)
        nq_el_setty_edit(editLine, "-intr".wide)
        nq_el_addfn(editLine, "natoql-complete".wide, "Complete the word before the cursor".wide) { el, _ in
            LineEditor.owner(of: el)?.complete() ?? UInt8(CC_ERROR)
        }
        nq_el_addfn(editLine, "natoql-interrupt".wide, "Abandon the line (Ctrl-C)".wide) { el, _ in
            LineEditor.owner(of: el)?.interrupt() ?? UInt8(CC_ERROR)
        }
        _ = setEditor("emacs")
        if readEditrc {
            let before = isVi
            nq_el_source(editLine, nil)
            if isVi != before { bindKeys() }  // `bind -v` reset the key maps
        }
    }

    deinit {
        nq_el_end(editLine)  // restores the terminal
        nq_history_end(history)
        promptBuffer.deallocate()
    }

    private static func owner(of el: OpaquePointer) -> LineEditor? {
        guard let data = nq_el_get_clientdata(el) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    // MARK: - Modes and keys

    /// True in vi mode.
    var isVi: Bool { nq_el_editor_is_vi(editLine) != 0 }

    /// Switches to `emacs` or `vi` key bindings; false for another name.
    func setEditor(_ mode: String) -> Bool {
        guard mode == "emacs" || mode == "vi" else { return false }
        nq_el_set_editor(editLine, mode.wide)
        bindKeys()
        return true
    }

    private func bindKeys() {
        nq_el_bind(editLine, nil, "^I".wide, "natoql-complete".wide)
        nq_el_bind(editLine, nil, "^C".wide, "natoql-interrupt".wide)
        if isVi {
            nq_el_bind(editLine, "-a".wide, "^C".wide, "natoql-interrupt".wide)
        } else {
            nq_el_bind(editLine, nil, "^R".wide, "em-inc-search-prev".wide)
        }
    }

    // MARK: - Reading

    /// Reads one physical line after `prompt` (which may hold escape sequences bracketed by
    /// ``promptIgnore``).
    func read(prompt: String) -> Input {
        setPrompt(prompt)
        interrupted = false
        lastTab = nil
        while true {
            var count: Int32 = 0
            let line = nq_el_gets(editLine, &count)
            if interrupted { return .interrupted }
            guard let line else {
                if count < 0 && errno == EINTR { continue }
                return .end
            }
            var text = WideText.string(line, count: Int(count))
            if text.hasSuffix("\n") { text.removeLast() }
            return .line(text)
        }
    }

    private func setPrompt(_ prompt: String) {
        let wide = WideText.wide(prompt)
        promptBuffer.deallocate()
        promptBuffer = .allocate(capacity: wide.count)
        promptBuffer.initialize(from: wide, count: wide.count)
    }

    // MARK: - History

    /// Adds an entry to the list the arrows walk.
    func addHistory(_ entry: String) {
        nq_history_enter(history, entry.wide)
    }

    /// Replaces the list the arrows walk (oldest first).
    func setHistory(_ entries: [String]) {
        nq_history_clear(history)
        for entry in entries { addHistory(entry) }
    }

    // MARK: - Key functions

    private func interrupt() -> UInt8 {
        interrupted = true
        // Returning CC_NEWLINE ends the read without libedit's own newline: write it, after a
        // `^C` mark when the cursor is at the end of the line (elsewhere it would hide text).
        let line = currentLine()
        Self.write(line.cursor == line.text.count ? "^C\n" : "\n")
        return UInt8(CC_NEWLINE)
    }

    /// The current line and the cursor's offset in it (characters).
    private func currentLine() -> (text: String, cursor: Int) {
        var length: Int32 = 0
        var cursor: Int32 = 0
        let buffer = nq_el_line(editLine, &length, &cursor)
        return (WideText.string(buffer, count: Int(length)), Int(cursor))
    }

    /// Tab: completes the longest common prefix; a second Tab in a row lists the candidates.
    private func complete() -> UInt8 {
        let state = currentLine()
        // The text of this physical line before the cursor (a recalled entry may hold newlines).
        var before = String(state.text.prefix(state.cursor))
        if let newline = before.lastIndex(of: "\n") { before = String(before[before.index(after: newline)...]) }
        guard let completion = completer?(before), !completion.candidates.isEmpty else {
            lastTab = nil
            return UInt8(CC_REFRESH_BEEP)
        }
        let typed = String(before.suffix(completion.replacing))
        let prefix = completion.commonPrefix
        if !prefix.isEmpty, prefix != typed, prefix.hasPrefix(typed) || completion.candidates.count == 1 {
            nq_el_delete_before(editLine, Int32(completion.replacing))
            nq_el_insert(editLine, prefix.wide)
            lastTab = currentLine()
            return UInt8(CC_REFRESH)
        }
        let again = lastTab.map { $0.text == state.text && $0.cursor == state.cursor } ?? false
        lastTab = state
        guard again, completion.candidates.count > 1 else { return UInt8(CC_REFRESH_BEEP) }
        let width = Terminal.width() ?? 80
        let shown = Array(completion.candidates.prefix(200))
        var text = "\n" + Completer.columns(shown, width: width)
        if completion.candidates.count > shown.count { text += "... and \(completion.candidates.count - shown.count) more\n" }
        Self.write(text)
        return UInt8(CC_REDISPLAY)
    }

    private static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}

extension String {
    /// The string as a NUL-terminated wide (`wchar_t`) array, for libedit's wide API.
    var wide: [wchar_t] { WideText.wide(self) }
}
