/// Loads a corpus into an ``EntityModel``: reading, entity recognition, claim extraction.
///
/// ```swift
/// let report = try Loader.load(.directory("corpus"))
/// for problem in report.problems { print(problem) }
/// print(report.model.claims.count)
/// ```
public enum Loader {
    /// Loads `source`.
    ///
    /// Articles are read, analysed and merged a batch at a time: each batch is read and analysed
    /// on every core, then merged in order, so the model is the same whatever the number of
    /// cores, and memory holds the model and one batch (not every article's tokens).
    /// - Throws: ``LoadError`` when nothing can be loaded (a missing folder, no articles).
    public static func load(_ source: CorpusSource) throws(LoadError) -> LoadReport {
        var problems: [LoadProblem] = []
        var raws: [RawArticle] = []
        var files: [CorpusListing.File] = []
        var corpusLexicon: (text: String, file: String)?
        switch source {
        case .seeds:
            raws = EmbeddedCorpus.seedArticles(problems: &problems)
        case .directory(let path):
            let listing = try CorpusReader.list(directory: path)
            files = listing.files
            corpusLexicon = listing.lexicon
            problems = listing.problems
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
        var lexiconProblems: [LoadProblem] = []
        let lexicon = buildLexicon(corpus: corpusLexicon, problems: &lexiconProblems)
        var builder = ModelBuilder(lexicon: lexicon, expectedArticles: raws.count + files.count)
        // A handful of articles (the seeds: five, 14 KB) loads faster on the calling thread
        // alone: waking a worker and sharing the one-time rule tables costs more than it saves.
        let articleCount = raws.count + files.count
        let workers = articleCount < Loader.smallCorpus ? 1 : ParallelWork.defaultWorkers
        // Large enough to keep every core busy between merges, small enough that a batch's
        // tokens and texts are a small part of the model.
        let batchSize = 256 * workers
        // Each batch is merged while the next one is analysed; the last one after the loop.
        var analysed: [PreparedArticle] = []
        func mergeAnalysed() {
            // Taken out of `analysed`, so that the builder holds the only reference to the batch
            // and moves each article's claims out without copying them.
            builder.add(taking: &analysed)
        }
        // Articles given in memory.
        var next = 0
        while next < raws.count {
            let upper = min(raws.count, next + batchSize)
            let batch = raws[next..<upper].parallelMap(workers: workers, alongside: mergeAnalysed) {
                PreparedArticle($0, lexicon: lexicon)
            }
            analysed = batch
            // The prepared articles hold their text: the raw bytes are not needed any more.
            for i in next..<upper { raws[i].bytes = [] }
            next = upper
        }
        // Files: read them in batches too, each file's problems kept in file order.
        next = 0
        while next < files.count {
            let upper = min(files.count, next + batchSize)
            let batch = files[next..<upper].parallelMap(workers: workers, alongside: mergeAnalysed) {
                file -> (PreparedArticle?, [LoadProblem]) in
                var fileProblems: [LoadProblem] = []
                guard let raw = CorpusReader.readArticle(file, problems: &fileProblems) else { return (nil, fileProblems) }
                return (PreparedArticle(raw, lexicon: lexicon), fileProblems)
            }
            for (_, fileProblems) in batch { problems += fileProblems }
            analysed = batch.compactMap(\.0)
            next = upper
        }
        mergeAnalysed()
        if case .directory(let path) = source, builder.articleCount == 0 {
            // Every file was skipped: an empty model would replace a good one (`.load`).
            throw LoadError(
                .noArticles,
                "\(path): no article could be loaded\n" + problems.map { "  \($0)" }.joined(separator: "\n"))
        }
        problems += lexiconProblems
        return LoadReport(model: builder.model(), problems: problems)
    }

    /// Corpora of fewer articles than this load on one thread.
    static let smallCorpus = 16

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
    /// The five seed articles with their metadata, as ``CorpusReader`` reads seeds/ (their
    /// metadata was read and their text checked when the binary was built: see ``EmbeddedSeed``),
    /// so they add no problems.
    static func seedArticles(problems: inout [LoadProblem]) -> [RawArticle] {
        var out: [RawArticle] = []
        out.reserveCapacity(EmbeddedResources.seedArticles.count)
        for seed in EmbeddedResources.seedArticles {
            out.append(
                RawArticle(
                    name: String(seed.fileName.dropLast(4)), fileName: seed.fileName, bytes: EmbeddedResources.bytes(seed.text),
                    byteOffsetShift: 0, outlet: seed.outlet, published: seed.published))
        }
        return out
    }
}
