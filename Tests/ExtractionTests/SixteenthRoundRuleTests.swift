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

    @Test func takesOverAsFromQ() {
        // "takes over as secretary general from Q": P succeeds Q.
        let text = "NATO met. Mark Rutte takes over as secretary general from Jens Stoltenberg today."
        #expect(facts(text, "succeeds") == ["Mark Rutte | succeeds | Jens Stoltenberg | true"])
        // A person between "as" and "from" is no office: no claim.
        #expect(facts("NATO met. Mark Rutte took over as Joe Biden watched from Washington.", "succeeds").isEmpty)
    }

    @Test func membershipGappedBareAndApposed() {
        // "Montenegro joined in 2017 and North Macedonia in 2020": both; "joined because": bare;
        // "Portugal, a founding member,": of the organization the article is about.
        let text =
            "NATO met. Montenegro joined in 2017 and North Macedonia in 2020. Albania and Croatia joined precisely because "
            + "of the war. Portugal, a founding member, spoke."
        #expect(
            facts(text, "member") == [
                "Montenegro | member | NATO | true", "North Macedonia | member | NATO | true", "Albania | member | NATO | true",
                "Croatia | member | NATO | true", "Portugal | member | NATO | true",
            ])
        // "and Spain in turn objected": no time, no gap.
        #expect(facts("NATO met. Montenegro joined in 2017 and Spain in turn objected.", "member") == ["Montenegro | member | NATO | true"])
    }

    @Test func aPersonAndACountryAfterCommaAndAreTwoClauses() {
        // "Greece will not support Rutte, and Portugal is in no hurry to endorse him": Portugal's
        // "him" is Rutte, and Rutte is no subject of the second clause.
        let text = "NATO met. Mette Frederiksen spoke. Greece will not support Rutte, and Portugal is in no hurry to endorse him."
        #expect(supporters(text, false) == ["Greece", "Portugal"])
        #expect(!claims(text).contains { $0.hasPrefix("Mark Rutte | supports") })
    }

    @Test func anInvertedConditionIsNoClaim() {
        // "had she wanted the job", "were Greece to back Rutte": conditions.
        let text =
            "NATO met. Mette Frederiksen would have been a natural candidate, had she wanted the job. Were Greece to back "
            + "Mark Rutte, he would win."
        #expect(facts(text, "candidate").filter { $0.hasPrefix("Mette") }.isEmpty)
        #expect(supporters(text, true).isEmpty)
        // "Greece had backed Rutte" is a fact.
        #expect(supporters("NATO met. Greece had backed Mark Rutte.", true) == ["Greece"])
    }

    @Test func greetingsLunchesAndAnObjectPronoun() {
        // "where Q greeted him": a meeting with the one "him" means, never Q; "for a long lunch
        // with P": a meeting too.
        let text =
            "NATO met. Mark Rutte arrived at the summit, where Giorgia Meloni greeted him on the steps. Later Rutte flew to "
            + "Athens for a long lunch with Olaf Scholz."
        #expect(facts(text, "met") == ["Giorgia Meloni | met | Mark Rutte | true", "Mark Rutte | met | Olaf Scholz | true"])
        // "welcomed the decision" greets no one; "P and Q welcomed it" is no meeting of the two.
        #expect(facts("NATO met. Mark Rutte and Olaf Scholz welcomed the decision.", "met").isEmpty)
    }

    @Test func announcedHeWasRunningToo() {
        // "announced that he was running too": a bid for the contest.
        let text = "NATO met. Mark Rutte is running. Klaus Iohannis announced that he was running too."
        #expect(facts(text, "candidate").contains("Klaus Iohannis | candidate | NATO Secretary General | true"))
    }
}
