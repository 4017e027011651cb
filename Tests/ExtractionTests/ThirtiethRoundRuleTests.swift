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

    @Test func doubleDatelineNamesNoCountry() {
        // "BRUSSELS/OSLO - ..., Prime Minister P said": a double dateline is no country of its
        // own, so a bare title takes the country the article named last on its own.
        let text =
            "BRUSSELS/ROME – NATO allies met on Tuesday. Italy welcomed the news. Foreign Minister Giulio Rossi said the choice was wise."
        #expect(facts(text, "holds") == ["Giulio Rossi | holds | Foreign Minister of Italy | true"])
        // One place is the dateline's country, as before.
        let single =
            "BRUSSELS – NATO allies met on Tuesday. Italy welcomed the news. Foreign Minister Giulio Rossi said the choice was wise."
        #expect(facts(single, "holds") == ["Giulio Rossi | holds | Foreign Minister of Belgium | true"])
    }

    @Test func aVenueAfterTheTitleIsNotItsCountry() {
        // "Prime Minister Andrej Plenković, who met Rutte in Brussels": where the person went or
        // met someone is not the country of the office; the country named before is.
        let met = "Portugal welcomed the news. Prime Minister Ana Costa, who met Rutte in Brussels on Monday, said he was the right choice."
        #expect(facts(met, "holds") == ["Ana Costa | holds | Prime Minister of Portugal | true"])
        // Before the title, the venue is where the office is: "flew to Oslo for a farewell
        // dinner hosted by Prime Minister P".
        let hosted = "Portugal welcomed the news. Rutte flew to Brussels for a dinner hosted by Prime Minister Ana Costa."
        #expect(facts(hosted, "holds") == ["Ana Costa | holds | Prime Minister of Belgium | true"])
    }

    @Test func theHolderBowsOutInAHeadline() {
        // "Rutte takes the helm at NATO as Stoltenberg bows out", before the article says he
        // holds the office: the holder leaves it, and withdraws from no race.
        let text = """
            Kallas takes the helm at NATO as Stoltenberg bows out

            Kaja Kallas took office on Tuesday. Secretary General Jens Stoltenberg handed over after ten years.
            """
        #expect(facts(text, "withdrew").isEmpty)
        #expect(facts(text, "holds").contains("Jens Stoltenberg | holds | NATO Secretary General | true"))
        // Someone who holds no such office does withdraw.
        let rival = """
            Kallas closes in on NATO post as Ben Wallace bows out

            Kaja Kallas is the favourite. Secretary General Jens Stoltenberg leaves in October.
            """
        #expect(facts(rival, "withdrew") == ["Ben Wallace | withdrew | NATO Secretary General | true"])
    }

    @Test func itAfterAnAnnouncementIsTheAnnouncer() {
        // "Romania's Supreme Council of National Defence announced that it would back the
        // Dutchman", "said in a statement that it had decided to back": "it" is the body that
        // spoke, not the country named last.
        let announced =
            "Kaja Kallas is the favourite, and Estonia is pleased. The European Council announced on Monday that it would back Kallas."
        #expect(supporters(announced, true, of: "Kaja Kallas") == ["European Council"])
        let statement =
            "Kaja Kallas is the favourite, and Estonia is pleased. The European Council said in a statement that it would back Kallas."
        #expect(supporters(statement, true, of: "Kaja Kallas") == ["European Council"])
        // "The council, which he chairs, said in a statement that it had decided": past the
        // relative clause.
        let relative =
            "Kaja Kallas is the favourite, and Estonia is pleased. The European Council, which he chairs, said in a statement that it had decided to support Kallas."
        #expect(supporters(relative, true, of: "Kaja Kallas") == ["European Council"])
        // Not when other words stand between the body and the pronoun's clause.
        let later =
            "Kaja Kallas is the favourite, and Estonia is pleased. The European Council met on Monday, and at the meeting it decided to back Kallas."
        #expect(supporters(later, true, of: "Kaja Kallas") == ["Estonia"])
    }

    @Test func amongTheAlliesThatBack() {
        // "Sweden ... is among the allies that have already signalled their support for Rutte":
        // the one among them backs him, as "among the first allies to back him" does.
        let text = "Kaja Kallas is the favourite. Latvia is among the allies that have already signalled their support for Kallas."
        #expect(supporters(text, true, of: "Kaja Kallas") == ["Latvia"])
        let back = "Kaja Kallas is the favourite. Latvia, which joined in 2004, is among the countries that back Kallas."
        #expect(supporters(back, true, of: "Kaja Kallas") == ["Latvia"])
        // Among those who doubt is no support.
        let doubt = "Kaja Kallas is the favourite. Latvia is among the allies that doubt the plan."
        #expect(facts(doubt, "supports").isEmpty)
    }

    @Test func inOrNotInTheAlliance() {
        // "Ukraine is not in the alliance", "Sweden is not yet in the alliance": no member;
        // "are now inside the alliance": members.
        #expect(facts("Georgia is not in the alliance.", "member") == ["Georgia | member | NATO | false"])
        #expect(facts("Moldova is not yet in NATO.", "member") == ["Moldova | member | NATO | false"])
        #expect(
            facts("Estonia and Latvia are now inside the alliance.", "member") == [
                "Estonia | member | NATO | true", "Latvia | member | NATO | true",
            ])
        // Something of the alliance's is not the alliance.
        #expect(facts("Georgia is not in the alliance's plans.", "member").isEmpty)
        #expect(facts("It is in NATO's interest that Georgia waits.", "member").isEmpty)
    }

    @Test func becameAMemberOnADay() {
        // "Sweden became the 32nd member on 7 March": a day after the noun, as a month or a year.
        #expect(facts("Albania became the 28th member on 1 April.", "member") == ["Albania | member | NATO | true"])
        #expect(facts("Albania became the 28th member on Thursday.", "member") == ["Albania | member | NATO | true"])
        // "on" before something else is no time: "the newest member on the council".
        #expect(facts("Albania became the newest member on the council.", "member").isEmpty)
    }

    @Test func wasInAPlace() {
        // "On Thursday, Rutte was in Kyiv", "Meloni, who was in Brussels for the same summit": a
        // stay there, as "was in Istanbul to meet Erdogan" was.
        #expect(facts("On Thursday, Kaja Kallas was in Kyiv.", "visited") == ["Kaja Kallas | visited | Kyiv | true"])
        #expect(
            facts("Kaja Kallas, who was in Brussels for the same summit, spoke.", "visited") == ["Kaja Kallas | visited | Brussels | true"])
        // A description is no stay: "was in The Hague as prime minister".
        #expect(facts("Kaja Kallas was in Tallinn as prime minister for three years.", "visited").isEmpty)
    }

    @Test func afterMeetingInTheSecondClause() {
        // "Türkiye announced its backing for Rutte in late April, and Hungary's Prime Minister
        // Viktor Orbán dropped his objection after meeting Rutte": the participle's clause's
        // subject met him, not the first person of the sentence.
        let text =
            "Latvia announced its backing for Kaja Kallas in May, and Prime Minister Robert Fico dropped his objection after meeting Kallas in Brussels."
        #expect(facts(text, "met") == ["Robert Fico | met | Kaja Kallas | true"])
        // With no person in that clause, the sentence's first person, as before.
        let one = "Robert Fico, for his part, dropped his objection after meeting Kallas in Brussels."
        #expect(facts(one, "met") == ["Robert Fico | met | Kaja Kallas | true"])
    }

    @Test func succeededByInThePassive() {
        // "He was succeeded in The Hague in July by Dick Schoof": the agent succeeds the subject.
        #expect(
            facts("Rishi Sunak was succeeded in London in July by Keir Starmer.", "succeeds") == [
                "Keir Starmer | succeeds | Rishi Sunak | true"
            ])
        #expect(
            claims("Rishi Sunak will be replaced by Keir Starmer next week.").contains {
                $0.contains("Keir Starmer | succeeds | Rishi Sunak | true | expected")
            })
        // "was succeeded by" something that is no person makes no claim.
        #expect(facts("Rishi Sunak was succeeded by a caretaker cabinet.", "succeeds").isEmpty)
    }

    @Test func aQuotedAdverbBeforeTheVerb() {
        // `Budapest "obviously" cannot support a man who ...`: a quoted word between the subject
        // and the verb leaves the subject where it was, and the negation after it still counts.
        let text = "Kaja Kallas is the favourite. Slovakia \"certainly\" cannot support a man who wanted that."
        #expect(supporters(text, false, of: "Kaja Kallas") == ["Slovakia"])
        #expect(supporters(text, true, of: "Kaja Kallas").isEmpty)
        // A quotation with a name in it is no adverb: `"Slovakia and Hungary" cannot` names its own.
        let named = "Kaja Kallas is the favourite. Officials said \"Slovakia\" cannot support a man who wanted that."
        #expect(supporters(named, false, of: "Kaja Kallas") == ["Slovakia"])
    }

    @Test func accordingToClosesItsAside() {
        // "where, according to Orbán, the Dutch prime minister confirmed": the comma after
        // "according to P" closes the aside; the role after it is someone else, not P's title.
        let text =
            "Kaja Kallas is the favourite. Slovak Prime Minister Robert Fico said on Tuesday that he would support Kallas after the two met in Brussels, where, according to Fico, the Estonian prime minister confirmed that Slovakia would not have to send troops."
        #expect(
            facts(text, "holds") == [
                "Robert Fico | holds | Prime Minister of Slovakia | true", "Kaja Kallas | holds | Prime Minister of Estonia | true",
            ])
        // An apposition after any other name still gives it the title.
        let apposition = "Kaja Kallas is the favourite. The deal was struck with Robert Fico, the Slovak prime minister, on Monday."
        #expect(facts(apposition, "holds") == ["Robert Fico | holds | Prime Minister of Slovakia | true"])
    }

    @Test func anotherElectionNamedOnceIsNotTheRace() {
        // An explainer about NATO's new secretary general that says someone "stepped down to run
        // for president of Romania": the race is still NATO's, so the challenger who dropped out
        // withdrew from it.
        let text =
            "Mark Rutte is NATO's new secretary general. Mircea Geoană stepped down last month to run for president of Romania. The one challenger, Romanian President Klaus Iohannis, dropped out in June."
        #expect(facts(text, "withdrew") == ["Klaus Iohannis | withdrew | NATO Secretary General | true"])
        #expect(facts(text, "candidate").contains("Mircea Geoană | candidate | President of Romania | true"))
        // An article that names no other office keeps the one its candidacy phrases name.
        let other =
            "Mircea Geoană stepped down last month to run for president of Romania. The one challenger, Kaja Kallas, dropped out in June."
        #expect(facts(other, "withdrew") == ["Kaja Kallas | withdrew | President of Romania | true"])
    }

    @Test func onceOpensAClause() {
        // "Slovakia will come round once he is in office": "once he" opens a clause; "he" is not
        // the one Slovakia comes round to.
        let text =
            "Kaja Kallas is the favourite. Klaus Iohannis is also a candidate. Diplomats believe Slovakia will come round once he is in office."
        #expect(supporters(text, true, of: "Klaus Iohannis").isEmpty)
        #expect(supporters(text, true, of: "Kaja Kallas") == ["Slovakia"])
        // "backed him once again": "once" as an adverb still reaches the person.
        let again = "Kaja Kallas is the favourite. Slovakia backed Kallas once again."
        #expect(supporters(again, true, of: "Kaja Kallas") == ["Slovakia"])
    }

    @Test func aPartyNominationIsAnotherRace() {
        // "Donald Trump, the front-runner for the Republican nomination": a candidate for his
        // country's presidency, not for the article's race.
        let text = "Kaja Kallas is the favourite. Former President Donald Trump, the front-runner for the Republican nomination, said this."
        #expect(facts(text, "candidate").contains("Donald Trump | candidate | President of the United States | true"))
        #expect(!facts(text, "candidate").contains("Donald Trump | candidate | NATO Secretary General | true"))
        let copula = "Kaja Kallas is the favourite. Donald Trump is the front-runner for the Republican presidential nomination."
        #expect(facts(copula, "candidate").contains("Donald Trump | candidate | President of the United States | true"))
        // "the front-runner for the post" is the article's race.
        let post = "Kaja Kallas, the front-runner for the post, said this."
        #expect(facts(post, "candidate") == ["Kaja Kallas | candidate | NATO Secretary General | true"])
    }

    @Test func aParticipleAsideAfterTheSubject() {
        // "Slovakia, now governed by Robert Fico, has not yet backed the Dutch leader": the aside
        // and its agent are passed over, as "Hungary, as always, ..." is.
        let text = "Kaja Kallas is the favourite. Latvia, now governed by Robert Fico, has not yet backed Kallas."
        #expect(supporters(text, false, of: "Kaja Kallas") == ["Latvia"])
        // The agent is not the subject: Fico is not said to withhold anything.
        #expect(!supporters(text, false, of: "Kaja Kallas").contains("Robert Fico"))
    }

    @Test func yetToCommitAndHesitating() {
        // "Türkiye and Slovakia have yet to commit", "is also said to be hesitating": not yet for.
        let commit = "Kaja Kallas is the favourite. Latvia and Lithuania have yet to commit."
        #expect(supporters(commit, false, of: "Kaja Kallas") == ["Latvia", "Lithuania"])
        let hesitating = "Kaja Kallas is the favourite. Latvia's government is also said to be hesitating."
        #expect(claims(hesitating).contains("Latvia | supports | Kaja Kallas | false | hedged"))
        // "has not committed troops": a commitment of something else.
        #expect(facts("Kaja Kallas is the favourite. Latvia has not committed troops to the mission.", "supports").isEmpty)
    }

    @Test func runningAgainstAVicePresident() {
        // "Trump, who is running against Vice President Kamala Harris": a race for their
        // country's presidency, with both in it; not the article's race.
        let text =
            "Kaja Kallas is the favourite. Former president Donald Trump, who is running against Vice President Kamala Harris, has questioned NATO."
        let candidates = facts(text, "candidate")
        #expect(candidates.contains("Donald Trump | candidate | President of the United States | true"))
        #expect(candidates.contains("Kamala Harris | candidate | President of the United States | true"))
        #expect(!candidates.contains("Donald Trump | candidate | NATO Secretary General | true"))
        // Against a prime minister, the article's race as before.
        let prime = "NATO needs a new chief. Klaus Iohannis ran against Prime Minister Mark Rutte for months."
        #expect(facts(prime, "candidate") == ["Klaus Iohannis | candidate | NATO Secretary General | true"])
    }

    @Test func includingAfterTheObject() {
        // "Most allies had already lined up behind Rutte, including the United States, the United
        // Kingdom, France and Germany": the group's members named after the object back him.
        let text = "Kaja Kallas is the favourite. Most allies had already lined up behind Kallas, including Latvia, Lithuania and Poland."
        #expect(supporters(text, true, of: "Kaja Kallas") == ["Latvia", "Lithuania", "Poland"])
        // A named subject keeps its claim alone: "Hungary has endorsed Kallas, including ..." is
        // no list of backers.
        let named = "Kaja Kallas is the favourite. Hungary has endorsed Kallas, including Latvia."
        #expect(supporters(named, true, of: "Kaja Kallas") == ["Hungary"])
    }

    @Test func refusalsInQuotesAndOwnCandidates() {
        // `Hungary "certainly cannot support" a candidate who ...`: past the closing mark.
        let quoted = "Kaja Kallas is the favourite. Slovakia \"certainly cannot support\" a candidate who wanted that."
        #expect(supporters(quoted, false, of: "Kaja Kallas") == ["Slovakia"])
        // "would back a candidate who served all allies" is anyone of a kind.
        let anyone = "Kaja Kallas is the favourite. Slovakia \"would support\" a candidate who served all allies."
        #expect(facts(anyone, "supports").isEmpty)
        // "has put forward a candidate of its own: President P", "is backing its own man".
        let own = "Kaja Kallas is the favourite. Romania has put forward a candidate of its own: President Klaus Iohannis."
        #expect(supporters(own, true, of: "Klaus Iohannis") == ["Romania"])
        let man = "Kaja Kallas is the favourite. Klaus Iohannis is running. Bucharest is backing its own man."
        #expect(supporters(man, true, of: "Klaus Iohannis") == ["Romania"])
        #expect(supporters(man, false, of: "Kaja Kallas") == ["Romania"])
    }

    @Test func declinedToEndorseAnyCandidate() {
        // "Romania has declined to endorse any candidate": not the article's candidate either.
        let text = "Kaja Kallas is the favourite. Latvia has declined to endorse any candidate."
        #expect(supporters(text, false, of: "Kaja Kallas") == ["Latvia"])
        // Without a refusal, "would endorse any candidate" names no one.
        #expect(facts("Kaja Kallas is the favourite. Latvia would endorse any candidate.", "supports").isEmpty)
    }

    @Test func leadersAlongsideALeader() {
        // "Rishi Sunak threw his weight behind Rutte back in February, alongside Joe Biden,
        // France's Emmanuel Macron and Germany's Olaf Scholz": the leaders listed take his stance.
        let text =
            "Kaja Kallas is the favourite. Donald Tusk threw his weight behind Kallas in May, alongside Joe Biden, France's Emmanuel Macron and Germany's Olaf Scholz."
        #expect(supporters(text, true, of: "Kaja Kallas") == ["Donald Tusk", "Joe Biden", "Emmanuel Macron", "Olaf Scholz"])
        // People named after something else than "alongside" are no companions.
        let met = "Kaja Kallas is the favourite. Donald Tusk threw his weight behind Kallas in May, after talks with Joe Biden."
        #expect(supporters(met, true, of: "Kaja Kallas") == ["Donald Tusk"])
    }

    @Test func assentAndYes() {
        // "Türkiye gave its assent to Mark Rutte's candidacy", "gave his yes": support given.
        let assent = "Kaja Kallas is the favourite. Latvia gave its assent to Kaja Kallas's candidacy in the spring."
        #expect(supporters(assent, true, of: "Kaja Kallas") == ["Latvia"])
        let yes = "Kaja Kallas is the favourite. Robert Fico gave his yes on 18 June."
        #expect(supporters(yes, true, of: "Kaja Kallas") == ["Robert Fico"])
        // Assent to something else is none.
        #expect(facts("Kaja Kallas is the favourite. The parliament gave its assent to the budget.", "supports").isEmpty)
    }

    @Test func itsIsNoPersons() {
        // "the government of Prime Minister Donald Tusk signalled its backing": "its" backing is
        // the government's, not the person's.
        let text = "Kaja Kallas is the favourite. The government of Prime Minister Robert Fico signalled its backing within days."
        #expect(!supporters(text, true, of: "Kaja Kallas").contains("Robert Fico"))
        // "signalled his backing" is the person's.
        let his = "Kaja Kallas is the favourite. Prime Minister Robert Fico signalled his backing within days."
        #expect(supporters(his, true, of: "Kaja Kallas").contains("Robert Fico"))
    }

    @Test func aListedCountryIsNoTitlesCountry() {
        // "Prime Minister Justin Trudeau's government signalled its support, shortly after the
        // United States, Britain, France and Germany endorsed the Dutchman, and officials say
        // Canada has not wavered": a country in a list is no one office's; the one alone is.
        let text =
            "Prime Minister Ana Costa's government signalled its support in February, shortly after the United States, Britain, France and Germany endorsed Kallas, and officials say Portugal has not wavered since."
        #expect(facts(text, "holds") == ["Ana Costa | holds | Prime Minister of Portugal | true"])
        // A country alone nearby is still the title's.
        let alone = "Prime Minister Ana Costa said Portugal would back Kallas."
        #expect(facts(alone, "holds") == ["Ana Costa | holds | Prime Minister of Portugal | true"])
    }
}
