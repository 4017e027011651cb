import DSL
import Extraction

/// The state of one natoql session: the model, the names bound by `let`, the default view, and
/// the settings. Scripts, the REPL and embedding all run statements through a session.
public final class Session {
    /// The loaded model and what is derived from it.
    public private(set) var cache: ModelCache
    /// The model.
    public var model: EntityModel { cache.model }
    /// What was loaded, for the banner and `.show` (`the seed corpus`, a path).
    public private(set) var corpusName: String
    /// Problems loading skipped over.
    public private(set) var loadProblems: [LoadProblem]
    /// Names bound by the prelude and by `let`.
    public private(set) var definitions: [String: Definition] = [:]
    /// Names bound by `let` in this session, in order.
    public private(set) var userNames: [String] = []
    /// The view statements run in unless they name their own (`.view`, `--as-of`).
    public var defaultView: View = .all
    /// Output settings.
    public var settings = Settings()
    /// Set to stop a running statement.
    public let cancellation = CancellationFlag()
    /// Changes whenever the model or the bound names change (for caches such as completion).
    public private(set) var revision = 0

    /// Output settings of a session.
    public struct Settings: Sendable {
        /// The output format.
        public var format: OutputFormat = .table
        /// Print each statement's time.
        public var timing = false
        /// Print each statement before running it.
        public var echo = false
        /// Stop a script at its first error.
        public var bail = true
        /// Creates default settings.
        public init() {}
    }

    /// Loads `corpus` and runs the prelude.
    /// - Throws: ``LoadError`` when nothing could be loaded.
    public init(corpus: CorpusSource) throws(LoadError) {
        let report = try Loader.load(corpus)
        cache = ModelCache(model: report.model)
        loadProblems = report.problems
        corpusName = Self.describe(corpus)
        definePrelude()
    }

    /// Creates a session over a model built elsewhere.
    public init(model: EntityModel, name: String = "a model") {
        cache = ModelCache(model: model)
        loadProblems = []
        corpusName = name
        definePrelude()
    }

    /// Switches to another corpus; on failure the current one stays loaded.
    public func load(_ corpus: CorpusSource) throws(LoadError) -> LoadReport {
        let report = try Loader.load(corpus)
        cache = ModelCache(model: report.model)
        loadProblems = report.problems
        corpusName = Self.describe(corpus)
        revision += 1
        return report
    }

    static func describe(_ corpus: CorpusSource) -> String {
        switch corpus {
        case .seeds: return "the seed corpus"
        case .directory(let path): return path
        case .texts(let texts, _): return "\(texts.count) articles in memory"
        }
    }

    private func definePrelude() {
        let source = SourceFile(name: "<prelude>", text: Prelude.source)
        let script = Parser.parse(source)
        precondition(script.diagnostics.isEmpty, "the prelude does not parse: \(script.diagnostics)")
        for statement in script.statements {
            if case .letBinding(let name, _, let value) = statement.kind {
                definitions[name] = Definition(name: name, expression: value, view: nil, source: source, environment: definitions)
            }
        }
    }

    /// A session over the same model with a copy of this one's names, view and settings: each
    /// test file starts from it, so files do not see each other's `let` names.
    public func fork() -> Session {
        let copy = Session(cache: cache, name: corpusName)
        copy.definitions = definitions
        copy.userNames = userNames
        copy.defaultView = defaultView
        copy.settings = settings
        return copy
    }

    private init(cache: ModelCache, name: String) {
        self.cache = cache
        loadProblems = []
        corpusName = name
    }

    // MARK: - Statements

    /// What running one statement produced.
    public enum Outcome: Sendable {
        /// A value to print.
        case value(Value)
        /// An assertion or expectation that failed (the diagnostic says what was expected).
        case failed(Diagnostic)
        /// A meta command, for the runner to carry out.
        case meta(MetaCommand)
    }

    /// Runs one parsed statement of `source`.
    /// - Throws: ``EvaluationError`` with the diagnostics of a statement that cannot run.
    public func execute(_ statement: Statement, in source: SourceFile) throws(EvaluationError) -> Outcome {
        // No reset here: a Ctrl-C that arrives between reading an entry and running it must
        // still stop it. The flag's owner clears it (the REPL before reading each entry).
        let view = try resolveView(statement.view, in: source)
        let evaluator = Evaluator(cache: cache, source: source, environment: definitions, view: view, cancellation: cancellation)
        switch statement.kind {
        case .evaluate(let expr):
            return .value(try evaluator.evaluate(expr, row: nil))
        case .letBinding(let name, let nameRange, let value):
            if Evaluator.builtinCollections.contains(name) || Functions.registry[name] != nil || model.predicates[name] != nil {
                throw EvaluationError(
                    Diagnostic(
                        id: "reserved-name", message: "'\(name)' is a built-in name and cannot be rebound",
                        file: source.name, range: nameRange))
            }
            // Check the definition now, so an error shows at the `let` rather than at a later use.
            _ = try evaluator.evaluate(value, row: nil)
            let fixedView: View? = statement.view == nil ? nil : view
            definitions[name] = Definition(name: name, expression: value, view: fixedView, source: source, environment: definitions)
            if !userNames.contains(name) { userNames.append(name) }
            revision += 1
            return .value(.nothing)
        case .why(let expr):
            return .value(.explanation(try explain(expr, evaluator: evaluator, view: view)))
        case .show(let expr):
            return .value(.report(try report(expr, evaluator: evaluator, view: view)))
        case .assert(let expr):
            let v = try evaluator.evaluate(expr, row: nil)
            if v == .boolean(true) { return .value(.nothing) }
            guard v.truth != nil else { throw evaluator.typeError("'assert' needs a truth value", found: v, at: expr.range) }
            let text = evaluator.text(of: expr)
            return .failed(
                Diagnostic(
                    id: "assertion-failed", message: "assertion failed: \(text)", file: source.name,
                    range: expr.range, label: "this is \(Columns(context: RenderContext(cache: cache)).text(v))"))
        case .expect(let actualExpr, let actualView, let expectedExpr):
            let inner = Evaluator(
                cache: cache, source: source, environment: definitions,
                view: try resolveView(actualView, in: source).narrowed(by: statement.view.map { _ in view } ?? .all),
                cancellation: cancellation)
            let actual = try inner.evaluate(actualExpr, row: nil)
            let expected = try evaluator.evaluate(expectedExpr, row: nil)
            if Expectation.matches(actual, expected, model: model) { return .value(.nothing) }
            let columns = Columns(context: RenderContext(cache: cache))
            return .failed(
                Diagnostic(
                    id: "expectation-failed", message: "expectation failed: \(evaluator.text(of: actualExpr))",
                    file: source.name, range: actualExpr.range, label: "this differs",
                    notes: ["expected: \(columns.text(expected))", "  actual: \(columns.text(actual))"]))
        case .meta(let command):
            return .meta(command)
        }
    }

    /// The view of a statement: the session's default narrowed by the statement's own clause.
    public func resolveView(_ clause: ViewClause?, in source: SourceFile) throws(EvaluationError) -> View {
        guard let clause else { return defaultView }
        var view = View()
        if let date = clause.asOf {
            view.asOf = CalendarDate(year: date.year, month: date.month, day: date.day)
        }
        if let (name, range) = clause.accordingTo {
            view.articles = try articles(matching: name, file: source.name, range: range)
            view.sourceLabel = name
        }
        return defaultView.narrowed(by: view)
    }

    /// The articles `name` picks: an article's name, a prefix of it, or an outlet.
    public func articles(matching name: String, file: String, range: SourceRange) throws(EvaluationError) -> Set<Int> {
        let folded = NameFolding.fold(name)
        var matched = Set(model.articles.filter { $0.name == name || $0.fileName == name }.map(\.index))
        if matched.isEmpty { matched = Set(model.articles.filter { $0.name.hasPrefix(name) }.map(\.index)) }
        if matched.isEmpty { matched = Set(model.articles.filter { $0.outlet.map(NameFolding.fold) == folded }.map(\.index)) }
        if matched.isEmpty {
            matched = Set(
                model.articles.filter { !folded.isEmpty && ($0.outlet.map(NameFolding.fold)?.contains(folded) ?? false) }.map(\.index))
        }
        if !matched.isEmpty { return matched }
        let outlets = Array(Set(model.articles.compactMap(\.outlet))).sorted()
        let suggestion = Suggestions.closest(to: name, in: model.articles.map(\.name) + outlets)
        var notes: [String] = []
        if suggestion == nil {
            notes.append("articles: \(model.articles.map(\.name).joined(separator: ", "))")
            if !outlets.isEmpty { notes.append("outlets: \(outlets.joined(separator: ", "))") }
        }
        throw EvaluationError(
            Diagnostic(
                id: "unknown-source", message: "no article or outlet matches '\(name)'", file: file, range: range,
                label: suggestion.map { "did you mean '\($0)'?" }, notes: notes))
    }

    func explain(_ expr: Expr, evaluator: Evaluator, view: View) throws(EvaluationError) -> Explanation {
        guard case .call(let name, let nameRange, let arguments, let range) = expr else {
            throw EvaluationError(
                Diagnostic(
                    id: "why-needs-fact", message: "'why' explains a fact: why PREDICATE(SUBJECT, OBJECT)",
                    file: evaluator.source.name, range: expr.range))
        }
        guard let schema = model.predicates[name] else {
            _ = try evaluator.evaluate(expr, row: nil)  // reports the unknown predicate
            throw EvaluationError(
                Diagnostic(
                    id: "why-needs-fact", message: "'why' explains a predicate of the model, not '\(name)'",
                    file: evaluator.source.name, range: nameRange))
        }
        let resolver = Resolver(model: model, view: view)
        let resolution: Resolution
        let fact: String
        if schema.hasLiteralObject {
            guard arguments.count == 1 else { throw evaluator.arity(schema, given: arguments.count, at: range, literal: true) }
            guard case .entity(let s) = try evaluator.entityArgument(arguments[0], row: nil, role: "subject", schema: schema) else {
                throw EvaluationError(
                    Diagnostic(
                        id: "why-needs-fact", message: "'why' needs one entity as the subject",
                        file: evaluator.source.name, range: arguments[0].range))
            }
            resolution = resolver.resolveLiteral(s, name)
            fact = "\(name)(\(model[s].name))"
        } else {
            guard arguments.count == 2 else { throw evaluator.arity(schema, given: arguments.count, at: range, literal: false) }
            let sv = try evaluator.entityArgument(arguments[0], row: nil, role: "subject", schema: schema)
            let ov = try evaluator.entityArgument(arguments[1], row: nil, role: "object", schema: schema)
            guard case .entity(let s) = sv, case .entity(let o) = ov else {
                throw EvaluationError(
                    Diagnostic(
                        id: "why-needs-fact", message: "'why' needs one entity as subject and one as object",
                        file: evaluator.source.name, range: range))
            }
            resolution = resolver.resolve(s, name, o)
            fact = "\(name)(\(model[s].name), \(model[o].name))"
        }
        let decided = Set(resolution.deciding)
        let entries = resolution.claims.map { index -> Explanation.Entry in
            let claim = model.claims[index]
            let article = model.articles[claim.article]
            return Explanation.Entry(
                claim: index, article: article.name, outlet: article.outlet, published: article.published,
                modality: claim.modality, value: evaluator.claimValue(claim.value), evidence: claim.evidence,
                rule: claim.rule, decided: decided.contains(index))
        }
        return Explanation(fact: fact, value: resolution.value, rule: resolution.rule, view: view.description, claims: entries)
    }

    func report(_ expr: Expr, evaluator: Evaluator, view: View) throws(EvaluationError) -> EntityReport {
        // `show NAME` names an entity: say so when no entity has that name.
        if case .name(let name, let range) = expr, definitions[name] == nil, evaluator.builtinCollection(name) == nil {
            let ids = model.entities(named: name)
            if ids.isEmpty { throw evaluator.unknownEntity(name, at: range) }
            if ids.count > 1 { throw evaluator.ambiguous(name, ids, at: range) }
        }
        let v = try evaluator.evaluateAsEntityIfName(expr, row: nil)
        var target: EntityID?
        if case .entity(let id) = v { target = id }
        if case .string(let s) = v {
            let ids = model.entities(named: s)
            if ids.count > 1 { throw evaluator.ambiguous(s, ids, at: expr.range) }
            target = ids.first
            if target == nil { throw evaluator.unknownEntity(s, at: expr.range) }
        }
        guard let id = target else { throw evaluator.typeError("'show' needs an entity", found: v, at: expr.range) }
        let entity = model[id]
        let resolver = Resolver(model: model, view: view)
        var offices: [String] = []
        var claimIndexes: [Int] = []
        var seen = Set<Int>()
        for index in (model.claimsBySubject[id] ?? []) + (model.claimsByObject[id] ?? []) where !seen.contains(index) {
            seen.insert(index)
            let claim = model.claims[index]
            guard view.includes(model.articles[claim.article]) else { continue }
            claimIndexes.append(index)
            if claim.predicate == "holds", claim.subject == id, case .entity(let office) = claim.object,
                !offices.contains(model[office].name),
                resolver.resolve(id, "holds", office).value == .boolean(true)
            {
                offices.append(model[office].name)
            }
        }
        claimIndexes.sort()
        let columns = Columns(context: RenderContext(cache: cache))
        let attributes = entity.attributes.keys.sorted().map { key in
            (name: key, value: columns.text(evaluator.entityAttribute(key, of: entity) ?? .unknown))
        }
        let articles = (model.mentions[id] ?? []).filter { view.includes(model.articles[$0]) }.map { model.articles[$0].name }
        return EntityReport(
            entity: id, name: entity.name, kind: entity.kind, aliases: entity.aliases,
            aliasesSeen: entity.aliasesSeen, attributes: attributes, offices: offices,
            claims: claimIndexes, articles: articles)
    }

    /// Renders a value in the session's format.
    /// - Parameter maxRows: the most rows a table shows (the rest are counted in a note).
    public func render(_ value: Value, width: Int? = nil, colored: Bool = false, maxRows: Int? = nil) -> String {
        Renderer.render(value, as: settings.format, context: RenderContext(cache: cache, width: width, colored: colored, maxRows: maxRows))
    }
}
