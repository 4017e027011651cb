/// Writes one synthetic article: a headline, then paragraphs of sentences drawn from templates in
/// the style of the seed articles (support verbs, title-led names, quantified sentences, hedges,
/// expectations, past states, meetings, visits, withdrawals), plus sentences that claim nothing.
struct ArticleWriter {
    var rng: SplitMix64
    let nations: [Nation]
    let allies: [Nation]

    /// The race's front-runner, a rival, the outgoing incumbent, and the other people of the article.
    private var candidate: Person
    private var rival: Person
    private let incumbent = Person(
        first: "Jens", last: "Stoltenberg", female: false, nation: Nation.norway,
        title: "NATO Secretary General")
    /// People already introduced by their full, title-led name; later mentions use the surname.
    private var introduced: Set<String> = []

    init(rng: SplitMix64, countries: [SyntheticCountry]) {
        self.rng = rng
        allies = Nation.allies
        nations = Nation.allies + countries.map { Nation(name: $0.name, demonym: $0.demonym, capital: $0.capital) }
        candidate = Person.rutte
        rival = Person.iohannis
        if self.rng.chance(0.2) { candidate = randomPerson(titles: ["Prime Minister", "President"]) }
        if self.rng.chance(0.5) { rival = randomPerson(titles: ["President", "Prime Minister"]) }
        if rival.last == candidate.last { rival = Person.iohannis }
    }

    /// The article's text, about 3 KB.
    mutating func write() -> String {
        var paragraphs: [String] = []
        paragraphs.append(headline())
        var size = 0
        var quantified = 0
        while size < 2_900 {
            var paragraph: [String] = []
            for _ in 0..<(1 + rng.below(3)) {
                var sentence = self.sentence()
                if sentence.quantified {
                    if quantified == 2 { sentence = (filler(), false) } else { quantified += 1 }
                }
                paragraph.append(sentence.text)
            }
            let text = paragraph.joined(separator: " ")
            size += text.utf8.count + 2
            paragraphs.append(text)
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Sentences

    private mutating func headline() -> String {
        let nation = pick(allies)
        switch rng.below(4) {
        case 0: return "\(candidate.last) poised to become Nato secretary general as \(nation.subject) backs bid"
        case 1: return "\(nation.subject.capitalizedFirst) gives green light to \(candidate.last) for NATO top job"
        case 2: return "Race for NATO secretary general: \(candidate.last) gathers support"
        default: return "\(rival.last) weighs options as allies rally behind \(candidate.last)"
        }
    }

    /// One sentence, and whether it is a quantified one (at most two an article).
    private mutating func sentence() -> (text: String, quantified: Bool) {
        let c = candidate
        switch rng.below(30) {
        case 0, 1:
            let p = randomPerson(titles: nil)
            return (
                "\(intro(p)) on \(weekday()) threw \(p.his) support behind \(intro(c)) as the next NATO secretary general, after earlier opposing \(c.his) bid for the defence alliance's top job.",
                false
            )
        case 2, 3:
            let p = randomPerson(titles: ["Prime Minister", "President"])
            return (
                "\"\(p.nation.subject.capitalizedFirst) is ready to support PM \(c.last)'s bid for NATO secretary general,\" \(mention(p)) posted on X after the two leaders met on the sidelines of an EU summit in \(pick(allies).capital).",
                false
            )
        case 4, 5, 6:
            let holdout = pick(allies)
            return (
                "Except for \(holdout.subject), all other 31 NATO countries appear ready to give their support to \(c.last), whose nomination requires consensus from all allies.",
                true
            )
        case 7:
            let p = randomPerson(titles: ["President"])
            return (
                "Meanwhile, media reports in \(p.nation.subject), which had been sitting on the fence on \(c.last)'s appointment, said \(weekday()) that President \(p.full) had endorsed \(c.last) in return for help from the \(c.nation.demonym) in securing air defence equipment.",
                false
            )
        case 8, 9:
            let four = distinct(allies, 4)
            return (
                "Sources have indicated that 28 out of 32 NATO member countries support \(c.last)'s candidacy. \(four[0].subject.capitalizedFirst) has its own candidate. \(four[1].subject.capitalizedFirst) and \(four[2].subject) have not yet announced their support for \(c.last). \(four[3].subject.capitalizedFirst) is named as the fourth country causing doubts.",
                true
            )
        case 10:
            return (
                "NATO diplomats said they expect \(rival.nation.possessive) \(rival.last) to announce soon that \(rival.he) was withdrawing from the race, though there was still no formal word from \(rival.nation.capital).",
                false
            )
        case 11:
            return ("\(c.last) would likely assume office when \(incumbent.last)'s term ends on October 1.", false)
        case 12:
            let p = randomPerson(titles: ["Prime Minister", "Foreign Minister", "President"])
            return ("\(intro(p)) also expressed interest in the position of NATO Secretary-General.", false)
        case 13, 14:
            let p = randomPerson(titles: ["Prime Minister", "President"])
            return (
                "\(intro(p)) said \(p.he) now supports \(c.last)'s bid as long as the \(c.nation.demonym) leader agrees to respect a deal on arms deliveries to Ukraine.",
                false
            )
        case 15:
            let two = distinct(allies, 2)
            return ("\(two[0].subject.capitalizedFirst) and \(two[1].subject) have not yet announced their support for \(c.last).", false)
        case 16:
            let p = randomPerson(titles: nil)
            return ("\(intro(c)) met \(intro(p)) in \(pick(nations).capital) on \(weekday()).", false)
        case 17:
            let nation = pick(nations)
            return ("\(c.last) visited \(nation.capital) last week to address \(nation.possessive) concerns directly.", false)
        case 18:
            return ("\(intro(rival)), \(c.last)'s only remaining rival for the position, officially withdrew from contention.", false)
        case 19, 20:
            let nation = pick(nations)
            let verb = ["supports", "backs", "endorses", "has thrown its weight behind"][rng.below(4)]
            return (
                "\(nation.subject.capitalizedFirst) \(verb) \(c.last)'s bid to lead the alliance, officials in \(nation.capital) said.",
                false
            )
        case 21:
            return ("\(pick(allies).subject.capitalizedFirst) has so far withheld its support from \(c.last).", false)
        case 22:
            return ("\(pick(nations).subject.capitalizedFirst) appears ready to back \(c.last), diplomats said.", false)
        case 23:
            let p = randomPerson(titles: nil)
            return ("\(intro(p)) spoke to reporters in \(p.nation.capital) on \(weekday()).", false)
        case 24:
            return ("\(pick(allies).subject.capitalizedFirst) had earlier opposed \(c.last)'s candidacy.", false)
        case 25:
            return ("The next secretary general will serve an initial four year term.", false)
        default:
            return (filler(), false)
        }
    }

    /// A sentence that claims nothing the schema knows.
    private mutating func filler() -> String {
        let place = pick(nations).capital
        switch rng.below(8) {
        case 0:
            return "Allies have been hoping to settle on a next secretary general by the time of the leaders' summit in Washington in July."
        case 1: return "The decision comes at a critical time for the alliance, with the war in Ukraine in its third year."
        case 2: return "Defence spending and arms deliveries are expected to dominate the agenda of the meeting in \(place)."
        case 3: return "Diplomats in \(place) described the talks as constructive but difficult."
        case 4: return "The alliance marks its 75th anniversary this year, and its members are keen to show unity."
        case 5: return "Officials declined to comment on the timing of a formal decision."
        case 6: return "Analysts said the choice would shape the alliance's relations with its eastern members for years."
        default: return "Talks on the succession are set to continue on the sidelines of the ministers' meeting in \(place) next week."
        }
    }

    // MARK: - People and places

    private mutating func randomPerson(titles: [String]?) -> Person {
        let index = rng.below(Person.firstNames.count * Person.surnames.count)
        return Person.invented(index, nations: nations, titles: titles)
    }

    /// The first mention of a person is title-led ("Estonian Prime Minister Anna Varnek"); later
    /// ones are the surname.
    private mutating func intro(_ person: Person) -> String {
        if introduced.contains(person.full) { return person.last }
        introduced.insert(person.full)
        return "\(person.nation.demonym) \(person.title) \(person.full)"
    }

    private func mention(_ person: Person) -> String {
        introduced.contains(person.full) ? person.last : person.full
    }

    private mutating func weekday() -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][rng.below(5)]
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[rng.below(items.count)] }

    private mutating func distinct(_ items: [Nation], _ count: Int) -> [Nation] {
        var chosen: [Nation] = []
        while chosen.count < count {
            let item = pick(items)
            if !chosen.contains(where: { $0.name == item.name }) { chosen.append(item) }
        }
        return chosen
    }
}

/// A country as the templates need it.
struct Nation: Sendable {
    var name: String
    var demonym: String
    var capital: String
    /// "the Netherlands" rather than "Netherlands".
    var takesThe = false

    /// The name as a sentence's subject or object: `Hungary`, `the Netherlands`.
    var subject: String { takesThe ? "the \(name)" : name }
    /// `Hungary's`, `the Netherlands'`.
    var possessive: String { name.hasSuffix("s") ? subject + "'" : subject + "'s" }

    static let norway = Nation(name: "Norway", demonym: "Norwegian", capital: "Oslo")

    /// The 32 allies of 2024, with the demonyms and capitals of the built-in lexicon.
    static let allies: [Nation] = [
        .init(name: "Belgium", demonym: "Belgian", capital: "Brussels"),
        .init(name: "Canada", demonym: "Canadian", capital: "Ottawa"),
        .init(name: "Denmark", demonym: "Danish", capital: "Copenhagen"),
        .init(name: "France", demonym: "French", capital: "Paris"),
        .init(name: "Iceland", demonym: "Icelandic", capital: "Reykjavik"),
        .init(name: "Italy", demonym: "Italian", capital: "Rome"),
        .init(name: "Luxembourg", demonym: "Luxembourgish", capital: "Brussels"),
        .init(name: "Netherlands", demonym: "Dutch", capital: "Amsterdam", takesThe: true),
        norway,
        .init(name: "Portugal", demonym: "Portuguese", capital: "Lisbon"),
        .init(name: "United Kingdom", demonym: "British", capital: "London", takesThe: true),
        .init(name: "United States", demonym: "American", capital: "Washington", takesThe: true),
        .init(name: "Greece", demonym: "Greek", capital: "Athens"),
        .init(name: "Türkiye", demonym: "Turkish", capital: "Ankara"),
        .init(name: "Germany", demonym: "German", capital: "Berlin"),
        .init(name: "Spain", demonym: "Spanish", capital: "Madrid"),
        .init(name: "Czechia", demonym: "Czech", capital: "Prague"),
        .init(name: "Hungary", demonym: "Hungarian", capital: "Budapest"),
        .init(name: "Poland", demonym: "Polish", capital: "Warsaw"),
        .init(name: "Bulgaria", demonym: "Bulgarian", capital: "Sofia"),
        .init(name: "Estonia", demonym: "Estonian", capital: "Tallinn"),
        .init(name: "Latvia", demonym: "Latvian", capital: "Riga"),
        .init(name: "Lithuania", demonym: "Lithuanian", capital: "Vilnius"),
        .init(name: "Romania", demonym: "Romanian", capital: "Bucharest"),
        .init(name: "Slovakia", demonym: "Slovak", capital: "Bratislava"),
        .init(name: "Slovenia", demonym: "Slovenian", capital: "Ljubljana"),
        .init(name: "Albania", demonym: "Albanian", capital: "Tirana"),
        .init(name: "Croatia", demonym: "Croatian", capital: "Zagreb"),
        .init(name: "Montenegro", demonym: "Montenegrin", capital: "Podgorica"),
        .init(name: "North Macedonia", demonym: "Macedonian", capital: "Skopje"),
        .init(name: "Finland", demonym: "Finnish", capital: "Helsinki"),
        .init(name: "Sweden", demonym: "Swedish", capital: "Stockholm"),
    ]
}

/// A person of a synthetic article: a name, a country and a title. An invented person's country
/// and title follow from the name, so the same name means the same person in every article.
struct Person: Sendable {
    var first: String
    var last: String
    var female: Bool
    var nation: Nation
    var title: String

    var full: String { "\(first) \(last)" }
    var he: String { female ? "she" : "he" }
    var his: String { female ? "her" : "his" }

    static let rutte = Person(first: "Mark", last: "Rutte", female: false, nation: Nation.allies[7], title: "Prime Minister")
    static let iohannis = Person(first: "Klaus", last: "Iohannis", female: false, nation: Nation.allies[23], title: "President")

    static let titles = ["Prime Minister", "President", "Foreign Minister", "Defence Minister"]
    static let firstNames: [(String, Bool)] = [
        ("Anna", true), ("Marta", true), ("Elena", true), ("Ingrid", true), ("Sofia", true), ("Helena", true),
        ("Lucia", true), ("Petra", true), ("Irena", true), ("Clara", true), ("Nora", true), ("Vera", true),
        ("Greta", true), ("Ilse", true), ("Daria", true), ("Lena", true), ("Mira", true), ("Zofia", true),
        ("Tomas", false), ("Anton", false), ("Pavel", false), ("Henrik", false), ("Lukas", false), ("Mateo", false),
        ("Oskar", false), ("Viktor", false), ("Emil", false), ("Jonas", false), ("Marek", false), ("Stefan", false),
        ("Bruno", false), ("Karel", false), ("Nikolai", false), ("Aurel", false), ("Dario", false), ("Felix", false),
    ]
    static let surnames: [String] = {
        let heads = [
            "Hal", "Ver", "Kor", "Lind", "Mar", "Ost", "Rad", "Sten", "Tam", "Vos", "Wel", "Brak", "Dren",
            "Fal", "Gor", "Jan", "Kest", "Lor", "Mor", "Nov", "Pet", "Rin", "Sel", "Tor", "Ulm", "Var",
            "Zel", "Ber", "Cal", "Dal",
        ]
        let tails = [
            "ek", "berg", "son", "ski", "escu", "ov", "ic", "ard", "an", "ens", "holm", "strom", "eau",
            "ini", "os", "ai", "ey", "itz", "vik", "ema",
        ]
        return heads.flatMap { head in tails.map { head + $0 } }
    }()

    /// Invented person number `index`; `titles` narrows the title when the template needs one.
    static func invented(_ index: Int, nations: [Nation], titles: [String]?) -> Person {
        let (first, female) = firstNames[index % firstNames.count]
        let last = surnames[index / firstNames.count % surnames.count]
        var mixed = UInt64(index) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        let nation = nations[Int(mixed % UInt64(nations.count))]
        let choices = titles ?? Self.titles
        let title = choices[Int((mixed >> 17) % UInt64(choices.count))]
        return Person(first: first, last: last, female: female, nation: nation, title: title)
    }
}

fileprivate extension String {
    /// The string with its first letter upper-cased: "the Netherlands" at a sentence's start.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
