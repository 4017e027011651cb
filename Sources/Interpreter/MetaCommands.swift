import DSL
import Extraction

/// The meta commands scripts and the REPL share (`.mode`, `.read`, `.load`, ...). The REPL adds
/// its own (`.history`, `.editor`, `.edit`, `.clear`) through ``Runner/extraMeta``.
public enum MetaCommands {
    /// Every shared meta command with its usage and a line of help.
    public static let all: [(name: String, usage: String, summary: String)] = [
        ("help", ".help [TOPIC]", "show help: statements, views, functions, meta, or a command"),
        ("quit", ".quit", "leave (also .exit, Ctrl-D)"),
        ("mode", ".mode table|csv|json|jsonl", "set the output format"),
        ("timing", ".timing on|off", "print each statement's time"),
        ("echo", ".echo on|off", "print each statement before it runs"),
        ("bail", ".bail on|off", "stop a script at its first error"),
        ("read", ".read FILE", "run a script file (relative to the current script)"),
        ("load", ".load DIR|seeds", "switch to another corpus; on failure the current one stays"),
        ("articles", ".articles", "list the loaded articles"),
        ("schema", ".schema", "collections, predicates, attributes, functions and the prelude"),
        ("view", ".view [as of DATE] [according to SOURCE] | .view all", "show or set the default view"),
        ("show", ".show", "list the settings"),
        ("output", ".output [FILE]", "send results to FILE; with no FILE, back to the screen"),
        ("once", ".once FILE", "send the next result to FILE"),
    ]

    /// Carries out `command`; false when it failed.
    static func run(_ command: MetaCommand, runner: Runner, source: SourceFile) -> Bool {
        let session = runner.session
        let args = command.arguments
        func fail(_ message: String) -> Bool {
            runner.report(Diagnostic(id: "meta-command", message: message, file: source.name, range: command.range), source: source)
            runner.countError()
            return false
        }
        func onOff(_ apply: (Bool) -> Void) -> Bool {
            guard args.count == 1, args[0] == "on" || args[0] == "off" else { return fail("usage: .\(command.name) on|off") }
            apply(args[0] == "on")
            return true
        }
        switch command.name {
        case "help":
            runner.emit(Help.text(topic: args.first))
        case "quit", "exit":
            runner.markQuit()
        case "mode":
            guard args.count == 1, let format = OutputFormat(rawValue: args[0]) else {
                return fail(
                    "usage: .mode table|csv|json|jsonl"
                        + (args.first.flatMap { Suggestions.closest(to: $0, in: OutputFormat.allCases.map(\.rawValue)) }.map {
                            " (did you mean '\($0)'?)"
                        } ?? ""))
            }
            session.settings.format = format
        case "timing": return onOff { session.settings.timing = $0 }
        case "echo": return onOff { session.settings.echo = $0 }
        case "bail": return onOff { session.settings.bail = $0 }
        case "read":
            guard args.count == 1 else { return fail("usage: .read FILE") }
            let status = runner.runFile(args[0], relativeTo: runner.currentScript ?? (source.name.hasPrefix("<") ? nil : source.name))
            return status != .stopped
        case "load":
            guard args.count == 1 else { return fail("usage: .load DIR (or .load seeds)") }
            let corpus: CorpusSource = args[0] == "seeds" ? .seeds : .directory(args[0])
            do {
                let report = try session.load(corpus)
                for problem in report.problems { runner.output.writeError("warning: \(problem)\n") }
                runner.emit(
                    "loaded \(report.model.articles.count) articles, \(report.model.claims.count) claims from \(session.corpusName)\n")
            } catch {
                runner.reportError("\(error.message); still using \(session.corpusName)")
                runner.countUnreadable()
                return false
            }
        case "articles":
            let evaluator = Evaluator(cache: session.cache, source: source, environment: [:], view: session.defaultView, cancellation: nil)
            runner.emit(session.render(.collection(evaluator.builtinCollection("articles")!), width: runner.width, colored: runner.colored))
        case "schema":
            runner.emit(schema(session))
        case "view":
            if args.isEmpty {
                runner.emit("view: \(session.defaultView)\n")
                return true
            }
            if args == ["all"] || args == ["reset"] {
                session.defaultView = .all
                return true
            }
            let clauseText = args.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
            let probe = SourceFile(name: source.name, text: "count(articles) " + clauseText)
            let script = Parser.parse(probe)
            guard script.diagnostics.isEmpty, let statement = script.statements.first, let clause = statement.view else {
                return fail("usage: .view as of DATE | .view according to SOURCE | .view all")
            }
            // The clause is resolved against every article, then combined with the view in force;
            // a clause that fails leaves that view as it was.
            let saved = session.defaultView
            do {
                session.defaultView = .all
                let view = try session.resolveView(clause, in: probe)
                session.defaultView =
                    clause.asOf == nil
                    ? saved.narrowed(by: view)
                    : (clause.accordingTo == nil ? View(asOf: view.asOf, articles: saved.articles, sourceLabel: saved.sourceLabel) : view)
            } catch {
                session.defaultView = saved
                // Reported at the command the user typed, not in the statement made to read it.
                for d in error.diagnostics {
                    runner.report(
                        Diagnostic(
                            d.severity, id: d.id, message: d.message, file: source.name, range: command.range, label: d.label,
                            notes: d.notes),
                        source: source)
                }
                runner.countError()
                return false
            }
        case "show":
            let s = session.settings
            runner.emit(
                """
                corpus: \(session.corpusName) (\(session.model.articles.count) articles, \(session.model.claims.count) claims)
                mode: \(s.format.rawValue)
                view: \(session.defaultView)
                timing: \(s.timing ? "on" : "off")
                echo: \(s.echo ? "on" : "off")
                bail: \(s.bail ? "on" : "off")
                names: \(session.userNames.isEmpty ? "none" : session.userNames.joined(separator: ", "))

                """)
        case "output", "once":
            if command.name == "once", args.count != 1 { return fail("usage: .once FILE") }
            guard args.count <= 1 else { return fail("usage: .output [FILE]") }
            if let error = runner.redirect(to: args.first, once: command.name == "once") { return fail(error) }
        default:
            // The REPL's own commands (.edit starts an editor) answer only at its prompt, not
            // inside a file it reads: a script gets no way out that its reader did not type.
            if !runner.isReadingFile, let extra = runner.extraMeta, extra(command, runner) { return true }
            let names = all.map(\.name) + ["exit"]
            let suggestion = Suggestions.closest(to: command.name, in: names)
            runner.report(
                Diagnostic(
                    id: "unknown-meta-command", message: "unknown meta command '.\(command.name)'", file: source.name,
                    range: command.range, label: suggestion.map { "did you mean '.\($0)'?" },
                    notes: suggestion == nil ? ["'.help meta' lists them"] : []), source: source)
            runner.countError()
            return false
        }
        return true
    }

    /// The text of `.schema`.
    static func schema(_ session: Session) -> String {
        var out = "collections:\n"
        for name in Evaluator.builtinCollections { out += "  \(name)\n" }
        out += "predicates:\n"
        for p in session.model.predicates.values.sorted(by: { $0.name < $1.name }) {
            let subject = p.subjectKinds.map(\.rawValue).sorted().joined(separator: "|")
            let object = p.hasLiteralObject ? "literal" : p.objectKinds.map(\.rawValue).sorted().joined(separator: "|")
            out += "  \(p.name)(\(subject), \(object))  \(p.factKind.rawValue): \(p.summary)\n"
        }
        out += "attributes:\n"
        for kind in [RowKind.entity, .article, .claim, .conflict] {
            out += "  \(kind.rawValue): \(Attributes.names(of: kind, in: session.cache).joined(separator: ", "))\n"
        }
        out += "functions:\n"
        for (name, f) in Functions.registry.sorted(by: { $0.key < $1.key }) { out += "  \(f.usage)  \(f.summary)\n"; _ = name }
        out += "prelude:\n"
        for line in Prelude.source.split(separator: "\n") { out += "  \(line)\n" }
        if !session.userNames.isEmpty {
            out += "your names:\n"
            for name in session.userNames { out += "  let \(name) = \(session.definitions[name]!.text)\n" }
        }
        return out
    }
}

extension Runner {
    func runMeta(_ command: MetaCommand, source: SourceFile) -> Bool {
        MetaCommands.run(command, runner: self, source: source)
    }
}

/// The names the language and a session know, for the REPL's completion.
public enum Vocabulary {
    /// The built-in collections (`entities`, `countries`, `articles`, ...).
    public static var collections: [String] { Evaluator.builtinCollections }
    /// The built-in functions (`count`, `max`, ...), sorted.
    public static var functions: [String] { Functions.registry.keys.sorted() }
    /// The topics of `.help`.
    public static let helpTopics = ["statements", "views", "functions", "meta", "collections"]
}
