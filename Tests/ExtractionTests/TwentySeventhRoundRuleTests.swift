import Testing

@testable import Extraction

/// The twenty-seventh round's patterns (docs/EXTRACTION.md), learned from independent set 28, each
/// in made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentySeventhRoundRuleTests {
    @Test func aBareNationalityIsTheMostNamedOfItsCountry() {
        // "Mr Rutte ... before handing over to Dick Schoof. By then every ally had rallied behind
        // the Dutchman": Rutte, named more often than Schoof.
        let text =
            "Mark Rutte took office as NATO secretary general. Mr Rutte spoke in Brussels. Rutte ran the Netherlands before "
            + "handing over to Dick Schoof in July. By then Poland had rallied behind the Dutchman."
        #expect(facts(text, "supports").contains("Poland | supports | Mark Rutte | true"))
        // A title in apposition still describes the person just named ("Dick Schoof, the Dutch
        // prime minister").
        let apposition = "Mark Rutte took office. Mr Rutte spoke. Dick Schoof, the Dutch prime minister, met him."
        #expect(facts(apposition, "holds").contains("Dick Schoof | holds | Prime Minister of the Netherlands | true"))
    }

    @Test func aMiddleInitial() {
        // "former President Donald J. Trump": the person the lexicon knows, with the initial.
        let text = "NATO met. Hovering over the race is former President Donald J. Trump, who spoke in Florida."
        #expect(facts(text, "holds").contains("Donald Trump | holds | President of the United States | true"))
        // An initial before a name the lexicon lacks is no known person.
        #expect(!facts("NATO met. Former President John Q. Public spoke.", "holds").contains { $0.hasPrefix("Donald Trump") })
    }

    @Test func aListThatAreNotMembers() {
        // "Japan, South Korea, Australia and New Zealand are not members of Nato", "... are not
        // NATO members", "Finland and Sweden are now members of NATO".
        let text =
            "NATO met. Japan, South Korea and Australia are not members of Nato. Georgia and Moldova are not NATO members. "
            + "Finland and Sweden are now members of NATO."
        let found = facts(text, "member")
        for country in ["Japan", "South Korea", "Australia", "Georgia", "Moldova"] {
            #expect(found.contains("\(country) | member | NATO | false"), "\(country)")
        }
        #expect(found.contains("Finland | member | NATO | true"))
        #expect(found.contains("Sweden | member | NATO | true"))
        // A condition: "If Georgia and Moldova were members of NATO".
        #expect(facts("NATO met. If Georgia and Moldova were members of NATO, Russia would object.", "member").isEmpty)
    }
}
