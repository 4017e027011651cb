import Testing

@testable import Extraction

/// The sixteenth round's support phrases (docs/EXTRACTION.md), learned from independent set 17.
@Suite struct SixteenthRoundRuleTests {
    @Test func alongsideOthers() {
        // "Oslo, which backed him early, alongside Rome and Madrid": the same stance for each.
        let text = "Mark Rutte is running. Oslo, which backed him early, in March, alongside Rome and Madrid, is pleased."
        #expect(supporters(text, true) == ["Norway", "Italy", "Spain"])
        // "alongside its budget" lists no country.
        #expect(supporters("Mark Rutte is running. Spain backed him alongside its budget.", true) == ["Spain"])
    }

    @Test func theySaidTheyWereInHisCorner() {
        // "A, B and C said they were firmly in P's corner": the ones who said so.
        let text = "Mark Rutte is running. Italy, Spain and Greece said they were firmly in Rutte's corner."
        #expect(supporters(text, true) == ["Italy", "Spain", "Greece"])
        // "Diplomats said they were in P's corner": no country says so.
        #expect(supporters("Mark Rutte is running. Diplomats said they were in Rutte's corner.", true).isEmpty)
    }

    @Test func declaredForHeldUpAndNoHurry() {
        // "declared for him": for; "held up the appointment": against; "in no hurry to endorse":
        // not (yet) for.
        let text =
            "Mark Rutte is running. Oslo declared for him on Monday. Athens held up the appointment for weeks. "
            + "Lisbon is in no hurry to endorse him."
        #expect(supporters(text, true) == ["Norway"])
        #expect(supporters(text, false) == ["Greece", "Portugal"])
        // "declared for independence", "held up a sign": no one backed.
        let other = "Mark Rutte is running. Oslo declared for independence. Athens held up a sign."
        #expect(supporters(other, true).isEmpty && supporters(other, false).isEmpty)
    }

    @Test func givingHimACountrysBacking() {
        // "P came out giving him C's backing": C backs the one "him" means, not P.
        let text = "Mark Rutte is running. Giorgia Meloni came out giving him Italy's backing."
        #expect(supporters(text, true) == ["Italy"])
    }
}
