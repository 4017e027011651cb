import Foundation
import TestSupport
import Testing

/// Runs the built `natoql` binary the way a user does, from a temporary working directory.
enum Binary {
    /// The package root, from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test: `$NATOQL_BINARY` when set (CI points it at the static release build), else
    /// the debug binary `swift build` makes before the tests run.
    static let path: String =
        ProcessInfo.processInfo.environment["NATOQL_BINARY"].flatMap { $0.isEmpty ? nil : $0 }
        ?? packageRoot.appendingPathComponent(".build/debug/natoql").path

    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs natoql with `arguments`, feeding `input` on standard input; gives up after 60 s.
    static func run(
        _ arguments: [String], input: String? = nil, directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BinaryMissing(path: path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["NATOQL_HISTORY"] = ""
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { feed(input, to: inPipe) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave()
        }
        if group.wait(timeout: .now() + 60) == .timedOut {
            process.terminate()
            throw TimedOut(arguments: arguments)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `input` to the child's standard input. A child that exits without reading it (an error
    /// on the command line, `--version`) closes the pipe, and the write fails with EPIPE, which is not
    /// the test's concern. SIGPIPE is blocked on this thread while writing, and a SIGPIPE the write
    /// raised is taken before unblocking, so it neither kills the test process nor (unlike ignoring
    /// it) reaches the children the tests start.
    static func feed(_ input: String, to pipe: Pipe) {
        var brokenPipe = sigset_t()
        sigemptyset(&brokenPipe)
        sigaddset(&brokenPipe, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &brokenPipe, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var now = timespec()
                sigtimedwait(&brokenPipe, nil, &now)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        try? pipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        URL(fileURLWithPath: try Scratch.folder("cli"))
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "natoql is not built at \(path): run `swift build` first" }
    }

    struct TimedOut: Error {
        var arguments: [String]
    }
}
