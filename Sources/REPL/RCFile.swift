import Extraction
import FoundationEssentials
import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// The start-up file, read as sqlite3 reads `.sqliterc`: `~/.natoqlrc`, or else
/// `$XDG_CONFIG_HOME/natoql/rc` (`~/.config/natoql/rc`).
enum RCFile {
    /// The start-up file that exists, if any.
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var candidates: [String] = []
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        if let home { candidates.append(home + "/.natoqlrc") }
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            candidates.append(config + "/natoql/rc")
        } else if let home {
            candidates.append(home + "/.config/natoql/rc")
        }
        return candidates.first { path in
            FileKind(path: path) == .file
        }
    }

    /// Runs the start-up file through `runner`; its errors are shown and the session goes on.
    /// - Returns: false when it ran `.quit`.
    static func run(_ runner: Runner, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard let path = path(environment: environment) else { return true }
        let status = runner.runFile(path)
        runner.resetTally()
        return status != .quit
    }
}
