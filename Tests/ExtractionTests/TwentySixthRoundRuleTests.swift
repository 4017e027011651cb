import Testing

@testable import Extraction

/// The twenty-sixth round's patterns (docs/EXTRACTION.md), learned from independent set 27, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentySixthRoundRuleTests {
    @Test func aCountOfThoseYetToGiveTheirBlessing() {
        // "By the count of Polish diplomats, only four of NATO's 32 members - A, B, C and D - have
        // yet to give the Dutch politician their blessing": the four do not, the others do (the
        // demonym "Polish" names no holdout).
        let text =
            "Mark Rutte is a candidate. By the count of Danish diplomats, only two of NATO's 32 members - Greece and Italy - "
            + "have yet to give the Dutch politician their blessing. Mette Frederiksen told her Dutch counterpart that Denmark "
            + "expected more."
        #expect(supporters(text, false) == ["Greece", "Italy"])
        #expect(supporters(text, true).count == 30)
    }

    @Test func aCountryAfterOfIsNoTitlesCountry() {
        // "a steadfast friend of Canada and a tireless champion of Ukraine," Prime Minister P said.
        let text =
            "OTTAWA — NATO named Mark Rutte. \"He has been a friend of Norway and a champion of Ukraine,\" Prime Minister Anna "
            + "Berg said."
        let found = facts(text, "holds")
        #expect(!found.contains("Anna Berg | holds | Prime Minister of Ukraine | true"))
        #expect(found.contains("Anna Berg | holds | Prime Minister of Canada | true"))
    }

    @Test func reportsThatWereDismissed() {
        // "Reports in a Warsaw weekly that the government had favoured P were dismissed by Q".
        let text =
            "Mark Rutte is a candidate. Reports in a Lisbon weekly that the government had privately favoured Estonian Prime "
            + "Minister Kaja Kallas for the post were dismissed by the foreign minister."
        #expect(!facts(text, "supports").contains("Portugal | supports | Kaja Kallas | true"))
        #expect(facts(text, "holds").contains("Kaja Kallas | holds | Prime Minister of Estonia | true"))
        // A report that is not dismissed stands.
        let kept = "Mark Rutte is a candidate. Reports say the Portuguese government has favoured Rutte for months."
        #expect(!supporters(kept, true).isEmpty)
    }

    @Test func neitherHasEnteredTheRace() {
        // "A and B have both been mentioned as possible contenders. Neither has formally entered
        // the race.": neither is a candidate, and the mention is taken back.
        let text =
            "Mark Rutte is a candidate. Mette Frederiksen and Ben Wallace have both been mentioned as possible contenders. "
            + "Neither has formally entered the race."
        let found = claims(text)
        #expect(found.contains { $0.hasPrefix("Mette Frederiksen | candidate | NATO Secretary General | false") })
        #expect(found.contains { $0.hasPrefix("Ben Wallace | candidate | NATO Secretary General | false") })
        #expect(!found.contains { $0.hasPrefix("Ben Wallace | candidate | NATO Secretary General | true") })
        // "Neither" after one person only says nothing of a pair.
        let one = "Mark Rutte is a candidate. Ben Wallace was mentioned as a possible contender. Neither has entered the race."
        #expect(!claims(one).contains { $0.hasPrefix("Ben Wallace | candidate | NATO Secretary General | false") })
    }
}
