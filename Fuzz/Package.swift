// swift-tools-version: 6.0
// natoql's libFuzzer targets: a package of its own, so the main build and CI stay lean.
// Build and run with ../scripts/fuzz.sh (or `make fuzz SECONDS=N` at the root).
import Foundation
import PackageDescription

/// The root package is this folder's parent; its identity is the parent folder's name, which
/// differs between clones and worktrees.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "natoql-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        // Shared helpers: a byte reader, the grammar generator, the seed session.
        .target(name: "FuzzSupport", dependencies: [.product(name: "NatoQL", package: rootIdentity)]),
        // The lexer and parser on random bytes.
        .executableTarget(name: "FuzzParser", dependencies: ["FuzzSupport"]),
        // Parse and run random statements built from the grammar on the seed corpus.
        .executableTarget(name: "FuzzPipeline", dependencies: ["FuzzSupport"]),
        // The loader on random bytes as an article, metadata lines and lexicon lines.
        .executableTarget(name: "FuzzLoader", dependencies: ["FuzzSupport"]),
    ]
)
