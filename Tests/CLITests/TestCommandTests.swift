import Foundation
import Testing

/// `natoql test`: the examples pass, and a broken expectation is reported with its place.
@Suite struct TestCommandTests {
    @Test func examplesPass() throws {
        let r = try Binary.run(["test", Binary.packageRoot.appendingPathComponent("examples").path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let last = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasSuffix(" passed, 0 failed"))
    }

    @Test func aBrokenExpectationFailsWithItsLocation() throws {
        let dir = try Binary.temporaryDirectory()
        let examples = Binary.packageRoot.appendingPathComponent("examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) where name.hasSuffix(".nql") {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let good = try Binary.run(["test", dir.path])
        let passed = Int(good.stdout.split(separator: "\n").last!.split(separator: " ")[0])!
        let fixture = dir.appendingPathComponent("05_fixture.nql")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        try text.replacingOccurrences(of: "= 31", with: "= 30").write(to: fixture, atomically: true, encoding: .utf8)
        let r = try Binary.run(["test", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("05_fixture.nql:6:8: error: expectation failed"))
        #expect(r.stdout.hasSuffix("\(passed - 1) passed, 1 failed\n"))
    }

    @Test func goldenBlocksCompareAndUpdate() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("golden.nql")
        try "count(allies)\n----\n31\n\nallies where supports(Rutte) = false\n----\nRomania\n\nfoo(1)\n----\nerror unknown predicate\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["test", file.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("golden.nql:2: expected \"31\", got \"32\""))
        #expect(r.stdout.hasSuffix("2 passed, 1 failed\n"))
        let u = try Binary.run(["test", "--update", file.path])
        #expect(u.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("count(allies)\n----\n32\n\n"))
        #expect(try Binary.run(["test", file.path]).stdout.hasSuffix("3 passed, 0 failed\n"))
    }

    /// A test file saved with CRLF line ends reads as the same blocks, and `--update` keeps its
    /// line ends.
    @Test func crlfGoldenFilesCompareAndUpdate() throws {
        let dir = try Binary.temporaryDirectory()
        let file = dir.appendingPathComponent("crlf.nql")
        try "count(allies)\r\n----\r\n31\r\n\r\nassert count(allies) = 32\r\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Binary.run(["test", file.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("crlf.nql:2: expected \"31\", got \"32\""))
        #expect(r.stdout.hasSuffix("1 passed, 1 failed\n"))
        let u = try Binary.run(["test", "--update", file.path])
        #expect(u.status == 0)
        #expect(
            try String(contentsOf: file, encoding: .utf8) == "count(allies)\r\n----\r\n32\r\n\r\nassert count(allies) = 32\r\n")
        #expect(try Binary.run(["test", file.path]).stdout.hasSuffix("2 passed, 0 failed\n"))
    }
}
