import Testing

@testable import Extraction

/// The twenty-fourth round's patterns (docs/EXTRACTION.md), learned from independent set 25, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentyFourthRoundRuleTests {
    @Test func joiningTheOtherAlliesInBacking() {
        // "Romania joins the other Allies in backing P": the one who joins and the others.
        let text = "Mark Rutte is a candidate. Poland joins the other allies in backing Mr Rutte."
        #expect(supporters(text, true).count == 32)
        // Joining the other allies in something else says nothing of P.
        let near = "Mark Rutte is a candidate. Poland joins the other allies in Vilnius."
        #expect(supporters(near, true).isEmpty)
    }

    @Test func everyOtherCountryAfterTheOneNamed() {
        // "Now only Romania is missing. Every other NATO country supports Rutte.": the others, and
        // no claim for the country named before; "NATO" is no subject.
        let text = "Mark Rutte is a candidate. Now only Poland is missing. Every other NATO country supports Rutte."
        let backers = supporters(text, true)
        #expect(backers.count == 31)
        #expect(!backers.contains("Poland"))
        #expect(!backers.contains("NATO"))
        // With the exception named in the sentence, that one is the exception, as before.
        let named = "Mark Rutte is a candidate. Except for Poland, all other 31 NATO countries support Rutte."
        #expect(supporters(named, false) == ["Poland"])
    }

    @Test func aPersonOfACountry() {
        // "Viktor Orbán of Hungary dropped his opposition": the person, not the country.
        let text = "Mark Rutte is a candidate. In the end Robert Fico of Slovakia dropped his opposition."
        #expect(supporters(text, true) == ["Robert Fico"])
        // "the prime minister of Slovakia" is no person's name before "of".
        let near = "Mark Rutte is a candidate. In the end the government of Slovakia dropped its opposition."
        #expect(supporters(near, true) == ["Slovakia"])
    }

    @Test func servedTwiceAs() {
        let text = "Mark Rutte is a candidate. Olaf Scholz served twice as finance minister of Germany."
        #expect(facts(text, "holds").contains("Olaf Scholz | holds | Finance Minister of Germany | true"))
    }

    @Test func aTermThatCameToAnEnd() {
        // "whose decade as Secretary General came to an end on Tuesday": held before.
        let text = "Mark Rutte took office. Jens Stoltenberg, whose decade as Secretary General came to an end on Tuesday, spoke."
        #expect(claims(text).contains { $0.hasPrefix("Jens Stoltenberg | holds | NATO Secretary General | true | past") })
        // A decade "as a diplomat" that came to an end names no office.
        let near = "Mark Rutte took office. Andrzej Duda, whose decade in the army came to an end, spoke."
        #expect(facts(near, "holds").filter { $0.hasPrefix("Andrzej Duda") }.isEmpty)
    }

    @Test func aNATOMember() {
        // "has been a NATO member since 2004", "is not a NATO member".
        let text = "Mark Rutte is a candidate. Latvia has been a NATO member since 2004. Georgia is not a NATO member."
        let found = facts(text, "member")
        #expect(found.contains("Latvia | member | NATO | true"))
        #expect(found.contains("Georgia | member | NATO | false"))
        // "If Georgia becomes a NATO member" is a condition.
        #expect(facts("Mark Rutte is a candidate. If Georgia becomes a NATO member, Russia will object.", "member").isEmpty)
    }

    @Test func visitingAPersonInACity() {
        // "visited President Erdogan in Istanbul": the city too.
        let text = "Mark Rutte is a candidate. In April Rutte visited President Andrzej Duda in Warsaw."
        #expect(facts(text, "visited").contains("Mark Rutte | visited | Warsaw | true"))
        #expect(facts(text, "met").contains("Mark Rutte | met | Andrzej Duda | true"))
        // "in hospital" is no city.
        #expect(facts("Mark Rutte is a candidate. Rutte visited Andrzej Duda in hospital.", "visited").isEmpty)
    }
}
