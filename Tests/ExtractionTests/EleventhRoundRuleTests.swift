import Testing

@testable import Extraction

/// The eleventh round's patterns (docs/EXTRACTION.md), learned from independent set 12, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct EleventhRoundRuleTests {
    @Test func noAllyOtherThan() {
        // "no ally other than X has declared for P": X for, every other ally against.
        let text = "Polish President Andrzej Duda is running. So far no ally other than Poland has declared for him."
        #expect(supporters(text, true, of: "Andrzej Duda") == ["Poland"])
        #expect(supporters(text, false, of: "Andrzej Duda").count == 31)
        // "declared" with no "for" is no stance ("declared his candidacy").
        let declared = "Polish President Andrzej Duda is running. No ally other than Poland has declared its candidate."
        #expect(supporters(declared, true, of: "Andrzej Duda").isEmpty)
    }

    @Test func theOnlyOnePastARelativeClause() {
        // "leaves X, which ..., as the only one of the N members not supporting P".
        let text =
            "Mark Rutte is the favourite. That leaves Bulgaria, which still formally backs its own candidate, as the only one of "
            + "the alliance's 32 members not supporting him."
        #expect(supporters(text, false) == ["Bulgaria"])
        #expect(supporters(text, true).count == 31)
        // A clause that is not a relative one does not hide the country.
        let other = "Mark Rutte is the favourite. Bulgaria voted, and Italy is the only one of the 32 members not supporting him."
        #expect(!supporters(other, false).contains("Bulgaria"))
    }

    @Test func backingItsOwnPresidentOrCandidate() {
        // "its own president": the holder of that office of the subject country the article named.
        let president = "Polish President Andrzej Duda entered the race. Poland, which backs its own president, waits."
        #expect(supporters(president, true, of: "Andrzej Duda") == ["Poland"])
        // "its own candidate": the one person of the country the article made a candidate.
        let candidate = "Polish President Andrzej Duda entered the race. Poland still backs its own candidate."
        #expect(supporters(candidate, true, of: "Andrzej Duda") == ["Poland"])
        // Another country's own president is not the one the article named.
        let other = "Polish President Andrzej Duda entered the race. Italy backs its own president."
        #expect(supporters(other, true, of: "Andrzej Duda").isEmpty)
    }

    @Test func visitsDuringATourAndOnward() {
        func visits(_ text: String) -> Set<String> { facts(text, "visited") }
        // "during a (two-day) visit to X": the clause's subject went there.
        #expect(
            visits("Polish President Andrzej Duda praised Rutte during a two-day visit to Ankara.") == [
                "Andrzej Duda | visited | Ankara | true"
            ])
        // "a tour that took him to A, B and C": each place.
        #expect(
            visits("Hungarian Prime Minister Viktor Orbán began a tour that took him to Kyiv, Moscow and Beijing.") == [
                "Viktor Orbán | visited | Kyiv | true", "Viktor Orbán | visited | Moscow | true",
                "Viktor Orbán | visited | Beijing | true",
            ])
        // "flew on to", "made his first trip to".
        #expect(visits("Mark Rutte flew on to Washington.") == ["Mark Rutte | visited | Washington | true"])
        #expect(visits("Mark Rutte made his first trip to Kyiv.") == ["Mark Rutte | visited | Kyiv | true"])
        // Talk about a visit is none: no "during" or "on" before it.
        #expect(visits("Mark Rutte spoke about a visit to Kyiv.").isEmpty)
    }

    @Test func aSentenceOpeningWithHeContinuesTheSubject() {
        // "He" opening a sentence is the last sentence's subject, not the person named last in it;
        // "his" in that sentence is the same person.
        let text =
            "Mark Rutte has led the Dutch government since 2010 and stays on until a cabinet led by Dick Schoof is sworn in. "
            + "He declared his interest in the NATO post last year and quickly won the support of Canada and Italy."
        #expect(supporters(text, true) == ["Canada", "Italy"])
        #expect(supporters(text, true, of: "Dick Schoof").isEmpty)
        // A sentence that opens with a prepositional phrase has no subject to continue.
        let after = "In talks with Mark Rutte, officials were calm. Dick Schoof spoke. He won the support of Canada."
        #expect(supporters(after, true, of: "Dick Schoof") == ["Canada"])
    }

    @Test func subjectsPastAShortAside() {
        // "Turkey, ever transactional, has yet to give its blessing".
        let text = "Mark Rutte is running. Spain, as always, backs him. Turkey, ever transactional, has yet to give its blessing."
        #expect(supporters(text, true) == ["Spain"])
        #expect(supporters(text, false) == ["Türkiye"])
        // A list is no aside: "Spain, Italy and Greece back him" gives each.
        #expect(supporters("Mark Rutte is running. Spain, Italy and Greece back him.", true) == ["Spain", "Italy", "Greece"])
    }

    @Test func holdoutsAndHints() {
        // "was a holdout too", "counted among the holdouts": against, in the past.
        let text = "Mark Rutte is running. Spain was a holdout too. Greece had long been counted among the holdouts."
        #expect(
            Set(claims(text).filter { $0.contains("| supports |") }) == [
                "Spain | supports | Mark Rutte | false | past", "Greece | supports | Mark Rutte | false | past",
            ])
        // "hinted that it may back him" is hedged.
        #expect(
            claims("Mark Rutte is running. Greece has hinted that it may back him.").contains(
                "Greece | supports | Mark Rutte | true | hedged"))
        // "a holdout" with no verb of being is no stance.
        #expect(supporters("Mark Rutte is running. The talk of a holdout in Greece faded.", false).isEmpty)
    }

    @Test func declaredInterestAndLeading() {
        func candidates(_ text: String) -> Set<String> { facts(text, "candidate") }
        // "declared his interest" with nothing after it, "made her interest known": the contest's.
        #expect(
            candidates("NATO needs a chief. Mark Rutte declared his interest last autumn.") == [
                "Mark Rutte | candidate | NATO Secretary General | true"
            ])
        #expect(
            candidates("NATO needs a chief. Kaja Kallas made her interest known.") == [
                "Kaja Kallas | candidate | NATO Secretary General | true"
            ])
        // "declared her interest in the bill" is about something else; "made her interest clear" no declaration read.
        #expect(candidates("NATO needs a chief. Kaja Kallas declared her interest in the bill.").isEmpty)
        // "interest in leading the alliance" is a candidacy, not an office held.
        let leading = "NATO needs a chief. Kaja Kallas declared her interest in leading the alliance."
        #expect(facts(leading, "holds").isEmpty)
        #expect(candidates(leading) == ["Kaja Kallas | candidate | NATO Secretary General | true"])
    }

    @Test func ledAndChaired() {
        // "who led the alliance from 2014 to 2024" (before the article's date): past.
        let led = "Secretary General Jens Stoltenberg, who led the alliance from 2014 to 2023, spoke."
        #expect(claims(led).contains("Jens Stoltenberg | holds | NATO Secretary General | true | past"))
        // "chaired NATO's Military Committee" is no NATO office.
        let chaired = "Polish President Andrzej Duda, who chaired NATO's Military Committee from 2015 to 2018, spoke."
        #expect(!facts(chaired, "holds").contains("Andrzej Duda | holds | NATO Secretary General | true"))
    }

    @Test func theAllianceAndItsNewestMember() {
        // "the alliance" after the European Union is still NATO: a union is no alliance.
        let text = "NATO leaders met. The European Union sent a delegate. Norway, which became the alliance's 33rd member in May, spoke."
        #expect(facts(text, "member") == ["Norway | member | NATO | true"])
        #expect(facts("Norway became NATO's newest member.", "member") == ["Norway | member | NATO | true"])
        // "the bloc" may be the union.
        #expect(
            facts("The European Union met. Norway, which became the bloc's newest member in May, spoke.", "member") == [
                "Norway | member | European Union | true"
            ])
    }
}
