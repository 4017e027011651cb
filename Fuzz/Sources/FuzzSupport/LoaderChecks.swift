import Extraction
import Interpreter

/// Feeds bytes to the loader in each role a file of a corpus folder can have, then queries the
/// model built from them.
public enum LoaderChecks {
    /// A short article that names entities of the lexicon, for the lexicon role.
    static let article = Array(
        """
        Hungary's Prime Minister Viktor Orban said Hungary will support Mark Rutte. Romania's \
        President Klaus Iohannis withdrew his candidacy. All 32 NATO members back Rutte.

        """.utf8)

    /// The roles, chosen by the first byte.
    public enum Role: Int, CaseIterable {
        case article, metadata, lexicon
    }

    /// Loads the rest of `input` in the role its first byte chooses; traps (a finding) when an
    /// evidence range does not match the article's bytes.
    public static func check(_ input: FuzzInput) {
        var input = input
        let role = Role(rawValue: input.index(Role.allCases.count))!
        let bytes = Array(input.rest)
        var problems: [LoadProblem] = []
        switch role {
        case .article:
            let lexicon = Loader.buildLexicon(corpus: nil, problems: &problems)
            guard
                let raw = CorpusReader.makeArticle(
                    fileName: "fuzz.txt", path: "fuzz.txt", bytes: bytes, outlet: nil, published: nil, problems: &problems)
            else { return }
            let model = ModelBuilder(lexicon: lexicon).build([ArticleAnalysis(raw, lexicon: lexicon)])
            checkEvidence(model, bytes: bytes)
            query(model)
        case .metadata:
            if CorpusReader.firstInvalidUTF8(bytes) != nil { return }
            let (entries, _) = CorpusReader.parseMetadata(String(decoding: bytes, as: UTF8.self), file: "articles.tsv")
            let texts = entries.keys.sorted().prefix(4).map {
                ArticleText(
                    name: $0, text: String(decoding: article, as: UTF8.self), outlet: entries[$0]!.outlet,
                    published: entries[$0]!.published)
            }
            guard !texts.isEmpty, let report = try? Loader.load(.texts(Array(texts))) else { return }
            query(report.model)
        case .lexicon:
            if CorpusReader.firstInvalidUTF8(bytes) != nil { return }
            let text = String(decoding: bytes, as: UTF8.self)
            let lexicon = Loader.buildLexicon(corpus: (text, "lexicon.tsv"), problems: &problems)
            guard
                let raw = CorpusReader.makeArticle(
                    fileName: "a.txt", path: "a.txt", bytes: article, outlet: nil, published: nil, problems: &problems)
            else { preconditionFailure("the fixed article did not load") }
            let model = ModelBuilder(lexicon: lexicon).build([ArticleAnalysis(raw, lexicon: lexicon)])
            query(model)
        }
        for problem in problems { _ = problem.description }
    }

    /// Every claim's evidence is the bytes of the article at its offsets.
    static func checkEvidence(_ model: EntityModel, bytes: [UInt8]) {
        for claim in model.claims {
            let e = claim.evidence
            precondition(e.start >= 0 && e.start <= e.end && e.end <= bytes.count, "evidence outside the article")
            precondition(Array(bytes[e.start..<e.end]) == Array(e.text.utf8), "evidence text differs from its bytes")
        }
    }

    /// Runs the statements that touch every part of the model and renders them in every format.
    static func query(_ model: EntityModel) {
        let session = Session(model: model, name: "fuzz")
        let runner = Runner(session: session, output: BufferOutput())
        runner.width = 60
        for mode in ["table", "json"] {
            runner.run(
                .init(
                    name: "<fuzz>",
                    text: """
                        .mode \(mode)
                        .bail off
                        entities
                        claims
                        conflicts
                        articles
                        count(allies where supports(Rutte))
                        candidates

                        """))
        }
    }
}
