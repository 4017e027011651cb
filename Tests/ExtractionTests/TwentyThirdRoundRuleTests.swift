import Testing

@testable import Extraction

/// The twenty-third round's patterns (docs/EXTRACTION.md), learned from independent set 24, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentyThirdRoundRuleTests {
    @Test func theOnlyAllyThatBacked() {
        // "Apart from A itself, B was the only ally that had said it would back P": the others
        // do not back P; A is set aside with no claim.
        let text =
            "Mark Rutte is a candidate. Klaus Iohannis is a candidate. Apart from Romania itself, Poland was the only ally "
            + "that had ever said it would back Iohannis."
        #expect(supporters(text, true, of: "Klaus Iohannis") == ["Poland"])
        #expect(supporters(text, false, of: "Klaus Iohannis").count == 30)
        #expect(!supporters(text, false, of: "Klaus Iohannis").contains("Romania"))
        // "the only ally that had not backed P" is the other way round, as before.
        let holdout = "Mark Rutte is a candidate. Poland was the only ally that had not backed Rutte."
        #expect(supporters(holdout, false) == ["Poland"])
        #expect(supporters(holdout, true).count == 31)
    }

    @Test func aRequirementOfEveryAlly() {
        // "The secretary general is chosen by consensus, which means every ally must agree": no
        // ally has done anything yet.
        let text =
            "Mark Rutte is a candidate. The secretary general is chosen by consensus, which means every ally must agree, "
            + "including Sweden."
        #expect(supporters(text, true).isEmpty)
    }

    @Test func runningInAPopularElectionIsNotTheContest() {
        let text = "Mark Rutte is a candidate. An American election is looming in which Donald Trump is running again."
        #expect(!facts(text, "candidate").contains("Donald Trump | candidate | NATO Secretary General | true"))
        // Without an election named, "is running" is the contest's.
        let running = "Mark Rutte is a candidate. Klaus Iohannis is running too."
        #expect(facts(running, "candidate").contains("Klaus Iohannis | candidate | NATO Secretary General | true"))
    }

    @Test func candidacyPhrases() {
        // "is running to become X", "put his own name forward", "has stayed out of the
        // contest", "was tipped for months but never declared".
        let text =
            "Mark Rutte is a candidate. Mette Frederiksen is running to become NATO secretary general. Ben Wallace is expected "
            + "to put his own name forward. Andrzej Duda has stayed out of the contest. Kaja Kallas was tipped for months but "
            + "never declared."
        let found = facts(text, "candidate")
        #expect(found.contains("Mette Frederiksen | candidate | NATO Secretary General | true"))
        #expect(found.contains("Ben Wallace | candidate | NATO Secretary General | true"))
        #expect(found.contains("Andrzej Duda | candidate | NATO Secretary General | false"))
        #expect(found.contains("Kaja Kallas | candidate | NATO Secretary General | false"))
        // The holder who "has stayed out of the contest" stays neutral: no candidacy either way.
        let holder =
            "Mark Rutte is a candidate. NATO Secretary General Jens Stoltenberg, whose term ends in October, has stayed out "
            + "of the contest."
        #expect(facts(holder, "candidate").filter { $0.hasPrefix("Jens Stoltenberg") }.isEmpty)
        // "declared" with no negation is nothing by itself ("declared in March").
        #expect(facts("Mark Rutte is a candidate. Kaja Kallas declared in March.", "candidate").filter { $0.hasPrefix("Kaja") }.isEmpty)
    }

    @Test func theWithdrawalOnADayOfP() {
        let text = "Mark Rutte is a candidate. With the withdrawal on Thursday of Romania's president, Klaus Iohannis, the race ended."
        #expect(facts(text, "withdrew").contains("Klaus Iohannis | withdrew | NATO Secretary General | true"))
        // "the withdrawal on Thursday of troops" names no one.
        #expect(facts("Mark Rutte is a candidate. The withdrawal on Thursday of troops went ahead.", "withdrew").isEmpty)
    }

    @Test func twoOfTheLastHoldouts() {
        let text = "Mark Rutte is a candidate. Poland and Greece, two of the last holdouts, had come round."
        #expect(supporters(text, false) == ["Poland", "Greece"])
        #expect(supporters(text, true) == ["Poland", "Greece"])
    }

    @Test func aTermInGeneral() {
        // "the term is normally four years", "The mandate is four years." opening its sentence.
        for text in [
            "Mark Rutte is a candidate. The term is normally four years.", "Mark Rutte is a candidate. The mandate is four years.",
        ] {
            #expect(claims(text).contains { $0.hasPrefix("NATO Secretary General | term_length | 4 years") }, "\(text)")
        }
        // Not a stay or a sentence in prison: "The sentence is four years", "He said the mandate is four years too long".
        #expect(!claims("Mark Rutte is a candidate. The sentence is four years.").contains { $0.contains("term_length") })
    }
}
