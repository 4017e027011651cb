#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What is at a path: nothing, a folder, or something else (a file). Asked of the system
/// directly, so the binary needs only FoundationEssentials.
public enum FileKind: Sendable, Equatable {
    /// Nothing is there (or it cannot be seen).
    case missing
    /// A folder.
    case directory
    /// A file, or anything that is not a folder.
    case file

    /// The kind of what `path` names, following links.
    public init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        self = (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }
}

extension FileKind {
    /// The paths of the files below `folder` (recursively, not following links into cycles),
    /// sorted, as `folder/relative/path`.
    public static func files(under folder: String) -> [String] {
        var result: [String] = []
        var pending = [folder]
        var visited = 0
        while let current = pending.popLast(), visited < 100_000 {
            visited += 1
            guard let dir = opendir(current) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    pending.append(path)
                } else {
                    result.append(path)
                }
            }
        }
        return result.sorted()
    }
}
