import Testing

@testable import Extraction

/// The twenty-fifth round's patterns (docs/EXTRACTION.md), learned from independent set 26, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentyFifthRoundRuleTests {
    @Test func aDenialOfWhatTheSentenceBeforeReported() {
        // "A newspaper reported that Turkey had signed off on P's bid. An official denied that, ...".
        let text =
            "Mark Rutte is a candidate. A Danish paper reported on Monday that Greece had also signed off on Rutte's bid. "
            + "A Greek official denied that, saying Athens had not decided."
        #expect(!supporters(text, true).contains("Greece"))
        // A denial of something else keeps the report.
        let other =
            "Mark Rutte is a candidate. A Danish paper reported on Monday that Greece had also signed off on Rutte's bid. "
            + "Athens denied that the prime minister would travel."
        #expect(supporters(other, true).contains("Greece"))
    }

    @Test func aForeignSecretaryIsAForeignMinister() {
        // "In London, Foreign Secretary David Cameron, a former prime minister himself, threw his
        // weight behind Rutte": the title apart from the name; London no second backer.
        let text =
            "Mark Rutte is a candidate. In London, Foreign Secretary Ben Wallace, a former soldier himself, threw his weight "
            + "behind Rutte."
        #expect(facts(text, "holds").contains("Ben Wallace | holds | UK Foreign Secretary | true"))
        #expect(supporters(text, true) == ["Ben Wallace"])
    }

    @Test func whoeverIsNoOne() {
        let text = "Mark Rutte is a candidate. Robert Fico insisted that whoever took over from Mr Stoltenberg would need Slovakia."
        #expect(facts(text, "succeeds").isEmpty)
    }

    @Test func theMorningAfterALateMeeting() {
        // "the morning after a late meeting with P in Brussels, the Hungarian prime minister ...".
        let text =
            "Mark Rutte is a candidate. Robert Fico spoke. On Tuesday, the morning after a late meeting with Mark Rutte on the "
            + "fringes of an EU leaders' dinner in Brussels, the Slovak prime minister gave the green light."
        #expect(facts(text, "met").contains("Robert Fico | met | Mark Rutte | true"))
        // "a late meeting of the council" is no one's meeting with P.
        #expect(facts("Mark Rutte is a candidate. After a late meeting of the council, Robert Fico spoke.", "met").isEmpty)
    }

    @Test func aDatelineWithAnAgencyInBrackets() {
        let text =
            "BRUSSELS, Oct 1 (Baltic Wire) - Mark Rutte took over as NATO secretary general on Tuesday, succeeding Jens "
            + "Stoltenberg at the head of the alliance."
        #expect(facts(text, "succeeds").contains("Mark Rutte | succeeds | Jens Stoltenberg | true"))
    }

    @Test func greetedByAndHandingOverBefore() {
        // "was greeted by Stoltenberg at the entrance": met; "ran the country for 14 years before
        // handing over to Q": Q succeeds.
        let text =
            "Mark Rutte took office. The former Dutch prime minister was greeted by Jens Stoltenberg at the entrance. Rutte ran "
            + "the Netherlands for nearly 14 years before handing over to Dick Schoof in July."
        #expect(facts(text, "met").contains("Mark Rutte | met | Jens Stoltenberg | true"))
        #expect(facts(text, "succeeds").contains("Dick Schoof | succeeds | Mark Rutte | true"))
        // "was greeted by cheers" names no one.
        #expect(facts("Mark Rutte took office. Rutte was greeted by cheers.", "met").isEmpty)
    }

    @Test func theSuccessorOfAContenderIsNoContender() {
        // "him" after a succession in the office the contender leaves is still the contender.
        let text =
            "Mark Rutte took over as NATO secretary general, succeeding Jens Stoltenberg. Rutte ran the Netherlands before "
            + "handing over to Dick Schoof in July. He was appointed in June, after Poland dropped its opposition and Romanian "
            + "President Klaus Iohannis withdrew his rival bid. Greece agreed to back him only after he promised a deal."
        #expect(!facts(text, "supports").contains("Greece | supports | Dick Schoof | true"))
    }
}
