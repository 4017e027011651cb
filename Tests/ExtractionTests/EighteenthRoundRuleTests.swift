import Testing

@testable import Extraction

/// The eighteenth round's patterns (docs/EXTRACTION.md), learned from independent set 19, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct EighteenthRoundRuleTests {
    @Test func cameOnBoard() {
        // "came on board", "Greece and Spain, the last two holdouts, came on board": for, each of them.
        let text = "Mark Rutte is running. Portugal came on board within days. Greece and Spain, the last two holdouts, came on board."
        #expect(supporters(text, true) == ["Portugal", "Greece", "Spain"])
        // "has not come on board": not for; "to get Greece to come on board": an effort, no claim.
        #expect(supporters("Mark Rutte is running. Greece has not come on board.", false) == ["Greece"])
        #expect(supporters("Mark Rutte is running. Diplomats hope to get Greece to come on board.", true).isEmpty)
    }

    @Test func membershipFollowedNeverAndOutside() {
        // "Albania joined in 2009. Croatia followed in the same month": the membership just said;
        // "Ireland, which has never been a member"; "Austria and Malta remain outside the alliance".
        let text =
            "NATO met. Albania joined in 2009. Croatia followed in April. Ireland, which has never been a member of NATO, "
            + "watched. Austria and Malta remain outside the alliance."
        #expect(
            facts(text, "member") == [
                "Albania | member | NATO | true", "Croatia | member | NATO | true", "Ireland | member | NATO | false",
                "Austria | member | NATO | false", "Malta | member | NATO | false",
            ])
        // "Spain followed the debate" after no membership: nothing.
        #expect(facts("NATO met. Spain followed the debate.", "member").isEmpty)
    }

    @Test func thenJoinsTwoVerbsOfOneSubject() {
        // "Greece held out until May, then endorsed him": Greece backs him after, as the main
        // clause's subject.
        let text = "Mark Rutte is running. Greece held out until May, then endorsed him."
        #expect(claims(text).contains("Greece | supports | Mark Rutte | true | asserted"))
        // ", then" after a clause with a different subject in a subordinate clause keeps the main one.
        let other = "Mark Rutte is running. After Spain objected, Greece waited, then endorsed Rutte."
        #expect(supporters(other, true) == ["Greece"])
    }
}
