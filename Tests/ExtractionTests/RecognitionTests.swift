import Testing

@testable import Extraction

/// The entities a text mentions, as `name (kind)`.
func mentioned(_ text: String) -> Set<String> {
    let model = load([text]).model
    return Set(model.mentions.keys.map { "\(model[$0].name) (\(model[$0].kind.rawValue))" })
}

@Suite struct RecognitionTests {
    @Test(arguments: [
        ("Victor Orban spoke.", "Viktor Orbán (person)"),
        ("Mr Orbán spoke.", "Viktor Orbán (person)"),
        ("ORBAN SPOKE.", "Viktor Orbán (person)"),
        ("Nato met.", "NATO (organization)"),
        ("Turkey voted.", "Türkiye (country)"),
        ("Hungarian farmers protested.", "Hungary (country)"),
        ("The UK voted.", "United Kingdom (country)"),
        ("He flew to Kiev.", "Kyiv (place)"),
    ])
    func aliasesResolve(text: String, entity: String) {
        #expect(mentioned(text).contains(entity))
    }

    @Test func pronounUsIsNoCountry() {
        #expect(!mentioned("They told us nothing.").contains("United States (country)"))
    }

    @Test func unknownPersonAfterTitleBecomesAPerson() {
        let text = "Finnish President Alexander Stubb visited Oslo. Mr Stubb said little."
        let model = load([text]).model
        let stubb = model.entities(named: "Alexander Stubb")
        #expect(stubb.count == 1)
        if let id = stubb.first {
            #expect(model[id].discovered)
            #expect(model[id].kind == .person)
        }
        #expect(facts(text, "holds") == ["Alexander Stubb | holds | President of Finland | true"])
        #expect(facts(text, "visited") == ["Alexander Stubb | visited | Oslo | true"])
    }

    @Test func titleWithoutCountryTakesOneFromTheSentence() {
        let text = "Canada said on Friday that Prime Minister Justin Trudeau would attend."
        #expect(facts(text, "holds") == ["Justin Trudeau | holds | Prime Minister of Canada | true"])
    }

    @Test(arguments: [
        ("Polish President Jan Kowalski spoke.", "Jan Kowalski | holds | President of Poland | true"),
        ("Poland's president, Jan Kowalski, spoke.", "Jan Kowalski | holds | President of Poland | true"),
        ("The President of Poland, Jan Kowalski, spoke.", "Jan Kowalski | holds | President of Poland | true"),
        ("Jan Kowalski, the Polish prime minister, spoke.", "Jan Kowalski | holds | Prime Minister of Poland | true"),
        ("NATO Secretary-General Jens Stoltenberg spoke.", "Jens Stoltenberg | holds | NATO Secretary General | true"),
        ("Nato chief Jens Stoltenberg spoke.", "Jens Stoltenberg | holds | NATO Secretary General | true"),
        ("US Secretary of State Antony Blinken spoke.", "Antony Blinken | holds | US Secretary of State | true"),
        ("PM Rutte spoke.", "Mark Rutte | holds | Prime Minister of the Netherlands | true"),
    ])
    func titlePhrasesGiveOffices(text: String, fact: String) {
        #expect(facts(text, "holds") == [fact])
    }

    @Test func rolePhrasesPointBack() {
        let text = "Dutch Prime Minister Mark Rutte arrived. Spain endorsed the Dutch leader on Monday."
        #expect(facts(text, "supports") == ["Spain | supports | Mark Rutte | true"])
        let text2 = "Mark Rutte spoke first. Later Spain endorsed the Dutchman."
        #expect(facts(text2, "supports") == ["Spain | supports | Mark Rutte | true"])
    }

    @Test func formerMakesPastAndNextIsNoOffice() {
        #expect(
            claims("Former Danish prime minister Anders Rasmussen spoke.").contains(
                "Anders Rasmussen | holds | Prime Minister of Denmark | true | past"))
        #expect(facts("Spain backed Mark Rutte as the next NATO secretary general.", "holds").isEmpty)
    }

    @Test func unknownOrganization() {
        let text = "Spain's National Security Council endorsed Mark Rutte."
        #expect(facts(text, "supports") == ["National Security Council | supports | Mark Rutte | true"])
    }
}
