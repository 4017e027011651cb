// swift-tools-version: 6.0
// natoql: a scriptable REPL with a small query language over an entity model read from news articles.
import PackageDescription

let package = Package(
    name: "natoql",
    products: [
        .executable(name: "natoql", targets: ["natoql"]),
        /// The embedding API: `import Interpreter`, then `NatoQL(corpus: .seeds)`.
        .library(name: "NatoQL", targets: ["Interpreter"]),
        /// The interactive session's library (completion, line editing), for the benchmarks package.
        .library(name: "NatoQLREPL", targets: ["REPL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // libedit, the system C library (Debian's libedit-dev), and the shim that makes its
        // variadic calls callable from Swift.
        .systemLibrary(
            name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "EditLineShim", dependencies: ["CEditLine"]),
        // The system libsqlite3, for `natoql export --sqlite`.
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

        // Front end of the query language: lexer, parser, AST, diagnostics.
        .target(name: "DSL"),
        // Loading: corpus reading, the lexicon, entity recognition, claim extraction, the model.
        .target(name: "Extraction"),
        // Meaning: evaluation over the model, views, output, sessions, scripts, the embedding API.
        .target(name: "Interpreter", dependencies: ["DSL", "Extraction", "CSQLite"]),
        // The interactive session on libedit.
        .target(name: "REPL", dependencies: ["Interpreter", "EditLineShim"]),
        // The thin executable: argv, terminal, stdout.
        .executableTarget(
            name: "natoql",
            dependencies: [
                "DSL", "Extraction", "Interpreter", "REPL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Scratch folders the test targets share, removed when the test process exits.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DSLTests", dependencies: ["DSL"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["Interpreter", "REPL", "TestSupport"]),
    ]
)
