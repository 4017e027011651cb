import Foundation
import REPL
import Testing

/// The interactive session, driven like a user drives it: the real binary in a real
/// pseudo-terminal, keys in, screen text out, then the history file on disk.
@Suite("REPL in a terminal", .serialized)
struct REPLTerminalTests {
    /// What batch mode prints for `statement` (the REPL must print the same).
    func batchOutput(_ statement: String, home: TemporaryHome) throws -> String {
        let result = try NatoqlBinary.run(["--no-rc", "--format", "table", "-c", statement], environment: home.environment())
        return result.output + result.errors
    }

    @Test("query, completion, recall, UTF-8 editing, Ctrl-C, Ctrl-D, history file")
    func session() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let count = try batchOutput("count(articles)", home: home)
        let table = try batchOutput("articles select name limit 2", home: home)
        let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment())
        func expect(_ text: String, _ comment: Comment) {
            #expect(terminal.waitFor(text), "\(comment)\n--- screen since mark ---\n\(terminal.textSinceMark)")
        }

        // The banner, then the prompt.
        expect("natoql ", "banner")
        expect("Type .help for help.\nnql> ", "banner and prompt")

        // A query and its result; a query and its table.
        terminal.mark()
        terminal.send("count(articles)\r")
        expect("count(articles)\n" + count + "nql> ", "the count")
        terminal.mark()
        terminal.send("articles select name limit 2\r")
        expect(table + "nql> ", "the table")

        // The up arrow recalls the previous statement; Enter runs it again.
        terminal.mark()
        terminal.send("\u{1B}[A")
        expect("articles select name limit 2", "the recalled statement")
        terminal.mark()
        terminal.send("\r")
        expect(table + "nql> ", "the recalled statement's table")

        // Tab completes a predicate.
        terminal.mark()
        terminal.send("supp\t")
        expect("supports", "supp<TAB> completed")
        terminal.send("(Hungary, Rutte)\r")
        expect("nql> ", "the completed statement ran")

        // A second Tab lists the candidates.
        terminal.mark()
        terminal.send("co\t\t")
        expect("count", "the listed candidates")
        expect("countries", "the listed candidates")
        terminal.mark()
        terminal.send("\u{3}")
        expect("nql> ", "a fresh prompt after Ctrl-C")

        // UTF-8 is edited a character at a time: Left over "x", Backspace over "á"'s neighbour.
        terminal.mark()
        terminal.send("show \"Orbáxn\"\u{1B}[D\u{1B}[D\u{7F}\r")
        expect("Orbán", "the edited name")
        expect("nql> ", "prompt after the edited statement")

        // A multi-line statement: the continuation prompt shows what is open.
        terminal.mark()
        terminal.send("count(\r")
        expect("(...> ", "continuation prompt")
        terminal.send("articles)\r")
        expect(count + "nql> ", "the multi-line statement's result")

        // Ctrl-C abandons the line being edited (and the open statement); the session goes on.
        terminal.mark()
        terminal.send("count(\r")
        expect("(...> ", "continuation prompt")
        terminal.send("art\u{3}")
        expect("nql> ", "a fresh prompt after Ctrl-C")
        terminal.mark()
        terminal.send("count(articles)\r")
        expect("count(articles)\n" + count + "nql> ", "a statement after Ctrl-C")

        // An error is shown and the session goes on.
        terminal.mark()
        terminal.send("nosuchname\r")
        expect("error: unknown name 'nosuchname'", "the error")
        expect("nql> ", "prompt after the error")

        // .history lists the entries, a multi-line one as written.
        terminal.mark()
        terminal.send(".history\r")
        expect("count(\n", "the multi-line entry in .history")
        expect("nql> ", "prompt after .history")

        // Ctrl-D on an empty line leaves.
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0, "exit status after Ctrl-D\n\(terminal.screenText)")

        let history = try String(contentsOfFile: home.historyPath, encoding: .utf8)
        let records = history.split(separator: "\n").map(String.init)
        #expect(records.first == "#natoql history v1")
        #expect(records.contains("articles select name limit 2"))
        #expect(records.contains("supports(Hungary, Rutte)"))
        #expect(records.contains("show \"Orbán\""))
        #expect(records.contains("count(\\narticles)"), "a multi-line statement is one record")
        #expect(!records.contains { $0.contains("art\u{3}") || $0 == "art" }, "an abandoned line is not kept")
        #expect(records.filter { $0 == "count(articles)" }.count >= 1)
    }

    @Test("history recalled in a later session, duplicates folded")
    func historyAcrossSessions() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        for statement in ["count(articles)", "articles select name", "count(articles)"] {
            let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment())
            #expect(terminal.waitFor("nql> "))
            terminal.mark()
            terminal.send(statement + "\r")
            #expect(terminal.waitFor("nql> "))
            terminal.send("\u{4}")
            #expect(terminal.waitForExit() == 0, "\(terminal.screenText)")
        }
        let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment())
        #expect(terminal.waitFor("nql> "))
        terminal.mark()
        terminal.send(".history\r")
        #expect(terminal.waitFor("1  articles select name\n  2  count(articles)\n"), "\(terminal.textSinceMark)")
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("an empty NATOQL_HISTORY turns history off")
    func historyOff() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment(["NATOQL_HISTORY": ""]))
        #expect(terminal.waitFor("nql> "))
        terminal.mark()
        terminal.send("count(articles)\r")
        #expect(terminal.waitFor("nql> "))
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: home.historyPath))
        #expect(!FileManager.default.fileExists(atPath: home.path + "/.local/state/natoql/history"))
    }

    @Test("a history path that is a folder: a warning, and the session goes on")
    func historyUnwritable() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        try FileManager.default.createDirectory(atPath: home.historyPath, withIntermediateDirectories: true)
        let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment())
        #expect(terminal.waitFor("warning: history file"))
        #expect(terminal.waitFor("nql> "))
        terminal.mark()
        terminal.send("count(articles)\r")
        #expect(terminal.waitFor("nql> "))
        terminal.send(".quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test(".editor vi: vi key bindings")
    func viMode() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment())
        #expect(terminal.waitFor("nql> "))
        terminal.mark()
        terminal.send(".editor vi\r")
        #expect(terminal.waitFor("nql> "))
        // Type a typo, Escape to command mode, move back and replace one character.
        terminal.send("count(articlXs)\u{1B}")
        terminal.pause(0.3)
        terminal.mark()
        terminal.send("hhre\r")
        #expect(terminal.waitFor("nql> "))
        terminal.send(".quit\r")
        #expect(terminal.waitForExit() == 0)
        let history = try String(contentsOfFile: home.historyPath, encoding: .utf8)
        #expect(history.contains("\ncount(articles)\n"), "\(history)")
    }

    @Test(".edit opens the last statement in $EDITOR and runs what was saved")
    func edit() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let count = try batchOutput("count(articles)", home: home)
        // An "editor" that records what it was given and writes a corrected statement.
        let editor = home.path + "/editor.sh"
        try "#!/bin/sh\ncp \"$1\" \(home.path)/seen.nql\nprintf 'count(articles)\\n' > \"$1\"\n"
            .write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment(["EDITOR": editor, "VISUAL": ""]))
        #expect(terminal.waitFor("nql> "))
        terminal.mark()
        terminal.send("count(artcles)\r")
        #expect(terminal.waitFor("nql> "))
        terminal.mark()
        terminal.send(".edit\r")
        #expect(terminal.waitFor(count + "nql> "), "\(terminal.textSinceMark)")
        #expect(try String(contentsOfFile: home.path + "/seen.nql", encoding: .utf8) == "count(artcles)\n")

        // In the middle of a statement, other meta commands run at once and the statement stays
        // open; `.edit` opens the statement so far.
        terminal.mark()
        terminal.send("count(\r")
        #expect(terminal.waitFor("(...> "))
        terminal.mark()
        terminal.send(".timing on\r")
        #expect(terminal.waitFor("(...> "), "\(terminal.textSinceMark)")
        terminal.mark()
        terminal.send("  art\r")
        #expect(terminal.waitFor("(...> "))
        terminal.mark()
        terminal.send(".edit\r")
        #expect(terminal.waitFor(count), "\(terminal.textSinceMark)")
        #expect(terminal.waitFor("nql> "), "\(terminal.textSinceMark)")
        #expect(try String(contentsOfFile: home.path + "/seen.nql", encoding: .utf8) == "count(\n  art\n")

        terminal.send(".quit\r")
        #expect(terminal.waitForExit() == 0)
        let history = try String(contentsOfFile: home.historyPath, encoding: .utf8)
        // The file keeps appending (a repeat moves to the end when loaded).
        #expect(history.hasSuffix("count(artcles)\n.edit\ncount(articles)\n.timing on\n.edit\ncount(articles)\n.quit\n"), "\(history)")
        #expect(HistoryStore(path: home.historyPath).entries == ["count(artcles)", ".timing on", ".edit", "count(articles)", ".quit"])
    }

    @Test("~/.editrc is read: `bind -v` starts in vi mode")
    func editrc() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        try "bind -v\n".write(toFile: home.path + "/.editrc", atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment())
        #expect(terminal.waitFor("nql> "))
        terminal.mark()
        terminal.send(".editor\r")
        #expect(terminal.waitFor("editor: vi\n"), "\(terminal.textSinceMark)")
        // Tab still completes after the key maps were reset.
        terminal.mark()
        terminal.send("supp\t")
        #expect(terminal.waitFor("supports"))
        terminal.mark()
        terminal.send("\u{3}")
        #expect(terminal.waitFor("nql> "))
        terminal.send(".quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("colours on a terminal; none with NO_COLOR")
    func colours() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        var environment = home.environment()
        environment["NO_COLOR"] = nil
        let coloured = try PseudoTerminal(arguments: ["--no-rc"], environment: environment)
        #expect(coloured.waitFor("nql> "))
        coloured.mark()
        coloured.send("nosuchname\r")
        #expect(coloured.waitFor("nql> "))
        coloured.send(".quit\r")
        #expect(coloured.waitForExit() == 0)
        #expect(coloured.rawText.contains("\u{1B}[1;32mnql>") || coloured.rawText.contains("\u{1B}[1m\u{1B}[32mnql>"), "a green prompt")
        #expect(coloured.rawText.contains("31merror"), "a red error")
        #expect(!coloured.rawText.contains("\u{1}"), "libedit hides the prompt-ignore character")

        let plain = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment(["NO_COLOR": "1"]))
        #expect(plain.waitFor("nql> "))
        plain.mark()
        plain.send("nosuchname\r")
        #expect(plain.waitFor("nql> "))
        plain.send(".quit\r")
        #expect(plain.waitForExit() == 0)
        #expect(!plain.rawText.contains("\u{1B}[1;32m") && !plain.rawText.contains("31merror"), "no colour with NO_COLOR")
    }
}

/// natoql off a terminal: no prompt, no banner, no libedit.
@Suite("REPL off a terminal")
struct REPLPipeTests {
    @Test("printf 'count(articles)\\n' | natoql prints the count and nothing else")
    func pipe() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let result = try NatoqlBinary.run([], input: "count(articles)\n", environment: home.environment())
        #expect(result.code == 0)
        #expect(result.errors == "")
        #expect(result.output.wholeMatch(of: /[0-9]+\n/) != nil, "got \(result.output.debugDescription)")
        #expect(!FileManager.default.fileExists(atPath: home.historyPath), "no history off a terminal")
    }

    @Test("the start-up file is read, and --no-rc skips it")
    func rcFile() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        try ".mode csv\n".write(toFile: home.path + "/.natoqlrc", atomically: true, encoding: .utf8)
        let withRC = try NatoqlBinary.run(["--interactive"], input: ".show\n", environment: home.environment())
        #expect(withRC.output.contains("mode: csv"), "\(withRC.output)")
        #expect(withRC.output.hasPrefix("natoql "), "the banner")
        #expect(withRC.output.contains("nql> "), "the prompt")
        let without = try NatoqlBinary.run(["--interactive", "--no-rc"], input: ".show\n", environment: home.environment())
        #expect(without.output.contains("mode: table"), "\(without.output)")
    }

    @Test("$XDG_CONFIG_HOME/natoql/rc when there is no ~/.natoqlrc")
    func xdgRCFile() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        try FileManager.default.createDirectory(atPath: home.path + "/config/natoql", withIntermediateDirectories: true)
        try ".timing on\n".write(toFile: home.path + "/config/natoql/rc", atomically: true, encoding: .utf8)
        let result = try NatoqlBinary.run(["--interactive"], input: ".show\n", environment: home.environment())
        #expect(result.output.contains("timing: on"), "\(result.output)")
    }
}
