import DSL
import Foundation
import Testing

/// docs/LANGUAGE.md and the front end agree: its examples parse, its catalogue is complete, and its
/// rendered errors are what the parser renders.
struct DocumentationTests {
    static let documentURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/LANGUAGE.md")

    static func document() throws -> String {
        try String(contentsOf: documentURL, encoding: .utf8)
    }

    /// The fenced blocks tagged `tag`, in order.
    static func blocks(_ tag: String) throws -> [String] {
        var result: [String] = []
        var current: [Substring]?
        for line in try document().split(separator: "\n", omittingEmptySubsequences: false) {
            if let lines = current {
                if line == "```" {
                    result.append(lines.joined(separator: "\n"))
                    current = nil
                } else {
                    current = lines + [line]
                }
            } else if line == "```" + tag {
                current = []
            }
        }
        return result
    }

    @Test func everyRunnableExampleParses() throws {
        let blocks = try Self.blocks("nql")
        #expect(blocks.count >= 20)
        for block in blocks {
            let script = parse(block, name: "LANGUAGE.md")
            #expect(script.diagnostics.isEmpty, "\(block)\n\(rendered(block))")
            #expect(!script.statements.isEmpty)
        }
    }

    /// `| `id` | message | `example` |` rows of the front end's catalogue.
    static func catalogueRows() throws -> [(id: String, example: String?)] {
        try document().split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count == 5, cells[1].hasPrefix("`"), cells[1].hasSuffix("`") else { return nil }
            let id = String(cells[1].dropFirst().dropLast())
            guard SyntaxDiagnostics.ids.contains(id) else { return nil }
            let example = cells[3]
            let code = example.hasPrefix("`") && example.hasSuffix("`") ? String(example.dropFirst().dropLast()) : nil
            return (id, code)
        }
    }

    @Test func catalogueListsEveryId() throws {
        let listed = try Self.catalogueRows().map(\.id)
        #expect(Set(listed) == Set(SyntaxDiagnostics.ids))
        #expect(listed.count == SyntaxDiagnostics.ids.count)
    }

    @Test func catalogueExamplesReportTheirId() throws {
        for row in try Self.catalogueRows() {
            guard let example = row.example else { continue }
            #expect(parse(example).diagnostics.map(\.id) == [row.id], "\(example)")
        }
    }

    /// Renderings in the document that name `example.nql` are exactly what the parser renders.
    @Test func renderedExamplesAreExact() throws {
        var checked = 0
        for block in try Self.blocks("text") where block.hasPrefix("error:") && block.contains("example.nql") {
            for chunk in block.components(separatedBy: "\n\n") {
                let lines = chunk.split(separator: "\n")
                guard let sourceLine = lines.first(where: { $0.hasPrefix("1 | ") }) else { continue }
                #expect(rendered(String(sourceLine.dropFirst(4)), name: "example.nql") == chunk + "\n")
                checked += 1
            }
        }
        #expect(checked >= 6)
    }
}
