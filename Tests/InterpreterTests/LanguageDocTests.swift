import Foundation
import Interpreter
import Testing

/// Every ```nql block of docs/LANGUAGE.md runs on the seeds without an error, and every
/// `expect` and `assert` in them holds: the reference cannot drift from the interpreter.
@Suite struct LanguageDocTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func blocks(_ file: String) -> [String] {
        guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { return [] }
        var blocks: [String] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```nql" { current = []; continue }
            if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
                continue
            }
            current?.append(String(line))
        }
        return blocks
    }

    @Test func theReferenceHasExamples() {
        #expect(Self.blocks("docs/LANGUAGE.md").count > 20)
    }

    @Test(arguments: blocks("docs/LANGUAGE.md"))
    func exampleRuns(block: String) throws {
        let nql = try NatoQL(corpus: .seeds)
        let (_, errors) = nql.output(block)
        #expect(errors == "", "\(block)")
    }
}
