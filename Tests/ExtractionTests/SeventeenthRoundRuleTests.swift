import Testing

@testable import Extraction

/// The seventeenth round's patterns (docs/EXTRACTION.md), learned from independent set 18, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct SeventeenthRoundRuleTests {
    @Test func refusingAManWho() {
        // "cannot back a man who once ...": against the article's candidate; "would back a
        // candidate who serves all allies" names no one, nor does a requirement of an office.
        let text = "Mark Rutte is running. Greece said it could not support a candidate who had once mocked its budget."
        #expect(supporters(text, false) == ["Greece"])
        #expect(supporters("Mark Rutte is running. Greece would back a candidate who served all allies.", true).isEmpty)
        let office = "Mark Rutte is running. Greece cannot support a secretary general who wants higher spending."
        #expect(supporters(office, false).isEmpty)
    }

    @Test func ownObjectionsConsentAndSquarelyBehind() {
        // "lifted its own objections", "withheld its consent for three months" (a refusal that
        // ended), "were squarely behind Rutte", "fielded a candidate of its own, P".
        let text =
            "Mark Rutte is running. Portugal lifted its own objections in April. Athens withheld its consent for three "
            + "months. Spain and Italy were squarely behind Rutte. Romania has fielded a candidate of its own, "
            + "President Klaus Iohannis."
        #expect(claims(text).contains("Portugal | supports | Mark Rutte | true | asserted"))
        #expect(claims(text).contains("Greece | supports | Mark Rutte | false | past"))
        #expect(supporters(text, true).isSuperset(of: ["Spain", "Italy"]))
        #expect(supporters(text, true, of: "Klaus Iohannis") == ["Romania"])
        // "has withheld its consent for three months" goes on: against, now.
        #expect(
            claims("Mark Rutte is running. Athens has withheld its consent for three months.").contains(
                "Greece | supports | Mark Rutte | false | asserted"))
        // "was behind the delay" backs no one.
        #expect(supporters("Mark Rutte is running. Spain was squarely behind the delay.", true).isEmpty)
    }

    @Test func heldOutBeforeFallingIntoLine() {
        // "held out until June before falling into line": against before, for after.
        let text = "Mark Rutte is running. Greece held out until June before falling into line."
        #expect(claims(text).contains("Greece | supports | Mark Rutte | false | past"))
        #expect(claims(text).contains("Greece | supports | Mark Rutte | true | asserted"))
    }

    @Test func membershipNowOnlyAndSince() {
        // "Sweden, now NATO's 32nd member", "which joined only in March", "a member since 2023".
        let text =
            "NATO met. Sweden, now NATO's 32nd member, spoke. Albania, which joined only in April 2009, spoke. "
            + "Finland, a member since April 2023, spoke."
        #expect(
            facts(text, "member") == [
                "Sweden | member | NATO | true", "Albania | member | NATO | true", "Finland | member | NATO | true",
            ])
        // "Spain, a member of the committee" names another body; "a key member" none.
        #expect(facts("NATO met. Spain, a key member, spoke.", "member").isEmpty)
    }

    @Test func companionsInAParenthesisAndTheJourney() {
        // "P, along with the governments in Oslo and Rome, backed Q": P and those capitals' countries.
        let text =
            "Mark Rutte is running. Chancellor Olaf Scholz, along with the governments in Oslo, Rome and Madrid, backed "
            + "the Dutchman in February."
        #expect(supporters(text, true) == ["Olaf Scholz", "Norway", "Italy", "Spain"])
        // "made the journey to Athens": a visit.
        #expect(facts("NATO met. In April Mark Rutte made the journey to Athens.", "visited") == ["Mark Rutte | visited | Athens | true"])
    }

    @Test func atTheHeadOfTheAlliance() {
        // "the head of the alliance" is NATO's secretary general: "P, the head of the alliance",
        // "P stepped down after ten years at the head of the alliance" (past).
        let text = "NATO met. Jens Stoltenberg, the head of the alliance, spoke."
        #expect(facts(text, "holds") == ["Jens Stoltenberg | holds | NATO Secretary General | true"])
        let after = "NATO met. Mark Rutte is running. Jens Stoltenberg stepped down after ten years at the head of the alliance."
        #expect(claims(after).contains("Jens Stoltenberg | holds | NATO Secretary General | true | past"))
        // "arrived at the head of the alliance" is no tenure.
        #expect(facts("NATO met. Mark Rutte is running. Jens Stoltenberg arrived at the head of the alliance.", "holds").isEmpty)
    }

    @Test func companionsOnlyRightAfterTheSubject() {
        // "backed Rutte early, together with A and B, all of which endorsed him": the relative
        // clause is A's and B's, not Rutte's (no "Rutte supports" claim).
        let text =
            "Mark Rutte is running. Klaus Iohannis is running. Canada backed Rutte early, together with Spain and Italy, "
            + "all of which endorsed him."
        #expect(!claims(text).contains { $0.hasPrefix("Mark Rutte | supports") })
    }
}
