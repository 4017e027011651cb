import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Writes synthetic corpora in the style of the seed articles, for benchmarks: many articles
/// about the race for NATO Secretary General, from varied sentence templates over invented
/// people and countries, that the real extraction pipeline reads into many claims.
///
/// The output is deterministic: the same seed gives the same corpus, and article `i` does not
/// depend on how many articles are written, so a corpus of 1,000 is the first 1,000 articles of
/// one of 10,000.
///
/// ```swift
/// try CorpusGenerator(seed: 7).write(articles: 10_000, to: "corpora/10k")
/// ```
public struct CorpusGenerator: Sendable {
    /// The seed of every pseudo-random choice.
    public let seed: UInt64
    /// The invented countries (none of them NATO members), written to the corpus lexicon.
    public let countries: [SyntheticCountry]

    /// What ``write(articles:to:)`` wrote.
    public struct Summary: Sendable, Hashable {
        /// The number of articles.
        public var articles: Int
        /// The bytes of article text, without the metadata and lexicon files.
        public var bytes: Int
    }

    /// Creates a generator; the invented countries depend on `seed` alone.
    public init(seed: UInt64 = 1, countryCount: Int = 100) {
        self.seed = seed
        var rng = SplitMix64(seed: seed ^ 0xC0FF_EE00)
        countries = SyntheticCountry.invent(countryCount, using: &rng)
    }

    /// Writes `count` articles (`syn_0000001.txt`, ...), `articles.tsv` and `lexicon.tsv` into
    /// `directory`, creating it if needed. Existing files of the same names are replaced.
    /// - Throws: the file system's error when a file cannot be written.
    @discardableResult
    public func write(articles count: Int, to directory: String) throws -> Summary {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(lexicon.utf8).write(to: URL(fileURLWithPath: directory + "/lexicon.tsv"))
        var metadata = "file\toutlet\tpublished\n"
        var bytes = 0
        for index in 0..<count {
            let article = article(index)
            let data = Data(article.text.utf8)
            bytes += data.count
            try data.write(to: URL(fileURLWithPath: "\(directory)/\(article.name).txt"))
            metadata += "\(article.name).txt\t\(article.outlet ?? "")\t\(article.published?.description ?? "")\n"
        }
        try Data(metadata.utf8).write(to: URL(fileURLWithPath: directory + "/articles.tsv"))
        return Summary(articles: count, bytes: bytes)
    }

    /// The corpus lexicon: the invented countries and their capitals, in the format of
    /// lexicon/lexicon.tsv (`kind <TAB> name <TAB> aliases <TAB> attributes`).
    public var lexicon: String {
        var lines = ["# Synthetic countries of a generated corpus (natoql generate, seed \(seed)); none is in NATO."]
        for country in countries {
            lines.append("country\t\(country.name)\t-\tiso=\(country.iso);demonyms=\(country.demonym)|\(country.demonym)s")
        }
        for country in countries {
            lines.append("place\t\(country.capital)\t-\tcountry=\(country.name);capital=yes")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Article `index` (0-based): its name, text, outlet and date.
    public func article(_ index: Int) -> ArticleText {
        var rng = SplitMix64(seed: seed, stream: UInt64(index))
        var writer = ArticleWriter(rng: rng, countries: countries)
        let text = writer.write()
        rng = writer.rng
        let day = rng.below(274)  // 2024-01-01 ... 2024-09-30
        let outlet = Self.outlets[rng.below(Self.outlets.count)]
        return ArticleText(
            name: "syn_" + Self.pad(index + 1, 7), text: text, outlet: outlet,
            published: Self.date(dayOfYear2024: day))
    }

    static let outlets = [
        "Wire North", "Wire South", "The Evening Ledger", "Harbour Post", "Continental Desk", "Radio Atlantic",
        "The Morning Courier", "Capital Observer", "Defence Weekly Review", "Alliance Monitor",
    ]

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Day `day` (0-based) of 2024: 0 is 2024-01-01, 273 is 2024-09-30.
    public static func date(dayOfYear2024 day: Int) -> CalendarDate {
        var remaining = day
        for month in 1...12 {
            let days = CalendarDate.daysIn(month: month, year: 2024)
            if remaining < days { return CalendarDate(year: 2024, month: month, day: remaining + 1) }
            remaining -= days
        }
        return CalendarDate(year: 2024, month: 12, day: 31)
    }
}

/// An invented country of a synthetic corpus.
public struct SyntheticCountry: Sendable, Hashable {
    /// The name: `Valdoria`.
    public var name: String
    /// The demonym: `Valdorian`.
    public var demonym: String
    /// The capital: `Valdorgrad`.
    public var capital: String
    /// A two-letter code starting with X or Q (user-assigned in ISO 3166, so never a real one).
    public var iso: String

    static let stems = [
        "Val", "Dor", "Kes", "Mar", "Tal", "Ost", "Bren", "Lur", "Sar", "Vel", "Quen", "Ard", "Bel", "Cor", "Dun",
        "Eld", "Fen", "Gal", "Hav", "Ist", "Jor", "Kal", "Lom", "Mir", "Nor", "Orv", "Pel", "Rav", "Sol", "Tor",
    ]
    static let middles = ["a", "e", "i", "o", "u", "an", "en", "ar", "or", "el"]
    static let endings = [("ia", "ian"), ("ovia", "ovian"), ("istan", "istani"), ("esia", "esian"), ("aria", "arian")]
    static let capitals = ["grad", "burg", "stad", "haven", "polis", "mouth", "ford", "vik"]

    /// `count` distinct countries.
    static func invent(_ count: Int, using rng: inout SplitMix64) -> [SyntheticCountry] {
        precondition(count <= stems.count * middles.count, "at most \(stems.count * middles.count) invented countries")
        var seen: Set<String> = []
        var result: [SyntheticCountry] = []
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        while result.count < count {
            let stem = stems[rng.below(stems.count)] + middles[rng.below(middles.count)]
            let (ending, demonymEnding) = endings[rng.below(endings.count)]
            let name = stem + ending
            guard !seen.contains(stem) else { continue }
            seen.insert(stem)
            let n = result.count
            let iso = String(["X", "Q"][n / 26 % 2]) + String(letters[n % 26]) + (n >= 52 ? String(n / 52) : "")
            result.append(
                SyntheticCountry(
                    name: name, demonym: stem + demonymEnding,
                    capital: stem + capitals[rng.below(capitals.count)], iso: iso))
        }
        return result
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same sequence on
/// every platform, which `SystemRandomNumberGenerator` does not.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator.
    public init(seed: UInt64) { state = seed }

    /// Creates generator number `stream` of a family: streams of one seed are uncorrelated (the
    /// start state goes through the mixing function), so article `i` can have its own.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }
}
