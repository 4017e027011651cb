import DSL
import Extraction
import FoundationEssentials
import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// What completing the text before the cursor gives: the candidates, each a full replacement
/// for the last ``replacing`` characters.
public struct Completion: Sendable, Equatable {
    /// How many characters before the cursor a candidate replaces.
    public var replacing: Int
    /// The candidates, sorted, without duplicates.
    public var candidates: [String]

    /// Creates a completion.
    public init(replacing: Int, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }

    /// Nothing to complete.
    public static let none = Completion(replacing: 0, candidates: [])

    /// The longest prefix every candidate shares (in characters).
    public var commonPrefix: String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let c = Array(candidate)
            var n = 0
            while n < prefix.count, n < c.count, prefix[n] == c[n] { n += 1 }
            prefix.removeLast(prefix.count - n)
        }
        return String(prefix)
    }
}

/// Tab completion from the language and the live model: keywords, collections, functions,
/// predicates, attributes, entity names and aliases (quoted when they are not plain names),
/// `let` names, meta commands, and file paths after `.read`, `.load`, `.output` and `.once`.
public struct Completer: Sendable {
    /// The words to complete from.
    public struct Words: Sendable {
        /// Names written bare: keywords, collections, functions, predicates, attributes, `let`
        /// names, and entity names that are plain identifiers.
        public var names: [String]
        /// Entity names and aliases (unquoted), offered inside a string and quoted outside.
        public var entities: [String]
        /// Meta command names, without the dot.
        public var metaCommands: [String]
        /// The entity names in UTF-8 order, for prefix search by bisection.
        let entityIndex: PrefixIndex
        /// The entity names folded (case and accents), paired with the names, in UTF-8 order of
        /// the folded form.
        let foldedEntityIndex: PrefixIndex

        /// Creates a word list.
        public init(names: [String], entities: [String], metaCommands: [String]) {
            self.names = names
            self.entities = entities
            self.metaCommands = metaCommands
            entityIndex = PrefixIndex(entities.map { ($0, $0) })
            foldedEntityIndex = PrefixIndex(entities.map { (NameFolding.fold($0), $0) })
        }

        /// The words of `session` now: its model, its names, and the REPL's meta commands.
        public init(session: Session, extraMetaCommands: [String] = []) {
            var names = Set(Keywords.all)
            names.formUnion(Vocabulary.collections)
            names.formUnion(Vocabulary.functions)
            names.formUnion(session.model.predicates.keys)
            for kind in [RowKind.entity, .article, .claim, .conflict] {
                names.formUnion(Attributes.names(of: kind, in: session.cache))
            }
            names.formUnion(session.definitions.keys)
            names.formUnion(session.userNames)
            var entities = Set<String>()
            for entity in session.model.entities {
                entities.insert(entity.name)
                entities.formUnion(entity.aliases)
            }
            self.init(
                names: names.sorted(), entities: entities.sorted(),
                metaCommands: (MetaCommands.all.map(\.name) + ["exit"] + extraMetaCommands).sorted())
        }
    }

    /// The words completed from.
    public var words: Words
    /// The folder relative paths start from.
    public var directory: String

    /// Creates a completer over `words`; paths are relative to `directory`.
    public init(words: Words, directory: String = FileManager.default.currentDirectoryPath) {
        self.words = words
        self.directory = directory
    }

    /// Completes the end of `line`, the text of the current line before the cursor.
    public func complete(_ line: String) -> Completion {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix(".") { return completeMeta(String(trimmed.dropFirst())) }
        let context = lexicalContext(line)
        if case .comment = context { return .none }
        if case .string(let open) = context {
            let typed = String(line[line.index(after: open)...])
            var matches = words.entityIndex.values(withPrefix: typed)
            if matches.isEmpty, !typed.isEmpty { matches = words.foldedEntityIndex.values(withPrefix: NameFolding.fold(typed)) }
            matches = Array(Set(matches)).sorted()
            return Completion(replacing: typed.count + 1, candidates: matches.map { "\"" + $0 + "\"" })
        }
        let word = String(line.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        guard let first = word.first, !first.isNumber else { return .none }
        var candidates = Set(words.names.filter { $0.hasPrefix(word) })
        for name in words.entityIndex.values(withPrefix: word) { candidates.insert(Self.quoted(name)) }
        if candidates.isEmpty {
            // Orb<TAB> finds Orbán; orban<TAB> does too.
            for name in words.foldedEntityIndex.values(withPrefix: NameFolding.fold(word)) { candidates.insert(Self.quoted(name)) }
        }
        return Completion(replacing: word.count, candidates: candidates.sorted())
    }

    /// The reserved keywords, for a quick look-up.
    static let reservedWords = Set(Keywords.reserved)

    /// `name` as written in a statement: bare when it is a plain name, else in quotes.
    public static func quoted(_ name: String) -> String {
        let isName =
            name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            && !reservedWords.contains(name)
        return isName ? name : "\"" + name.flatMap { $0 == "\\" || $0 == "\"" ? ["\\", $0] : [$0] } + "\""
    }

    /// Where the end of a line is: in code, in a string (opened at the index), or in a comment.
    enum LexicalContext: Equatable {
        case code
        case string(String.Index)
        case comment
    }

    /// Where the end of `line` is, scanning its strings (with `\"` escapes) and `--` comments.
    func lexicalContext(_ line: String) -> LexicalContext {
        var open: String.Index?
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if open != nil {
                if c == "\\" {
                    i = line.index(after: i)
                    if i == line.endIndex { break }
                } else if c == "\"" {
                    open = nil
                }
            } else if c == "\"" {
                open = i
            } else if c == "-", line[i...].hasPrefix("--") {
                return .comment
            }
            i = line.index(after: i)
        }
        return open.map { .string($0) } ?? .code
    }

    /// Entries of `list` that start with `typed`; failing that, those that do when folded.
    func match(_ typed: String, in list: [String]) -> [String] {
        let exact = list.filter { $0.hasPrefix(typed) }
        if !exact.isEmpty || typed.isEmpty { return exact }
        let folded = NameFolding.fold(typed)
        return list.filter { NameFolding.fold($0).hasPrefix(folded) }
    }

    // MARK: - Meta commands

    private func completeMeta(_ text: String) -> Completion {
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            return Completion(replacing: text.count + 1, candidates: words.metaCommands.filter { $0.hasPrefix(text) }.map { "." + $0 })
        }
        let command = String(text[..<space])
        let rest = text[space...].drop { $0 == " " || $0 == "\t" }
        func choose(_ options: [String]) -> Completion {
            if rest.contains(" ") { return .none }
            return Completion(replacing: rest.count, candidates: options.filter { $0.hasPrefix(rest) }.sorted())
        }
        switch command {
        case "read", "output", "once": return completePath(String(rest), directoriesOnly: false)
        case "load": return completePath(String(rest), directoriesOnly: true)
        case "help": return choose(Vocabulary.helpTopics + words.metaCommands)
        case "mode": return choose(OutputFormat.allCases.map(\.rawValue))
        case "timing", "echo", "bail": return choose(["on", "off"])
        case "editor": return choose(["emacs", "vi"])
        case "view": return choose(["all", "as", "according"])
        default: return .none
        }
    }

    /// Completes a path argument (optionally opened with a quote); directories end in `/`.
    func completePath(_ typed: String, directoriesOnly: Bool) -> Completion {
        let quotedArgument = typed.hasPrefix("\"")
        let path = quotedArgument ? String(typed.dropFirst()) : typed
        if path.contains("\"") { return .none }
        let slash = path.lastIndex(of: "/")
        let folderPart = slash.map { String(path[...$0]) } ?? ""
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var folder = folderPart
        if folder.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            folder = home + folder.dropFirst()
        }
        if !folder.hasPrefix("/") { folder = directory + "/" + folder }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return .none }
        var candidates: [String] = []
        for name in names where name.hasPrefix(base) && (base.hasPrefix(".") || !name.hasPrefix(".")) {
            let isDirectory = FileKind(path: folder + "/" + name) == .directory
            if directoriesOnly && !isDirectory { continue }
            let full = folderPart + name + (isDirectory ? "/" : "")
            let quote = quotedArgument || full.contains(" ")
            candidates.append((quote ? "\"" : "") + full + (quote && !isDirectory ? "\"" : ""))
        }
        return Completion(replacing: typed.count, candidates: candidates.sorted())
    }

    // MARK: - Listing

    /// `candidates` in columns no wider than `width`, as shells list them on a second Tab.
    public static func columns(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let cell = (candidates.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / cell)
        let rows = (candidates.count + perRow - 1) / perRow
        var out = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let i = column * rows + row
                guard i < candidates.count else { break }
                let text = candidates[i]
                line += text + (column == perRow - 1 ? "" : String(repeating: " ", count: cell - text.count))
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}

/// Keys in UTF-8 order with a value each: the entries whose key starts with a prefix are one run,
/// found by bisection, so completion costs the logarithm of the names plus the matches.
struct PrefixIndex: Sendable {
    private let keys: [[UInt8]]
    private let values: [String]

    init(_ pairs: [(key: String, value: String)]) {
        let sorted = pairs.map { (Array($0.key.utf8), $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        keys = sorted.map(\.0)
        values = sorted.map(\.1)
    }

    /// The most values a prefix search returns: past it, the first ones and the last one of the
    /// run (so the run's common prefix, which its first and last keys fix, is still right).
    static let limit = 500

    /// The values whose key starts with `prefix`, in key order, at most ``limit`` of them.
    func values(withPrefix prefix: String) -> [String] {
        let p = Array(prefix.utf8)
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid].lexicographicallyPrecedes(p) { low = mid + 1 } else { high = mid }
        }
        // The end of the run, by bisection too: the first key past every key with the prefix.
        var end = low, top = keys.count
        while end < top {
            let mid = (end + top) / 2
            if keys[mid].starts(with: p) || keys[mid].lexicographicallyPrecedes(p) { end = mid + 1 } else { top = mid }
        }
        guard end - low > Self.limit else { return Array(values[low..<end]) }
        return Array(values[low..<(low + Self.limit - 1)]) + [values[end - 1]]
    }
}
