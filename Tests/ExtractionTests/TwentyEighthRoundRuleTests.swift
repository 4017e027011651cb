import Testing

@testable import Extraction

/// The twenty-eighth round's patterns (docs/EXTRACTION.md), learned from independent set 29, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentyEighthRoundRuleTests {
    @Test func aReportDeniedInItsOwnSentence() {
        // "A news site reported that Bulgaria would back Iohannis, a report the Bulgarian
        // government dismissed as speculation."
        let text =
            "Mark Rutte is a candidate. A Greek news site reported on Monday that Cyprus would back Rutte, a report the "
            + "Cypriot government dismissed as speculation."
        #expect(supporters(text, true).isEmpty)
        // A report nobody denies stands.
        let kept = "Mark Rutte is a candidate. A Greek news site reported on Monday that Greece would back Rutte, a report confirmed later."
        #expect(supporters(kept, true) == ["Greece"])
    }

    @Test func aRelativeClauseOfAWholeList() {
        // "among them the United States, Germany, France and Britain, which all declared their
        // support": each of the list; without "all" the clause is the last one's.
        let text = "Mark Rutte is a candidate. Rutte has the backing of Spain, Italy and Portugal, which all declared their support in May."
        #expect(supporters(text, true) == ["Spain", "Italy", "Portugal"])
        let last = "Mark Rutte is a candidate. Rutte met the leaders of Spain, Italy and Portugal, which declared its support in May."
        #expect(supporters(last, true) == ["Portugal"])
    }

    @Test func theHolderBowsOut() {
        // "NATO Secretary General Jens Stoltenberg bows out after a decade": he leaves the office,
        // no candidacy ends; a candidate who bows out withdraws.
        let text = "Mark Rutte took office. NATO Secretary General Jens Stoltenberg bows out after a decade."
        #expect(facts(text, "withdrew").isEmpty)
        let candidate = "Mark Rutte is a candidate. Klaus Iohannis is a candidate. Klaus Iohannis bows out of the race."
        #expect(facts(candidate, "withdrew").contains("Klaus Iohannis | withdrew | NATO Secretary General | true"))
    }
}
