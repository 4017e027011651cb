import Testing

@testable import Extraction

/// The fifteenth round's patterns (docs/EXTRACTION.md), learned from independent set 16, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct FifteenthRoundRuleTests {
    @Test func representativesOfTheAlliesAndTheNod() {
        // "the envoys of the 32 allies appointed him": every ally (the "of" is no share);
        // "all 32 allies gave the nod": the idiom's article, for the article's candidate.
        let appointed = "Mark Rutte was the favourite. Hours after the envoys of the 32 allies appointed him, he spoke."
        #expect(supporters(appointed, true).count == 32)
        let nod = "Mark Rutte was the favourite. The leaders of all 32 allies gave the nod in June."
        #expect(supporters(nod, true).count == 32)
        // A share of the allies is no claim per ally.
        #expect(supporters("Mark Rutte was the favourite. Two-thirds of the 32 allies appointed him.", true).isEmpty)
        // "gave the nod to the budget" gives nothing to a person.
        #expect(supporters("Mark Rutte was the favourite. All 32 allies gave the nod to the budget.", true).isEmpty)
    }

    @Test func keptWaitingAndDugInItsHeels() {
        // "kept P waiting", "made P wait", "dug in its heels": against, before a change of mind.
        let text =
            "Mark Rutte is running. Greece had kept Rutte waiting for weeks. Portugal, which had dug in its heels, "
            + "relented on Friday."
        #expect(supporters(text, false) == ["Greece", "Portugal"])
        #expect(supporters(text, true) == ["Portugal"])
        let made = "Mark Rutte is running. Spain made the Dutchman wait."
        #expect(supporters(made, false) == ["Spain"])
        // "kept its promise", "made Rutte an offer" keep no one waiting.
        let other = "Mark Rutte is running. Spain kept its promise. Italy made Rutte an offer."
        #expect(supporters(other, false).isEmpty)
        // "has shown no sign of relenting" is no change of stance.
        #expect(supporters("Mark Rutte is running. Greece has shown no sign of relenting.", true).isEmpty)
    }

    @Test func countedGroupsListedAfterAColon() {
        // "Two capitals kept him waiting: Athens until May, Lisbon until June": each listed
        // capital's country, in the past (the wait ended).
        let text = "Mark Rutte is running. Two capitals kept him waiting: Athens until May, Lisbon until June."
        #expect(claims(text).contains("Greece | supports | Mark Rutte | false | past"))
        #expect(claims(text).contains("Portugal | supports | Mark Rutte | false | past"))
        let heldBack = "Mark Rutte is running. Two countries held back for a while: Spain and Italy."
        #expect(supporters(heldBack, false) == ["Spain", "Italy"])
        // The count must be the number listed.
        let miscount = "Mark Rutte is running. Three countries held back for a while: Spain and Italy."
        #expect(supporters(miscount, false).isEmpty)
    }

    @Test func heldBackAndPutWeightBehind() {
        // "has so far held back its endorsement": against; "had put their weight behind him",
        // "had fallen in behind": for.
        let text =
            "Mark Rutte is running. Greece has so far held back its endorsement. Oslo and Rome had put their weight "
            + "behind him. Madrid had fallen in behind the Dutchman."
        #expect(supporters(text, false) == ["Greece"])
        #expect(supporters(text, true) == ["Norway", "Italy", "Spain"])
        // "held back tears" is no stance.
        #expect(supporters("Mark Rutte is running. Greece held back tears.", false).isEmpty)
    }

    @Test func countriesInAGroupApposition() {
        // "A and B, the two capitals that had kept P waiting": the countries are the subject.
        let text = "Mark Rutte is running. Greece and Spain, the two allies that had kept Rutte waiting, came round in May."
        #expect(supporters(text, false) == ["Greece", "Spain"])
        #expect(supporters(text, true) == ["Greece", "Spain"])
    }
}

/// The fifteenth round's recognition and subject rules.
@Suite struct FifteenthRoundRecognitionTests {
    @Test func aRolePhraseSaysItsPersonHoldsTheOffice() {
        // "the Italian premier" after one Italian named: that person holds the office.
        let text = "Giorgia Meloni arrived late. The Italian premier said she would back Mark Rutte."
        #expect(facts(text, "holds") == ["Giorgia Meloni | holds | Prime Minister of Italy | true"])
        // Two Poles named before: a guess, no claim.
        let two = "Donald Tusk and Andrzej Duda arrived. The Polish president spoke first."
        #expect(facts(two, "holds").isEmpty)
        // "an American president who ...", "Dutch prime ministers": no one in particular.
        let generic = "Joe Biden spoke. Rutte may have to manage an American president who doubts NATO."
        #expect(facts(generic, "holds").isEmpty)
        // A title before a name the lexicon lacks describes that name, not the person before.
        let named = "Giorgia Meloni arrived. Italian Foreign Minister Antonio Tajani said so."
        #expect(!facts(named, "holds").contains("Giorgia Meloni | holds | Foreign Minister of Italy | true"))
    }

    @Test func theCountryIsTheOneNamedBefore() {
        // "Greece's defence council declared that the country would support P": Greece, as a
        // statement (not a prediction).
        let text = "NATO met. Greece's national security council declared that the country would support Mark Rutte."
        #expect(claims(text).contains("Greece | supports | Mark Rutte | true | asserted"))
        // No country named before: "the country" means nothing here.
        #expect(supporters("NATO met. Officials said the country would back Mark Rutte.", true).isEmpty)
    }
}

/// The fifteenth round's office and candidacy phrases.
@Suite struct FifteenthRoundOfficeTests {
    @Test func notYetAndNoLongerInOffice() {
        // "is not secretary general yet", "is no longer secretary general": does not hold it.
        let text = "NATO met. Mark Rutte is not secretary general yet. Jens Stoltenberg is no longer secretary general."
        #expect(
            facts(text, "holds") == [
                "Mark Rutte | holds | NATO Secretary General | false", "Jens Stoltenberg | holds | NATO Secretary General | false",
            ])
        // "will remain secretary general until October": holds it now ("will be" is to come).
        let remain = "NATO met. Jens Stoltenberg will remain secretary general until October."
        #expect(claims(remain).contains("Jens Stoltenberg | holds | NATO Secretary General | true | asserted"))
        #expect(facts("NATO met. Jens Stoltenberg will be secretary general until October.", "holds").isEmpty)
        // Without the negation, holds.
        #expect(facts("NATO met. Mark Rutte is secretary general now.", "holds") == ["Mark Rutte | holds | NATO Secretary General | true"])
    }

    @Test func appositionsWithNowAndSwornInAs() {
        // "P, now Slovakia's president," and "P, sworn in as Italy's prime minister in 2022,":
        // holds it.
        let text =
            "NATO met. Robert Fico, now Slovakia's prime minister, spoke. Keir Starmer, sworn in as Britain's prime minister "
            + "in July, spoke."
        #expect(
            facts(text, "holds") == [
                "Robert Fico | holds | Prime Minister of Slovakia | true",
                "Keir Starmer | holds | Prime Minister of the United Kingdom | true",
            ])
        // "P, elected as ..." is not among them; nor "now" with no comma before it.
        #expect(facts("NATO met. Robert Fico said he is now Slovakia's main voice.", "holds").isEmpty)
    }

    @Test func reportedBareInterest() {
        // "said (in late 2023) that he was interested": a hedged bid for the contest.
        let text = "NATO met. Mark Rutte first said he was interested in late 2023."
        #expect(claims(text).contains("Mark Rutte | candidate | NATO Secretary General | true | hedged"))
        // Interested in something else, or not reported: none.
        #expect(facts("NATO met. Mark Rutte said he was interested in the budget.", "candidate").isEmpty)
        #expect(facts("NATO met. Mark Rutte was interested.", "candidate").isEmpty)
    }
}

/// The fifteenth round's clause subjects, new holders and successions.
@Suite struct FifteenthRoundClauseTests {
    @Test func heInAClauseThatAndOpens() {
        // "A ..., and B gave up his ambitions when he stepped down as Latvia's foreign minister":
        // "he" is B, the subject of the clause it stands in, and B withdrew.
        let text =
            "NATO met. Mette Frederiksen was talked about for the job, and Krišjānis Kariņš abandoned his own ambitions "
            + "when he stepped down as Latvia's foreign minister."
        #expect(facts(text, "holds") == ["Krišjānis Kariņš | holds | Foreign Minister of Latvia | true"])
        #expect(facts(text, "withdrew") == ["Krišjānis Kariņš | withdrew | NATO Secretary General | true"])
        // A comma between the name and the pronoun leaves the older reading (the sentence's subject).
        let comma = "NATO met. Mette Frederiksen spoke, and Olaf Scholz listened, as she stepped down as Denmark's prime minister."
        #expect(!facts(comma, "holds").contains("Olaf Scholz | holds | Prime Minister of Denmark | true"))
    }

    @Test func aCountrysNewHolder() {
        // "Poland's new president, Karol Nawrocki": holds it; "Poland's next president" does not yet.
        let text = "NATO met. Poland's new president, Karol Nawrocki, spoke."
        #expect(facts(text, "holds") == ["Karol Nawrocki | holds | President of Poland | true"])
        #expect(facts("NATO met. Poland's next president, Karol Nawrocki, spoke.", "holds").isEmpty)
        // The alliance's "new secretary general" may not have taken office.
        #expect(facts("NATO met. NATO's new secretary general, Mark Rutte, spoke.", "holds").isEmpty)
    }

    @Test func succeedsAsTheTitleOfOneOfTwoOffices() {
        // Q holds two offices in the article; "succeeds Q as prime minister" is the one whose title
        // ends with "minister".
        let text =
            "NATO met. Dutch Prime Minister Mark Rutte is now NATO secretary general. Dick Schoof succeeds Rutte as prime minister."
        #expect(facts(text, "holds").contains("Dick Schoof | holds | Prime Minister of the Netherlands | true"))
        #expect(!facts(text, "holds").contains("Dick Schoof | holds | NATO Secretary General | true"))
    }
}
