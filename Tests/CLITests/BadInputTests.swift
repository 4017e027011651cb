import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The bad-input table of docs/ROBUSTNESS.md, one test a row: whatever natoql is fed, it answers
/// with a clear message and an exit code, and goes on with what it can use. Every test runs the
/// built binary, as a user would; big inputs are generated here, in temporary folders.
@Suite("Bad input: the table of docs/ROBUSTNESS.md")
struct BadInputTests {
    /// A corpus folder: the seed article 000 (so something loads), plus `files`.
    static func corpus(_ files: [String: [UInt8]]) throws -> URL {
        let dir = try Binary.temporaryDirectory()
        let seed = Binary.packageRoot.appendingPathComponent("seeds/000_61f5bb335053446f.txt")
        try FileManager.default.copyItem(at: seed, to: dir.appendingPathComponent("000_61f5bb335053446f.txt"))
        for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    /// `count(articles)` over `dir`.
    static func countArticles(_ dir: URL, _ extra: [String] = []) throws -> Binary.Result {
        try Binary.run(["--corpus", dir.path] + extra + ["-c", "count(articles)"])
    }

    @Test("invalid UTF-8: the article is skipped, named with the offset of its first bad byte")
    func invalidUTF8() throws {
        let dir = try Self.corpus(["bad.txt": Array("Hungary backs Rutte. Caf".utf8) + [0xE9, 0x20, 0x2E]])
        let r = try Self.countArticles(dir)
        #expect(r.status == 0)
        #expect(r.stdout == "1\n")
        #expect(r.stderr.contains("bad.txt: byte 24: not valid UTF-8; article skipped"))
    }

    @Test("NUL bytes: an article with NULs loads; a script with one gets an error at its place")
    func nulBytes() throws {
        let dir = try Self.corpus(["nul.txt": Array("Spain endorsed Mark Rutte.\0 Greece\0 backed him.\n".utf8)])
        let r = try Self.countArticles(dir)
        #expect(r.status == 0)
        #expect(r.stdout == "2\n")
        let script = try Binary.run(["-"], input: "count(articles)\0\n")
        #expect(script.status == 65)
        #expect(script.stderr.contains("<stdin>:1:16"))
    }

    @Test("a byte-order mark: dropped from articles (offsets still count it) and scripts")
    func byteOrderMark() throws {
        let dir = try Self.corpus(["bom.txt": [0xEF, 0xBB, 0xBF] + Array("Spain endorsed Mark Rutte on Friday.\n".utf8)])
        let r = try Binary.run(["--corpus", dir.path, "--format", "csv", "-c", "claims where article = \"bom\" select start, evidence"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("3,"), "offsets count the 3 bytes of the mark: \(r.stdout)")
        let scriptDir = try Binary.temporaryDirectory()
        try Data([0xEF, 0xBB, 0xBF] + Array("count(articles)\n".utf8)).write(to: scriptDir.appendingPathComponent("bom.nql"))
        let s = try Binary.run(["bom.nql"], directory: scriptDir)
        #expect(s.status == 0 && s.stdout == "5\n", "\(s.stderr)")
    }

    @Test("CRLF: articles and scripts with Windows line ends read like LF ones")
    func crlf() throws {
        let lf = "Spain endorsed Mark Rutte on Friday.\nGreece backed him too.\n"
        let dir = try Self.corpus([
            "lf.txt": Array(lf.utf8), "crlf.txt": Array(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8),
        ])
        func claims(_ article: String) throws -> String {
            let r = try Binary.run([
                "--corpus", dir.path, "--format", "csv", "-c", "claims where article = \"\(article)\" select subject, predicate, object",
            ])
            #expect(r.status == 0)
            return r.stdout
        }
        let fromLF = try claims("lf")
        #expect(fromLF.contains("Greece,supports,Mark Rutte"))
        #expect(try claims("crlf") == fromLF)
        let s = try Binary.run(["-"], input: "let a = allies\r\nwhere supports(Rutte) = false\r\ncount(a)\r\n")
        #expect(s.status == 0 && s.stdout == "1\n", "\(s.stderr)")
    }

    @Test("an empty article (or one of blanks): skipped with a warning")
    func emptyArticle() throws {
        let dir = try Self.corpus(["empty.txt": [], "blank.txt": Array(" \r\n\t\n".utf8)])
        let r = try Self.countArticles(dir)
        #expect(r.status == 0 && r.stdout == "1\n")
        #expect(r.stderr.contains("empty.txt: empty article; skipped"))
        #expect(r.stderr.contains("blank.txt: empty article; skipped"))
    }

    @Test("a 50 MB one-line article: refused at once with its size, the rest loads")
    func fiftyMegabyteArticle() throws {
        let dir = try Self.corpus([:])
        let line = Data(repeating: UInt8(ascii: "a"), count: 50 * 1000 * 1000)
        try line.write(to: dir.appendingPathComponent("huge.txt"))
        let started = Date()
        let r = try Self.countArticles(dir)
        #expect(r.status == 0 && r.stdout == "1\n")
        #expect(r.stderr.contains("huge.txt: 47.7 MiB, larger than the 16 MiB an article may have; skipped"), "\(r.stderr)")
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("a binary file in the corpus: a .txt one is skipped as not UTF-8, others are ignored")
    func binaryFile() throws {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var state: UInt32 = 9
        for _ in 0..<4096 {
            state = state &* 1_664_525 &+ 1_013_904_223
            png.append(UInt8(truncatingIfNeeded: state >> 24))
        }
        let dir = try Self.corpus(["image.txt": png, "image.png": png])
        let r = try Self.countArticles(dir)
        #expect(r.status == 0 && r.stdout == "1\n")
        #expect(r.stderr.contains("image.txt: byte 0: not valid UTF-8; article skipped"))
        #expect(!r.stderr.contains("image.png"))
    }

    @Test("a missing corpus folder: exit 66 and the reason")
    func missingFolder() throws {
        let r = try Binary.run(["--corpus", "/nonexistent/natoql-corpus", "-c", "count(articles)"])
        #expect(r.status == 66)
        #expect(r.stderr == "error: /nonexistent/natoql-corpus: no such folder\n")
    }

    @Test("a folder where no article can be loaded: exit 66, each file's reason")
    func nothingLoadable() throws {
        let dir = try Binary.temporaryDirectory()
        try Data([0xFF]).write(to: dir.appendingPathComponent("a.txt"))
        let r = try Self.countArticles(dir)
        #expect(r.status == 66)
        #expect(r.stderr.contains("no article could be loaded"))
        #expect(r.stderr.contains("a.txt: byte 0: not valid UTF-8; article skipped"))
    }

    @Test("an unreadable article (a dangling link, a folder named .txt, no permission): skipped with a warning")
    func unreadableFile() throws {
        let dir = try Self.corpus(["locked.txt": Array("Spain endorsed Mark Rutte.".utf8)])
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent/x")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.txt"), withIntermediateDirectories: false)
        chmod(dir.appendingPathComponent("locked.txt").path, 0)
        let r = try Self.countArticles(dir)
        #expect(r.status == 0)
        #expect(r.stderr.contains("dangling.txt: cannot be read; skipped"))
        #expect(r.stderr.contains("folder.txt: cannot be read; skipped"))
        // Root reads whatever the permissions say; anyone else is told.
        if geteuid() != 0 {
            #expect(r.stderr.contains("locked.txt: cannot be read; skipped"))
            #expect(r.stdout == "1\n")
        }
    }

    @Test("a missing or unreadable script: exit 66 and the reason")
    func missingScript() throws {
        let dir = try Binary.temporaryDirectory()
        let missing = try Binary.run(["nope.nql"], directory: dir)
        #expect(missing.status == 66)
        #expect(missing.stderr == "error: cannot read 'nope.nql': no such file\n")
        let folder = try Binary.run(["."], directory: dir)
        #expect(folder.status == 66)
        #expect(folder.stderr == "error: cannot read '.': it is a folder\n")
        try Data([0x63, 0xFF]).write(to: dir.appendingPathComponent("binary.nql"))
        let binary = try Binary.run(["binary.nql"], directory: dir)
        #expect(binary.status == 66)
        #expect(binary.stderr == "error: cannot read 'binary.nql': not UTF-8 text\n")
    }

    @Test("malformed metadata and lexicon lines: a warning with file and line, the rest is used")
    func malformedLines() throws {
        let dir = try Self.corpus([
            "articles.tsv": Array(
                "file\toutlet\tpublished\n000_61f5bb335053446f.txt\tAFP\t2024-06-18\nbroken line\nx.txt\tWire\t2024-02-30\n".utf8),
            "lexicon.tsv": Array("person\tJan Kowalski\tKowalski\tcountry=Poland\nwidget\tThing\nperson\tAnna\t-\tcountry\n".utf8),
        ])
        let r = try Binary.run(["--corpus", dir.path, "-c", "articles select published"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("2024-06-18"))
        #expect(r.stderr.contains("articles.tsv:3: expected 3 tab-separated columns"))
        #expect(r.stderr.contains("articles.tsv:4: '2024-02-30' is not a date"))
        #expect(r.stderr.contains("lexicon.tsv:2: unknown kind 'widget'"))
        #expect(r.stderr.contains("lexicon.tsv:3: attribute 'country' is not key=value"))
    }

    @Test("a script that reads itself, directly or through another: an error naming the cycle")
    func scriptReadsItself() throws {
        let dir = try Binary.temporaryDirectory()
        try "count(articles)\n.read self.nql\n".write(to: dir.appendingPathComponent("self.nql"), atomically: true, encoding: .utf8)
        try ".read b.nql\n".write(to: dir.appendingPathComponent("a.nql"), atomically: true, encoding: .utf8)
        try ".read a.nql\n".write(to: dir.appendingPathComponent("b.nql"), atomically: true, encoding: .utf8)
        let direct = try Binary.run(["self.nql"], directory: dir)
        #expect(direct.status == 65)
        #expect(direct.stdout == "5\n")
        #expect(direct.stderr == "error: 'self.nql' reads itself (through self.nql)\n")
        let indirect = try Binary.run(["a.nql"], directory: dir)
        #expect(indirect.status == 65)
        #expect(indirect.stderr == "error: 'a.nql' reads itself (through a.nql -> b.nql)\n")
    }

    @Test(".read nested deeper than 16 files: an error, not a stack overflow")
    func readDepth() throws {
        let dir = try Binary.temporaryDirectory()
        for i in 0..<20 {
            try ".read \(i + 1).nql\n".write(to: dir.appendingPathComponent("\(i).nql"), atomically: true, encoding: .utf8)
        }
        try "count(articles)\n".write(to: dir.appendingPathComponent("20.nql"), atomically: true, encoding: .utf8)
        let r = try Binary.run(["0.nql"], directory: dir)
        #expect(r.status == 65)
        #expect(r.stderr == "error: '.read' nests deeper than 16 files\n")
    }

    @Test("a 10,000-deep parenthesis: one error, its line shown cut to a window")
    func deepParenthesis() throws {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let r = try Binary.run(["-"], input: deep + "\ncount(articles)\n")
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("error: expression nested too deeply\n --> <stdin>:1:257\n"))
        #expect(r.stderr.count < 1_000, "the 20,000-character line is not printed whole")
    }

    @Test("a 1 MB string literal: printed back whole")
    func megabyteString() throws {
        let dir = try Binary.temporaryDirectory()
        let text = String(repeating: "x", count: 1_000_000)
        try "\"\(text)\"\n".write(to: dir.appendingPathComponent("big.nql"), atomically: true, encoding: .utf8)
        let r = try Binary.run(["big.nql"], directory: dir)
        #expect(r.status == 0)
        #expect(r.stdout == text + "\n")
    }

    @Test("a script of garbage: the first 50 errors and a count of the rest, in seconds")
    func garbageScript() throws {
        let started = Date()
        let r = try Binary.run(["-"], input: String(repeating: "@ ", count: 200_000))
        #expect(r.status == 65)
        #expect(r.stderr.components(separatedBy: "\nerror: ").count == 51)
        #expect(r.stderr.hasSuffix("more errors in <stdin> not shown\n"))
        #expect(Date().timeIntervalSince(started) < 40)
    }

    @Test("output into a closed pipe: `natoql -c claims | head -1` ends quietly, exit 0")
    func closedPipe() throws {
        // Enough output (about 370 kB) that natoql is still writing when head has gone.
        let commands = Array(repeating: "-c claims", count: 10).joined(separator: " ")
        let r = try Binary.run(["-c", "count(articles)"])  // the binary is there
        #expect(r.status == 0)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("natoql-pipe-\(UUID().uuidString)").path
        shell.arguments = ["-c", "set -o pipefail; NATOQL_HISTORY= '\(Binary.path)' \(commands) 2>'\(errFile)' | head -1 >/dev/null"]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0, "natoql's exit status through pipefail")
        let errors = (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? "?"
        #expect(errors == "")
        try? FileManager.default.removeItem(atPath: errFile)
    }

    /// A statement that runs for minutes on the seeds: four nested queries over every claim.
    static let longStatement =
        "count(claims where count(claims where count(claims where count(entities where name != \"\") > 0) > 0) > 0)"

    @Test("Ctrl-C during a long statement in batch mode: 'interrupted', exit 130")
    func interruptBatch() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["-c", ".echo on", "-c", Self.longStatement]
        process.environment = ProcessInfo.processInfo.environment.merging(["NATOQL_HISTORY": ""]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // The echo shows that the statement has started (and the Ctrl-C handler is in place).
        var seen = Data()
        let deadline = Date().addingTimeInterval(30)
        while !String(decoding: seen, as: UTF8.self).contains("count(claims") && Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        Thread.sleep(forTimeInterval: 0.3)
        let sent = Date()
        process.interrupt()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(String(decoding: errors, as: UTF8.self) == "interrupted\n")
        #expect(Date().timeIntervalSince(sent) < 10, "the statement stopped soon after Ctrl-C")
    }
}

extension BadInputTests {
    @Test("standard input that is not UTF-8, or larger than 16 MiB: exit 66 and the reason")
    func badStandardInput() throws {
        let dir = try Binary.temporaryDirectory()
        try Data(Array("count(articles)\n".utf8) + [0xC3, 0x28]).write(to: dir.appendingPathComponent("in.bin"))
        let shell = try Binary.run(["-c", "count(articles)"])
        #expect(shell.status == 0)
        let bad = Process()
        bad.executableURL = URL(fileURLWithPath: "/bin/sh")
        let err = Pipe()
        bad.standardError = err
        bad.arguments = ["-c", "NATOQL_HISTORY= '\(Binary.path)' - < '\(dir.path)/in.bin'"]
        try bad.run()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        bad.waitUntilExit()
        #expect(bad.terminationStatus == 66)
        #expect(errors == "error: cannot read standard input: not UTF-8 text (byte 16)\n")
        let huge = Process()
        huge.executableURL = URL(fileURLWithPath: "/bin/sh")
        let hugeErr = Pipe()
        huge.standardError = hugeErr
        huge.arguments = ["-c", "yes 'count(articles)' | NATOQL_HISTORY= '\(Binary.path)' -"]
        try huge.run()
        let hugeErrors = String(decoding: hugeErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        huge.waitUntilExit()
        #expect(hugeErrors == "error: cannot read standard input: larger than 16 MiB\n")
    }
}

extension BadInputTests {
    @Test(".output to a full disk: one error saying why, and the session goes on")
    func fullDisk() throws {
        let r = try Binary.run([
            "-c", ".output /dev/full", "-c", "count(articles)", "-c", "count(allies)", "-c", ".output", "-c", "count(articles)",
        ])
        #expect(r.stderr == "error: cannot write results: No space left on device\n")
        #expect(r.stdout == "5\n")
    }
}
