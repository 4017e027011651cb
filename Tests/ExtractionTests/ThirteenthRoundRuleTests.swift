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
}
