import Testing

@testable import Extraction

/// The twelfth round's patterns (docs/EXTRACTION.md), learned from independent set 13, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TwelfthRoundRuleTests {
    @Test func noSupportFromAnyOtherAlly() {
        // "has yet to win support from any other ally": every ally against but the person's own.
        let text = "Polish President Andrzej Duda is running. He has yet to win public support from any other ally."
        #expect(supporters(text, false, of: "Andrzej Duda").count == 31)
        #expect(!supporters(text, false, of: "Andrzej Duda").contains("Poland"))
        // His own country is set aside: the sentence does not say it backs him.
        #expect(supporters(text, true, of: "Andrzej Duda").isEmpty)
        // "never attracted the backing of a single other ally": the same.
        let single = "Andrzej Duda, whose candidacy never attracted the backing of a single other ally, withdrew."
        #expect(supporters(single, false, of: "Andrzej Duda").count == 31)
        // With no negation, "any ally" quantifies nothing.
        let hope = "Polish President Andrzej Duda is running. He hopes to win support from any ally."
        #expect(supporters(hope, false, of: "Andrzej Duda").isEmpty)
        #expect(supporters(hope, true, of: "Andrzej Duda").isEmpty)
    }

    @Test func allAlliesGaveTheirFormalApproval() {
        // "gave their (formal) approval" with no one named: the article's candidate, every ally.
        let text = "Mark Rutte is running for NATO secretary general. All 32 allies gave their formal approval on Friday."
        #expect(supporters(text, true).count == 32)
        // One country, the same way.
        let one = "Mark Rutte is running for NATO secretary general. Greece gave its formal approval on Friday."
        #expect(supporters(one, true) == ["Greece"])
        // Approval given to something else is none.
        let budget = "Mark Rutte is running for NATO secretary general. All 32 allies gave their formal approval to the budget."
        #expect(supporters(budget, true).isEmpty)
    }

    @Test func aPronounObjectIsTheContenderNotTheLastNamed() {
        // "him" after a sentence that ends on another person: the candidate the article backs.
        let text =
            "Mark Rutte is running for NATO secretary general. Spain was among the first to back him, and Prime Minister "
            + "Pedro Sánchez spoke on his behalf. Later all 32 allies lined up behind him."
        #expect(supporters(text, true).count == 32)
        #expect(supporters(text, true, of: "Pedro Sánchez").isEmpty)
        // Someone's successor is a contender too: "him" stays the successor named last.
        let successor =
            "Mark Rutte will succeed Jens Stoltenberg. Klaus Iohannis is also running. Antonio Tajani said Rutte was a good "
            + "choice and that Italy would support him."
        #expect(supporters(successor, true) == ["Italy"])
        // With no contender among the people it could mean, the last named stays.
        let plain = "Prime Minister Pedro Sánchez spoke in Madrid. Later Italy lined up behind him."
        #expect(supporters(plain, true, of: "Pedro Sánchez") == ["Italy"])
    }

    @Test func standingByAndLobbyingFor() {
        #expect(supporters("Warsaw has so far stood by Andrzej Duda.", true, of: "Andrzej Duda") == ["Poland"])
        #expect(supporters("Prime Minister Pedro Sánchez campaigned hard for Mark Rutte.", true) == ["Pedro Sánchez"])
        // Standing by a decision, campaigning for re-election: no person, no claim.
        #expect(facts("Poland stood by its decision.", "supports").isEmpty)
        #expect(facts("Mark Rutte campaigned for re-election.", "supports").isEmpty)
    }

    @Test func abandonedARivalBid() {
        #expect(
            facts("Polish President Andrzej Duda abandoned his rival bid in May.", "withdrew") == [
                "Andrzej Duda | withdrew | NATO Secretary General | true"
            ])
        // Abandoning a plan is no withdrawal.
        #expect(facts("Polish President Andrzej Duda abandoned his plan in May.", "withdrew").isEmpty)
    }

    @Test func stoodNextTo() {
        #expect(
            facts("Polish President Andrzej Duda stood next to President Volodymyr Zelensky in Kyiv.", "met") == [
                "Andrzej Duda | met | Volodymyr Zelensky | true"
            ])
        // "next" alone is no meeting.
        #expect(facts("Polish President Andrzej Duda will meet the next president.", "met").isEmpty)
    }

    @Test func aComparisonIsNoSubject() {
        // "Greece, like Italy, had long withheld its backing": Greece, not Italy.
        let text = "Greece, like Italy, had long withheld its backing for Mark Rutte."
        #expect(supporters(text, false) == ["Greece"])
    }

    @Test func aSubjectPronounPastAFewWordsContinuesTheSubject() {
        // "Next week he flies to Washington": the last sentence's subject, and expected.
        let text = "Mark Rutte took over from Jens Stoltenberg on Tuesday. Next week he flies to Washington."
        #expect(claims(text).contains("Mark Rutte | visited | Washington | true | expected"))
        // A sentence naming no one ("Kyiv. Thursday.") leaves the subject standing.
        let fragments =
            "Mark Rutte took over from Jens Stoltenberg on Tuesday. Kyiv. Thursday. He stood next to President Volodymyr Zelensky."
        #expect(facts(fragments, "met") == ["Mark Rutte | met | Volodymyr Zelensky | true"])
        // A person named before the pronoun is its antecedent.
        let named = "Mark Rutte took over from Jens Stoltenberg on Tuesday. Next week Stoltenberg said he flies to Oslo."
        #expect(facts(named, "visited") == ["Jens Stoltenberg | visited | Oslo | true"])
    }

    @Test func membersInADefiniteApposition() {
        // "A and B, the alliance's two newest members", "A and B, both members since 1952".
        #expect(
            facts("NATO chose Rutte. For Albania and Croatia, the alliance's two newest members, it mattered.", "member") == [
                "Albania | member | NATO | true", "Croatia | member | NATO | true",
            ])
        #expect(
            facts("Belgium and Canada, both members since 1949, agreed.", "member") == [
                "Belgium | member | NATO | true", "Canada | member | NATO | true",
            ])
        #expect(facts("Montenegro, NATO's newest member, agreed.", "member") == ["Montenegro | member | NATO | true"])
        // Other plural appositions are no membership.
        #expect(facts("Belgium and Canada, the two rivals, agreed.", "member").isEmpty)
    }

    @Test func aRelativeClausePastATitleInApposition() {
        // "X, president of Y, who entered the race": the person before the title.
        #expect(
            facts("Andrzej Duda, president of Poland, who entered the race on 2 May, spoke.", "candidate") == [
                "Andrzej Duda | candidate | NATO Secretary General | true"
            ])
        // A relative clause after a plain noun phrase with no person before it is no one's.
        #expect(facts("The reporters, who entered the race, spoke.", "candidate").isEmpty)
    }

    @Test func amongTheFirstToLineUpBehind() {
        let text = "Mark Rutte is running. Portugal was among the first allies to line up behind Rutte."
        #expect(supporters(text, true) == ["Portugal"])
        // Without "among the first", the group is no subject.
        #expect(supporters("Mark Rutte is running. The allies were quick to line up behind Rutte.", true).isEmpty)
    }

    @Test func madeHisInterestInTheJobKnown() {
        #expect(
            facts("Andrzej Duda made his interest in the job known last autumn.", "candidate") == [
                "Andrzej Duda | candidate | NATO Secretary General | true"
            ])
        // Interest in something else is no candidacy.
        #expect(facts("Andrzej Duda made his interest in the deal known last autumn.", "candidate").isEmpty)
    }

    @Test func aFormerPartyTitle() {
        // "a former Labour prime minister": the party's name between the modifier and the title.
        #expect(
            claims("Jens Stoltenberg, a former Labour prime minister, spoke.").contains(
                "Jens Stoltenberg | holds | Prime Minister of Norway | true | past"))
        // A capitalised word before a title with no modifier is no adjective of it.
        #expect(!claims("Labour Prime Minister Jens Stoltenberg spoke.").contains { $0.contains("| past") })
    }

    @Test func lobbyingOnSomeonesBehalf() {
        let text = "Mark Rutte is running. Chancellor Olaf Scholz lobbied personally on his behalf."
        #expect(supporters(text, true) == ["Olaf Scholz"])
        // Campaigning on an issue backs no one.
        #expect(supporters("Mark Rutte is running. Chancellor Olaf Scholz campaigned on the issue.", true).isEmpty)
    }

    @Test func unknownNamesWithSurnameParticles() {
        // "van", "von der", "de" inside a name the lexicon does not know.
        #expect(
            facts("European Commission President Ursula von der Leyen met Rutte.", "met") == [
                "Ursula von der Leyen | met | Mark Rutte | true"
            ])
        // A particle that no capitalised word follows ends the name: "Maria Costa de" is no name.
        #expect(facts("Mr Paulo Santos de facto met Rutte.", "met").allSatisfy { !$0.contains(" de") })
    }

    @Test func aBodysTitleIsNoCountrysOffice() {
        // "Commission President X" in a Brussels-datelined story: no President of Belgium.
        let text = "BRUSSELS - Commission President Ursula von der Leyen met Rutte."
        #expect(!claims(text).contains { $0.contains("President of Belgium") })
        // A country's adjective before the title still gives the country's office.
        #expect(
            facts("BRUSSELS - Slovak President Peter Pellegrini met Rutte.", "holds") == [
                "Peter Pellegrini | holds | President of Slovakia | true"
            ])
    }

    @Test func aLongerAsideWithNoVerbOfItsOwn() {
        // "X, once tipped for the job, has ruled herself out": the subject past the aside.
        #expect(
            facts("Estonian Prime Minister Kaja Kallas, once tipped for the job, has ruled herself out.", "candidate") == [
                "Kaja Kallas | candidate | NATO Secretary General | false"
            ])
        // A clause with its own verb is no aside: the support is not the president's (it is
        // Slovakia's, which the nested clauses still hide: docs/EXTRACTION.md).
        let clause =
            "Mark Rutte is running. Slovakia, whose new president, Peter Pellegrini, had only just been sworn in, announced its support."
        #expect(!supporters(clause, true).contains("Peter Pellegrini"))
    }

    @Test func noSupportBeyondHisOwnCountry() {
        // "withdrew after failing to win support beyond his own country": every other ally against.
        let text = "Polish President Andrzej Duda withdrew after failing to win support beyond his own country."
        #expect(supporters(text, false, of: "Andrzej Duda").count == 31)
        #expect(supporters(text, true, of: "Andrzej Duda").isEmpty)
        // Won, not failed: no claim per ally.
        #expect(supporters("Polish President Andrzej Duda won support beyond his own country.", false, of: "Andrzej Duda").isEmpty)
    }

    @Test func aCountryFollowed() {
        // "X followed in April": right after others' support, for the same person.
        let text = "Mark Rutte is running. The United States endorsed Rutte in February. Portugal followed in April."
        #expect(supporters(text, true) == ["United States", "Portugal"])
        // Following something else, or with no support before, is none.
        #expect(supporters("Mark Rutte is running. Portugal followed the debate closely.", true).isEmpty)
        #expect(supporters("Mark Rutte is running. Portugal followed in April.", true).isEmpty)
    }

    @Test func itAfterASpeechVerbIsItsSubject() {
        // "The council said it had decided to endorse P": the council, not the country named last.
        let text =
            "Romania's Supreme Council of National Defence met on Thursday. The council said it had decided to endorse Rutte's candidacy."
        #expect(supporters(text, true) == ["Supreme Council of National Defence"])
        // A person before the verb is no "it".
        #expect(!supporters("Mark Rutte is running. In Budapest, Viktor Orbán said it would back him.", true).contains("Viktor Orbán"))
    }

    @Test func signalledTheirApproval() {
        let text = "Mark Rutte is running. France and Italy likewise signalled their approval."
        #expect(supporters(text, true) == ["France", "Italy"])
        // Approval of something else is none.
        #expect(supporters("Mark Rutte is running. France signalled its approval of the budget.", true).isEmpty)
    }

    @Test func aSurnameThatIsACountrysName() {
        // "Prime Minister Luís Montenegro": after a title, the country's name ends the person's.
        #expect(
            facts("Portuguese Prime Minister Luís Montenegro met Rutte on Wednesday.", "met") == [
                "Luís Montenegro | met | Mark Rutte | true"
            ])
        // A country's name after a known person is the country.
        #expect(facts("Slovak President Peter Pellegrini said Montenegro agreed.", "met").isEmpty)
        #expect(
            !claims("Slovak President Peter Pellegrini said Montenegro agreed.").contains { $0.hasPrefix("Peter Pellegrini Montenegro") })
    }

    @Test func meetingsAsNouns() {
        // "had a meeting with" is the simple past, not a pluperfect.
        #expect(
            claims("Mark Rutte had a meeting with Viktor Orbán in Brussels.").contains("Mark Rutte | met | Viktor Orbán | true | asserted"))
        // "After a sit-down with Q, P relented": the main clause's subject met Q.
        #expect(
            facts("After a sit-down with Mark Rutte in Brussels, Viktor Orbán relented.", "met") == [
                "Viktor Orbán | met | Mark Rutte | true"
            ])
        // With no person after the comma, no one.
        #expect(facts("After a meeting with Mark Rutte, the talks ended.", "met").isEmpty)
    }

    @Test func wantingSomeonesJob() {
        // "he wants Jens Stoltenberg's job": a candidacy for the contest.
        #expect(
            facts("Polish President Andrzej Duda made it official: he wants Jens Stoltenberg's job.", "candidate") == [
                "Andrzej Duda | candidate | NATO Secretary General | true"
            ])
        // Not wanting it is a candidacy denied.
        #expect(
            facts("Polish President Andrzej Duda said he does not want Jens Stoltenberg's job.", "candidate") == [
                "Andrzej Duda | candidate | NATO Secretary General | false"
            ])
    }

    @Test func opposedInThePassive() {
        // "Rutte's bid had been opposed by Budapest and Bratislava": the capitals' countries, against.
        let text = "Mark Rutte is running. Rutte's bid had been opposed by Budapest and Bratislava for months."
        #expect(supporters(text, false) == ["Hungary", "Slovakia"])
        // A plan opposed is no candidacy opposed.
        #expect(supporters("Mark Rutte is running. The plan was opposed by Hungary.", false).isEmpty)
    }

    @Test func theEndorsementThatTheyGaveHim() {
        // "the endorsement that Washington, London and Berlin gave him": each capital's country.
        let text =
            "Mark Rutte is running. The road was long, because after the endorsement that Washington, London and Berlin "
            + "gave him in February, he was the favourite."
        #expect(supporters(text, true) == ["United States", "United Kingdom", "Germany"])
        // Support given to something else is none.
        #expect(supporters("Mark Rutte is running. The support that Hungary gave the plan was small.", true).isEmpty)
    }

    @Test func unanimousSupport() {
        // "..., making his support unanimous": every ally, for the person the sentence saw backed.
        let text = "Mark Rutte is running. Klaus Iohannis withdrew, and Romania endorsed Rutte the same day, making his support unanimous."
        #expect(supporters(text, true).count == 32)
        #expect(supporters(text, true, of: "Klaus Iohannis").isEmpty)
        // A unanimous vote of something else quantifies no ally.
        #expect(supporters("Mark Rutte is running. The Hungarian parliament's vote was unanimous.", true).isEmpty)
    }

    @Test func aConsensusOfAllTheAllies() {
        // "The decision was taken by consensus of all 32 allies": every ally, for the candidate.
        let text = "Mark Rutte is running. NATO decided to appoint him. The decision was taken by consensus of all 32 allies."
        #expect(supporters(text, true).count == 32)
        // A consensus on something else is no support.
        let other = "Mark Rutte is running. There is a consensus of all 32 allies on defence spending."
        #expect(supporters(other, true).isEmpty)
    }

    @Test func aCountInSomeonesCorner() {
        // "28 of NATO's 32 allies are in P's corner", the holdouts named in the next sentence.
        let text =
            "Mark Rutte is running. By our count, 28 of NATO's 32 allies are already in Rutte's corner. "
            + "The holdouts: Hungary, Slovakia, Türkiye and Romania."
        #expect(supporters(text, true).count == 28)
        #expect(supporters(text, false) == ["Hungary", "Slovakia", "Türkiye", "Romania"])
        // A corner that is no person's quantifies nothing.
        #expect(supporters("Mark Rutte is running. 28 of NATO's 32 allies are in the same corner.", true).isEmpty)
    }

    @Test func theNextDayIsNoFuture() {
        // "the next day" narrates the past; "next week" is to come.
        let past = "Mark Rutte met Viktor Orbán in Brussels. The next day he flew to Ankara."
        #expect(claims(past).contains("Mark Rutte | visited | Ankara | true | asserted"))
    }
}
