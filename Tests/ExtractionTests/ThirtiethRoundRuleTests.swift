import Testing

@testable import Extraction

/// The thirtieth round's patterns (docs/EXTRACTION.md), learned from the independent sets' misses,
/// each in made-up sentences with other countries and people than those sets use, and each with a
/// near miss.
@Suite struct ThirtiethRoundRuleTests {
    @Test func notWithdrawnIsStillInTheRace() {
        // "President Klaus Iohannis declared in March and has not withdrawn. ... he has won the
        // public support of no other ally": someone who has not withdrawn is still a contender, so
        // "he" is that person rather than the candidate the article named first.
        let text =
            "Mark Rutte is the favourite. Prime Minister Kaja Kallas declared in March and has not withdrawn. She has won the public support of no other ally."
        let against = supporters(text, false, of: "Kaja Kallas")
        #expect(against.count == 31 && !against.contains("Estonia") && against.contains("Latvia"))
        #expect(supporters(text, false).isEmpty)
        // Once withdrawn, she is no longer in the race: "she" is the candidate still in it.
        let withdrawn =
            "Mark Rutte is the favourite. Prime Minister Kaja Kallas declared in March and has since withdrawn. She has won the public support of no other ally."
        #expect(supporters(withdrawn, false, of: "Kaja Kallas").isEmpty)
        #expect(supporters(withdrawn, false).contains("Latvia"))
    }
}
