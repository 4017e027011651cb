/// Loads a corpus into an ``EntityModel``: reading, entity recognition, claim extraction.
public enum Loader {
    /// Loads `source`.
    /// - Throws: ``LoadError`` when nothing can be loaded (a missing folder, no articles).
    public static func load(_ source: CorpusSource) throws(LoadError) -> LoadReport {
        // Walking skeleton: the real pipeline replaces this.
        LoadReport(model: EntityModel(articles: [], entities: [], claims: []), problems: [])
    }
}
