import ArgumentParser
import Foundation
import Interpreter

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

