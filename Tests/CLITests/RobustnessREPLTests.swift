import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The interactive rows of the bad-input table (docs/ROBUSTNESS.md) and what must never be lost:
/// Ctrl-C in a long statement, a dumb terminal, broken history files, two sessions at once, and
/// a session killed with SIGKILL. Each drives the built binary in a pseudo-terminal.
@Suite("Robustness of the REPL", .serialized)
struct RobustnessREPLTests {
    /// The history file's records (without the header).
    static func records(_ path: String) -> [String] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    /// Starts a REPL and waits for its prompt.
    static func start(_ home: TemporaryHome, _ environment: [String: String] = [:]) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment(environment))
        #expect(terminal.waitFor("nql> "), "\(terminal.screenText)")
        return terminal
    }

    /// Types `statement` and waits for the next prompt.
    static func run(_ statement: String, in terminal: PseudoTerminal, expecting text: String = "nql> ") {
        terminal.mark()
        terminal.send(statement + "\r")
        #expect(terminal.waitFor(text), "\(statement)\n--- screen since mark ---\n\(terminal.textSinceMark)")
        if text != "nql> " { #expect(terminal.waitFor("nql> ")) }
    }

    @Test("Ctrl-C during a long statement: 'interrupted', the prompt, and the session goes on")
    func interrupt() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let terminal = try Self.start(home)
        Self.run("let kept = allies where supports(Rutte) = false", in: terminal)
        terminal.mark()
        terminal.send(BadInputTests.longStatement + "\r")
        // Ctrl-C is a key while libedit reads the line, a signal once the statement runs.
        #expect(terminal.waitForCookedMode())
        terminal.pause(0.3)
        terminal.send("\u{3}", whenEditing: false)
        #expect(terminal.waitFor("interrupted"), "\(terminal.rawText.debugDescription)")
        #expect(terminal.waitFor("nql> "))
        Self.run("count(kept)", in: terminal, expecting: "1\n")
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("TERM=dumb: no line editing escapes needed, the session works")
    func dumbTerminal() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let terminal = try Self.start(home, ["TERM": "dumb"])
        Self.run("count(articles)", in: terminal, expecting: "5\n")
        terminal.send(".quit\r")
        #expect(terminal.waitForExit() == 0)
        #expect(Self.records(home.historyPath) == ["count(articles)", ".quit"])
    }

    @Test("a history file in a folder that cannot exist: a warning, and the session goes on")
    func unwritableHistory() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let blocker = home.path + "/not-a-folder"
        FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
        let terminal = try PseudoTerminal(arguments: ["--no-rc"], environment: home.environment(["NATOQL_HISTORY": blocker + "/history"]))
        #expect(terminal.waitFor("nql> "))
        Self.run("count(articles)", in: terminal, expecting: "5\n")
        #expect(terminal.screenText.contains("warning: cannot open history file"), "\(terminal.screenText)")
        Self.run("count(allies)", in: terminal, expecting: "32\n")
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("a corrupt history file (binary, NULs, bad UTF-8): a warning, the good records kept")
    func corruptHistory() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        try FileManager.default.createDirectory(atPath: home.path + "/state/natoql", withIntermediateDirectories: true)
        var bytes = Array("#natoql history v1\ncount(allies)\n".utf8)
        bytes += [0x00, 0xFF, 0xFE, 0x0A, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += Array("show Orban\ntorn rec".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: home.historyPath))
        let terminal = try Self.start(home)
        #expect(terminal.screenText.contains("warning: skipped"), "\(terminal.screenText)")
        Self.run(".history", in: terminal, expecting: "show Orban")
        #expect(terminal.textSinceMark.contains("count(allies)"))
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
        let records = Self.records(home.historyPath)
        #expect(records.suffix(3) == ["count(allies)", "show Orban", ".history"], "\(records)")
    }

    @Test("two sessions typing at once: the history file keeps every entry of both")
    func twoSessions() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let first = try Self.start(home)
        let second = try Self.start(home)
        for i in 0..<6 {
            Self.run("count(articles) -- first \(i)", in: first)
            Self.run("count(articles) -- second \(i)", in: second)
        }
        first.send("\u{4}")
        second.send("\u{4}")
        #expect(first.waitForExit() == 0)
        #expect(second.waitForExit() == 0)
        let records = Self.records(home.historyPath)
        for i in 0..<6 {
            #expect(records.contains("count(articles) -- first \(i)"))
            #expect(records.contains("count(articles) -- second \(i)"))
        }
        #expect(records.count == 12, "\(records)")
    }

    @Test("kill -9: every statement entered before is in the history file")
    func killed() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let terminal = try Self.start(home)
        Self.run("count(articles)", in: terminal)
        Self.run("let a = allies where supports(Rutte) = false", in: terminal)
        Self.run("count(a)", in: terminal, expecting: "1\n")
        kill(terminal.pid, SIGKILL)
        #expect(terminal.waitForExit() == 128 + SIGKILL)
        #expect(Self.records(home.historyPath) == ["count(articles)", "let a = allies where supports(Rutte) = false", "count(a)"])
        // The next session reads them back.
        let next = try Self.start(home)
        Self.run(".history", in: next, expecting: "count(a)")
        next.send("\u{4}")
        #expect(next.waitForExit() == 0)
    }
}
