import Foundation
import TestSupport
import Testing

@testable import Extraction

/// The package root (this file is Tests/ExtractionTests/Helpers.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// ../shared beside the package (the worktree's sibling).
let sharedRoot = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

/// Loads texts as a corpus.
func load(_ texts: [String], date: CalendarDate? = CalendarDate(year: 2024, month: 6, day: 1), lexicon: String? = nil) -> LoadReport {
    let articles = texts.enumerated().map { ArticleText(name: "t\($0.offset)", text: $0.element, published: date) }
    return try! Loader.load(.texts(articles, lexicon: lexicon))
}

/// The claims of one text as `subject predicate object value modality` lines.
func claims(_ text: String, date: CalendarDate? = CalendarDate(year: 2024, month: 6, day: 1)) -> [String] {
    let model = load([text], date: date).model
    return model.claims.map { describe($0, model) }
}

/// A claim as `subject predicate object value modality`.
func describe(_ c: Claim, _ model: EntityModel) -> String {
    let object: String
    switch c.object {
    case .entity(let id): object = model[id].name
    case .literal(let l): object = l
    }
    let value: String
    switch c.value {
    case .boolean(let b): value = b ? "true" : "false"
    case .literal(let l): value = l
    }
    return "\(model[c.subject].name) | \(c.predicate) | \(object) | \(value) | \(c.modality.rawValue)"
}

/// The claims of one predicate, without modality, as a set.
func facts(_ text: String, _ predicate: String) -> Set<String> {
    Set(
        claims(text).filter { $0.contains("| \(predicate) |") }.map { line in
            line.split(separator: "|").prefix(4).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " | ")
        })
}

/// The claims of `predicate` in one text, as `subject | predicate | object | value | modality`.
func factsWithModality(_ text: String, _ predicate: String) -> Set<String> {
    Set(
        claims(text).filter { $0.contains("| \(predicate) |") }.map { line in
            line.split(separator: "|").prefix(5).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " | ")
        })
}

/// The subjects (countries, mostly) with a support claim of `value` for `person` in one text.
func supporters(_ text: String, _ value: Bool, of person: String = "Mark Rutte") -> Set<String> {
    Set(
        claims(text).filter { $0.contains("| supports | \(person) | \(value) |") }.map {
            String($0.split(separator: "|")[0]).trimmingCharacters(in: .whitespaces)
        })
}

/// A temporary folder with the given files (name to bytes).
func temporaryCorpus(_ files: [String: [UInt8]]) -> String {
    let dir = URL(fileURLWithPath: try! Scratch.folder("corpus"))
    for (name, bytes) in files {
        FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(bytes))
    }
    return dir.path
}

extension String {
    var bytes: [UInt8] { Array(utf8) }
}
