import DSL
import Extraction
import Foundation
import Interpreter
import TestSupport
import Testing

/// Nothing is lost when a statement or a load fails, results are bounded on a terminal, and a
/// script reaches no further than it asks (docs/ROBUSTNESS.md).
@Suite struct RobustnessSessionTests {
    /// A runner over a fresh seed session, writing into a buffer.
    static func runner() throws -> (Runner, BufferOutput) {
        let output = BufferOutput()
        return (Runner(session: try Session(corpus: .seeds), output: output), output)
    }

    /// A fresh temporary folder.
    static func folder() throws -> String {
        try Scratch.folder("robust")
    }

    @Test("a failed statement keeps the session's let names and view")
    func failedStatementKeepsState() throws {
        let (runner, output) = try Self.runner()
        runner.session.settings.bail = false
        runner.run(SourceFile(name: "a", text: "let holdouts = allies where supports(Rutte) = false\n.view as of 2024-05-01\n"))
        let view = runner.session.defaultView
        for bad in [
            "count(nosuch)", "let holdouts = nosuch", "let holdouts = allies where", "allies where (allies)",
            "supports(Rutte, Hungary)", ".view as of 2024-02-30", ".mode xml", "count(claims) according to \"009\"",
            // A source that matches nothing (found by the pipeline fuzzer: it used to reset the view).
            ".view according to \"AFP wire\"",
        ] {
            runner.run(SourceFile(name: "bad", text: bad))
            #expect(runner.session.userNames == ["holdouts"], "\(bad)")
            #expect(runner.session.defaultView == view, "\(bad)")
        }
        #expect(!output.errors.isEmpty)
        // The error points at the command typed, and names the outlets there are.
        #expect(output.errors.contains("bad:1:1"), "\(output.errors)")
        #expect(output.errors.contains("outlets: AFP,"), "\(output.errors)")
        #expect(!output.errors.contains("count(articles) according to"), "\(output.errors)")
        let before = output.text.count
        runner.run(SourceFile(name: "c", text: "count(holdouts)"))
        #expect(output.text.dropFirst(before) == "4\n", "as of 2024-05-01, four holdouts")
    }

    @Test(".load of a bad corpus keeps the corpus loaded before")
    func badLoadKeepsCorpus() throws {
        let (runner, output) = try Self.runner()
        let empty = try Self.folder()
        let unusable = try Self.folder()
        try Data([0xFF, 0xFE]).write(to: URL(fileURLWithPath: unusable + "/a.txt"))
        for bad in ["/nonexistent/natoql", empty, unusable] {
            runner.run(SourceFile(name: "load", text: ".load \(bad)"))
            #expect(runner.session.corpusName == "the seed corpus", "\(bad)")
            #expect(runner.session.model.articles.count == 5)
        }
        #expect(output.errors.contains("no article could be loaded"))
        #expect(output.errors.contains("; still using the seed corpus"))
        #expect(runner.tally.unreadable == 3)
    }

    @Test("a table shows at most maxTableRows rows, then says how many more and how to see them")
    func tableRowLimit() throws {
        let (runner, output) = try Self.runner()
        runner.maxTableRows = 10
        runner.run(SourceFile(name: "t", text: "claims select subject, predicate"))
        let lines = output.text.split(separator: "\n")
        #expect(lines.count == 2 + 10 + 1)
        let total = runner.session.model.claims.count
        #expect(
            lines.last
                == "… \(total - 10) more rows (\(total) in all, 10 shown): use 'limit' and 'offset', '.mode csv', or '.output FILE' to see them"
        )
        // Files get every row.
        let file = try Self.folder() + "/all.txt"
        runner.run(SourceFile(name: "t", text: ".output \(file)\nclaims select subject, predicate\n.output"))
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 2 + total)
        // Other formats too.
        runner.run(SourceFile(name: "t", text: ".mode csv\nclaims select subject"))
        #expect(!output.text.hasSuffix("to see them\n"))
    }

    @Test("a 'where' condition that is a collection is a type error at once (a pipeline fuzz timeout)")
    func whereNeedsACondition() throws {
        let (runner, output) = try Self.runner()
        let started = Date()
        runner.run(SourceFile(name: "f", text: "count(entities where (entities where (candidates)))"))
        #expect(Date().timeIntervalSince(started) < 10, "it took 35 s to print 0")
        #expect(output.errors.hasPrefix("error: 'where' needs a condition that is true or false\n"))
        #expect(output.errors.contains("this is a collection of entities"))
        #expect(output.text.isEmpty)
    }

    @Test("a sum past Int's range is a fractional number, printed, not a trap (a pipeline fuzz crash)")
    func sumPastIntRange() throws {
        let (runner, output) = try Self.runner()
        runner.run(SourceFile(name: "f", text: "sum([9223372036854775807, 1])\nsum([9223372036854775807, -1])\nsum([2, 3])"))
        #expect(output.errors.isEmpty, "\(output.errors)")
        #expect(output.text == "9.223372036854776e+18\n9223372036854775806\n5\n")
    }

    @Test("Ctrl-C set before a statement starts still stops it, and the rest of the entry")
    func pendingInterrupt() throws {
        let (runner, output) = try Self.runner()
        runner.session.cancellation.cancel()
        runner.run(SourceFile(name: "i", text: "count(claims where count(claims) > 0)\ncount(articles)"))
        #expect(output.errors == "interrupted\n")
        #expect(output.text.isEmpty)
        #expect(runner.tally.interrupted == 1)
    }

    @Test("a script read with .read cannot run the REPL's own commands (.edit starts an editor)")
    func replCommandsOnlyAtThePrompt() throws {
        let (runner, output) = try Self.runner()
        var asked: [String] = []
        runner.extraMeta = { command, _ in
            asked.append(command.name)
            return true
        }
        let dir = try Self.folder()
        try ".edit\n".write(toFile: dir + "/s.nql", atomically: true, encoding: .utf8)
        runner.run(SourceFile(name: "<repl>", text: ".read \(dir)/s.nql"))
        #expect(asked.isEmpty)
        #expect(output.errors.contains("unknown meta command '.edit'"))
        runner.run(SourceFile(name: "<repl>", text: ".edit"))
        #expect(asked == ["edit"])
    }

    @Test("the language has no shell escape and no network; only .output and history write files")
    func noWayOut() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let forbidden = ["Process(", "posix_spawn", "popen(", "system(", "execv", "socket(", "URLSession", "connect("]
        let writers = ["O_WRONLY", "O_CREAT", "createFile(", "write(to", "write(toFile", "FileHandle(forWriting"]
        var found: [String] = []
        for module in ["DSL", "Extraction", "Interpreter"] {
            let dir = root.appendingPathComponent(module)
            for case let file as URL in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
            where file.pathExtension == "swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                for word in forbidden where text.contains(word) { found.append("\(file.lastPathComponent): \(word)") }
                // Writing: Runner (.output/.once), `natoql test --update` (golden blocks), and the
                // export and generate commands (to the file or folder given them) only.
                let allowed =
                    ["Runner.swift", "TestRunner.swift", "CorpusGenerator.swift"].contains(file.lastPathComponent)
                    || file.lastPathComponent.contains("Export")
                for word in writers where !allowed && text.contains(word) { found.append("\(file.lastPathComponent): \(word)") }
            }
        }
        #expect(found.isEmpty, "\(found)")
    }
}
