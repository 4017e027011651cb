import ArgumentParser
import DSL
import Extraction
import FoundationEssentials
import Interpreter
import REPL

#if canImport(Glibc)
    import Glibc
#endif

/// Options shared by every way of running statements.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load the .txt articles of DIR instead of the built-in seed corpus.", valueName: "DIR"))
    var corpus: String?

    /// Loads the session, or exits 66 with the reason.
    func makeSession() throws -> Session {
        guard let session = SessionLoading.load(corpus: corpus, timing: false) else { throw ExitCode(66) }
        return session
    }
}

/// The default command: scripts, `-c`, standard input, or the REPL.
///
/// ``QuickArguments`` reads the usual command lines of this command without the library (see
/// there); both fill in the same ``RunOptions``.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run scripts, statements, or an interactive session (the default).")

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: [.short, .customLong("command")], help: ArgumentHelp("Run STATEMENT (repeatable).", valueName: "STATEMENT"))
    var commands: [String] = []

    @Option(name: .long, help: "Output format: table, csv, json or jsonl.")
    var format: OutputFormatArgument?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Set the default view to the articles published on or before DATE.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Flag(name: .customLong("keep-going"), help: "Go on after an error (as '.bail off').")
    var keepGoing = false

    @Flag(name: .customLong("no-rc"), help: "Do not read ~/.natoqlrc.")
    var noRC = false

    @Flag(name: .long, help: "Force an interactive session.")
    var interactive = false

    @Flag(name: .long, help: "Force batch mode: no prompt, no line editing.")
    var batch = false

    @Flag(
        name: .long,
        help: "Print the corpus's load time and each statement's time (as '.timing on') to standard error.")
    var timing = false

    @Argument(help: ArgumentHelp("Scripts to run in order; '-' reads standard input.", valueName: "FILE"))
    var files: [String] = []

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'")
        }
        if interactive && batch { throw ValidationError("--interactive and --batch exclude each other") }
    }

    func run() throws {
        let options = RunOptions(
            corpus: corpusOptions.corpus, commands: commands, format: format?.value, asOf: asOf.flatMap { CalendarDate(iso: $0) },
            keepGoing: keepGoing, noRC: noRC, interactive: interactive, batch: batch, timing: timing, files: files)
        throw ExitCode(options.execute())
    }
}

/// What the default command was asked to do, read from the command line by ``Run`` (the
/// library) or ``QuickArguments``.
struct RunOptions: Equatable {
    /// `--corpus DIR`.
    var corpus: String?
    /// `-c STATEMENT`, in order.
    var commands: [String] = []
    /// `--format`.
    var format: OutputFormat?
    /// `--as-of`.
    var asOf: CalendarDate?
    /// `--keep-going`.
    var keepGoing = false
    /// `--no-rc`.
    var noRC = false
    /// `--interactive`.
    var interactive = false
    /// `--batch`.
    var batch = false
    /// `--timing`.
    var timing = false
    /// Scripts, in order (`-` is standard input).
    var files: [String] = []

    /// Runs the statements, scripts or session; the exit code.
    func execute() -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        guard let session = SessionLoading.load(corpus: corpus, timing: timing) else { return 66 }
        if let format { session.settings.format = format }
        if let asOf { session.defaultView = View(asOf: asOf) }
        if keepGoing { session.settings.bail = false }
        if timing { session.settings.timing = true }
        let output = FileDescriptorOutput.standard
        let runner = Runner(session: session, output: output)
        // The process ends when this returns: the session and its model are left to the exit
        // instead of being freed object by object (a few hundred thousand instructions). Output
        // goes straight to file descriptors, so nothing waits on a deinit.
        _ = Unmanaged.passRetained(runner)
        if isatty(1) != 0 { runner.maxTableRows = Runner.terminalTableRows }
        let terminal = isatty(0) != 0 && isatty(1) != 0
        let goInteractive = interactive || (!batch && files.isEmpty && commands.isEmpty && terminal)
        if goInteractive {
            if format == nil { session.settings.format = .table }
            return InteractiveShell(runner: runner, readRC: !noRC).run()
        }
        let interrupts = InterruptHandler(session: session)
        defer { interrupts.uninstall() }
        var status = Runner.Status.completed
        for (i, command) in commands.enumerated() where status == .completed {
            status = runner.run(SourceFile(name: commands.count == 1 ? "<command>" : "<command \(i + 1)>", text: command))
            if status == .stopped && !session.settings.bail && runner.tally.interrupted == 0 { status = .completed }
        }
        let scripts = files.isEmpty && commands.isEmpty ? ["-"] : files
        for file in scripts where status == .completed {
            if file == "-" {
                guard let text = StandardInput.readAll() else { return 66 }
                status = runner.run(SourceFile(name: "<stdin>", text: text))
            } else {
                status = runner.runFile(file)
            }
            if status == .stopped && !session.settings.bail && runner.tally.unreadable == 0 && runner.tally.interrupted == 0 {
                status = .completed
            }
        }
        return ExitStatus.code(for: runner.tally)
    }
}

/// Loads the corpus a command names, reporting its problems (and, asked to, its load time).
enum SessionLoading {
    /// The session over `corpus` (the seeds when nil), or nil after printing why it failed.
    ///
    /// With `timing`, prints `load: W ms (cpu C ms): N articles, M claims` to standard error:
    /// the wall time of reading, analysing and building the model, and the CPU time the
    /// process spent on it (every thread's).
    static func load(corpus: String?, timing: Bool) -> Session? {
        let started = timing ? LoadClock.now() : nil
        let session: Session
        do {
            session = try Session(corpus: corpus.map { .directory($0) } ?? .seeds)
        } catch {
            FileDescriptorOutput.standard.writeError("error: \(error.message)\n")
            return nil
        }
        if let started {
            let ended = LoadClock.now()
            let model = session.model
            FileDescriptorOutput.standard.writeError(
                "load: \(LoadClock.milliseconds(ended.wall - started.wall)) ms "
                    + "(cpu \(LoadClock.milliseconds(ended.cpu - started.cpu)) ms): "
                    + "\(model.articles.count) articles, \(model.claims.count) claims\n")
        }
        for problem in session.loadProblems {
            FileDescriptorOutput.standard.writeError("warning: \(problem)\n")
        }
        return session
    }
}

/// The process's clocks, for `--timing`.
enum LoadClock {
    /// Monotonic wall time and the process's CPU time (user and system, all threads), in ns.
    static func now() -> (wall: Int64, cpu: Int64) {
        var wall = timespec()
        var cpu = timespec()
        clock_gettime(CLOCK_MONOTONIC, &wall)
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu)
        return (nanoseconds(wall), nanoseconds(cpu))
    }

    private static func nanoseconds(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }

    /// Nanoseconds as milliseconds with two decimals ("0.84").
    static func milliseconds(_ ns: Int64) -> String {
        let hundredths = (max(ns, 0) + 5_000) / 10_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// Maps a run's tally to the documented exit codes (sysexits).
enum ExitStatus {
    static func code(for tally: Runner.Tally) -> Int32 {
        if tally.interrupted > 0 { return 130 }
        if tally.unreadable > 0 { return 66 }
        if tally.errors > 0 { return 65 }
        if tally.failedAssertions > 0 { return 1 }
        return 0
    }
}

/// `--format` values.
struct OutputFormatArgument: ExpressibleByArgument {
    let value: OutputFormat
    init?(argument: String) {
        guard let v = OutputFormat(rawValue: argument) else { return nil }
        value = v
    }
    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}

/// Reads standard input as a script: at most the parser's limit (not the whole of an endless
/// stream first), UTF-8 like a script file (not silently repaired), without a byte-order mark.
enum StandardInput {
    /// The text, or nil after printing why it cannot be used.
    static func readAll() -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes += buffer[0..<n]
                if bytes.count > Parser.maxInputBytes {
                    FileDescriptorOutput.standard.writeError(
                        "error: cannot read standard input: larger than \(Parser.maxInputBytes >> 20) MiB\n")
                    return nil
                }
            } else if n < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        if let bad = CorpusReader.firstInvalidUTF8(bytes) {
            FileDescriptorOutput.standard.writeError("error: cannot read standard input: not UTF-8 text (byte \(bad))\n")
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}
