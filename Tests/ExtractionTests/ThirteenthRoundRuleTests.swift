import Testing

@testable import Extraction

/// The thirteenth round's patterns (docs/EXTRACTION.md), learned from independent set 14, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct ThirteenthRoundRuleTests {
    @Test func aCountryTalkedAboutIsNoTitlesJurisdiction() {
        // "Prime Minister X" with no country of their own: not the country the sentence is about.
        let text = "Prime Minister Anna Lindqvist knows him well, and the two have seen eye to eye on Ukraine."
        #expect(!facts(text, "holds").contains("Anna Lindqvist | holds | Prime Minister of Ukraine | true"))
        // A country named on its own earlier is, and a list of capitals names no one country.
        let earlier =
            "For Ottawa, the handover matters. Canada backed him early, after Washington, London and Berlin had done so. "
            + "Prime Minister Anna Lindqvist knows him well, and the two have seen eye to eye on Ukraine."
        #expect(facts(earlier, "holds").contains("Anna Lindqvist | holds | Prime Minister of Canada | true"))
        // Where the sentence says the person went, the place still counts.
        let visit = "Stoltenberg flew to Oslo for a dinner hosted by Prime Minister Anna Lindqvist."
        #expect(facts(visit, "holds").contains("Anna Lindqvist | holds | Prime Minister of Norway | true"))
    }

    @Test func declaredForTheDutchPremierIsAPerson() {
        // "declared for the Dutch premier": backing for the person the role phrase means, so it is
        // not the office the article's bids are for.
        let text =
            "Mark Rutte, the Dutch prime minister, wants the job. Lisbon supports Mr Rutte's candidacy. "
            + "Twelve allies had now declared for the Dutch premier."
        #expect(facts(text, "candidate") == ["Mark Rutte | candidate | NATO Secretary General | true"])
        // "the race for the Dutch premier" stays an office sought, and so the contest.
        let race =
            "Mark Rutte, the Dutch prime minister, wants the job. Lisbon supports Mr Rutte's candidacy. "
            + "He said the race for the Dutch premier was over."
        #expect(facts(race, "candidate") == ["Mark Rutte | candidate | Prime Minister of the Netherlands | true"])
    }

    @Test func noSupportFromAnotherAlly() {
        // "never won open support from another ally": every ally against but the person's own.
        let text = "Polish President Andrzej Duda is running. He never won open support from another ally."
        #expect(supporters(text, false, of: "Andrzej Duda").count == 31)
        #expect(!supporters(text, false, of: "Andrzej Duda").contains("Poland"))
        // With no negation, "another ally" quantifies nothing.
        let won = "Polish President Andrzej Duda is running. He won support from another ally on Friday."
        #expect(supporters(won, false, of: "Andrzej Duda").isEmpty)
        #expect(supporters(won, true, of: "Andrzej Duda").isEmpty)
    }

    @Test func membershipSaidOfMoreCountries() {
        // "..., and neither are A, B or C": the negated membership of each.
        let neither = "Japan is not a member of NATO, and neither are Australia, Chile or Brazil."
        #expect(
            facts(neither, "member") == [
                "Japan | member | NATO | false", "Australia | member | NATO | false", "Chile | member | NATO | false",
                "Brazil | member | NATO | false",
            ])
        // "and so is C" only repeats a membership that is not negated.
        let so = "Poland is a member of NATO, and so is Canada. Georgia is not a member of NATO, and so is Moldova."
        #expect(
            facts(so, "member") == ["Poland | member | NATO | true", "Canada | member | NATO | true", "Georgia | member | NATO | false"])
        // "C, which like D joined the alliance": both joined.
        let like = "NATO met. Croatia, which like Albania joined the alliance in 2009, hosts drills."
        #expect(facts(like, "member") == ["Croatia | member | NATO | true", "Albania | member | NATO | true"])
        // "had both joined within a year": a bare "joined" with a time after it.
        let both = "NATO met. The MP said the alliance was necessary: Finland and Sweden had both joined within a year."
        #expect(facts(both, "member") == ["Finland | member | NATO | true", "Sweden | member | NATO | true"])
        // "joined" before a noun is no membership ("joined later talks").
        let talks = "NATO met. Hungary joined later talks on the budget."
        #expect(facts(talks, "member").isEmpty)
    }

    @Test func amongTheAlliesThatEndorsed() {
        // "among the first allies in the region to endorse P", "among the allies that endorsed P".
        let text =
            "Mark Rutte is running. Portugal was among the first allies in the region to endorse Rutte. "
            + "Norway was among the allies that endorsed Rutte early in the year."
        #expect(supporters(text, true) == ["Portugal", "Norway"])
        // "among the allies that doubted him" is no support.
        let doubted = "Mark Rutte is running. Norway was among the allies that doubted Rutte early in the year."
        #expect(supporters(doubted, true).isEmpty)
    }

    @Test func othersHadDoneSo() {
        // "after A, B and C had done so": the support just said, by the countries before "done so".
        let text = "Mark Rutte is running. Spain endorsed Rutte in March, shortly after Rome, Lisbon and Oslo had publicly done so."
        #expect(supporters(text, true) == ["Spain", "Italy", "Portugal", "Norway"])
        #expect(supporters(text + " Budapest has not done so.", false) == ["Hungary"])
        // With no support said just before, "done so" copies nothing.
        let alone = "Mark Rutte is running. Rome and Lisbon had done so in February."
        #expect(supporters(alone, true).isEmpty)
    }

    @Test func whoseAdministrationSpeaksForTheCountry() {
        // "President X, whose administration was among the first to endorse P": X's country.
        let text = "Mark Rutte is running. President Joe Biden, whose administration was among the first to endorse Rutte, spoke."
        #expect(supporters(text, true) == ["United States"])
        // Without "whose administration", the person.
        let person = "Mark Rutte is running. President Joe Biden was among the first to endorse Rutte."
        #expect(supporters(person, true) == ["Joe Biden"])
    }

    @Test func looksFavourablyAndANod() {
        // "looks favourably on his candidacy", "Ankara's nod had come earlier": support.
        let text =
            "Mark Rutte is the front-runner. Diplomats say Oslo looks favourably on his candidacy. Madrid's nod had come earlier."
        #expect(supporters(text, true) == ["Norway", "Spain"])
        // A nod to someone else, or a plan looked on kindly, is none.
        let none = "Mark Rutte is the front-runner. Oslo looked kindly on the plan. He gave a nod to the crowd."
        #expect(supporters(none, true).isEmpty)
    }

    @Test func hisSuccessorAsPrimeMinister() {
        // "His successor as Dutch prime minister, P, ...": P succeeds the person "his" means.
        let text = "At home, Mark Rutte left a problem behind. His successor as Dutch prime minister, Dick Schoof, presides over it."
        #expect(facts(text, "succeeds") == ["Dick Schoof | succeeds | Mark Rutte | true"])
        // Naming someone to an office says nothing of a predecessor.
        let named = "At home, Mark Rutte left a problem behind. The king named Dick Schoof as Dutch prime minister."
        #expect(facts(named, "succeeds").isEmpty)
    }

    @Test func aRelativeClauseLedByAPreposition() {
        // "P, with whom Q has clashed ..., is not expected to back him": P is the subject.
        let text =
            "Mark Rutte is the front-runner. Prime Minister Viktor Orbán, with whom Rutte has clashed over the rule of law, "
            + "is not expected to back him."
        #expect(claims(text).contains("Viktor Orbán | supports | Mark Rutte | false | expected"))
        // Without the clause's commas nothing is skipped: "Rutte" is no backer of himself, and
        // no one else is named before the verb.
        let plain = "Mark Rutte is the front-runner. The men with whom Rutte has clashed are not expected to back him."
        #expect(!claims(plain).contains { $0.contains("| supports |") })
    }

    @Test func seekingASecondTerm() {
        // "expected to seek a second term": a candidacy for the office the person holds.
        let text = "Romanian President Klaus Iohannis is widely expected to seek a second term."
        #expect(claims(text).contains("Klaus Iohannis | candidate | President of Romania | true | expected"))
        // A second term served is no candidacy.
        let served = "Romanian President Klaus Iohannis is serving a second term."
        #expect(facts(served, "candidate").isEmpty)
    }

    @Test func lobbiedForTheJob() {
        // "who lobbied openly for the job": a candidacy for the article's contest.
        let text = "Mark Rutte is running. Ben Wallace, who lobbied openly for the job last year, has left government."
        #expect(facts(text, "candidate").contains("Ben Wallace | candidate | NATO Secretary General | true"))
        // Lobbying for a plan is none.
        let plan = "Mark Rutte is running. Ben Wallace lobbied openly for the plan last year."
        #expect(!facts(plan, "candidate").contains("Ben Wallace | candidate | NATO Secretary General | true"))
    }

    @Test func aPossessiveOpeningASentenceContinuesItsSubject() {
        // "For months his government had refused ...": "his" is the last sentence's subject, not
        // the person that sentence named last.
        let text =
            "Mark Rutte was appointed. Spanish Prime Minister Pedro Sánchez, who relented after Rutte called him, said "
            + "Madrid was content. For months his government had refused to endorse the Dutchman."
        #expect(supporters(text, false).contains("Spain"))
        #expect(!supporters(text, false).contains("Netherlands"))
        // A person named before "his" in the sentence is still the one it means.
        let named =
            "Mark Rutte was appointed. Spanish Prime Minister Pedro Sánchez, who relented after Rutte called him, said "
            + "Madrid was content. Italian Prime Minister Giorgia Meloni said her government had refused to endorse the Dutchman."
        #expect(supporters(named, false).contains("Italy"))
        #expect(!supporters(named, false).contains("Spain"))
    }

    @Test func aNameBeforeWhoIsAPerson() {
        // "Manfred Wörner, who was secretary general from 1988 to 1994": a person the lexicon
        // does not know, introduced by "who".
        let text = "NATO picked Mark Rutte as secretary general. Manfred Wörner, who was secretary general from 1988 to 1994, was German."
        #expect(claims(text).contains("Manfred Wörner | holds | NATO Secretary General | true | past"))
        // A body before "who" is none, nor the word that opens the sentence.
        let model = load(["Meanwhile Human Rights Watch, who criticised him, spoke. Meanwhile Manfred Wörner, who led NATO, spoke."]).model
        let people = model.entities.filter { $0.kind == .person }.map(\.name)
        #expect(people.contains("Manfred Wörner"))
        #expect(!people.contains { $0.contains("Watch") || $0.hasPrefix("Meanwhile") })
    }

    @Test func handingOverWithATimeOrASuccessorBetween() {
        let before = "Mark Rutte is Dutch prime minister. "
        // "will hand over next week to P", "hands over on 1 October to P", "to his successor P".
        for text in [
            "Rutte will hand over next week to Dick Schoof.", "Rutte hands over on 2 July to Dick Schoof.",
            "Rutte will hand over to his successor Dick Schoof.",
            "Mr Rutte, for his part, will hand over the Dutch premiership to Dick Schoof.",
        ] {
            #expect(facts(before + text, "succeeds") == ["Dick Schoof | succeeds | Mark Rutte | true"], "\(text)")
        }
        // Handing over documents is no succession.
        #expect(facts(before + "Rutte handed over the documents to Dick Schoof.", "succeeds").isEmpty)
    }

    @Test func afterMeetingQCommaP() {
        // "After meeting Q in Brussels on Monday, P said": P met Q, the evidence from "After".
        let text = "Mark Rutte is Dutch prime minister. After meeting Rutte in Brussels on Monday, Viktor Orbán said he was ready."
        #expect(claims(text).contains("Viktor Orbán | met | Mark Rutte | true | asserted"))
        let model = load([text]).model
        #expect(model.claims.first { $0.predicate == "met" }?.evidence.text == "After meeting Rutte in Brussels on Monday, Viktor Orbán")
        // "After meeting the deadline, P said" meets no one.
        #expect(facts("Mark Rutte is Dutch prime minister. After meeting the deadline, Viktor Orbán spoke.", "met").isEmpty)
    }

    @Test func comeToAPlaceAndByMostAccounts() {
        // "He did not come to Ottawa": a visit denied; "came to" one made.
        let text = "Mark Rutte is NATO chief. He did not come to Ottawa in spring. Rutte came to Madrid in May."
        #expect(facts(text, "visited") == ["Mark Rutte | visited | Ottawa | false", "Mark Rutte | visited | Madrid | true"])
        // A decision that comes to a place is no visit.
        #expect(facts("Mark Rutte is NATO chief. The decision will come to Ottawa soon.", "visited").isEmpty)
        // "by most accounts" hedges what it stands before.
        let hedged = "Mark Rutte is running. Norway, by most accounts, was among the allies that endorsed Rutte early."
        #expect(claims(hedged).contains("Norway | supports | Mark Rutte | true | hedged"))
    }
}
