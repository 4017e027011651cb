import Foundation
import Testing

@testable import Extraction

/// The built-in lexicon the binary adopts from generated tables (``BuiltInLexicon``) is the one
/// the parser and ``Lexicon/init(entries:problems:)`` build from lexicon/lexicon.tsv on disk.
@Suite struct EmbeddedLexiconTests {
    /// The lexicon built from the file, as a corpus lexicon is.
    static func parsed() throws -> (lexicon: Lexicon, problems: [LoadProblem]) {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("lexicon/lexicon.tsv"), encoding: .utf8)
        let (entries, parseProblems) = LexiconParser.parse(text, file: "lexicon/lexicon.tsv")
        var problems = parseProblems
        let lexicon = Lexicon(entries: entries, problems: &problems)
        return (lexicon, problems)
    }

    @Test("the generated tables are what lexicon/lexicon.tsv builds (else run scripts/embed-resources.py)")
    func generatedTablesMatchTheFile() throws {
        let (expected, problems) = try Self.parsed()
        #expect(problems.isEmpty, "\(problems)")
        let generated = Lexicon.builtIn()
        let hint = "lexicon/lexicon.tsv changed: run python3 scripts/embed-resources.py"
        #expect(generated.entities == expected.entities, "\(hint)")
        #expect(generated.titles == expected.titles, "\(hint)")
        #expect(generated.titleByName == expected.titleByName, "\(hint)")
        #expect(generated.offices == expected.offices, "\(hint)")
        #expect(generated.byKindAndName == expected.byKindAndName, "\(hint)")
        #expect(generated.nato == expected.nato, "\(hint)")
        #expect(generated.natoMembers.map(\.country) == expected.natoMembers.map(\.country), "\(hint)")
        #expect(generated.natoMembers.map(\.since) == expected.natoMembers.map(\.since), "\(hint)")
        #expect(generated.nameIndex == expected.nameIndex, "\(hint)")
        let (g, e) = (generated.trie.contents, expected.trie.contents)
        #expect(generated.trie.nodeCount == expected.trie.nodeCount, "\(hint)")
        #expect(g.edges.map { "\($0.parent) \($0.word) \($0.child)" } == e.edges.map { "\($0.parent) \($0.word) \($0.child)" }, "\(hint)")
        func describe(_ senses: [[(sense: Sense, capitalsOnly: Bool)]]) -> [[String]] {
            senses.map { $0.map { "\($0.sense) \($0.capitalsOnly)" } }
        }
        #expect(describe(g.senses) == describe(e.senses), "\(hint)")
        #expect(Loader.builtIn.problems.isEmpty)
    }

    @Test("the generated tables match the text the binary embeds for corpus lexicons")
    func generatedTablesMatchTheEmbeddedText() {
        var problems: [LoadProblem] = []
        let fromText = Loader.makeLexicon(corpus: nil, problems: &problems)
        #expect(problems.isEmpty)
        #expect(Lexicon.builtIn().entities == fromText.entities)
        #expect(Lexicon.builtIn().nameIndex == fromText.nameIndex)
    }

    @Test("the generated file is up to date (scripts/embed-resources.py --check)")
    func generatorCheckPasses() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [packageRoot.appendingPathComponent("scripts/embed-resources.py").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run python3 scripts/embed-resources.py")
    }

    @Test("both ways of matching find the same senses in a text")
    func matchingAgrees() throws {
        let (expected, _) = try Self.parsed()
        let generated = Lexicon.builtIn()
        let text =
            "Hungarian PM Viktor Orbán met U.S. Secretary of State Antony Blinken in The Hague; the US and "
            + "People's Republic of China, NATO's secretary-general and Türkiye's president Kariņš."
        let tokens = Tokenizer().tokenize(text)
        for i in tokens.indices {
            let a = generated.trie.longestMatch(tokens, from: i, limit: tokens.count)
            let b = expected.trie.longestMatch(tokens, from: i, limit: tokens.count)
            #expect(a?.end == b?.end && a?.senses == b?.senses, "token \(i) \(tokens[i].folded)")
        }
    }

    @Test("a name table keeps every name's value as it grows, and equal tables compare equal in any order")
    func nameTableGrows() {
        var table = NameTable()
        var other = NameTable()
        for i in 0..<100 { table["name \(i)"] = i }
        for i in (0..<100).reversed() { other["name \(i)"] = i }
        #expect(table.count == 100)
        for i in 0..<100 { #expect(table["name \(i)"] == i) }
        #expect(table["name 100"] == nil)
        #expect(table == other)
        table["name 7"] = 70
        #expect(table["name 7"] == 70 && table.count == 100)
        #expect(table != other)
        table[""] = 1
        #expect(table[""] == 1)
    }

    @Test("a corpus lexicon still merges into the built-in one, with line-numbered problems")
    func corpusLexiconMerges() throws {
        var problems: [LoadProblem] = []
        let corpus = "person\tJan Kowalski\tKowalski\tcountry=Poland\ncountry\tHungary\tMagyarország\t-\nbogus line\n"
        let lexicon = Loader.buildLexicon(corpus: (corpus, "lexicon.tsv"), problems: &problems)
        #expect(lexicon.entities.count == Lexicon.builtIn().entities.count + 1)
        #expect(lexicon.lookup("Kowalski", kinds: [.person]) != nil)
        let hungary = try #require(lexicon.lookup("Hungary", kinds: [.country]))
        #expect(lexicon.entities[hungary.index].aliases.contains("Magyarország"))
        #expect(lexicon.nameIndex["magyarorszag"] == [hungary])
        #expect(problems.count == 1 && problems[0].file == "lexicon.tsv" && problems[0].line == 3, "\(problems)")
    }
}
