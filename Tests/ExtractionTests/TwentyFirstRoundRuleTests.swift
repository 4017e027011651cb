import Testing

@testable import Extraction

/// The twenty-first round's patterns (docs/EXTRACTION.md), learned from independent set 22, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwentyFirstRoundRuleTests {
    @Test func theCandidateAfterASupportVerbIsTheArticlesCandidate() {
        // "gave their support to the candidate", for one ally and for a counted group.
        let one = "Mark Rutte is the only candidate. Denmark gave its support to the candidate on Friday."
        #expect(supporters(one, true) == ["Denmark"])
        let all = "Mark Rutte is the only candidate. In the end the 32 member countries gave their support to the candidate."
        #expect(supporters(all, true).count == 32)
        // "the candidate who ..." is anyone of a kind; "the candidate of the Baltic states" someone else.
        let anyone = "Mark Rutte is the only candidate. Denmark would give its support to the candidate who wins most votes."
        #expect(supporters(anyone, true).isEmpty)
    }

    @Test func aGroupNounWithItsMembersBetweenDashes() {
        // "the last holdouts – A, B and C – came round": each member.
        let text = "Mark Rutte is the only candidate. In June the last holdouts — Poland, Greece and Italy — came round."
        #expect(supporters(text, true) == ["Poland", "Greece", "Italy"])
        // Dashes around a list after a plain noun are an aside, not the subject.
        let aside = "Mark Rutte is the only candidate. The talks — Poland, Greece and Italy — came round to the point."
        #expect(supporters(aside, true).isEmpty)
    }

    @Test func wonOverFallInLineSettleOn() {
        let text =
            "Mark Rutte is the only candidate. Spain, the last holdout, had finally been won over. Diplomats expect "
            + "Portugal to fall in line. Once Ottawa settled on Rutte, the others followed."
        #expect(supporters(text, true) == ["Spain", "Portugal", "Canada"])
        #expect(claims(text).contains { $0.hasPrefix("Portugal | supports | Mark Rutte | true | expected") })
        // Not "won over" by someone else's argument with no be-verb, nor "settled on a date".
        let near = "Mark Rutte is the only candidate. Spain won over the argument. Ottawa settled on a date."
        #expect(supporters(near, true).isEmpty)
    }

    @Test func aCapitalBacksItsOwnPresident() {
        // "Bucharest backs its own president": the capital's country and its president.
        let text = "Andrzej Duda is president of Poland. Mark Rutte is a candidate. Warsaw backs its own president."
        #expect(facts(text, "supports").contains("Poland | supports | Andrzej Duda | true"))
        // Another country's capital backs its own president, whom the article has not named.
        let near = "Andrzej Duda is president of Poland. Mark Rutte is a candidate. Berlin backs its own president."
        #expect(facts(near, "supports").isEmpty)
    }

    @Test func aDemonymsBackingIsExpected() {
        // "Slovak backing is expected within days": expected; "Turkish support came": asserted.
        let text = "Mark Rutte is the only candidate. Greek backing is expected within days. Bulgarian support came in May."
        let found = claims(text)
        #expect(found.contains { $0.hasPrefix("Greece | supports | Mark Rutte | true | expected") })
        #expect(found.contains { $0.hasPrefix("Bulgaria | supports | Mark Rutte | true | asserted") })
        // "the Greek backing" of something is none; nor is "Greek backing for Ukraine".
        let near = "Mark Rutte is the only candidate. Greek backing for Ukraine is expected to grow."
        #expect(supporters(near, true).isEmpty)
    }

    @Test func aFrontedParticipleFarFromItsSubject() {
        // "After meeting P on Monday on the sidelines of an EU summit in Brussels, Q said ...".
        let text =
            "NATO met. After meeting Mark Rutte on Monday on the sidelines of an EU summit in Brussels, Robert Fico said "
            + "Slovakia was ready."
        #expect(facts(text, "met").contains("Robert Fico | met | Mark Rutte | true"))
    }

    @Test func thePremiershipHandedOverIsTheSuccessorsOffice() {
        // "handed over the Dutch premiership to Q": Q holds the office; "is due to hand over"
        // leaves only the expected succession (no `expected` holds).
        let text =
            "NATO met. Mark Rutte is the Dutch prime minister. Rutte, who handed over the Dutch premiership to Dick "
            + "Schoof in July, arrived."
        #expect(facts(text, "holds").contains("Dick Schoof | holds | Prime Minister of the Netherlands | true"))
        let future = "NATO met. Mark Rutte is the Dutch prime minister. He is due to hand over the premiership to Dick Schoof."
        #expect(!facts(future, "holds").contains("Dick Schoof | holds | Prime Minister of the Netherlands | true"))
        #expect(claims(future).contains { $0.hasPrefix("Dick Schoof | succeeds | Mark Rutte | true | expected") })
    }

    @Test func aPlaceThatNamesAnEventIsNoTitlesCountry() {
        // "before the Vilnius summit": not where an unknown prime minister holds office.
        let text =
            "RIGA, July 2 — Latvia welcomed the news. “We are glad this is settled before the Vilnius summit,” "
            + "Prime Minister Anna Berzina told reporters in Riga."
        let found = facts(text, "holds")
        #expect(found.contains("Anna Berzina | holds | Prime Minister of Latvia | true"))
        #expect(!found.contains("Anna Berzina | holds | Prime Minister of Lithuania | true"))
    }

    @Test func aCountrysHoldersInThePluralOwnTheTerm() {
        // "Romanian presidents are limited to two five-year terms": that country's office.
        let text = "NATO met. Polish presidents are limited to two five-year terms."
        #expect(claims(text).contains { $0.hasPrefix("President of Poland | term_length | 5 years") })
        #expect(!claims(text).contains { $0.hasPrefix("NATO Secretary General | term_length") })
        // No country's holders named: the contest's office, as before.
        #expect(
            claims("NATO met. Secretaries general are usually appointed for four years.").contains {
                $0.hasPrefix("NATO Secretary General | term_length | 4 years")
            })
    }

    @Test func mentionedAsContendersButNeverEnteredTheRace() {
        // Both people of the list never ran; the "mentioned as" clause says nothing once "but
        // never" follows.
        let text =
            "NATO met. Danish Prime Minister Mette Frederiksen and former British Defence Secretary Ben Wallace were mentioned "
            + "as possible contenders but never entered the race."
        let found = facts(text, "candidate")
        #expect(found.contains("Mette Frederiksen | candidate | NATO Secretary General | false"))
        #expect(found.contains("Ben Wallace | candidate | NATO Secretary General | false"))
        #expect(!found.contains("Mette Frederiksen | candidate | NATO Secretary General | true"))
        // Without "but never", a hedged candidacy.
        let touted = "NATO met. Mette Frederiksen was mentioned as a possible contender."
        #expect(claims(touted).contains { $0.hasPrefix("Mette Frederiksen | candidate | NATO Secretary General | true | hedged") })
    }

    @Test func whoDirectsTheOrganisation() {
        let text = "NATO met. Mark Rutte will succeed Jens Stoltenberg, who directs the organisation since 2014."
        #expect(facts(text, "holds").contains("Jens Stoltenberg | holds | NATO Secretary General | true"))
    }

    @Test func anAppositionThatCallsThemHoldouts() {
        // "A and B, the last two holdouts, came on board": past opposition beside today's support;
        // "singled out A and B, the last two holdouts": opposition now.
        let past = "Mark Rutte is the only candidate. Poland and Greece, the last two holdouts, came on board this week."
        #expect(claims(past).contains { $0.hasPrefix("Poland | supports | Mark Rutte | false | past") })
        #expect(claims(past).contains { $0.hasPrefix("Greece | supports | Mark Rutte | true | asserted") })
        let now = "Mark Rutte is the only candidate. Rutte singled out Poland and Greece, the last two holdouts."
        #expect(supporters(now, false) == ["Poland", "Greece"])
        // "the holdouts' demands", a list that is no apposition of the noun: nothing.
        let near = "Mark Rutte is the only candidate. Poland and Greece discussed the holdouts, then left."
        #expect(supporters(near, false).isEmpty)
    }
}
