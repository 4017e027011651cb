import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The natoql binary `swift build` made, next to this package's sources.
enum NatoqlBinary {
    /// The package root.
    static var packageRoot: URL { Binary.packageRoot }

    /// `Binary.path` (`$NATOQL_BINARY` or `.build/debug/natoql`); fails loudly when it has not been built.
    static func path() throws -> String {
        let path = Binary.path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw HarnessError("natoql is not built at \(path): run `swift build` first")
        }
        return path
    }

    /// Runs natoql with `input` on a pipe; returns its exit code, output and errors.
    static func run(_ arguments: [String], input: String = "", environment: [String: String]) throws -> (
        code: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        Binary.feed(input, to: stdin)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }
}

/// A failure of the test harness itself.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A temporary home for one test: HOME, XDG folders, and an environment pointing at them.
struct TemporaryHome {
    /// The folder (removed by ``remove()``).
    let path: String

    /// Creates an empty folder under the system's temporary folder.
    init() throws {
        path = NSTemporaryDirectory() + "/natoql-repl-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// An environment with HOME, XDG_STATE_HOME and XDG_CONFIG_HOME inside this folder, a UTF-8
    /// locale, no colour, and an xterm.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "HOME": path, "XDG_STATE_HOME": path + "/state", "XDG_CONFIG_HOME": path + "/config",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "TERM": "xterm", "LC_ALL": "C.UTF-8", "NO_COLOR": "1",
        ]
        // Sanitizer settings (`make sanitize`) reach the binary under test too.
        for key in ["ASAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[key] { env[key] = value }
        }
        env.merge(extra) { $1 }
        return env
    }

    /// Where the REPL keeps its history under this home.
    var historyPath: String { path + "/state/natoql/history" }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// natoql running in a real pseudo-terminal: keys go in through the master side, and what the
/// program draws comes back, escape sequences removed for matching.
final class PseudoTerminal {
    private let master: Int32
    /// The process id of natoql (for tests that signal or kill it).
    let pid: pid_t
    private var raw: [UInt8] = []
    private var status: Int32?
    /// Where ``waitFor(_:timeout:)`` starts looking: the screen text after the last ``mark()``.
    private var markOffset = 0

    /// Starts `natoql arguments` on a new pseudo-terminal of `columns` x `rows`.
    init(arguments: [String], environment: [String: String], columns: UInt16 = 120, rows: UInt16 = 40) throws {
        let path = try NatoqlBinary.path()
        let pty = try PTYCalls()
        master = pty.openpt(O_RDWR | O_NOCTTY)
        var name = [CChar](repeating: 0, count: 128)
        guard master >= 0, pty.grantpt(master) == 0, pty.unlockpt(master) == 0, pty.ptsname_r(master, &name, name.count) == 0 else {
            throw HarnessError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        let slave = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, the first terminal the child opens becomes its controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGWINCH, SIGTSTP, SIGTTOU, SIGTTIN, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(PTYCalls.spawnSetsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let rc = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard rc == 0 else {
            close(master)
            throw HarnessError("cannot start \(path): \(String(cString: strerror(rc)))")
        }
        pid = child
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var s: Int32 = 0
            waitpid(pid, &s, 0)
        }
        close(master)
    }

    /// Types `keys` (UTF-8; use "\r" for Enter, "\u{1B}[A" for Up, "\u{7F}" for Backspace,
    /// "\u{3}" for Ctrl-C, "\u{4}" for Ctrl-D, "\t" for Tab).
    ///
    /// By default it first waits (at most 10 s) until the line editor is reading: libedit draws
    /// the prompt before it puts the terminal in raw mode, and keys that arrive in between are
    /// handled by the terminal's line discipline instead (echoed twice; Ctrl-D lost).
    func send(_ keys: String, whenEditing: Bool = true) {
        if whenEditing { _ = waitForRawMode() }
        var bytes = Array(keys.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }

    /// Lets `seconds` pass, reading output meanwhile (a typist's pause: libedit reads an Escape
    /// followed at once by more keys as one escape sequence).
    func pause(_ seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline { pump(milliseconds: 10) }
    }

    /// Waits (at most `timeout` seconds) until the terminal is out of canonical mode, that is
    /// until libedit is reading keys.
    @discardableResult
    func waitForRawMode(timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline && status == nil {
            var settings = termios()
            // On a pseudo-terminal's master side this reads the shared settings.
            if tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return true }
            pump(milliseconds: 5)
        }
        return false
    }

    /// Waits (at most `timeout` seconds) until the terminal is back in canonical mode, that is
    /// until libedit has returned the line and a statement runs (Ctrl-C is then a signal).
    @discardableResult
    func waitForCookedMode(timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline && status == nil {
            var settings = termios()
            if tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 { return true }
            pump(milliseconds: 5)
        }
        return false
    }

    /// Everything drawn so far, as drawn (escape sequences included).
    var rawText: String { String(decoding: raw, as: UTF8.self) }

    /// Everything drawn so far, escape sequences and carriage returns removed.
    var screenText: String { Self.strip(String(decoding: raw, as: UTF8.self)) }

    /// The text drawn since the last ``mark()``.
    var textSinceMark: String { String(screenText.dropFirst(markOffset)) }

    /// Starts a new span for ``waitFor(_:timeout:)`` and ``textSinceMark``.
    func mark() {
        pump(milliseconds: 0)
        markOffset = screenText.count
    }

    /// Waits (at most `timeout` seconds) until the text since the last mark contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if textSinceMark.contains(text) { return true }
            if Date() >= deadline || status != nil { return textSinceMark.contains(text) }
            pump(milliseconds: 50)
        }
    }

    /// Waits (at most `timeout` seconds) for the program to exit; its exit code, or `nil`.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while status == nil && Date() < deadline {
            pump(milliseconds: 50)
            var s: Int32 = 0
            if waitpid(pid, &s, WNOHANG) == pid {
                status = (s & 0x7f) == 0 ? (s >> 8) & 0xff : 128 + (s & 0x7f)
            }
        }
        pump(milliseconds: 0)
        return status
    }

    /// Reads what is available, waiting up to `milliseconds` for the first bytes.
    private func pump(milliseconds: Int32) {
        var wait = milliseconds
        while true {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, wait)
            guard ready > 0, descriptor.revents & Int16(POLLIN) != 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress!, $0.count) }
            guard n > 0 else { return }  // EIO once the child has closed the terminal
            raw.append(contentsOf: buffer[0..<n])
            wait = 0
        }
    }

    /// Removes ANSI escape sequences, carriage returns and bells.
    static func strip(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            switch s {
            case "\u{1B}":
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    while let c = scalars.next(), c != "\u{7}" {}
                }
            case "\r", "\u{7}":
                continue
            default:
                out.append(s)
            }
        }
        return String(out)
    }
}

/// The pseudo-terminal calls of the C library. Swift's Glibc module hides them (they need
/// `_XOPEN_SOURCE`), so they are looked up by name.
struct PTYCalls {
    let openpt: @convention(c) (Int32) -> Int32
    let grantpt: @convention(c) (Int32) -> Int32
    let unlockpt: @convention(c) (Int32) -> Int32
    let ptsname_r: @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    /// `POSIX_SPAWN_SETSID` (glibc and musl; hidden behind `_GNU_SOURCE`): the child starts a
    /// new session, so the terminal it opens first becomes its controlling terminal.
    static let spawnSetsid: Int32 = 0x80

    init() throws {
        func find<T>(_ name: String, as type: T.Type) throws -> T {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
                throw HarnessError("the C library has no \(name)")
            }
            return unsafeBitCast(symbol, to: type)
        }
        openpt = try find("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
        grantpt = try find("grantpt", as: (@convention(c) (Int32) -> Int32).self)
        unlockpt = try find("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
        ptsname_r = try find("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)
    }
}
