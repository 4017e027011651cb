import Testing

@testable import Extraction

/// The fourteenth round's patterns (docs/EXTRACTION.md), learned from independent set 15, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct FourteenthRoundRuleTests {
    @Test func theLeadersAdministrationIsTheCountry() {
        // "The Biden administration ... when it lent its weight to P": the United States, and the
        // "it" after it.
        let text =
            "Ankara waits. The Biden administration made the call this week when it lent its weight to Mark Rutte, "
            + "the Dutch prime minister."
        #expect(supporters(text, true) == ["United States"])
        // A leader's name alone is the person; "lent its weight to the plan" backs no one.
        let plan = "Ankara waits. Joe Biden said the government lent its weight to the plan."
        #expect(supporters(plan, true).isEmpty)
    }

    @Test func withheldBackingAndDoneTheSame() {
        // "has withheld backing" (no possessive) is against; "A, B and C have done the same" copies
        // the support just said.
        let text =
            "Mark Rutte is running. Washington backed Rutte this week. Oslo, Rome and Madrid have done the same. "
            + "Viktor Orbán's government has withheld backing."
        #expect(supporters(text, true) == ["United States", "Norway", "Italy", "Spain"])
        #expect(supporters(text, false) == ["Hungary"])
        // "did the same for the budget" after no support copies nothing.
        #expect(supporters("Mark Rutte is running. Oslo and Rome did the same for the budget.", true).isEmpty)
    }

    @Test func joinsAndASharedSubjectPastAnAbbreviation() {
        // "Sweden formally joins NATO": the present tense, as "joined".
        #expect(facts("NATO met. MARCH 7 - Sweden formally joins NATO.", "member") == ["Sweden | member | NATO | true"])
        #expect(facts("NATO met. Hungary joins talks on Friday.", "member").isEmpty)
        // "Rutte takes office on Oct. 1 and will succeed Q": the first verb's subject, past the
        // period of "Oct.".
        let text = "NATO met. Rutte takes office on Oct. 1 and will succeed Jens Stoltenberg."
        #expect(facts(text, "succeeds") == ["Mark Rutte | succeeds | Jens Stoltenberg | true"])
    }

    @Test func backedByTheGovernmentInTheCapital() {
        // "His bid is backed by the government in Bucharest": that capital's country.
        let text = "Romanian President Klaus Iohannis is a candidate. His bid is backed by the government in Bucharest."
        #expect(supporters(text, true, of: "Klaus Iohannis") == ["Romania"])
        // "officials in Madrid" are no agent named by "by".
        let officials = "Romanian President Klaus Iohannis is a candidate. His bid is backed by officials in Madrid."
        #expect(supporters(officials, true, of: "Klaus Iohannis").isEmpty)
    }

    @Test func backingItsOwnPresidentNamed() {
        // "is backing its own president, Klaus Iohannis": the person named in apposition.
        let text = "NATO met. Romania, naturally, is backing its own president, Klaus Iohannis, who entered the race in March."
        #expect(supporters(text, true, of: "Klaus Iohannis") == ["Romania"])
        // A person's own president is no country's stance.
        let person = "NATO met. Mircea Geoană is backing his own president, Klaus Iohannis."
        #expect(supporters(person, true, of: "Klaus Iohannis").isEmpty)
    }

    @Test func givenHisConsent() {
        // "He is understood to have given his consent": support for the article's candidate.
        let text =
            "Mark Rutte is running. President Recep Tayyip Erdoğan has not said so himself. He is understood to have given "
            + "his consent in the room."
        #expect(claims(text).contains("Recep Tayyip Erdoğan | supports | Mark Rutte | true | hedged"))
        // Consent to something else is none.
        let plan = "Mark Rutte is running. President Recep Tayyip Erdoğan gave his consent to the plan."
        #expect(supporters(plan, true, of: "Mark Rutte").isEmpty)
    }

    @Test func theAlliancesSecretaryGeneralInApposition() {
        // "Jens Stoltenberg, the alliance's current secretary general": the title's organization.
        #expect(
            facts("NATO met. Jens Stoltenberg, the alliance's current secretary general, spoke.", "holds") == [
                "Jens Stoltenberg | holds | NATO Secretary General | true"
            ])
        // "the alliance's next secretary general" holds nothing yet; "the alliance's leader" is
        // no title with an organization of its own.
        #expect(facts("NATO met. Mark Rutte, the alliance's next secretary general, spoke.", "holds").isEmpty)
    }

    @Test func theSuccessorWhoMovesOnIsTheFocus() {
        // Two successions and no support: the one succeeded in turn is the person the article
        // follows, and "gave his consent" is for him.
        let text =
            "Mark Rutte's party is now led by Dilan Yesilgoz, who succeeded him. On 1 October Rutte takes up his new job "
            + "at NATO, succeeding Jens Stoltenberg. The Hungarian premier, Viktor Orbán, only gave his consent in June."
        #expect(supporters(text, true) == ["Viktor Orbán"])
    }

    @Test func peoplesInAListAndLeaningTowards() {
        // "the Americans, the British, the French and the Germans - signed off": each people's country.
        let text =
            "Mark Rutte is running for NATO secretary general. The big four - the Americans, the British, the Italians and "
            + "the Germans - signed off in February. Slovakia is leaning towards him. Hungary, he said, will back him."
        #expect(supporters(text, true) == ["United States", "United Kingdom", "Italy", "Germany", "Slovakia", "Hungary"])
        #expect(claims(text).contains("Slovakia | supports | Mark Rutte | true | expected"))
        // A demonym without "the" is an adjective, not a people: "Italian and German officials".
        let adjectives = "Mark Rutte is running for NATO secretary general. Italian and German officials signed off in February."
        #expect(!supporters(adjectives, true).contains("Italy"))
    }

    @Test func aCandidateOfItsOwnIsNotTheArticlesFocus() {
        // "Romania has a candidate of its own, President Iohannis": Romania backs him, and the
        // article's objectless support stays for the front-runner.
        let text =
            "Rutte is clearly the front-runner. Romania has a candidate of its own, President Iohannis. Portugal signed off in "
            + "February."
        #expect(supporters(text, true, of: "Klaus Iohannis") == ["Romania"])
        #expect(supporters(text, true) == ["Portugal"])
        #expect(facts(text, "candidate").contains("Mark Rutte | candidate | NATO Secretary General | true"))
    }

    @Test func theContestToSucceedIsNoSuccession() {
        // "We spoke to her about the contest to succeed Jens Stoltenberg": no one succeeds him here.
        #expect(facts("Mark Rutte is running. We spoke about the contest to succeed Jens Stoltenberg.", "succeeds").isEmpty)
        #expect(
            facts("Mark Rutte is running. Rutte is set to succeed Jens Stoltenberg.", "succeeds") == [
                "Mark Rutte | succeeds | Jens Stoltenberg | true"
            ])
    }

    @Test func aConversationAStandardTermAndGoneTo() {
        let text =
            "Mark Rutte is running for NATO secretary general. He and Orbán had a long conversation in Brussels. "
            + "The standard term is four years. No, he hasn't gone to Budapest."
        #expect(facts(text, "met") == ["Mark Rutte | met | Viktor Orbán | true"])
        #expect(facts(text, "term_length") == ["NATO Secretary General | term_length | 4 years | 4 years"])
        #expect(facts(text, "visited") == ["Mark Rutte | visited | Budapest | false"])
        // A conversation with someone the article does not name is no meeting.
        #expect(facts("Mark Rutte is running. He had a long conversation with his wife.", "met").isEmpty)
    }

    @Test func inRuttesCampShookHandsFormallyACandidate() {
        // "every ally except A and B in Rutte's camp": as "in Rutte's corner".
        let text = "Mark Rutte is running. That leaves every ally except Spain and Italy in Rutte's camp."
        #expect(supporters(text, true).count == 30)
        #expect(supporters(text, false) == ["Spain", "Italy"])
        #expect(supporters("Mark Rutte is running. Hungary is now in Rutte's camp.", true) == ["Hungary"])
        // "a summer camp" is nobody's.
        #expect(supporters("Mark Rutte is running. Hungary ran a summer camp.", true).isEmpty)
        // "shook hands with P in PLACE" is a meeting; "is still formally a candidate" a candidacy.
        let more =
            "Mark Rutte is running. Viktor Orbán, who shook hands with Vladimir Putin in Beijing, spoke. Romania's president, "
            + "Klaus Iohannis, is still formally a candidate."
        #expect(facts(more, "met") == ["Viktor Orbán | met | Vladimir Putin | true"])
        #expect(facts(more, "candidate").contains("Klaus Iohannis | candidate | NATO Secretary General | true"))
    }

    @Test func aPronounOpeningTheSentenceIsTheLaterHe() {
        // "His first trip was to Kyiv, where he met P": "he" is who "His" is (the last sentence's
        // subject), not the person that sentence named last.
        let text =
            "Rutte took office on 1 October, succeeding Stoltenberg, who had led the alliance since 2014. His first trip was "
            + "to Kyiv, where he met President Volodymyr Zelensky."
        #expect(facts(text, "met") == ["Mark Rutte | met | Volodymyr Zelensky | true"])
        // A person named first in the sentence still comes first.
        let named =
            "Rutte took office on 1 October, succeeding Stoltenberg, who had led the alliance since 2014. Stoltenberg flew "
            + "to Kyiv, where he met President Volodymyr Zelensky."
        #expect(facts(named, "met") == ["Jens Stoltenberg | met | Volodymyr Zelensky | true"])
    }

    @Test func theLastSubjectNamedIsTheLaterHe() {
        // "...; its president, Klaus Iohannis, is still a candidate, but diplomats say he is likely
        // to withdraw": "he" is the last person named as a subject, not the first named.
        let text =
            "Mark Rutte is running. Romania has not backed Rutte either; its president, Klaus Iohannis, is still formally a "
            + "candidate, but diplomats in Bucharest say he is likely to withdraw."
        #expect(facts(text, "withdrew") == ["Klaus Iohannis | withdrew | NATO Secretary General | true"])
        // With no such subject, the first person named stays: "Rutte met Iohannis, and he said".
        let first = "Mark Rutte is running. Rutte met Klaus Iohannis in Bucharest, and he said he would withdraw."
        #expect(facts(first, "withdrew") == ["Mark Rutte | withdrew | NATO Secretary General | true"])
    }

    @Test func theMostNamedOfASuccessionIsTheFocus() {
        // One succession, no support named: the person the column names most is the one an
        // objectless "nod" is for, not the successor named once.
        let text =
            "Tomorrow Mark Rutte collects the keys. Rutte was prime minister for years. Ankara's nod had come earlier. "
            + "Rutte smiled. In The Hague, Dick Schoof, the civil servant who replaced him as prime minister, is busy."
        #expect(supporters(text, true) == ["Türkiye"])
        #expect(supporters(text, true, of: "Dick Schoof").isEmpty)
    }

    @Test func staysOnUntilQIsSwornIn() {
        // "P remains caretaker prime minister until Q is sworn in": Q is to succeed P.
        for text in [
            "Mark Rutte remains caretaker prime minister in The Hague until Dick Schoof is sworn in next week.",
            "Mark Rutte stays on as caretaker until Dick Schoof, a former civil servant picked by the parties, takes over on 2 July.",
            "Mark Rutte is staying on in a caretaker role until a new government led by Dick Schoof is sworn in.",
        ] {
            #expect(claims(text).contains("Dick Schoof | succeeds | Mark Rutte | true | expected"), "\(text)")
        }
        // Staying somewhere until someone calls is no succession.
        #expect(facts("Mark Rutte remains in Brussels until Dick Schoof calls him.", "succeeds").isEmpty)
    }

    @Test func fellIntoLineAndSaidYes() {
        // "which also eventually fell into line", "said yes", "hasn't said yes": the article's candidate.
        let text =
            "Mark Rutte is running. Robert Fico's Slovakia, which also eventually fell into line, spoke. Orbán, who had spent "
            + "months saying no, said yes. Madrid has not said yes."
        #expect(supporters(text, true) == ["Slovakia", "Viktor Orbán"])
        #expect(supporters(text, false) == ["Spain"])
        // No one named falls into line in "the remaining holdouts fell into line".
        #expect(supporters("Mark Rutte is running. The remaining holdouts fell into line.", true).isEmpty)
    }

    @Test func runningForAPresidency() {
        // "run for the Romanian presidency", "Romania's presidency", "his country's presidency":
        // that country's President, not the article's contest.
        let before = "Mark Rutte is running for NATO secretary general. "
        for text in [
            "Mircea Geoană is widely expected to run for the Romanian presidency.",
            "Mircea Geoană is widely expected to run for Romania's presidency in November.",
            "Mircea Geoană, a Romanian, is widely expected to run for his country's presidency in November.",
        ] {
            #expect(claims(before + text).contains("Mircea Geoană | candidate | President of Romania | true | expected"), "\(text)")
        }
        // Weighing a run is no bid; a rotating presidency is no country's.
        #expect(
            !facts(before + "Mircea Geoană is weighing a run for the Romanian presidency.", "candidate").contains {
                $0.hasPrefix("Mircea Geoană")
            })
        #expect(
            !facts(before + "Viktor Orbán is running for the rotating presidency of the Council.", "candidate").contains {
                $0.hasPrefix("Viktor Orbán")
            })
    }
}
