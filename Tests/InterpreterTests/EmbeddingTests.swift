import Extraction
import Interpreter
import Testing

/// natoql embedded the way a user's own test suite does it: a corpus built from strings, then
/// statements whose typed answers compare with `#expect`.
@Suite struct EmbeddingTests {
    static let articles = [
        ArticleText(
            name: "a1",
            text:
                "Estonian Prime Minister Kaja Kallas said on Monday that Estonia backs Dutch Prime Minister Mark Rutte for NATO secretary general.\n",
            outlet: "Wire One", published: CalendarDate(year: 2024, month: 3, day: 1)),
        ArticleText(
            name: "a2",
            text: "Hungary has not yet announced its support for Rutte, diplomats said.\n",
            outlet: "Wire Two", published: CalendarDate(year: 2024, month: 3, day: 2)),
    ]

    @Test func aCorpusInMemory() throws {
        let nql = try NatoQL(corpus: .texts(Self.articles))
        #expect(try nql.scalar("count(articles)") == .integer(2))
        #expect(try nql.names("allies where supports(Rutte)") == ["Estonia"])
        #expect(try nql.names("allies where supports(Rutte) = false") == ["Hungary"])
        #expect(try nql.names("allies where supports(Rutte) = false according to \"Wire One\"") == [])
        #expect(try nql.rows("people where holds(\"Prime Minister of Estonia\") select name, country") == [["Kaja Kallas", "Estonia"]])
    }

    @Test func errorsAreTypedAndRendered() throws {
        let nql = try NatoQL(corpus: .texts(Self.articles))
        do {
            try nql.run("allies where suports(Rutte)")
            Issue.record("no error")
        } catch {
            #expect(error.diagnostics.map(\.id) == ["unknown-predicate"])
            #expect(error.description.contains("did you mean 'supports'?"))
        }
    }

    @Test func namesAndViewsPersistAcrossCalls() throws {
        let nql = try NatoQL(corpus: .seeds)
        try nql.run(".view as of 2024-05-01")
        #expect(try nql.scalar("count(allies where supports(Rutte) = false)") == .integer(4))
        try nql.run(".view all")
        try nql.run("let h = allies where supports(Rutte) = false")
        #expect(try nql.names("h") == ["Romania"])
    }
}
