import Testing

@testable import Extraction

/// The twentieth round's patterns (docs/EXTRACTION.md), learned from independent set 21, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentiethRoundRuleTests {
    @Test func aParticipleAfterAClauseThatAndOpens() {
        // "Q succeeded him on 2 July, and Rutte became secretary general, taking over from S":
        // Rutte takes over from S, not Q.
        let text =
            "NATO met. Mark Rutte was prime minister. Dick Schoof succeeded him on 2 July, and Rutte became secretary "
            + "general on 1 October, taking over from Jens Stoltenberg."
        #expect(facts(text, "succeeds").contains("Mark Rutte | succeeds | Jens Stoltenberg | true"))
        #expect(!facts(text, "succeeds").contains("Dick Schoof | succeeds | Jens Stoltenberg | true"))
    }

    @Test func aBareTitleAfterAVerbOfHoldingIt() {
        // "has been prime minister since", "who became prime minister", "was sworn in as prime
        // minister", "was prime minister for 14 years" (past): the office of the person's country.
        let text =
            "NATO met. Dick Schoof has been prime minister since 2 July. Olaf Scholz, who became chancellor in 2021, "
            + "spoke. Keir Starmer was sworn in as prime minister in July. Mark Rutte was prime minister for 14 years."
        let found = claims(text).filter { $0.contains("| holds |") }
        #expect(found.contains("Dick Schoof | holds | Prime Minister of the Netherlands | true | asserted"))
        #expect(found.contains("Olaf Scholz | holds | Chancellor of Germany | true | asserted"))
        #expect(found.contains("Keir Starmer | holds | Prime Minister of the United Kingdom | true | asserted"))
        #expect(found.contains("Mark Rutte | holds | Prime Minister of the Netherlands | true | past"))
        // A person whose country is unknown gets no guess from the sentence's places; other verbs
        // ("wants to be prime minister") say nothing.
        let unknown = "NATO met. Foreign Minister Antonio Tajani, who is also deputy prime minister, met Libya's envoy."
        #expect(!claims(unknown).contains { $0.contains("Deputy Prime Minister") })
        #expect(claims("NATO met. Dick Schoof wants to be prime minister.").filter { $0.contains("| holds |") }.isEmpty)
    }
}
