import Extraction
import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// The command lines of everyday use, read without the argument-parsing library: `--version`,
/// and the default command with `-c`/`--command`, `--corpus`, `--format`, `--as-of`, its flags and
/// script files, each spelled out as its own argument.
///
/// The library builds every command's argument set by reflection, and first parses the line
/// twice over for a completion-script request; for a one-statement run that is most of the
/// process's start. Anything this reader is not sure of (help, a subcommand name, `--`,
/// `--name=value`, bundled short options, a value that looks like an option or is empty, an
/// option given twice, a value the command would reject) is left to the library, which reads it
/// and reports its errors as always. `NATOQL_FULL_ARGUMENT_PARSER=1` sends every line to the
/// library (the CLI tests compare the two readings).
enum QuickArguments {
    /// What a command line asks for.
    enum Request: Equatable {
        /// `natoql --version`.
        case version
        /// The default command.
        case run(RunOptions)
    }

    /// Names that the library may read as a subcommand (an array: a handful of names needs no
    /// hashing, and no set type is instantiated at start-up).
    static let subcommandNames = ["run", "test", "export", "generate", "help"]

    /// The request of `arguments` (without the program's name), or nil to leave them to the library.
    static func parse(_ arguments: [String]) -> Request? {
        if arguments == ["--version"] { return .version }
        var options = RunOptions()
        var seen: [String] = []
        var i = 0
        // The value after an option at `i`: nil when it is missing, empty or looks like an option.
        func value() -> String? {
            guard i + 1 < arguments.count else { return nil }
            let v = arguments[i + 1]
            guard !v.isEmpty, !v.hasPrefix("-") else { return nil }
            i += 2
            return v
        }
        // Single-valued options and flags count once; a repeat goes to the library.
        func once(_ name: String) -> Bool {
            if seen.contains(name) { return false }
            seen.append(name)
            return true
        }
        while i < arguments.count {
            let argument = arguments[i]
            switch argument {
            case "-c", "--command":
                guard let v = value() else { return nil }
                options.commands.append(v)
            case "--corpus":
                guard once(argument), let v = value() else { return nil }
                options.corpus = v
            case "--format":
                guard once(argument), let v = value(), let format = OutputFormat(rawValue: v) else { return nil }
                options.format = format
            case "--as-of":
                guard once(argument), let v = value(), let date = CalendarDate(iso: v) else { return nil }
                options.asOf = date
            case "--keep-going", "--no-rc", "--interactive", "--batch", "--timing":
                guard once(argument) else { return nil }
                switch argument {
                case "--keep-going": options.keepGoing = true
                case "--no-rc": options.noRC = true
                case "--interactive": options.interactive = true
                case "--batch": options.batch = true
                default: options.timing = true
                }
                i += 1
            default:
                // A script file, or standard input as "-".
                guard argument == "-" || (!argument.isEmpty && !argument.hasPrefix("-")),
                    !subcommandNames.contains(argument)
                else { return nil }
                options.files.append(argument)
                i += 1
            }
        }
        if options.interactive && options.batch { return nil }
        return .run(options)
    }

    /// True unless `NATOQL_FULL_ARGUMENT_PARSER` is set to a non-empty value.
    static var enabled: Bool {
        guard let value = getenv("NATOQL_FULL_ARGUMENT_PARSER") else { return true }
        return value.pointee == 0
    }
}
