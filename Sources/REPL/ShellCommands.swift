import DSL
import FoundationEssentials
import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// The meta commands only an interactive session has: `.history`, `.clear`, `.editor` and
/// `.edit`. The shared ones live in the Interpreter's `MetaCommands`.
enum ShellCommands {
    /// Their names, for completion.
    static let names = ["history", "clear", "editor", "edit"]

    /// The text of `.history`: numbered entries, continuation lines indented under the first.
    static func listing(_ entries: [String]) -> String {
        let digits = String(entries.count).count
        var out = ""
        for (i, entry) in entries.enumerated() {
            let number = String(i + 1)
            let lead = String(repeating: " ", count: 2 + digits - number.count) + number + "  "
            let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
            out += lead + lines[0] + "\n"
            for line in lines.dropFirst() { out += String(repeating: " ", count: lead.count) + line + "\n" }
        }
        return out
    }

    /// Opens `text` in `$VISUAL`, `$EDITOR` or `vi` and returns what was saved, or why not.
    static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<String, EditError> {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let temporary = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let path = temporary + "/natoql-edit-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).nql"
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data((text.isEmpty ? "" : text + "\n").utf8),
                attributes: [.posixPermissions: 0o600])
        else {
            return .failure(EditError(message: "cannot write '\(path)'"))
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let status = runShell(["-c", editor + " \"$1\"", "sh", path])
        guard status == 0 else {
            return .failure(EditError(message: status < 0 ? "cannot run \(editor)" : "\(editor) exited with status \(status); nothing run"))
        }
        guard let data = FileManager.default.contents(atPath: path), let edited = String(data: data, encoding: .utf8) else {
            return .failure(EditError(message: "cannot read '\(path)' back"))
        }
        return .success(edited.trimmingWhitespace())
    }

    /// Runs `/bin/sh` with `arguments` on this terminal and waits; its exit status, or -1 when it
    /// could not start.
    static func runShell(_ arguments: [String]) -> Int32 {
        let argv = (["/bin/sh"] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Why `.edit` could not run the editor.
    struct EditError: Error {
        var message: String
    }
}
