/// `term_length(office, "N years")`.
///
/// `an N-year term|stint|contract`, `serve N-year terms`, `(usually) serve N years`, `a term of
/// N years`, `the mandate runs|lasts for N years`, `the appointment is (customarily) (for|of) N
/// years` (also past "of OFFICE", "at ORG"), `the customary N years`, `(position|leader) for the
/// next N years`, `appointed|elected for N years`. Numbers in words or digits. The office is the
/// one the sentence names nearest the term (not one a person is introduced by); else, when the
/// term is a person's ("his", "whose", "P, who is barred from seeking a third N-year term", "P ...
/// will serve a single N-year term"), the office the article says that person holds, and nothing
/// when it says none; else the article's contest.
public struct TermLengthRules: ClaimRule {
    public var name: String { "term" }
    /// Every pattern ends in "year" or "years".
    public var triggers: WordSet { ["year", "years"] }
    static let starts = WordSet(
        Array(numbers.keys) + [
            "term", "mandate", "tenure", "terms", "for", "serve", "serves", "served", "serving", "appointment", "appointments",
            "mandates", "standard", "usual", "normal", "customary", "regular", "statutory",
        ])
    /// Nouns for a term of office ("a four-year stint", "a four-year contract").
    static let termNouns: WordSet = ["term", "terms", "mandate", "mandates", "tenure", "stint", "stints", "contract"]
    /// Nouns whose length a sentence may state ("the appointment is for four years").
    static let termSubjects: WordSet = ["term", "terms", "mandate", "mandates", "tenure", "appointment", "appointments"]
    /// Verbs that state a term's length.
    static let lengthVerbs: WordSet = ["is", "are", "was", "were", "runs", "run", "lasts", "last"]
    /// Adverbs between the verb and the length ("is customarily for four years").
    static let lengthAdverbs: WordSet = ["usually", "normally", "customarily", "typically", "generally", "traditionally"]
    /// Words after "N years" that make it no term ("four years ago", "four years old").
    static let notTermAfterYears: WordSet = ["ago", "old", "later", "earlier", "before", "after", "since"]
    /// Words that may open a phrase between a term's noun and its verb ("of the secretary general",
    /// "at NATO").
    static let termQualifiers: WordSet = ["of", "at", "in"]

    /// The number of years and the item of "years" that a term's noun at item `k` is said to last:
    /// "is for four years", "is four years", "is of four years", "is customarily for four years",
    /// past a short phrase after the noun ("of the secretary general", "at NATO"). Nil otherwise,
    /// and for "is four years ago".
    static func statedLength(_ s: SentenceView, after k: Int) -> (Int, Int)? {
        var j = k + 1
        if s.isWord(j, in: termQualifiers) {
            while j < s.count, j - k <= 6, !s.isWord(j, in: lengthVerbs) {
                if s.isWord(j, in: SentenceView.clausePunctuation) { return nil }
                j += 1
            }
        }
        guard s.isWord(j, in: lengthVerbs) else { return nil }
        j += 1
        if s.isWord(j, in: lengthAdverbs) { j += 1 }
        if s.isWord(j, in: SentenceView.for) || s.isWord(j, in: SentenceView.of) { j += 1 }
        guard let n = number(s.word(j)), s.isWord(j + 1, in: yearsWord), !s.isWord(j + 2, in: notTermAfterYears)
        else { return nil }
        return (n, j + 1)
    }
    /// "serve four years".
    static let serveVerbs: WordSet = ["serve", "serves", "served", "serving"]
    /// Creates the rules.
    public init() {}

    static let ofAnyYears: Pattern = ["of", "*", "years"]
    static let yearsWord: WordSet = ["years"]
    /// Verbs after which "for N years" is the length of a term ("appointed for four years").
    static let appointedFor: WordSet = ["appointed", "elected", "chosen", "named", "selected", "reappointed", "re-elected"]
    static let runsForAnyYears: Pattern = ["runs|lasts|run|last|is", "for", "*", "years"]
    /// "Rutte's term runs four years"
    static let runsAnyYears: Pattern = ["runs|lasts|run|last", "*", "years"]
    /// "A secretary general's term is four years"
    static let isAnyYears: Pattern = ["is|was", "*", "years"]
    /// "The term is normally four years": a term in general.
    static let isUsuallyAnyYears: Pattern = ["is|was", "normally|usually|typically|generally", "*", "years"]
    static let forTheNextAnyYears: Pattern = ["for", "the", "next", "*", "years"]
    /// Adjectives of a term in general ("the standard term is four years").
    static let usualAdjectives: WordSet = ["standard", "usual", "normal", "customary", "regular", "statutory"]

    static let numbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    ]

    /// A number in words or digits ("four", "4").
    static func number(_ w: String) -> Int? { numbers[w] ?? Int(w) }

    /// The person a pronoun before a term points to ("his second and final five-year term"), or
    /// the one before "whose" ("Iohannis, whose second five-year term ..."). A name's possessive
    /// is left out: "Rutte's four-year term" may be the term of the office he is to take.
    static func owner(_ s: SentenceView, before first: Int) -> EntityRef? {
        if let j = OfficeRules.termOwner(s, before: first), let m = s.mention(j), m.kind == .person, m.form == .pronoun { return m.ref }
        var j = first - 1
        while j >= 0, first - j <= 4, !s.isMention(j), !s.isWord(j, in: SentenceView.whose),
            !s.isWord(j, in: SentenceView.clausePunctuation)
        {
            j -= 1
        }
        if s.isWord(j, in: SentenceView.whose), s.isWord(j - 1, in: SentenceView.comma), let m = s.mention(j - 2), m.kind == .person {
            return m.ref
        }
        return nil
    }

    /// Whose term a sentence states, when it is a person's.
    enum Owner {
        /// The person's term ("his", "whose", "P, who is barred from seeking a third term").
        case person(EntityRef)
        /// A term the person is to serve ("P will serve a single six-year term"): in an article
        /// about a contest, the contest's (the office P holds now is the one P leaves).
        case serving(EntityRef)
        /// A term to serve whose subject is no person the article names ("Sheinbaum ... will
        /// serve a single six-year term", with Sheinbaum unknown).
        case unnamed
    }

    /// The person a term belongs to as the subject of its clause: "Iohannis, who is barred from
    /// seeking a third five-year term" (the name before "who"), "P, 62, a former mayor, ... will
    /// serve a single six-year term" (the nearest person named before "serve", past asides). Nil
    /// when the term is no one's this way ("one candidate, who will serve an initial term").
    static func clauseSubject(_ s: SentenceView, before first: Int) -> Owner? {
        var j = first - 1
        var sawServe = false
        while j >= 0, first - j <= 12, !s.isMention(j) {
            if s.isWord(j, in: SentenceView.who), s.isWord(j - 1, in: SentenceView.comma) {
                guard let m = s.mention(j - 2), m.kind == .person else { return nil }
                return sawServe ? .serving(m.ref) : .person(m.ref)
            }
            if s.isWord(j, in: serveVerbs) { sawServe = true }
            if !sawServe, s.isWord(j, in: SentenceView.clausePunctuation) { return nil }
            j -= 1
        }
        guard sawServe else { return nil }
        // Past the window: the sentence's subject, its first item ("Rutte, who is fifty-seven and
        // who ..., will serve"); a name the article does not know there is an unknown person's.
        if !s.isMention(j) { j = 0 }
        guard let m = s.mention(j) else {
            let first = s.tokens[s.tokenStart(0)]
            return first.isCapitalized && !first.isAllCaps && s.count > 1 && s.isWord(1, in: SentenceView.comma) ? .unnamed : nil
        }
        // A pronoun's person is a guess; the office then is the contest's, as before.
        return m.kind == .person && m.form == .name && !m.possessive ? .serving(m.ref) : nil
    }

    /// The office of a country's holders named in the plural before item `first` ("Romanian
    /// presidents", "Polish prime ministers"); nil when the clause names none.
    static func officeOfHolders(_ s: SentenceView, before first: Int, in entities: inout ArticleEntities) -> EntityRef? {
        var j = first - 1
        while j >= 1, !s.isWord(j, in: SentenceView.clausePunctuation) {
            // The plural title's last word ("presidents", "ministers") and the words before it.
            let last = s.word(j)
            if last.count > 3, last.hasSuffix("s"), !s.isMention(j) {
                let singular = String(last.dropLast())
                let twoWords = s.isMention(j - 1) ? nil : s.word(j - 1) + " " + singular
                let lexicon = entities.lexicon
                let (title, start) =
                    twoWords.flatMap { lexicon.titleByName[$0] }.map { ($0, j - 1) } ?? (lexicon.titleByName[singular], j)
                if let title, lexicon.titles[title].scope == .country, let m = s.mention(start - 1), m.kind == .country,
                    m.form == .demonym, case .known(let country) = m.ref
                {
                    return entities.office(title: title, jurisdiction: country)
                }
            }
            j -= 1
        }
        return nil
    }

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        for k in 0..<s.count {
            // A number, a word for a term, or "for".
            guard s.isWord(k, in: Self.starts) || s.word(k).utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true else { continue }
            var years: Int?
            var first = k
            var last = k
            // "four-year term", "four year term", "5-year mandate"
            if let n = Self.number(s.word(k)) {
                var j = k + 1
                if s.isWord(j, in: ["-"]) { j += 1 }
                if s.isWord(j, in: ["year"]) {
                    var t = j + 1
                    if s.isWord(t, in: ["-"]) { t += 1 }
                    if s.isWord(t, in: Self.termNouns) {
                        years = n
                        last = t
                        if s.isWord(k - 1, in: ["initial", "first", "single", "renewable", "extended"]) { first = k - 1 }
                    }
                }
            }
            // "term of four years", "mandate runs for four years", "for the next five years"
            if years == nil, s.isWord(k, in: ["term", "mandate", "tenure", "terms"]) {
                if let e = s.match(Self.ofAnyYears, at: k + 1) ?? s.match(Self.runsForAnyYears, at: k + 1)
                    ?? s.match(Self.runsAnyYears, at: k + 1) ?? s.match(Self.isUsuallyAnyYears, at: k + 1)
                    // "The mandate is four years." opening its sentence.
                    ?? (k == 1 && s.isWord(0, in: SentenceView.the) ? s.match(Self.isAnyYears, at: k + 1) : nil)
                        // "The secretary general's term is four years", "The standard term is four years"
                        ?? (s.isMention(k - 1) || (s.isWord(k - 1, in: Self.usualAdjectives) && s.isWord(k - 2, in: SentenceView.the))
                            ? s.match(Self.isAnyYears, at: k + 1) : nil),
                    let n = Self.number(s.word(e - 2))
                {
                    years = n
                    last = e - 1
                }
            }
            if years == nil, let e = s.match(Self.forTheNextAnyYears, at: k), let n = Self.number(s.word(k + 3)),
                s.contains(["position", "leader", "term", "mandate", "office", "post", "chief", "head"], in: max(0, k - 6)..<k)
            {
                years = n
                last = e - 1
                first = max(0, k - 5)
            }
            // "The appointment is for four years", "the term is four years", "The mandate of the
            // secretary general is of four years", "His term at NATO is for four years",
            // "appointments are customarily for four years".
            if years == nil, s.isWord(k, in: Self.termSubjects), let (n, e) = Self.statedLength(s, after: k) {
                years = n
                last = e
            }
            // "the customary four years", "the usual four years": a term in general.
            if years == nil, s.isWord(k, in: Self.usualAdjectives), s.isWord(k - 1, in: SentenceView.the),
                let n = Self.number(s.word(k + 1)),
                s.isWord(k + 2, in: Self.yearsWord), !s.isWord(k + 3, in: Self.notTermAfterYears)
            {
                years = n
                first = k - 1
                last = k + 2
            }
            // "are appointed for four years", "is elected for five years"
            if years == nil, s.isWord(k, in: SentenceView.for), s.isWord(k - 1, in: Self.appointedFor), let n = Self.number(s.word(k + 1)),
                s.isWord(k + 2, in: Self.yearsWord)
            {
                years = n
                first = k - 1
                last = k + 2
            }
            // "(usually) serve four years"
            if years == nil, s.isWord(k, in: Self.serveVerbs), let n = Self.number(s.word(k + 1)), s.isWord(k + 2, in: Self.yearsWord) {
                years = n
                last = k + 2
            }
            guard let years else { continue }
            // The office: the one the sentence names on its own nearest the term ("a five-year term
            // as president of the European Commission"), else the contest.
            var object: LocalObject = .contest
            var distance = Int.max
            for j in 0..<s.count {
                guard let m = s.mention(j), m.kind == .office, m.form == .office else { continue }
                let d = j < first ? first - j : max(0, j - last)
                if d < distance {
                    distance = d
                    object = .entity(m.ref)
                }
            }
            // "his second five-year term" with no office named: the office the article says he holds
            // (none known: no claim, rather than the contest's); a term a named person is to serve
            // is the contest's; one an unknown person is to serve, no claim.
            // "Romanian presidents are limited to two five-year terms": that country's office.
            if distance == Int.max, let office = Self.officeOfHolders(s, before: first, in: &article.entities) {
                object = .entity(office)
                distance = 0
            }
            if distance == Int.max {
                let owner: Owner? = Self.owner(s, before: first).map { .person($0) } ?? Self.clauseSubject(s, before: first)
                switch owner {
                case .unnamed?: continue
                case .serving?: break
                case .person(let person)?:
                    guard let office = article.entities.currentOffice(of: person) else { continue }
                    object = .entity(office)
                case nil: break
                }
            }
            // A term (subject) is an office; the claim's subject is the office, its object the literal.
            let literal = "\(years) years"
            article.pendingTerms.append((object, literal, s.span(first, last), s.index))
        }
    }
}
