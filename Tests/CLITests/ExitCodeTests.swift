import Foundation
import Testing

/// The documented exit codes, each from a run of the real binary.
@Suite struct ExitCodeTests {
    @Test func successPrintsTheAnswer() throws {
        let r = try Binary.run(["-c", "count(allies)"])
        #expect(r.status == 0)
        #expect(r.stdout == "32\n")
        #expect(r.stderr == "")
    }

    @Test func pipedStandardInputPrintsOnlyTheAnswer() throws {
        let r = try Binary.run([], input: "count(allies)\n")
        #expect(r.status == 0)
        #expect(r.stdout == "32\n")
    }

    @Test func failedAssertionExitsOne() throws {
        let dir = try Binary.temporaryDirectory()
        let script = dir.appendingPathComponent("check.nql")
        try "assert count(allies) = 31\nexpect count(allies) = 32\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try Binary.run([script.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("assertion failed"))
        #expect(r.stderr.contains("check.nql:1:8"))
    }

    @Test func usageErrorExits64() throws {
        let r = try Binary.run(["--no-such-flag"])
        #expect(r.status == 64)
        let bad = try Binary.run(["--as-of", "yesterday", "-c", "count(allies)"])
        #expect(bad.status == 64)
    }

    @Test func scriptErrorExits65WithTheLocation() throws {
        let dir = try Binary.temporaryDirectory()
        let script = dir.appendingPathComponent("holdouts.nql")
        try "-- holdouts\n\nallies where suports(Rutte) = false\ncount(allies)\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try Binary.run([script.path])
        #expect(r.status == 65)
        #expect(r.stdout == "", "the script stops at its first error")
        #expect(
            r.stderr.contains(
                """
                error: unknown predicate 'suports'
                 --> \(script.path):3:14
                  |
                3 | allies where suports(Rutte) = false
                  |              ^^^^^^^ did you mean 'supports'?
                """))
        let going = try Binary.run(["--keep-going", script.path])
        #expect(going.status == 65)
        #expect(going.stdout == "32\n")
    }

    @Test func parseErrorExits65() throws {
        let r = try Binary.run(["-c", "allies where (supports(Rutte) = false"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("error:"))
    }

    @Test func unreadableInputsExit66() throws {
        let missing = try Binary.run(["/no/such/script.nql"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no such file"))
        let corpus = try Binary.run(["--corpus", "/no/such/folder", "-c", "count(articles)"])
        #expect(corpus.status == 66)
    }

    @Test func shebangScriptsRun() throws {
        let dir = try Binary.temporaryDirectory()
        let script = dir.appendingPathComponent("s.nql")
        try "#!/usr/bin/env natoql\ncount(allies)\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try Binary.run([script.path])
        #expect(r.status == 0)
        #expect(r.stdout == "32\n")
    }

    @Test func readResolvesAgainstTheIncludingScriptAndStopsCycles() throws {
        let dir = try Binary.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("lib"), withIntermediateDirectories: true)
        try ".read lib/inner.nql\ncount(x)\n".write(to: dir.appendingPathComponent("main.nql"), atomically: true, encoding: .utf8)
        try "let x = allies where supports(Rutte) = false\n".write(
            to: dir.appendingPathComponent("lib/inner.nql"), atomically: true, encoding: .utf8)
        let r = try Binary.run([dir.appendingPathComponent("main.nql").path])
        #expect(r.status == 0)
        #expect(r.stdout == "1\n")
        try ".read self.nql\n".write(to: dir.appendingPathComponent("self.nql"), atomically: true, encoding: .utf8)
        let cycle = try Binary.run([dir.appendingPathComponent("self.nql").path])
        #expect(cycle.status != 0)
        #expect(cycle.stderr.contains("reads itself"))
    }

    @Test func formatsAndViewsFromTheCommandLine() throws {
        let r = try Binary.run(["--format", "json", "--as-of", "2024-05-01", "-c", "count(allies where supports(Rutte) = false)"])
        #expect(r.stdout == "4\n")
        let two = try Binary.run(["-c", "count(allies)", "-c", "count(articles)"])
        #expect(two.stdout == "32\n5\n")
    }
}
