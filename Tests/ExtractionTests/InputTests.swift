import Foundation
import Testing

@testable import Extraction

/// Bad input gets a clear error and loses nothing.
@Suite struct InputTests {
    let good = "Spain endorsed Mark Rutte on Friday.\n".bytes

    @Test func invalidUTF8IsNamedWithItsOffsetAndSkipped() throws {
        var bad = "Caf".bytes
        bad += [0xC3, 0x28]  // a lead byte without its continuation
        let dir = temporaryCorpus(["a.txt": good, "b.txt": bad])
        let report = try Loader.load(.directory(dir))
        #expect(report.model.articles.map(\.name) == ["a"])
        let problem = try #require(report.problems.first { $0.file.hasSuffix("b.txt") })
        #expect(problem.byteOffset == 3)
        #expect(problem.description.contains("b.txt: byte 3: not valid UTF-8"))
        #expect(!report.model.claims.isEmpty)
    }

    @Test func emptyFileIsReported() throws {
        let dir = temporaryCorpus(["a.txt": good, "empty.txt": []])
        let report = try Loader.load(.directory(dir))
        #expect(report.model.articles.count == 1)
        #expect(report.problems.contains { $0.file.hasSuffix("empty.txt") && $0.message.contains("empty") })
    }

    @Test func folderWithoutArticlesIsAnError() {
        let dir = temporaryCorpus(["notes.md": good])
        #expect(throws: LoadError.self) { try Loader.load(.directory(dir)) }
        do {
            _ = try Loader.load(.directory(dir))
        } catch {
            #expect(error.reason == .noArticles)
            #expect(error.message.contains("no articles"))
        }
    }

    @Test func missingFolderIsAnError() {
        do {
            _ = try Loader.load(.directory("/nonexistent/natoql-corpus"))
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .missingDirectory)
        }
    }

    @Test func unreadableFileIsReported() throws {
        let dir = temporaryCorpus(["a.txt": good, "locked.txt": good])
        let locked = dir + "/locked.txt"
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
        // root reads anything: only check when the file really cannot be read.
        guard FileManager.default.contents(atPath: locked) == nil else { return }
        let report = try Loader.load(.directory(dir))
        #expect(report.model.articles.count == 1)
        #expect(report.problems.contains { $0.file.hasSuffix("locked.txt") && $0.message.contains("cannot be read") })
    }

    @Test func malformedMetadataLinesAreNumbered() throws {
        let tsv = "file\toutlet\tpublished\na.txt\tWire\t2024-13-01\nb.txt\tWire\nc.txt\tWire\t2024-06-01\n"
        let dir = temporaryCorpus(["a.txt": good, "c.txt": good, "articles.tsv": tsv.bytes])
        let report = try Loader.load(.directory(dir))
        #expect(report.problems.contains { $0.line == 2 && $0.message.contains("not a date") })
        #expect(report.problems.contains { $0.line == 3 && $0.message.contains("3 tab-separated columns") })
        #expect(report.model.articles.first { $0.name == "c" }?.published == CalendarDate(year: 2024, month: 6, day: 1))
        #expect(report.model.articles.first { $0.name == "a" }?.outlet == "Wire")
    }

    @Test("metadata in CRLF lines, after a byte-order mark, with comments, blanks and padded columns")
    func metadataLineEndsAndPadding() throws {
        let tsv = "\u{FEFF}file\toutlet\tpublished\r\n# a comment\r\n \t\r\na.txt\t Wire \t2024-06-01\r\nc.txt\t-\t-\r\nd.txt\tWire\r\n"
        let (entries, problems) = CorpusReader.parseMetadata(tsv, file: "articles.tsv")
        #expect(entries.count == 2)
        #expect(entries["a.txt"]?.outlet == "Wire")
        #expect(entries["a.txt"]?.published == CalendarDate(year: 2024, month: 6, day: 1))
        #expect(entries["c.txt"].map { $0.outlet == nil && $0.published == nil } == true)
        #expect(problems.map(\.line) == [6])
        #expect(problems.first?.message.contains("found 2") == true)
        let headerless = CorpusReader.parseMetadata("a.txt\tWire\t2024-06-01", file: "articles.tsv")
        #expect(headerless.entries["a.txt"]?.outlet == "Wire")
        #expect(headerless.problems.map(\.line) == [1])
        let badHeader = CorpusReader.parseMetadata("File\tOutlet\n", file: "articles.tsv")
        #expect(badHeader.problems.first?.message == "header should be: file<TAB>outlet<TAB>published")
    }

    @Test func malformedLexiconLinesAreNumbered() throws {
        let lexicon =
            "# extra\nperson\tJan Kowalski\tKowalski\tcountry=Poland\nwidget\tThing\nperson\tAnna Nowak\t-\tcountry=Atlantis\nplace\tGdansk\t-\tcountry\n"
        let dir = temporaryCorpus(["a.txt": "Kowalski backed Mark Rutte.".bytes, "lexicon.tsv": lexicon.bytes])
        let report = try Loader.load(.directory(dir))
        #expect(report.problems.contains { $0.line == 3 && $0.message.contains("unknown kind 'widget'") })
        #expect(report.problems.contains { $0.line == 4 && $0.message.contains("unknown country 'Atlantis'") })
        #expect(report.problems.contains { $0.line == 5 && $0.message.contains("not key=value") })
        // The good line counts: the corpus lexicon adds a person.
        #expect(facts("Kowalski backed Mark Rutte.", "supports").isEmpty)  // not in the built-in lexicon
        let model = report.model
        #expect(model.claims.map { describe($0, model) } == ["Jan Kowalski | supports | Mark Rutte | true | asserted"])
    }

    @Test func byteOrderMarkShiftsOffsets() throws {
        let dir = temporaryCorpus(["a.txt": [0xEF, 0xBB, 0xBF] + good])
        let report = try Loader.load(.directory(dir))
        let claim = try #require(report.model.claims.first)
        #expect(report.model.articles[0].byteOffsetShift == 3)
        let file = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.txt"))
        #expect(String(decoding: file[claim.evidence.start..<claim.evidence.end], as: UTF8.self) == claim.evidence.text)
    }

    @Test func crlfEvidenceIsVerbatim() throws {
        let text = "Headline here\r\n\r\nSpain endorsed Mark Rutte on Friday.\r\nGreece backed him too.\r\n"
        let dir = temporaryCorpus(["a.txt": text.bytes])
        let report = try Loader.load(.directory(dir))
        let file = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.txt"))
        #expect(report.model.claims.count == 2)
        for claim in report.model.claims {
            #expect(String(decoding: file[claim.evidence.start..<claim.evidence.end], as: UTF8.self) == claim.evidence.text)
            #expect(!claim.evidence.text.contains("\r"))
        }
    }

    @Test func seedsLoadFromTheBinary() throws {
        let report = try Loader.load(.seeds)
        #expect(report.problems.isEmpty)
        #expect(report.model.articles.count == 5)
        #expect(report.model.articles[0].published == CalendarDate(year: 2024, month: 6, day: 18))
        #expect(report.model.claims.count > 100)
    }

    @Test func lexiconAttributes() throws {
        let model = try Loader.load(.seeds).model
        let hungary = try #require(model.entities(named: "Hungary").first)
        #expect(model[hungary].attributes["iso"] == .string("HU"))
        #expect(model[hungary].attributes["nato_member"] == .boolean(true))
        #expect(model[hungary].attributes["member_since"] == .integer(1999))
        let ukraine = try #require(model.entities(named: "Ukraine").first)
        #expect(model[ukraine].attributes["nato_member"] == .boolean(false))
        #expect(model[ukraine].attributes["member_since"] == nil)
        let rutte = try #require(model.entities(named: "Rutte").first)
        #expect(model[rutte].attributes["country"] == .entity(model.entities(named: "Netherlands")[0]))
        let office = try #require(model.entities(named: "Prime Minister of Hungary").first)
        #expect(model[office].attributes["jurisdiction"] == .entity(hungary))
        #expect(model.entities.filter { $0.kind == .country && $0.attributes["nato_member"] == .boolean(true) }.count == 32)
    }

    @Test func claimJSONIsOneEscapedLine() throws {
        let model = load(["Spain endorsed Mark Rutte, \"a safe pair\\of hands\"."]).model
        let line = ClaimJSON.line(try #require(model.claims.first), in: model)
        #expect(!line.contains("\n"))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["subject"] as? String == "Spain")
        #expect(object?["value"] as? Bool == true)
        #expect((object?["evidence"] as? [String: Any])?["start"] as? Int == 0)
        #expect(object?["rule"] as? String == "support.verb")
        #expect((object?["evidence"] as? [String: Any])?["sentence"] as? String == "Spain endorsed Mark Rutte, \"a safe pair\\of hands\".")
    }
}
