import DSL
import Extraction
import Foundation
import Interpreter
import REPL
import Testing

@Suite("Completer")
struct REPLCompleterTests {
    /// A session over a small model: a few entities with aliases, and a `let` name.
    static func session() -> Session {
        let entities = [
            Entity(id: EntityID(0), name: "Viktor Orbán", kind: .person, aliases: ["Orbán", "Orban"]),
            Entity(id: EntityID(1), name: "Mark Rutte", kind: .person, aliases: ["Rutte"]),
            Entity(id: EntityID(2), name: "Hungary", kind: .country),
            Entity(id: EntityID(3), name: "Krišjānis Kariņš", kind: .person, aliases: ["Kariņš"]),
        ]
        let session = Session(model: EntityModel(articles: [], entities: entities, claims: []))
        let runner = Runner(session: session, output: BufferOutput())
        runner.run(SourceFile(name: "<test>", text: "let holdouts = countries"))
        return session
    }

    static let completer = Completer(words: Completer.Words(session: session(), extraMetaCommands: ["history", "clear", "editor", "edit"]))

    func complete(_ line: String) -> Completion { Self.completer.complete(line) }

    @Test("supp completes to the predicate supports")
    func predicate() {
        let completion = complete("allies where supp")
        #expect(completion.candidates == ["supports"])
        #expect(completion.replacing == 4)
    }

    @Test(
        "keywords, collections, functions, attributes and let names",
        arguments: [
            ("allies whe", "where"), ("coun", "count"), ("arti", "articles"), ("articles select publ", "published"),
            ("hold", "holdouts"), ("ally", nil), ("allies select aliases_s", "aliases_seen"),
        ] as [(String, String?)])
    func names(line: String, expected: String?) {
        let completion = complete(line)
        if let expected {
            #expect(completion.candidates.contains(expected), "\(completion.candidates)")
        } else {
            #expect(completion.candidates.isEmpty, "\(completion.candidates)")
        }
    }

    @Test("entity names: bare when plain, quoted when they hold spaces")
    func entities() {
        #expect(complete("show Hung").candidates == ["Hungary"])
        #expect(complete("show Mark").candidates == ["\"Mark Rutte\""])
        #expect(complete("why supports(Orb").candidates == ["Orban", "Orbán"])
        #expect(complete("show Viktor").candidates == ["\"Viktor Orbán\""])
        #expect(complete("show Kar").candidates == ["Kariņš"])
    }

    @Test("without an exact match, diacritics and case do not count")
    func folded() {
        let completion = complete("show orban")
        #expect(completion.candidates.contains("Orbán"), "\(completion.candidates)")
        #expect(completion.replacing == 5)
        #expect(complete("show karins").candidates.contains("Kariņš"))
    }

    @Test("inside a string: entity names, closed with the quote")
    func insideString() {
        let completion = complete("show \"Mark R")
        #expect(completion.candidates == ["\"Mark Rutte\""])
        #expect(completion.replacing == 7)
        #expect(complete("show \"done\" and \"Vik").candidates == ["\"Viktor Orbán\""])
        #expect(complete("x -- a comment \"Vik").candidates.isEmpty, "nothing in a comment")
    }

    @Test("the longest common prefix")
    func commonPrefix() {
        #expect(Completion(replacing: 2, candidates: ["countries", "count"]).commonPrefix == "count")
        #expect(Completion(replacing: 1, candidates: ["Orbán", "Orban"]).commonPrefix == "Orb")
        #expect(complete("co").candidates.count > 1)
    }

    @Test("meta commands after a dot, and their arguments")
    func meta() {
        #expect(complete(".hi").candidates == [".history"])
        #expect(complete(".ed").candidates == [".edit", ".editor"])
        #expect(complete("  .mo").candidates == [".mode"])
        #expect(complete(".mode j").candidates == ["json", "jsonl"])
        #expect(complete(".timing o").candidates == ["off", "on"])
        #expect(complete(".editor ").candidates == ["emacs", "vi"])
        #expect(complete(".help vi").candidates == ["view", "views"])
    }

    @Test("file paths after .read, folders only after .load")
    func paths() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        try FileManager.default.createDirectory(atPath: home.path + "/scripts", withIntermediateDirectories: true)
        try "count(articles)\n".write(toFile: home.path + "/scripts/setup.nql", atomically: true, encoding: .utf8)
        try "".write(toFile: home.path + "/scripts/my file.nql", atomically: true, encoding: .utf8)
        try "".write(toFile: home.path + "/scripts/.hidden", atomically: true, encoding: .utf8)
        let completer = Completer(words: Self.completer.words, directory: home.path)
        #expect(completer.complete(".read scr").candidates == ["scripts/"])
        #expect(completer.complete(".read scripts/se").candidates == ["scripts/setup.nql"])
        #expect(completer.complete(".read scripts/").candidates == ["\"scripts/my file.nql\"", "scripts/setup.nql"])
        #expect(completer.complete(".read " + home.path + "/scripts/s").candidates == [home.path + "/scripts/setup.nql"])
        #expect(completer.complete(".load scripts/").candidates.isEmpty)
        #expect(completer.complete(".load sc").candidates == ["scripts/"])
    }

    @Test("candidates listed in columns that fit")
    func columns() {
        let text = Completer.columns(["count", "countries", "contains", "coalesce"], width: 30)
        #expect(text == "coalesce   countries\ncontains\ncount\n" || text.split(separator: "\n").allSatisfy { $0.count <= 30 })
        for line in Completer.columns((1...50).map { "name\($0)" }, width: 40).split(separator: "\n") {
            #expect(line.count <= 40)
        }
    }
}
