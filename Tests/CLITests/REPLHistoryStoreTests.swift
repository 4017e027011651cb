import Foundation
import REPL
import Testing

@Suite("HistoryStore")
struct REPLHistoryStoreTests {
    /// A history file path in a fresh temporary folder.
    func freshPath() throws -> (path: String, home: TemporaryHome) {
        let home = try TemporaryHome()
        return (home.path + "/state/natoql/history", home)
    }

    @Test(
        "records round-trip through the escapes",
        arguments: [
            "count(articles)", "allies\n  where supports(Rutte)", "show \"Orbán\"", "a \\ b \\n c", "tab\there", "x\r\ny",
        ])
    func escapes(entry: String) {
        let line = HistoryStore.encode(entry)
        #expect(!line.contains("\n"))
        #expect(HistoryStore.decode(line[...]) == entry)
    }

    @Test("damaged records do not decode", arguments: ["bad \\q escape", "trailing \\", "", "nul\u{0}byte", "bad \u{FFFD} bytes"])
    func damaged(line: String) {
        #expect(HistoryStore.decode(line[...]) == nil)
    }

    @Test("entries persist, one record each, multi-line entries whole")
    func persists() throws {
        let (path, home) = try freshPath()
        defer { home.remove() }
        let store = HistoryStore(path: path)
        store.add("count(articles)")
        store.add("count(\narticles)")
        #expect(store.warnings.isEmpty)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "#natoql history v1\ncount(articles)\ncount(\\narticles)\n")
        #expect(HistoryStore(path: path).entries == ["count(articles)", "count(\narticles)"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("duplicates fold to their latest use")
    func duplicates() throws {
        let (path, home) = try freshPath()
        defer { home.remove() }
        let store = HistoryStore(path: path)
        store.add("a")
        store.add("a")
        store.add("b")
        #expect(store.add("a") == true, "an older copy moved")
        #expect(store.entries == ["b", "a"])
        #expect(HistoryStore(path: path).entries == ["b", "a"])
        #expect(store.add("  ") == false)
        #expect(store.entries == ["b", "a"], "blank entries are not kept")
    }

    @Test("bounded: the file is compacted to the newest entries")
    func bounded() throws {
        let (path, home) = try freshPath()
        defer { home.remove() }
        let store = HistoryStore(path: path, limit: 10)
        for i in 1...40 { store.add("statement \(i)") }
        #expect(store.entries == (31...40).map { "statement \($0)" })
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count <= 1 + 10 + 10 / 4 + 1, "compacted, not growing without bound")
        #expect(lines.first == "#natoql history v1", "the header survives compaction")
        #expect(HistoryStore(path: path, limit: 10).entries == (31...40).map { "statement \($0)" })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers == ["history"], "no temporary files left behind")
    }

    @Test("a damaged file: the good records load, a warning says what was skipped")
    func corrupt() throws {
        let (path, home) = try freshPath()
        defer { home.remove() }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var bytes = Data("#natoql history v1\ngood one\nbad \\q\n".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x0A])  // not UTF-8
        bytes.append(Data("good two\ntorn reco".utf8))  // a crash mid-write: no newline
        try bytes.write(to: URL(fileURLWithPath: path))
        let store = HistoryStore(path: path)
        #expect(store.entries == ["good one", "good two"])
        #expect(store.warnings.count == 1)
        #expect(store.warnings.first?.contains("skipped 3 damaged lines") == true, "\(store.warnings)")
        store.add("after")
        #expect(HistoryStore(path: path).entries == ["good one", "good two", "after"])
    }

    @Test("a torn last line is not glued to the next record")
    func tornLine() throws {
        let (path, home) = try freshPath()
        defer { home.remove() }
        let store = HistoryStore(path: path)
        store.add("first")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("half a rec".utf8))
        try handle.close()
        store.add("second")
        let reloaded = HistoryStore(path: path)
        #expect(reloaded.entries == ["first", "second"])
        #expect(reloaded.warnings.count == 1, "the torn line is reported")
    }

    @Test("two sessions appending at once keep every entry")
    func concurrent() async throws {
        let (path, home) = try freshPath()
        defer { home.remove() }
        await withTaskGroup(of: Void.self) { group in
            for session in 0..<2 {
                group.addTask {
                    let store = HistoryStore(path: path, limit: 1000)
                    for i in 0..<200 { store.add("session \(session) statement \(i)") }
                }
            }
        }
        let entries = HistoryStore(path: path, limit: 1000).entries
        #expect(entries.count == 400)
        #expect(Set(entries).count == 400)
        for session in 0..<2 {
            let own = entries.filter { $0.hasPrefix("session \(session) ") }
            #expect(own == (0..<200).map { "session \(session) statement \($0)" }, "each session's entries in order")
        }
    }

    @Test("a compaction while another session appends loses nothing")
    func concurrentCompaction() async throws {
        let (path, home) = try freshPath()
        defer { home.remove() }
        await withTaskGroup(of: Void.self) { group in
            for session in 0..<2 {
                group.addTask {
                    let store = HistoryStore(path: path, limit: 50)
                    for i in 0..<300 { store.add("s\(session) \(i)") }
                }
            }
        }
        let reloaded = HistoryStore(path: path, limit: 50)
        #expect(reloaded.warnings.isEmpty, "no damaged records: \(reloaded.warnings)")
        let entries = reloaded.entries
        #expect(entries.count == 50)
        #expect(entries.last == "s0 299" || entries.last == "s1 299", "the newest entry survives: \(entries)")
        for session in 0..<2 {
            let numbers = entries.filter { $0.hasPrefix("s\(session) ") }.map { Int($0.split(separator: " ")[1])! }
            #expect(numbers == numbers.sorted(), "each session's entries in order")
        }
    }

    @Test("a folder at the path: a warning, history stays in memory")
    func folderAtPath() throws {
        let (path, home) = try freshPath()
        defer { home.remove() }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let store = HistoryStore(path: path)
        store.add("count(articles)")
        #expect(store.entries == ["count(articles)"])
        #expect(store.takeWarnings().count == 1)
        store.add("more")
        #expect(store.takeWarnings().isEmpty, "reported once")
    }

    @Test("an unwritable folder: a warning, history stays in memory")
    func unwritable() throws {
        let store = HistoryStore(path: "/proc/natoql-cannot-write-here/history")
        store.add("count(articles)")
        #expect(store.entries == ["count(articles)"])
        #expect(store.takeWarnings().count == 1)
    }

    @Test("where the file lives")
    func location() {
        #expect(HistoryStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/natoql/history")
        #expect(HistoryStore.defaultPath(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s"]) == "/s/natoql/history")
        #expect(HistoryStore.defaultPath(environment: ["HOME": "/h", "NATOQL_HISTORY": "/x/h"]) == "/x/h")
        #expect(HistoryStore.defaultPath(environment: ["HOME": "/h", "NATOQL_HISTORY": ""]) == nil)
        #expect(HistoryStore.defaultPath(environment: ["HOME": "/h", "XDG_STATE_HOME": "relative"]) == "/h/.local/state/natoql/history")
    }
}
