import ArgumentParser
import Extraction
import FoundationEssentials
import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// `natoql test`: runs .nql files as tests.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "Run every .nql file under PATHS as a test; ends with 'N passed, N failed'.")

    @OptionGroup var corpusOptions: CorpusOptions

    @Flag(name: .long, help: "Rewrite the expected blocks of golden fixtures from the actual output.")
    var update = false

    @Argument(help: "Files or folders of .nql tests.")
    var paths: [String] = ["."]

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let session = try corpusOptions.makeSession()
        let summary = TestRunner(session: session, output: FileDescriptorOutput.standard, update: update).run(paths: paths)
        throw ExitCode(summary.failed > 0 ? 1 : (summary.passed == 0 && summary.unreadable > 0 ? 66 : 0))
    }
}

/// `natoql export --sqlite FILE`: the model as a SQLite database.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the model (articles, entities, aliases, attributes, claims with evidence) as a database.",
        discussion: "The schema and an example query are in docs/EXPORT.md.")

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("Write a SQLite database to FILE (replacing it).", valueName: "FILE"))
    var sqlite: String

    func run() throws {
        let session = try corpusOptions.makeSession()
        do {
            try SQLiteExporter(model: session.model).write(to: sqlite)
        } catch {
            FileDescriptorOutput.standard.writeError("error: \(error.message)\n")
            throw ExitCode(73)  // EX_CANTCREAT
        }
    }
}

/// `natoql generate -n N [--seed S] DIR`: a synthetic corpus in the style of the seeds.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write N synthetic articles (with articles.tsv and lexicon.tsv) to DIR, for benchmarks.",
        discussion: "The same N and seed always give the same files.")

    @Option(name: .short, help: "The number of articles.")
    var n: Int

    @Option(name: .long, help: "The seed of the pseudo-random choices.")
    var seed: UInt64 = 1

    @Argument(help: ArgumentHelp("The folder to write (created if missing).", valueName: "DIR"))
    var directory: String

    func validate() throws {
        if n < 1 { throw ValidationError("-n takes a positive number of articles, not \(n)") }
    }

    func run() throws {
        do {
            let summary = try CorpusGenerator(seed: seed).write(articles: n, to: directory)
            FileDescriptorOutput.standard.write(
                "wrote \(summary.articles) articles (\(summary.bytes) bytes of text) to \(directory)\n")
        } catch {
            FileDescriptorOutput.standard.writeError("error: \(error)\n")
            throw ExitCode(73)
        }
    }
}
