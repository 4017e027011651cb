import ArgumentParser
import Extraction
import FoundationEssentials
import Interpreter
import REPL

#if canImport(Glibc)
    import Glibc
#endif

/// `natoql`: the command line. Runs scripts, `-c` statements, standard input, or the REPL.
@main
struct NatoQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "natoql",
        abstract: "Query what news articles claim about the 2024 race for NATO Secretary General.",
        discussion: """
            With no FILE and no -c, natoql opens an interactive session on a terminal, or reads \
            statements from standard input otherwise. '-' as a FILE reads standard input.

            Exit codes: 0 success, 1 a failed assertion, 64 usage error, 65 an error in a \
            script, 66 a corpus or script that could not be read, 73 an export or generated \
            corpus that could not be written, 130 interrupted.
            """,
        version: NatoQLVersion.string,
        subcommands: [Run.self, TestCommand.self, ExportCommand.self, GenerateCommand.self],
        defaultSubcommand: Run.self)
}

extension NatoQLCommand {
    /// The entry point: the everyday command lines straight to ``RunOptions`` (see
    /// ``QuickArguments``), every other one through the argument-parsing library.
    static func main() {
        if QuickArguments.enabled, let request = QuickArguments.parse(Array(CommandLine.arguments.dropFirst())) {
            switch request {
            case .version:
                FileDescriptorOutput.standard.write(NatoQLVersion.string + "\n")
                Glibc.exit(0)
            case .run(let options):
                Glibc.exit(options.execute())
            }
        }
        main(nil)
    }
}

/// The version printed by `--version` and the banner.
enum NatoQLVersion {
    static let string = Interpreter.NatoQL.version
}
