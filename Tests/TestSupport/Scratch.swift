import Foundation

/// Scratch folders for tests, all inside one folder per test process that is removed when the
/// process exits, so that a run of the suite leaves nothing behind in the temporary folder
/// (a test that fails half-way, or forgets its `defer`, included).
public enum Scratch {
    /// The process's scratch folder: `natoql-tests-PID` in the system's temporary folder,
    /// created on first use and removed at exit.
    public static let root: String = {
        let path = NSTemporaryDirectory() + "/natoql-tests-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.root) }
        return path
    }()

    /// A new empty folder inside ``root``, named after `purpose`.
    public static func folder(_ purpose: String) throws -> String {
        let path = root + "/\(purpose)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
