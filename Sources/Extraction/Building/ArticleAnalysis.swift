/// One article analysed on its own: its tokens, sentences, entities and claims. Articles are
/// analysed independently (so they can be analysed in parallel) and merged by ``ModelBuilder``.
public struct ArticleAnalysis: Sendable {
    /// The article as read.
    public var raw: RawArticle
    /// Its tokens.
    public var tokens: [Token]
    /// Its sentences (ranges of token indices).
    public var sentences: [Range<Int>]
    /// Its claims and entities.
    public var claims: ArticleClaims

    /// Analyses an article.
    public init(_ raw: RawArticle, lexicon: Lexicon) {
        self.raw = raw
        tokens = Tokenizer().tokenize(raw.bytes)
        sentences = SentenceSplitter().split(tokens, bytes: raw.bytes)
        claims = ClaimExtractor().extract(tokens: tokens, in: raw.bytes, sentences: sentences, lexicon: lexicon, published: raw.published)
    }
}
