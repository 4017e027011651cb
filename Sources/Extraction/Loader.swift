/// Loads a corpus into an ``EntityModel``: reading, entity recognition, claim extraction.
///
/// ```swift
/// let report = try Loader.load(.directory("corpus"))
/// for problem in report.problems { print(problem) }
/// print(report.model.claims.count)
/// ```
public enum Loader {
    /// Loads `source`.
    /// - Throws: ``LoadError`` when nothing can be loaded (a missing folder, no articles).
    public static func load(_ source: CorpusSource) throws(LoadError) -> LoadReport {
        var problems: [LoadProblem] = []
        var raws: [RawArticle] = []
        var corpusLexicon: (text: String, file: String)?
        switch source {
        case .seeds:
            raws = EmbeddedCorpus.seedArticles(problems: &problems)
        case .directory(let path):
            let contents = try CorpusReader.read(directory: path)
            if contents.articles.isEmpty {
                // Every file was skipped: an empty model would replace a good one (`.load`).
                throw LoadError(
                    .noArticles,
                    "\(path): no article could be loaded\n"
                        + contents.problems.map { "  \($0)" }.joined(separator: "\n"))
            }
            raws = contents.articles
            corpusLexicon = contents.lexicon
            problems += contents.problems
        case .texts(let texts, let lexiconText):
            for t in texts {
                let fileName = t.name.hasSuffix(".txt") ? t.name : t.name + ".txt"
                if let raw = CorpusReader.makeArticle(
                    fileName: fileName, path: fileName, bytes: Array(t.text.utf8), outlet: t.outlet, published: t.published,
                    problems: &problems)
                {
                    raws.append(raw)
                }
            }
            if let lexiconText { corpusLexicon = (lexiconText, "lexicon.tsv") }
        }
        let lexicon = buildLexicon(corpus: corpusLexicon, problems: &problems)
        // Articles are independent: analyse them on every core, then merge in order.
        let analyses = raws.parallelMap { ArticleAnalysis($0, lexicon: lexicon) }
        let model = ModelBuilder(lexicon: lexicon).build(analyses)
        return LoadReport(model: model, problems: problems)
    }

    /// The built-in lexicon plus a corpus's own entries.
    public static func buildLexicon(corpus: (text: String, file: String)?, problems: inout [LoadProblem]) -> Lexicon {
        guard corpus != nil else {
            problems += builtIn.problems
            return builtIn.lexicon
        }
        return makeLexicon(corpus: corpus, problems: &problems)
    }

    /// The built-in lexicon, adopted once a process from the tables generated at build time
    /// (``BuiltInLexicon``; the generator refuses a lexicon/lexicon.tsv with problems).
    static let builtIn: (lexicon: Lexicon, problems: [LoadProblem]) = (Lexicon.builtIn(), [])

    /// The built-in lexicon plus a corpus's own entries (or alone, with `corpus` nil), parsed and
    /// built from lexicon/lexicon.tsv's text: corpus lines merge into the built-in ones, and their
    /// problems carry their line numbers.

    static func makeLexicon(corpus: (text: String, file: String)?, problems: inout [LoadProblem]) -> Lexicon {
        var (entries, lexiconProblems) = LexiconParser.parse(EmbeddedResources.text(EmbeddedResources.lexicon), file: "lexicon/lexicon.tsv")
        if let corpus {
            let (more, moreProblems) = LexiconParser.parse(corpus.text, file: corpus.file)
            entries += more
            lexiconProblems += moreProblems
        }
        var buildProblems: [LoadProblem] = []
        let lexicon = Lexicon(entries: entries, problems: &buildProblems)
        problems += lexiconProblems + buildProblems
        return lexicon
    }
}

/// The seed corpus built into the binary.
enum EmbeddedCorpus {
    /// The five seed articles with their metadata.
    static func seedArticles(problems: inout [LoadProblem]) -> [RawArticle] {
        let (metadata, metaProblems) = CorpusReader.parseMetadata(
            EmbeddedResources.text(EmbeddedResources.seedMetadata), file: "seeds/articles.tsv")
        problems += metaProblems
        var out: [RawArticle] = []
        for (fileName, bytes) in EmbeddedResources.seedArticles {
            let meta = metadata[fileName]
            if let raw = CorpusReader.makeArticle(
                fileName: fileName, path: "seeds/" + fileName, bytes: EmbeddedResources.bytes(bytes), outlet: meta?.outlet,
                published: meta?.published, problems: &problems)
            {
                out.append(raw)
            }
        }
        return out
    }
}
