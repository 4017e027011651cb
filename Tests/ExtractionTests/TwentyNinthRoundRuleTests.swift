import Testing

@testable import Extraction

/// The twenty-ninth round's patterns (docs/EXTRACTION.md), learned from independent set 30, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentyNinthRoundRuleTests {
    @Test func notYetAMember() {
        // "Sweden, which is not yet a member": no member yet, as "not a member".
        #expect(facts("Finland, which is not yet a member, waits for a vote.", "member") == ["Finland | member | NATO | false"])
        #expect(facts("Japan and Australia are not yet members of NATO.", "member").contains("Japan | member | NATO | false"))
        // "has yet to become a member" says no more than the hope of joining.
        #expect(facts("Finland has yet to become a member of NATO.", "member").isEmpty)
    }

    @Test func withdrawingAfterAParticipleOpener() {
        // "Ben Wallace had campaigned for the post before withdrawing from contention": the
        // sentence's one person withdrew.
        let text =
            "Former Estonian prime minister Kaja Kallas had openly campaigned for the post in 2023 before withdrawing from contention."
        #expect(facts(text, "withdrew") == ["Kaja Kallas | withdrew | NATO Secretary General | true"])
        // Two people before the participle: no telling who withdrew.
        let two = "Kaja Kallas thanked Mark Rutte for his support before withdrawing from contention."
        #expect(facts(two, "withdrew").isEmpty)
    }

    @Test func wouldLikeToLead() {
        // "he would like to lead NATO": a wish for the post, as "wants to lead".
        let text = "Latvian Foreign Minister Krišjānis Kariņš said he would like to lead NATO."
        #expect(claims(text).contains("Krišjānis Kariņš | candidate | NATO Secretary General | true | hedged"))
        // What he would like to lead is no post.
        #expect(facts("Krišjānis Kariņš said he would like to lead a quieter life.", "candidate").isEmpty)
    }

    @Test func theCountrysNewPresident() {
        // "Slovakia followed, when the country's new president, Peter Pellegrini, said ...": a
        // country's new holder holds the office now, as "Slovakia's new president".
        let text = "Romania followed on Friday, when the country's new president, Nicușor Dan, said Bucharest would back Mark Rutte."
        #expect(facts(text, "holds").contains("Nicușor Dan | holds | President of Romania | true"))
        // The next president does not hold it yet.
        let next = "Romania followed on Friday, when the country's next president, Nicușor Dan, said Bucharest would back Mark Rutte."
        #expect(!facts(next, "holds").contains("Nicușor Dan | holds | President of Romania | true"))
    }
}
