import Foundation
import Testing

/// Runs the built `natoql` binary the way a user does, from a temporary working directory.
enum Binary {
    /// The package root, from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The debug binary; `swift build` makes it before the tests run.
    static let path: String = packageRoot.appendingPathComponent(".build/debug/natoql").path

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
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
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

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("natoql-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "natoql is not built at \(path): run `swift build` first" }
    }

    struct TimedOut: Error {
        var arguments: [String]
    }
}
