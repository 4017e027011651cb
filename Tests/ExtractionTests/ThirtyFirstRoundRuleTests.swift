import Testing

@testable import Extraction

/// The thirty-first round's patterns (docs/EXTRACTION.md), learned from the independent sets' misses,
/// each in made-up sentences with other countries and people than those sets use, and each with a
/// near miss.
@Suite struct ThirtyFirstRoundRuleTests {
    @Test func aDemonymBeforeTheNameAfterATitle() {
        // "NATO's deputy secretary general, the Romanian Mircea Geoană, stepped down": the name
        // after the title's comma may follow "the" and a demonym.
        let text = "NATO's deputy secretary general, the Estonian Kaja Kallas, stepped down in September."
        #expect(facts(text, "holds") == ["Kaja Kallas | holds | NATO Deputy Secretary General | true"])
        // "The president, the Dutch have said, will not run": no name after the demonym.
        #expect(facts("NATO's deputy secretary general, the Dutch said, will stay.", "holds").isEmpty)
    }

    @Test func theAlliancesChiefIsNATOsHead() {
        // "the alliance's chief": the alliance is NATO, and its chief its secretary general.
        let after = "Kaja Kallas, the alliance's outgoing chief, spoke in Riga."
        #expect(facts(after, "holds") == ["Kaja Kallas | holds | NATO Secretary General | true"])
        let before = "In her first remarks as the alliance's chief, Ms Kallas said Ukraine came first."
        #expect(facts(before, "holds") == ["Kaja Kallas | holds | NATO Secretary General | true"])
        let named = "The alliance's chief, Kaja Kallas, said Ukraine came first."
        #expect(facts(named, "holds") == ["Kaja Kallas | holds | NATO Secretary General | true"])
        // "The bloc's chief" may head the EU as well as NATO: no office.
        #expect(facts("The bloc's chief, Kaja Kallas, said Ukraine came first.", "holds").isEmpty)
    }

    @Test func aNameInAHyphenatedWordIsNoName() {
        // "the alliance's chief Trump-whisperer": a name that begins a hyphenated word modifies
        // it, and holds no title before it.
        #expect(facts("The secretary general becomes the alliance's chief Kallas-whisperer.", "holds").isEmpty)
        // With a space, the name is the title's holder.
        #expect(
            facts("The alliance's chief Kaja Kallas - a former premier - spoke.", "holds") == [
                "Kaja Kallas | holds | NATO Secretary General | true"
            ])
    }
}
