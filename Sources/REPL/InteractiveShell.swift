import DSL
import FoundationEssentials
import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// The interactive session: a banner, then statements read with libedit (line editing,
/// history, Tab completion), each run through the runner as soon as the parser says it is
/// complete.
///
/// `natoql` starts one when standard input and output are terminals (or with
/// `--interactive`). Without a terminal on both, it reads plain lines with prompts and no
/// line editing (libedit silently stops editing when output is not a terminal).
///
/// ```swift
/// let runner = Runner(session: try Session(corpus: .seeds), output: FileDescriptorOutput.standard)
/// let code = InteractiveShell(runner: runner, readRC: true).run()
/// ```
public final class InteractiveShell {
    /// The runner statements go through.
    public let runner: Runner
    /// Whether the start-up file (`~/.natoqlrc`) is read.
    public let readRC: Bool
    private let environment: [String: String]
    private var history: HistoryStore?
    /// The completer for the session's current words, rebuilt when the corpus or the names change.
    private var cachedCompleter: (revision: Int, completer: Completer)?

    /// The completer over the session's words now.
    private func completer() -> Completer {
        let revision = runner.session.revision
        if let cached = cachedCompleter, cached.revision == revision { return cached.completer }
        let completer = Completer(words: Completer.Words(session: runner.session, extraMetaCommands: ShellCommands.names))
        cachedCompleter = (revision, completer)
        return completer
    }
    private var editor: LineEditor?
    /// What `.edit` opens: the last statement run (not `.edit` itself), or the statement being
    /// typed when `.edit` comes in the middle of it.
    private var lastStatement = ""
    /// The line number the next statement starts at, for diagnostics.
    private var nextLine = 1
    /// Watches Ctrl-C while statements run.
    private var interrupts: StatementInterrupts?

    /// Creates a shell over `runner`.
    /// - Parameters:
    ///   - runner: runs statements and meta commands; the shell sets its colours and width.
    ///   - readRC: read `~/.natoqlrc` (or `$XDG_CONFIG_HOME/natoql/rc`) first (`--no-rc` turns
    ///     it off).
    public init(runner: Runner, readRC: Bool) {
        self.runner = runner
        self.readRC = readRC
        environment = ProcessInfo.processInfo.environment
    }

    /// Runs until `.quit`, Ctrl-D on an empty line, or the end of input.
    /// - Returns: the exit code (0).
    public func run() -> Int32 {
        let terminal = Terminal.isTerminal(0) && Terminal.isTerminal(1)
        let colored = Terminal.wantsColor(environment: environment, terminal: terminal)
        runner.colored = colored
        runner.width = Terminal.width()
        runner.maxTableRows = Runner.terminalTableRows
        runner.extraMeta = { [unowned self] command, runner in self.runMeta(command, runner) }
        defer { runner.extraMeta = nil }

        let interrupts = StatementInterrupts(cancellation: runner.session.cancellation)
        self.interrupts = interrupts
        defer {
            interrupts.uninstall()
            self.interrupts = nil
        }

        if terminal {
            let store = HistoryStore(path: HistoryStore.defaultPath(environment: environment))
            history = store
            editor = LineEditor(program: "natoql", historySize: store.limit, readEditrc: true)
            editor?.setHistory(store.entries)
            editor?.completer = { [unowned self] line in
                self.completer().complete(line)
            }
        }
        defer { editor = nil }  // ends libedit: restores the terminal
        showWarnings()
        runner.output.write(banner(colored: colored))
        if readRC && !RCFile.run(runner, environment: environment) { return 0 }
        loop(prompt: Prompt(colored: colored, forLibedit: editor != nil))
        return 0
    }

    /// The one-line banner.
    func banner(colored: Bool) -> String {
        let session = runner.session
        let model = session.model
        let help = colored ? "\u{1B}[1m.help\u{1B}[0m" : ".help"
        return "natoql \(NatoQL.version) — \(model.articles.count) article\(model.articles.count == 1 ? "" : "s"), "
            + "\(model.claims.count) claim\(model.claims.count == 1 ? "" : "s") (\(session.corpusName)). Type \(help) for help.\n"
    }

    private func loop(prompt: Prompt) {
        var pending = ""
        var open: String?
        while true {
            let text = open.map(prompt.continuation) ?? prompt.primary
            switch read(prompt: text) {
            case .end:
                runner.output.write("\n")
                return
            case .interrupted:
                pending = ""
                open = nil
            case .line(let line):
                let trimmed = line.trimmingWhitespace()
                if !pending.isEmpty, trimmed.hasPrefix(".") {
                    // A meta command in the middle of a statement runs at once and the statement
                    // stays open, except `.edit`, which opens the statement so far in $EDITOR.
                    if Self.isEdit(trimmed) {
                        lastStatement = pending
                        pending = ""
                        open = nil
                    }
                    remember(trimmed)
                    if execute(trimmed) == .quit { return }
                    continue
                }
                pending += (pending.isEmpty ? "" : "\n") + line
                if pending.allSatisfy(\.isWhitespace) {
                    pending = ""
                    continue
                }
                open = Parser.continuation(pending)
                if open != nil { continue }
                let statement = pending
                pending = ""
                remember(statement)
                if execute(statement) == .quit { return }
            }
        }
    }

    private func read(prompt: String) -> LineEditor.Input {
        // Nothing runs at the prompt: a new entry starts with no Ctrl-C pending.
        runner.session.cancellation.reset()
        if let editor { return editor.read(prompt: prompt) }
        runner.output.write(prompt)
        guard let line = readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    /// Adds a statement to the history (file and editor).
    private func remember(_ statement: String) {
        guard let history else { return }
        if history.add(statement) {
            editor?.setHistory(history.entries)
        } else {
            editor?.addHistory(statement.trimmingWhitespace())
        }
        showWarnings()
    }

    /// Runs one complete entry.
    @discardableResult
    private func execute(_ statement: String, name: String = "<stdin>") -> Runner.Status {
        if !Self.isEdit(statement.trimmingWhitespace()) { lastStatement = statement }
        runner.width = Terminal.width()
        let source = SourceFile(name: name, text: statement, firstLine: nextLine)
        interrupts?.ensureInstalled()
        nextLine += statement.split(separator: "\n", omittingEmptySubsequences: false).count
        let status = runner.run(source)
        runner.resetTally()
        return status
    }

    /// True for a `.edit` line.
    static func isEdit(_ line: String) -> Bool {
        line == ".edit" || line.hasPrefix(".edit ") || line.hasPrefix(".edit\t")
    }

    private func showWarnings() {
        for warning in history?.takeWarnings() ?? [] { runner.output.writeError("warning: \(warning)\n") }
    }

    // MARK: - REPL-only meta commands

    private func runMeta(_ command: MetaCommand, _ runner: Runner) -> Bool {
        switch command.name {
        case "history":
            runner.emit(ShellCommands.listing(history?.entries ?? []))
        case "clear":
            if Terminal.isTerminal(1) { runner.output.write("\u{1B}[H\u{1B}[2J") }
        case "editor":
            guard let editor else {
                runner.reportError("line editing is off (not a terminal)")
                return true
            }
            if command.arguments.isEmpty {
                runner.emit("editor: \(editor.isVi ? "vi" : "emacs")\n")
            } else if command.arguments.count != 1 || !editor.setEditor(command.arguments[0]) {
                runner.reportError("usage: .editor emacs|vi")
            }
        case "edit":
            switch ShellCommands.edit(lastStatement, environment: environment) {
            case .failure(let error):
                runner.reportError(error.message)
            case .success(let edited):
                guard !edited.isEmpty else { return true }
                remember(edited)
                execute(edited, name: "<edit>")
            }
        default:
            return false
        }
        return true
    }
}
