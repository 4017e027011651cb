import Extraction

/// Which claims count: every article, the articles up to a date, or one source alone
/// (../shared/MODEL.md, "What is true: views").
public struct View: Sendable, Hashable, CustomStringConvertible {
    /// `as of DATE`: only articles published on or before it (undated ones never qualify).
    public var asOf: CalendarDate?
    /// `according to SOURCE`: only these articles.
    public var articles: Set<Int>?
    /// How the user named the source, for display.
    public var sourceLabel: String?

    /// The default view: every article.
    public static let all = View()

    /// Creates a view.
    public init(asOf: CalendarDate? = nil, articles: Set<Int>? = nil, sourceLabel: String? = nil) {
        self.asOf = asOf
        self.articles = articles
        self.sourceLabel = sourceLabel
    }

    /// True when claims of `article` count in this view.
    @inline(__always)
    public func includes(_ article: Article) -> Bool {
        if let articles, !articles.contains(article.index) { return false }
        if let asOf {
            guard let published = article.published else { return false }
            return published <= asOf
        }
        return true
    }

    /// `every article`, `as of 2024-05-01`, `according to "003"`, or both.
    public var description: String {
        var parts: [String] = []
        if let asOf { parts.append("as of \(asOf)") }
        if let sourceLabel { parts.append("according to \"\(sourceLabel)\"") }
        return parts.isEmpty ? "every article" : parts.joined(separator: " ")
    }

    /// This view narrowed by another: a statement's own clause over the session's default.
    public func narrowed(by other: View) -> View {
        var result = self
        if let date = other.asOf { result.asOf = date }
        if let articles = other.articles {
            result.articles = articles
            result.sourceLabel = other.sourceLabel
        }
        return result
    }
}

/// Sort key of an article's date: dated articles by date, undated ones together after all dated.
@inline(__always)
func dateKey(_ article: Article) -> Int {
    guard let d = article.published else { return Int.max }
    return d.year * 10_000 + d.month * 100 + d.day
}
