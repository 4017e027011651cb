import Testing

@testable import Extraction

/// The twenty-second round's patterns (docs/EXTRACTION.md), learned from independent set 23, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentySecondRoundRuleTests {
    @Test func aCountOfThoseWhoDoNotBack() {
        // "four of the 32 allies were still withholding their support", the four named: the
        // others back the candidate.
        let text =
            "Mark Rutte is the only candidate. With Poland and Italy, Greece and Spain made four of the 32 allies that were "
            + "still withholding their support."
        #expect(supporters(text, false) == ["Poland", "Italy", "Greece", "Spain"])
        #expect(supporters(text, true).count == 28)
        // The holdouts after a colon.
        let listed = "Mark Rutte is the only candidate. Two of the 32 allies have not backed Rutte: Poland and Italy."
        #expect(supporters(listed, false) == ["Poland", "Italy"])
        #expect(supporters(listed, true).count == 30)
        // A count of backers is read as before: "30 of the 32 allies back Rutte".
        let backers = "Mark Rutte is the only candidate. 30 of the 32 allies back Rutte; Poland and Italy do not."
        #expect(supporters(backers, true).count == 30)
    }

    @Test func theOnlyOneAfterAnAuxiliary() {
        // "Romania had remained the only one of the 32 allies which had not ...".
        let text = "Mark Rutte is the only candidate. Greece had remained the only one of the 32 allies which had not backed Rutte."
        #expect(supporters(text, false) == ["Greece"])
        #expect(supporters(text, true).count == 31)
    }

    @Test func aTermThatEndsSaysWhoHoldsTheOffice() {
        // "Jens Stoltenberg, whose term ends on 1 October", "P, in charge since 2014", "who has
        // held the title since 2014": the contest's office, held now.
        for text in [
            "Mark Rutte is the only candidate. Diplomats said Jens Stoltenberg, whose term ends on 1 October, would not stay.",
            "Mark Rutte is the only candidate. Stoltenberg, in charge since 2014, welcomed the news.",
            "Mark Rutte is the only candidate. Jens Stoltenberg, who has held the title since 2014, spoke.",
        ] {
            #expect(facts(text, "holds").contains("Jens Stoltenberg | holds | NATO Secretary General | true"), "\(text)")
        }
        // A candidate's term is another office's; a term extended says nothing of its end.
        let candidate = "Klaus Iohannis is a candidate. Klaus Iohannis, whose term ends in December, spoke."
        #expect(!facts(candidate, "holds").contains("Klaus Iohannis | holds | NATO Secretary General | true"))
        let extended = "Mark Rutte is the only candidate. Jens Stoltenberg, whose term was extended, spoke."
        #expect(facts(extended, "holds").isEmpty)
    }

    @Test func refusingToBackAManWho() {
        let text = "Mark Rutte is the only candidate. Greece, by contrast, refuses to back a man who criticised it."
        #expect(supporters(text, false) == ["Greece"])
        // Refusing to back "a candidate" in general names no one.
        let near = "Mark Rutte is the only candidate. Greece refuses to back a candidate in a hurry."
        #expect(supporters(near, false).isEmpty)
    }

    @Test func neverDeclaredAnInterest() {
        // "never formally declared an interest", "but neither ever declared an interest": no candidacy.
        let text = "NATO met. Mette Frederiksen, however, never formally declared an interest."
        #expect(facts(text, "candidate").contains("Mette Frederiksen | candidate | NATO Secretary General | false"))
        let neither =
            "NATO met. The names of Mette Frederiksen and Ben Wallace were floated in 2023, but neither ever declared an interest "
            + "in the job."
        #expect(facts(neither, "candidate").contains("Ben Wallace | candidate | NATO Secretary General | false"))
        #expect(!facts(neither, "candidate").contains("Ben Wallace | candidate | NATO Secretary General | true"))
        // An interest declared in something else is none.
        #expect(facts("NATO met. Mette Frederiksen declared an interest in fishing.", "candidate").isEmpty)
    }

    @Test func cameOutInHisFavour() {
        let text = "Mark Rutte is the only candidate. Canada and Norway all came out in his favour in February."
        #expect(supporters(text, true) == ["Canada", "Norway"])
        // "came out in force", "came out in Brussels": no one's favour.
        let near = "Mark Rutte is the only candidate. Canada and Norway came out in force in February."
        #expect(supporters(near, true).isEmpty)
    }

    @Test func naturallyBehindItsOwnPrimeMinister() {
        let text =
            "Mark Rutte is the Dutch prime minister. Mark Rutte is a candidate. The Netherlands is naturally behind its own "
            + "prime minister."
        #expect(facts(text, "supports").contains("Netherlands | supports | Mark Rutte | true"))
    }

    @Test func aFormerHoldoutNamedAfterTheNoun() {
        // "The fourth former holdout, Türkiye, ...": opposition that has ended.
        let text = "Mark Rutte is the only candidate. The third former holdout, Poland, signed on in April."
        #expect(claims(text).contains { $0.hasPrefix("Poland | supports | Mark Rutte | false | past") })
        // A holdout of something else after a comma is another noun phrase: "the holdout, as
        // ever, was Poland" names Poland only through the verb.
        let near = "Mark Rutte is the only candidate. The holdout, as ever, was the weather."
        #expect(supporters(near, false).isEmpty)
    }

    @Test func aTermThatRunsNYears() {
        #expect(
            claims("Mark Rutte is the only candidate. Rutte's term runs four years.").contains {
                $0.hasPrefix("NATO Secretary General | term_length | 4 years")
            })
        #expect(!claims("Mark Rutte is the only candidate. The meeting runs four hours.").contains { $0.contains("term_length") })
    }

    @Test func takingOverTheMandateFrom() {
        let text = "NATO met. Mr Rutte will take over the mandate from Mr Jens Stoltenberg on 1 October."
        #expect(facts(text, "succeeds").contains("Mark Rutte | succeeds | Jens Stoltenberg | true"))
        // Taking over a mandate from a body is no succession.
        #expect(facts("NATO met. Mark Rutte took over the mandate from the council.", "succeeds").isEmpty)
    }

    @Test func aQuotationOpeningOnTheVerbPhrase() {
        // `P "strongly supports" Q's candidacy`, `Hungary was "ready to support" Q's bid`.
        let text =
            "Mark Rutte is the only candidate. Chancellor Olaf Scholz \"strongly supports\" Rutte's candidacy, his office said. "
            + "Poland was “ready to support” Rutte's bid."
        let found = facts(text, "supports")
        #expect(found.contains("Olaf Scholz | supports | Mark Rutte | true"))
        #expect(found.contains("Poland | supports | Mark Rutte | true"))
        // A quotation that opens a sentence of its own speaker's words is not the subject's verb.
        let near = "Mark Rutte is the only candidate. Olaf Scholz said: \"We support\" the plan."
        #expect(!facts(near, "supports").contains("Olaf Scholz | supports | Mark Rutte | true"))
    }
}
