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
}
