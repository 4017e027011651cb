import Foundation
import Testing

@testable import Extraction

/// Runs ../shared/tools/score-claims over the claims of the seeds and the development corpus,
/// so that a regression fails the suite. Fails loudly when ../shared is missing.
@Suite struct ScorerTests {
    struct Score {
        var precision = 0.0, recall = 0.0, f1 = 0.0, modality = 1.0
        var notVerbatim = -1
        var output = ""
    }

    func score(gold: String, model: EntityModel, articles: String) throws -> Score {
        let claimsFile = FileManager.default.temporaryDirectory.appendingPathComponent("natoql-claims-\(UUID().uuidString).jsonl")
        try ClaimJSON.lines(model).write(to: claimsFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: claimsFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", sharedRoot.appendingPathComponent("tools/score-claims").path, gold, claimsFile.path, "--articles",
            articles, "--show", "50",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var s = Score()
        s.output = String(decoding: data, as: UTF8.self)
        for line in s.output.split(separator: "\n") {
            if line.hasPrefix("claims: ") {
                for part in line.split(separator: " ") {
                    let kv = part.split(separator: "=")
                    guard kv.count == 2, let v = Double(kv[1]) else { continue }
                    switch kv[0] {
                    case "P": s.precision = v
                    case "R": s.recall = v
                    case "F1": s.f1 = v
                    default: break
                    }
                }
            } else if line.hasPrefix("modality agrees"), let open = line.lastIndex(of: "("), let close = line.lastIndex(of: ")") {
                s.modality = Double(line[line.index(after: open)..<close]) ?? 0
            } else if line.hasPrefix("evidence not verbatim") {
                s.notVerbatim = Int(line.split(separator: ":")[1].split(separator: " ")[0]) ?? -1
            }
        }
        return s
    }

    func requireShared() throws {
        let scorer = sharedRoot.appendingPathComponent("tools/score-claims").path
        try #require(FileManager.default.fileExists(atPath: scorer), "../shared/tools/score-claims is missing: cannot score")
    }

    @Test func seeds() throws {
        try requireShared()
        let model = try Loader.load(.seeds).model
        let s = try score(
            gold: sharedRoot.appendingPathComponent("gold/seeds.tsv").path, model: model,
            articles: sharedRoot.appendingPathComponent("seeds").path)
        #expect(s.f1 >= 0.95, "seeds F1 \(s.f1)\n\(s.output)")
        #expect(s.modality >= 0.90, "seeds modality \(s.modality)\n\(s.output)")
        #expect(s.notVerbatim == 0, "\(s.output)")
    }

    @Test func developmentCorpus() throws {
        try requireShared()
        let dir = sharedRoot.appendingPathComponent("corpus-dev/articles").path
        let model = try Loader.load(.directory(dir)).model
        let s = try score(gold: sharedRoot.appendingPathComponent("corpus-dev/gold.tsv").path, model: model, articles: dir)
        // Issue 3 asks for 0.80; the bar holds today's 0.99 with room for a rule to trade a claim.
        #expect(s.f1 >= 0.95, "dev F1 \(s.f1)\n\(s.output)")
        #expect(s.notVerbatim == 0, "\(s.output)")
    }

    /// Eight short articles written for the project (Tests/ExtractionTests/Fixtures/holdout), in
    /// phrasings neither the seeds nor the development corpus use, with their gold written before
    /// any rule was changed for them. They stand for the unseen articles extraction is judged on.
    /// Before the rules were generalised they scored F1 0.62 (P 0.99, R 0.45), 0.91 before the
    /// sixth round (which read "all 32 allies signed off on the choice" for the first time, so
    /// h07 is no longer unseen); the bar sits below today's 0.99 so that a rule may trade a claim
    /// for precision, but a return to rules that only know the seeds' wording fails.
    @Test func holdoutArticles() throws {
        try requireShared()
        let dir = packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/holdout").path
        let model = try Loader.load(.directory(dir)).model
        let s = try score(gold: dir + "/gold.tsv", model: model, articles: dir)
        #expect(s.f1 >= 0.93, "holdout F1 \(s.f1)\n\(s.output)")
        #expect(s.precision >= 0.95, "holdout precision \(s.precision)\n\(s.output)")
        #expect(s.modality >= 0.90, "holdout modality \(s.modality)\n\(s.output)")
        #expect(s.notVerbatim == 0, "\(s.output)")
    }

    /// Thirty-four sets of articles written by people who had not read the rules
    /// (Tests/ExtractionTests/Fixtures/independent, README there). Sets 1, 2, 5, 6, 8, 11 and 12 to
    /// 33 were read claim by claim, each in a round that first had the next set written, and their
    /// misses turned into rules; sets 3, 4, 7, 9, 10 and 34 are only measured. Each floor sits a
    /// little under today's score (docs/EXTRACTION.md, "Measured", has every set's figures), so that
    /// a rule may trade a claim, but a return to rules that know only the seeds' wording (F1 0.64,
    /// 0.67, 0.72, 0.67 for sets 1 to 4 before session 7; 0.56, 0.70, 0.69, 0.70 for sets 5 to 8
    /// before session 8) fails. Each set's score while it was still unread, before the round that
    /// read it, is in the README and in docs/EXTRACTION.md: the rules learned from one writer reach
    /// the next one little (set 23 0.761 and set 24 0.746 unchanged through the round beside them;
    /// the everyday coverage of set 26 0.880 before it was read).
    /// Modality floors follow each writer's conventions: set 6's writer reads "will" as expected,
    /// which the others read as asserted; set 12's writer reads "past" more widely than the rules.
    @Test(arguments: [
        ("set1", 0.89, 0.95, 0.90), ("set2", 0.85, 0.95, 0.90), ("set3", 0.79, 0.93, 0.90), ("set4", 0.66, 0.75, 0.90),
        ("set5", 0.85, 0.94, 0.87), ("set6", 0.87, 0.94, 0.83), ("set7", 0.74, 0.91, 0.77), ("set8", 0.87, 0.93, 0.88),
        ("set9", 0.81, 0.88, 0.90), ("set10", 0.74, 0.93, 0.84), ("set11", 0.85, 0.94, 0.92),
        ("set12", 0.86, 0.92, 0.70), ("set13", 0.82, 0.93, 0.90), ("set14", 0.81, 0.93, 0.82),
        ("set15", 0.84, 0.96, 0.86), ("set16", 0.88, 0.95, 0.92), ("set17", 0.89, 0.95, 0.80),
        ("set18", 0.88, 0.93, 0.94), ("set19", 0.72, 0.86, 0.85), ("set20", 0.74, 0.81, 0.95),
        ("set21", 0.75, 0.90, 0.88), ("set22", 0.84, 0.93, 0.93), ("set23", 0.89, 0.94, 0.82), ("set24", 0.86, 0.93, 0.77),
        ("set25", 0.90, 0.96, 0.82), ("set26", 0.88, 0.95, 0.90), ("set27", 0.84, 0.91, 0.58), ("set28", 0.87, 0.94, 0.92),
        ("set29", 0.88, 0.94, 0.52), ("set30", 0.91, 0.95, 0.90), ("set31", 0.84, 0.95, 0.78),
        ("set32", 0.89, 0.95, 0.92), ("set33", 0.88, 0.97, 0.87), ("set34", 0.74, 0.94, 0.91),
    ])
    func independentArticles(set: String, f1Floor: Double, precisionFloor: Double, modalityFloor: Double) throws {
        try requireShared()
        let dir = packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/independent/\(set)").path
        let model = try Loader.load(.directory(dir)).model
        let s = try score(gold: dir + "/gold.tsv", model: model, articles: dir)
        #expect(s.f1 >= f1Floor, "\(set) F1 \(s.f1)\n\(s.output)")
        #expect(s.precision >= precisionFloor, "\(set) precision \(s.precision)\n\(s.output)")
        #expect(s.modality >= modalityFloor, "\(set) modality \(s.modality)\n\(s.output)")
        #expect(s.notVerbatim == 0, "\(s.output)")
    }
}

/// The generated file of embedded resources matches seeds/ and lexicon/.
@Suite struct EmbeddingTests {
    @Test func generatedFileIsUpToDate() throws {
        let fm = FileManager.default
        let generated = packageRoot.appendingPathComponent("Sources/Extraction/Generated/EmbeddedResources.swift").path
        try #require(fm.fileExists(atPath: generated))
        func check(_ embedded: String, _ path: String) throws {
            let onDisk = try Data(contentsOf: packageRoot.appendingPathComponent(path))
            #expect(EmbeddedResources.bytes(embedded) == [UInt8](onDisk), "\(path) changed: run python3 scripts/embed-resources.py")
        }
        try check(EmbeddedResources.lexicon, "lexicon/lexicon.tsv")
        try check(EmbeddedResources.seedMetadata, "seeds/articles.tsv")
        let seeds = try fm.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(EmbeddedResources.seedArticles.map(\.fileName) == seeds, "seeds/ changed: run python3 scripts/embed-resources.py")
        for seed in EmbeddedResources.seedArticles { try check(seed.text, "seeds/" + seed.fileName) }
    }

    @Test("the embedded seeds are the articles the reader makes of seeds/ on disk, metadata included")
    func embeddedSeedsMatchTheFolder() throws {
        var problems: [LoadProblem] = []
        let embedded = EmbeddedCorpus.seedArticles(problems: &problems)
        #expect(problems.isEmpty)
        let read = try CorpusReader.read(directory: packageRoot.appendingPathComponent("seeds").path)
        #expect(read.problems.isEmpty, "\(read.problems)")
        #expect(embedded.map(\.name) == read.articles.map(\.name))
        #expect(embedded.map(\.fileName) == read.articles.map(\.fileName))
        #expect(embedded.map(\.bytes) == read.articles.map(\.bytes))
        #expect(embedded.map(\.byteOffsetShift) == read.articles.map(\.byteOffsetShift))
        #expect(embedded.map(\.outlet) == read.articles.map(\.outlet))
        #expect(embedded.map(\.published) == read.articles.map(\.published))
    }
}
