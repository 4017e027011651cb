import Foundation
import Testing

/// The start-up path: the everyday command lines that natoql reads without the argument-parsing
/// library answer exactly as the library's reading does, and `--timing` reports the load.
@Suite struct StartupTests {
    /// Command lines of every shape: those the quick reader takes and those it leaves to the library.
    static let commandLines: [[String]] = [
        ["--version"],
        ["-c", "count(allies)"],
        ["--command", "count(allies)", "-c", "allies where supports(Rutte) = false"],
        ["--format", "csv", "-c", "allies where supports(Rutte) = false"],
        ["--format", "jsonl", "--as-of", "2024-05-01", "-c", "count(allies where supports(Rutte) = false)"],
        ["--keep-going", "-c", "nosuch", "-c", "count(allies)"],
        ["-c", "nosuch", "-c", "count(allies)"],
        ["-c", "count(allies)", "--batch", "--no-rc"],
        ["--corpus", "/nonexistent/natoql-corpus", "-c", "count(allies)"],
        ["-c"],
        ["-c", ""],
        ["-c", "-1"],
        ["--format", "xml", "-c", "1"],
        ["--format=csv", "-c", "1"],
        ["--as-of", "2024-13-01", "-c", "1"],
        ["--interactive", "--batch"],
        ["--corpus", "a", "--corpus", "b", "-c", "1"],
        ["--no-such-flag"],
        ["no-such-script.nql"],
        ["-c", "1", "--", "x"],
        ["test", "/nonexistent/natoql-tests"],
        ["--help"],
        ["-c", "test"],
        ["-c", "count(allies)", "-c", "export"],
        ["no-such-script.nql", "-c", "count(allies)"],
        ["--timing", "--version"],
        ["-"],
        [],
    ]

    @Test("each command line gives the same output and exit code with and without the library", arguments: commandLines)
    func quickReadingMatchesTheLibrary(arguments: [String]) throws {
        let quick = try Binary.run(arguments, input: "count(allies)\n")
        let full = try Binary.run(arguments, input: "count(allies)\n", environment: ["NATOQL_FULL_ARGUMENT_PARSER": "1"])
        #expect(quick.status == full.status, "\(arguments)")
        #expect(quick.stdout == full.stdout, "\(arguments)")
        #expect(quick.stderr == full.stderr, "\(arguments)")
    }

    @Test("--timing prints the load time and each statement's time to standard error, with either reader")
    func timingReportsTheLoad() throws {
        for environment in [[:], ["NATOQL_FULL_ARGUMENT_PARSER": "1"]] {
            let r = try Binary.run(["--timing", "-c", "count(allies)", "-c", "1"], environment: environment)
            #expect(r.status == 0)
            #expect(r.stdout == "32\n1\n")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 3, "\(r.stderr)")
            #expect(lines.first?.hasPrefix("load: ") == true, "\(r.stderr)")
            #expect(lines.first?.contains(" ms (cpu ") == true, "\(r.stderr)")
            #expect(lines.first?.hasSuffix(" ms): 5 articles, \(Self.seedClaims()) claims") == true, "\(r.stderr)")
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("time: ") && $0.hasSuffix(" ms") }, "\(r.stderr)")
        }
    }

    @Test("without --timing nothing is timed")
    func noTimingByDefault() throws {
        let r = try Binary.run(["-c", "count(allies)"])
        #expect(r.stderr == "")
    }

    /// The number of claims of the seeds, as the binary counts them.
    static func seedClaims() -> String {
        (try? Binary.run(["-c", "count(claims)"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? "?"
    }
}
