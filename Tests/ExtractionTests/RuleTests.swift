import Testing

@testable import Extraction

/// Made-up sentences, one table per rule family: the claims of one predicate each must make
/// (subject | predicate | object | value | modality).
@Suite struct RuleTests {
    static func expectClaims(_ text: String, _ predicate: String, _ expected: [String]) {
        let got = Set(claims(text).filter { $0.contains("| \(predicate) |") })
        #expect(got == Set(expected), "\(text)")
    }

    @Test(arguments: [
        ("Spain endorsed Mark Rutte on Friday.", ["Spain | supports | Mark Rutte | true | asserted"]),
        (
            "Portugal and Greece have thrown their weight behind Mark Rutte.",
            ["Portugal | supports | Mark Rutte | true | asserted", "Greece | supports | Mark Rutte | true | asserted"]
        ),
        ("Iceland has yet to formally back Mark Rutte.", ["Iceland | supports | Mark Rutte | false | asserted"]),
        ("Croatia refused to endorse Mr Rutte.", ["Croatia | supports | Mark Rutte | false | asserted"]),
        ("Latvia reportedly backs Klaus Iohannis.", ["Latvia | supports | Klaus Iohannis | true | hedged"]),
        ("Belgium is expected to back Mark Rutte.", ["Belgium | supports | Mark Rutte | true | expected"]),
        ("Italy, which had long opposed Mark Rutte, changed course.", ["Italy | supports | Mark Rutte | false | past"]),
        ("Norway, a founding member, gave its green light to Mark Rutte's bid.", ["Norway | supports | Mark Rutte | true | asserted"]),
        (
            "Mark Rutte is backed by Denmark and Poland, officials in Madrid say.",
            ["Denmark | supports | Mark Rutte | true | hedged", "Poland | supports | Mark Rutte | true | hedged"]
        ),
        (
            "Mark Rutte won the backing of Estonia and Lithuania.",
            ["Estonia | supports | Mark Rutte | true | asserted", "Lithuania | supports | Mark Rutte | true | asserted"]
        ),
        (
            "Bulgaria dropped its objections to Mark Rutte.",
            ["Bulgaria | supports | Mark Rutte | true | asserted", "Bulgaria | supports | Mark Rutte | false | past"]
        ),
        ("Mark Rutte said he fully supports the new plan.", []),
        ("Spain would back Mark Rutte if Iohannis withdraws.", []),
        ("Viktor Orban called Mark Rutte a strong candidate.", []),
        ("Sofia backed Mark Rutte on Monday.", ["Bulgaria | supports | Mark Rutte | true | asserted"]),
        (
            "Mark Rutte is running. Italy and Spain are also in favour, two diplomats said.",
            ["Italy | supports | Mark Rutte | true | hedged", "Spain | supports | Mark Rutte | true | hedged"]
        ),
        ("Sweden has been a vocal supporter of Mark Rutte.", ["Sweden | supports | Mark Rutte | true | asserted"]),
        (
            "Mark Rutte is running. Romania is still backing its own candidate.",
            ["Romania | supports | Mark Rutte | false | asserted"]
        ),
        // A parenthesis between subject and verb does not set the verb's tense.
        (
            "Mark Rutte is running. Slovakia, which had hesitated, came round on Thursday.",
            ["Slovakia | supports | Mark Rutte | true | asserted"]
        ),
        (
            "Mark Rutte is running. Hungary had for months been the most vocal opponent of his nomination.",
            ["Hungary | supports | Mark Rutte | false | past"]
        ),
        (
            "Mark Rutte is running. That leaves Romania as the last ally yet to sign off.",
            ["Romania | supports | Mark Rutte | false | asserted"]
        ),
        // "the council": the organization named before, by the head noun of its name.
        (
            "Mark Rutte is running. The Supreme Council of National Defence met. The council then voted to support Mark Rutte.",
            ["Supreme Council of National Defence | supports | Mark Rutte | true | asserted"]
        ),
        ("Mark Rutte is running. Hungary has not ruled out backing Mark Rutte.", []),
        // The countries an "including" parenthesis names; capitals in a coordinated subject.
        (
            "Several eastern allies, including Poland and the Baltic states, have already backed Mark Rutte.",
            ["Poland | supports | Mark Rutte | true | asserted"]
        ),
        (
            "Most allies, among them Spain and Germany, quickly endorsed Mark Rutte.",
            ["Spain | supports | Mark Rutte | true | asserted", "Germany | supports | Mark Rutte | true | asserted"]
        ),
        ("Bulgaria is leaning towards Mark Rutte, a diplomat said.", ["Bulgaria | supports | Mark Rutte | true | hedged"]),
        (
            "Washington, Berlin and Paris have all endorsed Mark Rutte.",
            [
                "United States | supports | Mark Rutte | true | asserted", "Germany | supports | Mark Rutte | true | asserted",
                "France | supports | Mark Rutte | true | asserted",
            ]
        ),
        // "firmly?|still?" in a pattern: each alternative optional.
        ("Mark Rutte is running. Greece remains firmly opposed.", ["Greece | supports | Mark Rutte | false | asserted"]),
    ])
    func support(text: String, expected: [String]) {
        RuleTests.expectClaims(text, "supports", expected)
    }

    @Test(arguments: [
        (
            "Klaus Iohannis announced his candidacy for NATO secretary general.",
            ["Klaus Iohannis | candidate | NATO Secretary General | true | asserted"]
        ),
        (
            "Kaja Kallas said she was running for NATO secretary general.",
            ["Kaja Kallas | candidate | NATO Secretary General | true | asserted"]
        ),
        ("Kaja Kallas has not pursued a bid.", ["Kaja Kallas | candidate | NATO Secretary General | false | asserted"]),
        (
            "Spain opposed Mark Rutte's bid for NATO secretary general.",
            ["Mark Rutte | candidate | NATO Secretary General | true | asserted"]
        ),
        (
            "Mark Rutte, the front-runner for the job, met Klaus Iohannis.",
            ["Mark Rutte | candidate | NATO Secretary General | true | asserted"]
        ),
        (
            "Kaja Kallas and Krisjanis Karins have been mentioned as possible contenders.",
            [
                "Kaja Kallas | candidate | NATO Secretary General | true | hedged",
                "Krišjānis Kariņš | candidate | NATO Secretary General | true | hedged",
            ]
        ),
        // A pronoun in a participle clause is the sentence's subject, not the last person named.
        (
            "Mark Rutte travelled to Istanbul to meet Recep Tayyip Erdogan, seeking approval for his bid.",
            ["Mark Rutte | candidate | NATO Secretary General | true | asserted"]
        ),
        (
            "Romania nominated Klaus Iohannis, setting up a contest with Mark Rutte.",
            [
                "Klaus Iohannis | candidate | NATO Secretary General | true | asserted",
                "Mark Rutte | candidate | NATO Secretary General | true | asserted",
            ]
        ),
        ("Kaja Kallas said she was not seeking the post.", ["Kaja Kallas | candidate | NATO Secretary General | false | asserted"]),
        ("Klaus Iohannis remains in contention.", ["Klaus Iohannis | candidate | NATO Secretary General | true | asserted"]),
        // Every rival listed; in a sentence about another election, its office.
        (
            "Mark Rutte faced two rivals, Klaus Iohannis and Kaja Kallas.",
            [
                "Klaus Iohannis | candidate | NATO Secretary General | true | asserted",
                "Kaja Kallas | candidate | NATO Secretary General | true | asserted",
            ]
        ),
        (
            "Asked about Romania's presidential election, Mark Rutte said he knew the candidates, Klaus Iohannis and Viktor Orban.",
            [
                "Klaus Iohannis | candidate | President of Romania | true | asserted",
                "Viktor Orbán | candidate | President of Romania | true | asserted",
            ]
        ),
    ])
    func candidacy(text: String, expected: [String]) {
        RuleTests.expectClaims(text, "candidate", expected)
    }

    @Test(arguments: [
        ("Klaus Iohannis pulled out of the race on Friday.", ["Klaus Iohannis | withdrew | NATO Secretary General | true | asserted"]),
        ("Klaus Iohannis is likely to drop out soon.", ["Klaus Iohannis | withdrew | NATO Secretary General | true | expected"]),
        ("Hungary may relent if Klaus Iohannis withdraws.", []),
        ("Hungary withdrew its objections.", []),
        // The title and the name in apposition are one mention; the comma after it closes it.
        (
            "Romania's president, Klaus Iohannis, has pulled out of the race.",
            ["Klaus Iohannis | withdrew | NATO Secretary General | true | asserted"]
        ),
    ])
    func withdrawal(text: String, expected: [String]) {
        RuleTests.expectClaims(text, "withdrew", expected)
    }

    @Test(arguments: [
        ("Mark Rutte will take over from Jens Stoltenberg in the autumn.", ["Mark Rutte | succeeds | Jens Stoltenberg | true | asserted"]),
        ("Mark Rutte is poised to succeed Jens Stoltenberg.", ["Mark Rutte | succeeds | Jens Stoltenberg | true | expected"]),
        ("Mark Rutte said he was interested in replacing Jens Stoltenberg.", []),
        // A participle clause has the sentence's subject, past a dateline; not a preposition's object.
        (
            "Mark Rutte took office on Tuesday, succeeding Jens Stoltenberg.",
            ["Mark Rutte | succeeds | Jens Stoltenberg | true | asserted"]
        ),
        (
            "BRUSSELS, Oct 1 – Mark Rutte took office as NATO secretary general, replacing Jens Stoltenberg.",
            ["Mark Rutte | succeeds | Jens Stoltenberg | true | asserted"]
        ),
        ("Talks with Mark Rutte ended on Tuesday, replacing Jens Stoltenberg's plan.", []),
        // The predecessor hands over: the other way round.
        (
            "Jens Stoltenberg will hand over to Mark Rutte on October 1.",
            ["Mark Rutte | succeeds | Jens Stoltenberg | true | asserted"]
        ),
        // "Norway's Jens Stoltenberg": the person the country's name qualifies.
        (
            "Mark Rutte was confirmed on Wednesday, succeeding Norway's Jens Stoltenberg.",
            ["Mark Rutte | succeeds | Jens Stoltenberg | true | asserted"]
        ),
    ])
    func succession(text: String, expected: [String]) {
        RuleTests.expectClaims(text, "succeeds", expected)
    }

    @Test func meetingsAndPlaces() {
        let met = claims("Viktor Orban met Mark Rutte in Budapest on Monday.").filter { $0.contains("| met |") }
        #expect(met == ["Viktor Orbán | met | Mark Rutte | true | asserted"])
        let model = load(["Viktor Orban met Mark Rutte in Budapest on Monday."]).model
        #expect(model.claims.first { $0.predicate == "met" }?.qualifiers["place"] == "Budapest")
        RuleTests.expectClaims("Viktor Orban spoke to Mark Rutte in a phone call.", "met", [])
        // A journey made to meet: its subject, tense and place.
        let journey = load(["Mark Rutte travelled to Budapest on Friday to meet Viktor Orban."]).model
        let meeting = journey.claims.first { $0.predicate == "met" }
        #expect(meeting?.qualifiers["place"] == "Budapest" && meeting?.modality == .asserted)
        RuleTests.expectClaims(
            "Mark Rutte and Klaus Iohannis met in Brussels.", "met",
            ["Mark Rutte | met | Klaus Iohannis | true | asserted"])
    }

    @Test(arguments: [
        ("Mark Rutte visited Warsaw on Tuesday.", ["Mark Rutte | visited | Warsaw | true | asserted"]),
        ("Jens Stoltenberg is due to visit Ankara next week.", ["Jens Stoltenberg | visited | Ankara | true | expected"]),
        ("Klaus Iohannis flew to Washington.", ["Klaus Iohannis | visited | Washington | true | asserted"]),
        ("Mark Rutte went to Portugal.", []),
        ("Mark Rutte, who has made several trips to Kyiv, spoke.", ["Mark Rutte | visited | Kyiv | true | asserted"]),
    ])
    func visits(text: String, expected: [String]) {
        RuleTests.expectClaims(text, "visited", expected)
    }

    @Test(arguments: [
        ("Finland joined NATO in 2023.", ["Finland | member | NATO | true | asserted"]),
        ("The alliance, which Croatia joined in 2009, met.", ["Croatia | member | NATO | true | asserted"]),
        ("Ukraine hopes to join NATO one day.", []),
        // Past an apposition, a possessive one too.
        ("Sweden, NATO's newest member, joined the alliance in March.", ["Sweden | member | NATO | true | asserted"]),
        ("Finland, a Nordic country, joined NATO in 2023.", ["Finland | member | NATO | true | asserted"]),
    ])
    func membership(text: String, expected: [String]) {
        RuleTests.expectClaims(text, "member", expected)
    }

    @Test(arguments: [
        ("The secretary general serves a five-year term.", ["NATO Secretary General | term_length | 5 years | 5 years | asserted"]),
        ("The NATO Secretary General has a term of 4 years.", ["NATO Secretary General | term_length | 4 years | 4 years | asserted"]),
        ("Mark Rutte has led the VVD for 14 years.", []),
    ])
    func termLength(text: String, expected: [String]) {
        RuleTests.expectClaims(text, "term_length", expected)
    }

    /// Support with no one named goes to the article's focus: its most supported person, else its
    /// candidate, else whoever the article says took the contest's office.
    @Test func supportWithoutAnObjectGoesToTheOfficeHolder() {
        RuleTests.expectClaims(
            "Mark Rutte took office as NATO secretary general. Hungary withheld its support for months.", "supports",
            ["Hungary | supports | Mark Rutte | false | past"])
        // A candidate in another election is not the focus.
        RuleTests.expectClaims(
            "Mark Rutte took office as NATO secretary general. He knew both candidates in the US presidential election, "
                + "Klaus Iohannis and Kaja Kallas. Hungary withheld its support for months.", "supports",
            ["Hungary | supports | Mark Rutte | false | past"])
    }

    /// "All N allies signed off on P's appointment|the choice": every ally supports P (the
    /// article's candidate, or whoever it says succeeds the office's holder).
    @Test func alliesSigningOff() {
        let allies = claims("All 32 allies signed off on Mark Rutte's appointment.").filter {
            $0.contains("| supports | Mark Rutte | true |")
        }
        #expect(allies.count == 32)
        let choice = claims(
            "Ambassadors appointed Mark Rutte, who will succeed Jens Stoltenberg in October. All 32 allies signed off on the choice."
        ).filter { $0.contains("| supports | Mark Rutte | true |") }
        #expect(choice.count == 32)
        // "the choice of a venue" names its own object; no one is supported.
        RuleTests.expectClaims(
            "Mark Rutte will succeed Jens Stoltenberg. All 32 allies signed off on the choice of a venue.", "supports", [])
    }

    /// A share in words ("Thirty", "Thirty-one"), its holdouts named later in the sentence.
    @Test func sharesInWordsAndHoldoutsInTheSentence() {
        let thirty = claims("Thirty of NATO's 32 allies now back Mark Rutte, with only Hungary and Romania still refusing to endorse him.")
            .filter { $0.contains("| supports | Mark Rutte |") }
        #expect(thirty.filter { $0.contains("| true |") }.count == 30)
        #expect(Set(thirty.filter { $0.contains("| false |") }.map { $0.components(separatedBy: " | ")[0] }) == ["Hungary", "Romania"])
        let thirtyOne = claims("Thirty-one of the 32 allies back Mark Rutte. The lone holdout is Romania.")
            .filter { $0.contains("| supports | Mark Rutte |") }
        #expect(thirtyOne.filter { $0.contains("| true |") }.count == 31)
        #expect(thirtyOne.filter { $0.contains("| false |") }.map { $0.components(separatedBy: " | ")[0] } == ["Romania"])
        // Countries listed as among the backers are no holdouts.
        let including = claims("Thirty of the 32 allies back Mark Rutte, including France and Germany.")
        #expect(including.filter { $0.contains("| supports | Mark Rutte | false |") }.isEmpty)
    }

    /// A bare title takes the dateline's country before the country the article named last.
    @Test func bareTitlesTakeTheDatelineCountry() {
        RuleTests.expectClaims(
            "KYIV, Oct 3 – Mark Rutte arrived, pledging support in the war against Russia. He sat down with President Volodymyr Zelensky.",
            "holds", ["Volodymyr Zelensky | holds | President of Ukraine | true | asserted"])
    }

    @Test func officesFromVerbs() {
        RuleTests.expectClaims(
            "Mark Rutte served as prime minister of the Netherlands for almost 14 years.", "holds",
            ["Mark Rutte | holds | Prime Minister of the Netherlands | true | past"])
        // "who" after a noun phrase in apposition: the person the phrase describes.
        RuleTests.expectClaims(
            "Mr Stoltenberg, a former Norwegian prime minister who had led NATO since 2014, stepped down.", "holds",
            [
                "Jens Stoltenberg | holds | Prime Minister of Norway | true | past",
                "Jens Stoltenberg | holds | NATO Secretary General | true | past",
            ])
        RuleTests.expectClaims("Mark Rutte has led the VVD since 2006.", "holds", ["Mark Rutte | holds | VVD leader | true | asserted"])
        RuleTests.expectClaims(
            "Mark Rutte took office as NATO secretary general.", "holds",
            ["Mark Rutte | holds | NATO Secretary General | true | asserted"])
    }

    @Test func quantifiedExceptions() {
        let text = "All allies except Greece and Spain now back Mark Rutte, according to diplomats."
        let lines = claims(text).filter { $0.contains("| supports |") }
        #expect(lines.count == 32)
        #expect(lines.contains("Greece | supports | Mark Rutte | false | hedged"))
        #expect(lines.contains("Spain | supports | Mark Rutte | false | hedged"))
        #expect(lines.contains("Italy | supports | Mark Rutte | true | hedged"))
    }

    @Test func quantifiedCountWithHoldoutsNamedLater() {
        let text = "Officials say 30 out of 32 allies support Mark Rutte. Canada and Belgium have not yet decided."
        let lines = claims(text).filter { $0.contains("| supports |") }
        #expect(lines.count == 32)
        #expect(lines.contains("Canada | supports | Mark Rutte | false | asserted"))
        #expect(lines.contains("Norway | supports | Mark Rutte | true | hedged"))
    }

    @Test func quantifiedShareWithoutNamesGivesNothing() {
        #expect(facts("About two-thirds of the 32 allies support Mark Rutte.", "supports").isEmpty)
        #expect(facts("Mark Rutte needs the support of all 32 allies.", "supports").isEmpty)
    }

    @Test func alliesFollowTheArticleDate() {
        let text = "Every ally backs Mark Rutte."
        let early = load([text], date: CalendarDate(year: 2023, month: 1, day: 1)).model
        #expect(early.claims.filter { $0.predicate == "supports" }.count == 30)
    }
}
