import Foundation
import TestSupport
import Testing

@testable import Extraction

/// The loader's limits and regressions found by fuzzing and measuring (docs/ROBUSTNESS.md).
@Suite struct RobustnessLoaderTests {
    @Test("an article over 16 MiB is refused before analysis, with its size")
    func oversizedArticle() {
        var problems: [LoadProblem] = []
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: CorpusReader.maxArticleBytes + 1)
        let raw = CorpusReader.makeArticle(
            fileName: "big.txt", path: "big.txt", bytes: bytes, outlet: nil, published: nil, problems: &problems)
        #expect(raw == nil)
        #expect(problems.map(\.description) == ["big.txt: 16.0 MiB, larger than the 16 MiB an article may have; skipped"])
    }

    @Test("a folder whose every article is skipped is a load error that lists why")
    func nothingLoadable() throws {
        let dir = try Scratch.folder("loader")
        try Data([0xFF]).write(to: URL(fileURLWithPath: dir + "/a.txt"))
        try Data().write(to: URL(fileURLWithPath: dir + "/b.txt"))
        #expect {
            _ = try Loader.load(.directory(dir))
        } throws: { error in
            guard let error = error as? LoadError else { return false }
            return error.reason == .noArticles && error.message.contains("a.txt: byte 0: not valid UTF-8")
                && error.message.contains("b.txt: empty article")
        }
    }

    @Test("a long article loads in linear time (coreference look-ups were quadratic)")
    func longArticleIsLinear() {
        let sentence = "Hungary backs Mark Rutte and Viktor Orban met him in Brussels. "
        let text = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count)
        let started = Date()
        let report = load([text])
        // Quadratic, this took minutes (32 s for half of it in a debug build); linear, seconds.
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(report.model.claims.count > 10_000)
    }
}
