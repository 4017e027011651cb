import Testing

@testable import Extraction

/// The patterns added to generalise past the seeds' wording, each in made-up sentences with other
/// countries and people than the holdout articles use.
@Suite struct GeneralRuleTests {
    @Test(arguments: [
        (
            "Canada and Norway came out in favour of the Dutch prime minister Mark Rutte.",
            ["Canada | supports | Mark Rutte | true | asserted", "Norway | supports | Mark Rutte | true | asserted"]
        ),
        ("Mark Rutte is running. Denmark is said to favour him.", ["Denmark | supports | Mark Rutte | true | hedged"]),
        ("Mark Rutte is running. Spain lent its backing on Tuesday.", ["Spain | supports | Mark Rutte | true | asserted"]),
        ("Mark Rutte is running. Spain lent its backing to the plan.", []),
        ("Mark Rutte is running. Greece, whose navy is busy, remains opposed.", ["Greece | supports | Mark Rutte | false | asserted"]),
        ("Mark Rutte is running. Greece remains opposed to the plan.", []),
        ("Mark Rutte is running. With Poland on board, the vote is near.", ["Poland | supports | Mark Rutte | true | asserted"]),
        ("Mark Rutte is running. Officials hope to get Poland on board.", []),
        (
            "Mark Rutte is running. Portugal is understood to oppose the nomination.",
            ["Portugal | supports | Mark Rutte | false | hedged"]
        ),
    ])
    func support(text: String, expected: [String]) {
        RuleTests.expectClaims(text, "supports", expected)
    }

    @Test(arguments: [
        ("Klaus Iohannis is the only remaining contender.", ["Klaus Iohannis | candidate | NATO Secretary General | true | asserted"]),
        ("Kaja Kallas is not running.", ["Kaja Kallas | candidate | NATO Secretary General | false | asserted"]),
        ("Kaja Kallas put her name forward in May.", ["Kaja Kallas | candidate | NATO Secretary General | true | asserted"]),
        ("Mark Rutte is a very strong candidate, Jens Stoltenberg said.", []),
    ])
    func candidacy(text: String, expected: [String]) {
        RuleTests.expectClaims(text, "candidate", expected)
    }

    @Test func quantifiers() {
        // "all but one", the holdout named in the next sentence.
        let allButOne = claims("Mark Rutte now has all but one of the 32 allies behind him. The exception is Hungary.")
        #expect(allButOne.filter { $0.hasSuffix("| supports | Mark Rutte | true | asserted") }.count == 31)
        #expect(allButOne.contains("Hungary | supports | Mark Rutte | false | asserted"))
        // "every one of NATO's 32 allies" is everyone, not "one of 32".
        let everyOne = claims("Mark Rutte has the backing of every one of NATO's 32 allies.")
        #expect(everyOne.filter { $0.contains("| supports | Mark Rutte | true |") }.count == 32)
        // A requirement stays no claim.
        #expect(claims("Mark Rutte needs the backing of every one of NATO's 32 allies.").isEmpty)
    }

    @Test func officesAndSuccession() {
        #expect(
            facts("Mark Rutte, who has been prime minister of the Netherlands since 2010, spoke.", "holds")
                == ["Mark Rutte | holds | Prime Minister of the Netherlands | true"])
        #expect(
            facts("Nato thanked Jens Stoltenberg, the Norwegian who has run the alliance since 2014.", "holds")
                == ["Jens Stoltenberg | holds | NATO Secretary General | true"])
        #expect(
            Set(claims("Mark Rutte took over from Jens Stoltenberg as NATO secretary general.")).isSuperset(of: [
                "Mark Rutte | succeeds | Jens Stoltenberg | true | asserted",
                "Mark Rutte | holds | NATO Secretary General | true | asserted",
                "Jens Stoltenberg | holds | NATO Secretary General | true | past",
            ]))
        #expect(
            facts("Mark Rutte will take up the post in October, when Jens Stoltenberg steps down.", "succeeds")
                == ["Mark Rutte | succeeds | Jens Stoltenberg | true"])
        #expect(
            facts("Mark Rutte spoke. The former Dutch prime minister smiled.", "holds")
                == ["Mark Rutte | holds | Prime Minister of the Netherlands | true"])
    }

    @Test func membershipAndMeetings() {
        #expect(facts("Croatia, which joined NATO in 2009, agreed.", "member") == ["Croatia | member | NATO | true"])
        #expect(facts("Mark Rutte flew to Ankara and sat down with Viktor Orban.", "met") == ["Mark Rutte | met | Viktor Orbán | true"])
        #expect(facts("Mark Rutte and Viktor Orban spoke before alliance leaders meet in Vilnius.", "met").isEmpty)
    }

    /// The seventh round's patterns, each with a near miss that must stay no claim.
    @Test func seventhRound() {
        // A question asks; it claims nothing.
        #expect(
            claims("Has a Dutchman led NATO before? Mark Rutte is running for NATO secretary general.").filter { $0.contains("holds") }
                .isEmpty)
        // "NATO's top job" is the NATO Secretary General, and "the alliance" after it is NATO.
        #expect(
            facts("Klaus Iohannis is a candidate for NATO's top job.", "candidate")
                == ["Klaus Iohannis | candidate | NATO Secretary General | true"])
        // A passive's agents after a short adverbial.
        #expect(
            Set(facts("Mark Rutte was endorsed in February by the United States and France.", "supports"))
                == ["United States | supports | Mark Rutte | true", "France | supports | Mark Rutte | true"])
        #expect(facts("Mark Rutte was endorsed in February, and France was pleased by it.", "supports").isEmpty)
        // A refusal to withdraw is no withdrawal, and the candidacy beside it stays current.
        #expect(
            Set(claims("Klaus Iohannis, the only other declared candidate, has so far refused to quit the race.")).isSuperset(of: [
                "Klaus Iohannis | withdrew | NATO Secretary General | false | asserted",
                "Klaus Iohannis | candidate | NATO Secretary General | true | asserted",
            ]))
        // "the Dutch politician" is the Dutch person named before; "a Dutch diplomat" is someone else.
        #expect(
            facts("Mark Rutte is running. Peter Pellegrini gave his blessing to the Dutch politician.", "supports")
                == ["Peter Pellegrini | supports | Mark Rutte | true"])
        #expect(facts("Mark Rutte is running. Peter Pellegrini gave his blessing to a Dutch diplomat.", "supports").isEmpty)
        // "is widely seen as the frontrunner".
        #expect(
            facts("Mark Rutte is widely seen as the frontrunner for NATO secretary general.", "candidate")
                == ["Mark Rutte | candidate | NATO Secretary General | true"])
        // "on board" after a relative clause.
        #expect(
            facts("Mark Rutte is running. Czechia, which had questioned the process, is now on board.", "supports")
                == ["Czechia | supports | Mark Rutte | true"])
        // "it" bound by "every ally" is no country of its own.
        let bound = claims("Mark Rutte is running. Every ally except Romania had said it supported him.")
        #expect(bound.filter { $0.hasPrefix("Romania | supports") } == ["Romania | supports | Mark Rutte | false | asserted"])
        // All the allies by number; a share of them, or "the 32-member alliance", is not everyone.
        #expect(
            claims("NATO's 32 member countries formally appointed Mark Rutte as secretary general.")
                .filter { $0.contains("| supports | Mark Rutte | true |") }.count == 32)
        #expect(claims("Mark Rutte has the support of about two-thirds of NATO's 32 members.").filter { $0.contains("supports") }.isEmpty)
        #expect(claims("The 32-member alliance had overwhelmingly rallied behind Mark Rutte.").filter { $0.contains("Belgium") }.isEmpty)

        // "for the outgoing Dutch premier to take over": a person, not the office the contest is for.
        #expect(
            facts(
                "Mark Rutte's campaign is over. Klaus Iohannis abandoned his bid, clearing the way for the outgoing Dutch premier to take over from Jens Stoltenberg.",
                "withdrew") == ["Klaus Iohannis | withdrew | NATO Secretary General | true"])
        // A country withdrawing its candidate.
        #expect(
            facts("Romania withdrew its candidate, President Klaus Iohannis, last week.", "withdrew")
                == ["Klaus Iohannis | withdrew | NATO Secretary General | true"])
        // Ruling oneself out is no candidacy; not ruling out a bid is no claim.
        #expect(facts("Kaja Kallas ruled herself out.", "candidate") == ["Kaja Kallas | candidate | NATO Secretary General | false"])
        #expect(facts("Kaja Kallas has not ruled out a bid.", "candidate").isEmpty)
        // "appointed for four years".
        #expect(
            facts("Secretaries general are appointed for four years.", "term_length") == [
                "NATO Secretary General | term_length | 4 years | 4 years"
            ])
        // The owner of a term past its adjectives; an age between commas.
        #expect(
            facts("Klaus Iohannis, who is serving his second and final term as Romanian president, spoke.", "holds")
                == ["Klaus Iohannis | holds | President of Romania | true"])
        #expect(
            claims("Mark Rutte, 57, served as prime minister of the Netherlands for 14 years.")
                == ["Mark Rutte | holds | Prime Minister of the Netherlands | true | past"])

        // "pulled his candidacy"; "The United States, the United Kingdom and France" are all subjects.
        #expect(
            facts("Klaus Iohannis has pulled his candidacy.", "withdrew") == ["Klaus Iohannis | withdrew | NATO Secretary General | true"])
        #expect(
            facts("Mark Rutte is running. The United States, the United Kingdom and France endorsed him.", "supports")
                == [
                    "United States | supports | Mark Rutte | true", "United Kingdom | supports | Mark Rutte | true",
                    "France | supports | Mark Rutte | true",
                ])
        // A copula and an office: held now, or before; not a future.
        #expect(
            claims("Mark Rutte has been prime minister of the Netherlands since 2010.")
                == ["Mark Rutte | holds | Prime Minister of the Netherlands | true | asserted"])
        #expect(
            claims("Jens Stoltenberg was prime minister of Norway.") == [
                "Jens Stoltenberg | holds | Prime Minister of Norway | true | past"
            ])
        #expect(facts("Mark Rutte will be NATO secretary general.", "holds").isEmpty)
        #expect(facts("Mark Rutte is the next NATO secretary general.", "holds").isEmpty)
        // "the favourite" is a candidacy now.
        #expect(
            claims("Mark Rutte was the favourite for NATO secretary general.")
                == ["Mark Rutte | candidate | NATO Secretary General | true | asserted"])

        // "has secured the backing of all 32 member states" is every ally.
        #expect(claims("Mark Rutte has secured the backing of all 32 member states.").filter { $0.contains("| supports |") }.count == 32)
        // A subject before a title apposition; a subject shared across "but".
        #expect(
            facts("Mark Rutte is running. Viktor Orbán, Hungary's prime minister, refused to endorse him.", "supports")
                == ["Viktor Orbán | supports | Mark Rutte | false"])
        #expect(
            facts("Klaus Iohannis launched a rival bid in March but withdrew in June.", "withdrew")
                == ["Klaus Iohannis | withdrew | NATO Secretary General | true"])
        // "P of COUNTRY, who has led the alliance".
        #expect(
            facts("NATO met. Mark Rutte succeeds Jens Stoltenberg of Norway, who has led the alliance since 2014.", "holds")
                == ["Jens Stoltenberg | holds | NATO Secretary General | true"])
        // Stepping down: held until then, or before.
        #expect(
            claims("Mark Rutte, who will step down as Dutch prime minister next month, smiled.")
                == ["Mark Rutte | holds | Prime Minister of the Netherlands | true | asserted"])
        #expect(
            claims("Jens Stoltenberg stepped down as prime minister of Norway in 2014.")
                == ["Jens Stoltenberg | holds | Prime Minister of Norway | true | past"])

        // "in the post since", "after a decade in charge": the contest's office, unless the person
        // holds another office now.
        #expect(
            facts("NATO met. Jens Stoltenberg has been in the post since 2014.", "holds")
                == ["Jens Stoltenberg | holds | NATO Secretary General | true"])
        #expect(
            facts("Jens Stoltenberg steps down after a decade in charge.", "holds")
                == ["Jens Stoltenberg | holds | NATO Secretary General | true"])
        #expect(
            facts("Hungarian Prime Minister Viktor Orban has been in charge since 2010.", "holds")
                == ["Viktor Orbán | holds | Prime Minister of Hungary | true"])

        // Meetings: "after meeting P", "P and Q held talks", "went to X to see P".
        #expect(
            facts("Mark Rutte secured Hungary's support after meeting Viktor Orban in Brussels.", "met")
                == ["Mark Rutte | met | Viktor Orbán | true"])
        #expect(facts("Mark Rutte and Viktor Orban held talks on Monday.", "met") == ["Mark Rutte | met | Viktor Orbán | true"])
        #expect(facts("Mark Rutte held talks on Monday.", "met").isEmpty)
        #expect(
            facts("Mark Rutte went to Ankara in April to see Recep Tayyip Erdogan.", "met")
                == ["Mark Rutte | met | Recep Tayyip Erdoğan | true"])
        #expect(facts("Mark Rutte said he could see Viktor Orban agreeing.", "met").isEmpty)
        // "sources told Reuters" hedges.
        #expect(
            claims("Hungary backed Mark Rutte, sources told Reuters.").contains("Hungary | supports | Mark Rutte | true | hedged"))
        // "has put forward its own candidate"; "became NATO's 32nd member".
        #expect(
            facts("Mark Rutte is running. Romania has put forward its own candidate.", "supports")
                == ["Romania | supports | Mark Rutte | false"])
        #expect(facts("Sweden became NATO's 32nd member in March.", "member") == ["Sweden | member | NATO | true"])
        // "during his campaign" is no bid for the contest; "his campaign for NATO's top job" is.
        #expect(facts("Peter Pellegrini had criticised the West during his campaign.", "candidate").isEmpty)
        #expect(
            facts("Mark Rutte's campaign for NATO's top job is over.", "candidate")
                == ["Mark Rutte | candidate | NATO Secretary General | true"])

        // A deputy holds another office than the title's.
        #expect(
            facts("NATO Deputy Secretary General Mircea Geoana spoke.", "holds")
                == ["Mircea Geoană | holds | NATO Deputy Secretary General | true"])
        #expect(facts("Ukraine's deputy foreign minister Andrii Sybiha spoke.", "holds").isEmpty)
        // Vetoing and blocking are against, not blocking is for; a stumbling block is no verb.
        #expect(
            claims("Mark Rutte is running. Hungary had threatened to veto Rutte's appointment.")
                .contains("Hungary | supports | Mark Rutte | false | past"))
        #expect(facts("Mark Rutte is running. Turkey would not block Rutte.", "supports") == ["Türkiye | supports | Mark Rutte | true"])
        #expect(facts("Mark Rutte is running. Orban was a potential stumbling block to Rutte's candidacy.", "supports").isEmpty)
        #expect(facts("Mark Rutte is running. Hungary blocked aid to Ukraine.", "supports").isEmpty)

        // A term's office is the one nearest it; an organization's head title with the organization.
        #expect(
            facts(
                "EU leaders nominated Ursula von der Leyen for a second five-year term as president of the European Commission.",
                "term_length") == ["European Commission President | term_length | 5 years | 5 years"])

        // "With Orban's support, ..." backs the article's candidate; "will consider supporting" is no stance.
        #expect(
            facts("Mark Rutte is running. With Orban's support, few issues stand in his way.", "supports")
                == ["Viktor Orbán | supports | Mark Rutte | true"])
        #expect(facts("Mark Rutte is running. Hungary will consider supporting his candidacy.", "supports").isEmpty)
        // "after receiving support ... from P".
        #expect(
            facts("Mark Rutte is running, after receiving support to take on the role from Viktor Orban.", "supports")
                == ["Viktor Orbán | supports | Mark Rutte | true"])

        // "the withdrawal of his only rival, ..., P"; "the withdrawal of troops" names nobody.
        #expect(
            facts(
                "Mark Rutte is running. It follows the withdrawal of his only rival, the Romanian president, Klaus Iohannis.",
                "withdrew") == ["Klaus Iohannis | withdrew | NATO Secretary General | true"])
        #expect(facts("Mark Rutte welcomed the withdrawal of troops from the border.", "withdrew").isEmpty)
        // "had been the frontrunner" is a past candidacy; "won early endorsements from A and B".
        #expect(
            claims("Mark Rutte had been the frontrunner since last year.")
                == ["Mark Rutte | candidate | NATO Secretary General | true | past"])
        #expect(
            facts("Mark Rutte is running. He won early endorsements from the US and Germany.", "supports")
                == ["United States | supports | Mark Rutte | true", "Germany | supports | Mark Rutte | true"])
        // A country puts a person forward: for the office named after, else the contest.
        #expect(
            facts("Romania has floated President Klaus Iohannis as an alternative.", "candidate")
                == ["Klaus Iohannis | candidate | NATO Secretary General | true"])
        #expect(facts("Klaus Iohannis floated the idea of a summit.", "candidate").isEmpty)

        // More backers after "and of" in the clause.
        #expect(
            facts("Mark Rutte is running. He won the support of Turkey in April and of Hungary and Slovakia.", "supports")
                == [
                    "Türkiye | supports | Mark Rutte | true", "Hungary | supports | Mark Rutte | true",
                    "Slovakia | supports | Mark Rutte | true",
                ])
    }

    /// The eighth round's patterns (from articles written by someone who had not read the rules),
    /// each with a near miss that must stay no claim.
    @Test func eighthRoundQuantifiers() {
        // "all but four ..., the exceptions being A, B, C and D".
        let exceptions =
            "All but four of the alliance's 32 members appear to back Mark Rutte, the exceptions being Spain, Italy, Greece and Poland."
        #expect(supporters(exceptions, true).count == 28)
        #expect(supporters(exceptions, false) == ["Spain", "Italy", "Greece", "Poland"])
        // "apart from A, all ..."; "except for the Netherlands" (the article is not the name).
        #expect(supporters("Apart from Norway, all allies back Mark Rutte.", false) == ["Norway"])
        #expect(supporters("Except for the United States, all other 31 allies back Mark Rutte.", false) == ["United States"])
        // "the remaining 31 members": the country the sentence names is set aside, with no claim.
        let remaining = "Portugal's decision ends a stand-off in which the remaining 31 members had already lined up behind Mark Rutte."
        #expect(supporters(remaining, true).count == 31 && !supporters(remaining, true).contains("Portugal"))
        #expect(supporters(remaining, false).isEmpty)
        #expect(claims("The remaining 31 members had already lined up behind Mark Rutte.").filter { $0.contains("supports") }.isEmpty)
        // "P with the support of 29 of 32", the three holdouts named in the sentences before.
        let before =
            "Denmark and Belgium have not backed Mark Rutte. Canada will not back him either. That leaves Mark Rutte with the support of 29 of the alliance's 32 members."
        #expect(supporters(before, true).count == 29)
        #expect(supporters(before, true).isDisjoint(with: ["Denmark", "Belgium", "Canada"]))
        // Two refusals before a count that needs three: no claim per ally.
        let short =
            "Denmark and Belgium have not backed Mark Rutte. That leaves Mark Rutte with the support of 29 of the alliance's 32 members."
        #expect(supporters(short, true).isEmpty)
    }

    /// The eighth round's other patterns, each with a near miss.
    @Test func eighthRound() {
        // "-elect" titles: to hold the office.
        #expect(
            claims("Lithuania's President-elect Gitanas Nauseda spoke.")
                == ["Gitanas Nauseda | holds | President of Lithuania | true | expected"])
        #expect(
            claims("Lithuania's President Gitanas Nauseda spoke.") == ["Gitanas Nauseda | holds | President of Lithuania | true | asserted"]
        )
        // "stopped short of endorsing" is against.
        #expect(
            facts("Czech Prime Minister Petr Fiala stopped short of endorsing Mark Rutte.", "supports") == [
                "Petr Fiala | supports | Mark Rutte | false"
            ])
        // "held out ... before coming on board": the refusal is past, the support current.
        #expect(
            Set(
                claims("Mark Rutte is running. Spain and Italy held out for weeks before coming on board.").filter { $0.hasPrefix("Spain") }
            )
                == ["Spain | supports | Mark Rutte | false | past", "Spain | supports | Mark Rutte | true | asserted"])
        #expect(facts("Mark Rutte is running. Spain held out hope for a deal.", "supports").isEmpty)
        // "was the last holdout"; "signed on" (but not "signed on to the deal").
        #expect(facts("Mark Rutte is running. Portugal was the last holdout.", "supports") == ["Portugal | supports | Mark Rutte | false"])
        #expect(facts("Mark Rutte is running. Portugal signed on last week.", "supports") == ["Portugal | supports | Mark Rutte | true"])
        #expect(facts("Mark Rutte is running. Portugal signed on to the deal.", "supports").isEmpty)
        // "could not support P" is a refusal; with a condition it is none.
        #expect(facts("Greece could not support Mark Rutte.", "supports") == ["Greece | supports | Mark Rutte | false"])
        #expect(facts("Greece could not support Mark Rutte if he refused.", "supports").isEmpty)
        // "the candidacy of TITLE, P".
        #expect(
            facts("Spain said it would support the candidacy of the Dutch prime minister, Mark Rutte.", "supports")
                == ["Spain | supports | Mark Rutte | true"])
        // "succeed him", "his successor": the pronoun is not the subject.
        #expect(
            facts("Mark Rutte stepped down. Dick Schoof is due to succeed him as prime minister.", "succeeds")
                == ["Dick Schoof | succeeds | Mark Rutte | true"])
        #expect(
            facts("Mark Rutte left. Dick Schoof was sworn in as his successor.", "succeeds") == [
                "Dick Schoof | succeeds | Mark Rutte | true"
            ])
        // Title phrases: an ordinal, a time adverbial before "as", an apposition keeps its name.
        #expect(
            facts("Mark Rutte took office on Oct. 1 as NATO's 14th secretary general.", "holds")
                == ["Mark Rutte | holds | NATO Secretary General | true"])
        #expect(
            facts("Asked about Rutte, the outgoing Dutch prime minister, Orban said nothing.", "holds")
                == ["Mark Rutte | holds | Prime Minister of the Netherlands | true"])
        // "running for president of Romania" is that office, even in an article about another race.
        #expect(
            facts(
                "Klaus Iohannis withdrew from the race for NATO secretary general. Mircea Geoana is expected to run for president of Romania.",
                "candidate"
            ).contains("Mircea Geoană | candidate | President of Romania | true"))
        // What is denied is no claim; the titles the writer gives still are.
        let denied = claims("Ankara denied a report that President Recep Tayyip Erdogan would fly to Brussels.")
        #expect(denied.filter { $0.contains("visited") }.isEmpty)
        #expect(denied.contains { $0.hasPrefix("Recep Tayyip Erdoğan | holds") })
        #expect(facts("Recep Tayyip Erdogan will fly to Brussels.", "visited") == ["Recep Tayyip Erdoğan | visited | Brussels | true"])
        // An invitation to visit is no visit.
        #expect(facts("Volodymyr Zelensky invited Mark Rutte to visit Kyiv.", "visited").isEmpty)
    }

    /// The eighth round's modalities: a state reached still holds, a withdrawn candidacy is past.
    @Test func eighthRoundModality() {
        func modalities(_ text: String, _ prefix: String) -> Set<String> {
            Set(
                claims(text).filter { $0.hasPrefix(prefix) }.map {
                    String($0.split(separator: "|").last!).trimmingCharacters(in: .whitespaces)
                })
        }
        // "had already lined up", "By June 18, ... had endorsed": asserted; a bare pluperfect is past.
        #expect(
            modalities(
                "Portugal's move ends a stand-off in which the remaining 31 members had already lined up behind Mark Rutte.", "Spain")
                == ["asserted"])
        #expect(modalities("By June 18, Spain had endorsed Mark Rutte.", "Spain") == ["asserted"])
        #expect(modalities("Spain had endorsed Mark Rutte.", "Spain") == ["past"])
        // "let it be known that they would back": reported, not predicted.
        #expect(modalities("Spain let it be known that it would back Mark Rutte.", "Spain") == ["asserted"])
        #expect(modalities("Spain would back Mark Rutte.", "Spain") == ["expected"])
        // "was the last holdout" is over; "is" is not.
        #expect(modalities("Mark Rutte is running. Portugal was the last holdout.", "Portugal") == ["past"])
        #expect(modalities("Mark Rutte is running. Portugal is the last holdout.", "Portugal") == ["asserted"])
        // "then Turkey's prime minister" held it; "and then President X" is a next step, not a past office.
        #expect(
            claims("In 2009 Recep Tayyip Erdogan, then Turkey's prime minister, objected.")
                == ["Recep Tayyip Erdoğan | holds | Prime Minister of Türkiye | true | past"])
        #expect(
            claims("Rutte met Viktor Orban and then President Recep Tayyip Erdogan.").contains(
                "Recep Tayyip Erdoğan | holds | President of Türkiye | true | asserted"))
        // "we are told" is an indirect source.
        #expect(modalities("By June, every ally, we are told, stood behind Mark Rutte.", "Spain") == ["hedged"])
        // A candidacy the article says was withdrawn is past in every sentence.
        #expect(
            modalities("Klaus Iohannis entered the race in March. In June, Iohannis withdrew from the race.", "Klaus Iohannis | candidate")
                == ["past"])
        #expect(modalities("Klaus Iohannis entered the race in March.", "Klaus Iohannis | candidate") == ["asserted"])
    }

    /// The eighth round's reference patterns: who a pronoun or a capital stands for.
    @Test func eighthRoundReference() {
        // "..., but he endorsed P": the sentence's subject, not an "all but X" exception.
        #expect(
            facts("Czech President Petr Pavel spoke on Monday, but he endorsed Mark Rutte.", "supports")
                == ["Petr Pavel | supports | Mark Rutte | true"])
        // After a clause boundary, "he" is the sentence's subject, not the person named last.
        #expect(
            facts("Since May, Mark Rutte has spoken with Viktor Orban, and at a summit he attended in Vienna he was upbeat.", "visited")
                == ["Mark Rutte | visited | Vienna | true"])
        // A capital named for its government is what "it" points back to; "in Budapest" is a place.
        #expect(
            facts("Mark Rutte is running. Budapest, the only government to say that it favoured Klaus Iohannis, switched.", "supports")
                .contains("Hungary | supports | Klaus Iohannis | true"))
        // First person: the speaker of the sentence, or of the paragraph's label; else no one.
        #expect(
            facts("\"I now have the support of Spain,\" Mark Rutte said.", "supports") == ["Spain | supports | Mark Rutte | true"])
        #expect(facts("MARK RUTTE: Spain now supports my candidacy.", "supports") == ["Spain | supports | Mark Rutte | true"])
        #expect(facts("Mark Rutte is running. I think Spain now supports my candidacy.", "supports").isEmpty)
        // "whose own candidacy"; "attended a summit in PLACE".
        #expect(
            facts("Klaus Iohannis, whose own candidacy was announced in March, spoke.", "candidate")
                == ["Klaus Iohannis | candidate | NATO Secretary General | true"])
        #expect(facts("Mark Rutte attended a NATO meeting in Vilnius.", "visited") == ["Mark Rutte | visited | Vilnius | true"])
        #expect(facts("Mark Rutte attended a NATO meeting with Estonia's leader.", "visited").isEmpty)
        // Every trigger is tried until one names whom the allies back; "all members save A and B".
        #expect(
            claims("He collected one endorsement and bowed out, by which point every ally stood behind Mark Rutte.")
                .filter { $0.contains("| supports | Mark Rutte | true |") }.count == 32)
        let save = claims("All members save Spain and Italy have endorsed Mark Rutte.")
        #expect(save.filter { $0.contains("| supports | Mark Rutte | true |") }.count == 30)
        #expect(save.filter { $0.contains("| supports | Mark Rutte | false |") }.count == 2)
        #expect(claims("Donors hope to save Ukraine's economy.").isEmpty)
    }

    /// The eighth round's second set (from another writer's articles), each with a near miss.
    @Test func eighthRoundSecondSet() {
        // "P said Tuesday that C would back X": C's own leader takes the stance too; another's does not.
        #expect(
            facts(
                "Slovak President Peter Pellegrini, who took office on Saturday, said Tuesday that Slovakia would back Mark Rutte.",
                "supports")
                == ["Peter Pellegrini | supports | Mark Rutte | true", "Slovakia | supports | Mark Rutte | true"])
        #expect(
            facts("Hungarian Prime Minister Viktor Orban said that Slovakia would back Mark Rutte.", "supports")
                == ["Slovakia | supports | Mark Rutte | true"])
        // A conditional sentence's relative clause is background ("Should ..., leaving aside
        // Romania, whose president Klaus Iohannis entered the race, ...").
        #expect(
            facts(
                "Should Ankara confirm its backing, Spain would be behind Mark Rutte, leaving aside Romania, whose president Klaus Iohannis entered the race in March.",
                "candidate") == ["Klaus Iohannis | candidate | NATO Secretary General | true"])
        // "has not yet committed itself" withholds; "the caretaker Dutch prime minister" holds the office.
        #expect(
            facts("Mark Rutte is running. Portugal has not yet committed itself.", "supports") == [
                "Portugal | supports | Mark Rutte | false"
            ])
        #expect(
            facts("Mark Rutte is running. The caretaker Dutch prime minister spoke.", "holds")
                == ["Mark Rutte | holds | Prime Minister of the Netherlands | true"])
        // "head of government" is a prime minister.
        #expect(
            facts("The Estonian head of government Kaja Kallas spoke.", "holds")
                == ["Kaja Kallas | holds | Prime Minister of Estonia | true"])
        // "the candidacy of P"; "the candidacy process" names no one.
        #expect(
            facts("Berlin welcomed the candidacy of the Dutch head of government Mark Rutte.", "candidate")
                == ["Mark Rutte | candidate | NATO Secretary General | true"])
        // "P's visit to PLACE"; "a visit to Vilnius" names no visitor.
        #expect(
            facts("After Jens Stoltenberg's visit to Vilnius, Orban spoke.", "visited") == ["Jens Stoltenberg | visited | Vilnius | true"])
        #expect(facts("Mark Rutte spoke after a visit to Vilnius by officials.", "visited").isEmpty)
        // "have yet to declare themselves" withholds; "declared themselves satisfied" says nothing of it.
        #expect(
            facts("Mark Rutte is running. Spain and Italy have yet to declare themselves.", "supports")
                == ["Spain | supports | Mark Rutte | false", "Italy | supports | Mark Rutte | false"])
        #expect(facts("Mark Rutte is running. Spain and Italy declared themselves satisfied.", "supports").isEmpty)
        // "TITLE's term is N years".
        #expect(
            facts("A secretary general's term is four years.", "term_length") == [
                "NATO Secretary General | term_length | 4 years | 4 years"
            ])
        // "Sweden finally became NATO's 32nd member".
        #expect(facts("Finland finally became NATO's 31st member.", "member") == ["Finland | member | NATO | true"])
        // A participle after a colon takes its own clause's subject.
        #expect(
            facts(
                "Prime Minister Robert Fico is recovering, and the presidency changes hands: Peter Pellegrini will be sworn in, succeeding Zuzana Caputova.",
                "succeeds"
            ).allSatisfy { !$0.hasPrefix("Robert Fico") })
        // A country after a preposition is no subject coordinated with the next.
        #expect(
            facts("Mark Rutte is running. He delivered jets to Ukraine, and Poland supports his candidacy.", "supports")
                == ["Poland | supports | Mark Rutte | true"])
        // "seeking re-election" is a candidacy for the office held; none when no office is known.
        #expect(
            facts("Lithuania's president, Gitanas Nauseda, who is seeking re-election in May, spoke.", "candidate")
                == ["Gitanas Nauseda | candidate | President of Lithuania | true"])
        // "has been an excellent secretary general"; "is a candidate for secretary general" holds nothing.
        #expect(
            facts("Jens Stoltenberg has been an excellent secretary general for ten years.", "holds")
                == ["Jens Stoltenberg | holds | NATO Secretary General | true"])
        #expect(facts("Klaus Iohannis said he is a candidate for NATO secretary general.", "holds").isEmpty)
        // "OFFICE, held since 2019 by P".
        #expect(
            facts("Ankara wants the post of deputy secretary general, held since 2019 by Romania's Mircea Geoana.", "holds")
                == ["Mircea Geoană | holds | NATO Deputy Secretary General | true"])
        // A sentence that opens with a condition claims nothing it supposes; its background offices stand.
        #expect(
            claims("If the dinner goes well, the council could appoint Mark Rutte, and he would take over from Jens Stoltenberg.")
                .isEmpty)
        #expect(facts("Should Ankara confirm its backing, Spain would be behind Mark Rutte.", "supports").isEmpty)
        #expect(
            facts("Were Hungary to keep its veto, Jens Stoltenberg, who has led NATO since 2014, would stay.", "holds")
                == ["Jens Stoltenberg | holds | NATO Secretary General | true"])
        #expect(
            facts("Mark Rutte is running. Gitanas Nauseda is running for re-election.", "candidate") == [
                "Mark Rutte | candidate | NATO Secretary General | true"
            ])
    }

    /// Support with the backer and the backed in other places than subject and object, and a few
    /// more verbs, each with a near miss.
    @Test func eighthRoundIndirectSupport() {
        func backers(_ text: String) -> Set<String> { facts("Mark Rutte is running. " + text, "supports") }
        #expect(backers("Spain gave Rutte its backing.") == ["Spain | supports | Mark Rutte | true"])
        #expect(backers("Spain gave Rutte its answer.").isEmpty)
        #expect(backers("Rutte secured Spain's support on Monday.") == ["Spain | supports | Mark Rutte | true"])
        #expect(backers("Rutte praised Spain's support for Ukraine.").isEmpty)
        #expect(
            backers("Rutte has won over Spain and Italy.") == [
                "Spain | supports | Mark Rutte | true", "Italy | supports | Mark Rutte | true",
            ])
        #expect(backers("Rutte won over the sceptics.").isEmpty)
        #expect(backers("Spain is among the countries backing Rutte.") == ["Spain | supports | Mark Rutte | true"])
        #expect(backers("Spain will vote for Rutte.") == ["Spain | supports | Mark Rutte | true"])
        #expect(backers("Spain will vote for the plan.").isEmpty)
        #expect(backers("Spain prefers Rutte.") == ["Spain | supports | Mark Rutte | true"])
        #expect(backers("Spain sided with Rutte.") == ["Spain | supports | Mark Rutte | true"])
        // Offices: "is the president of Romania", "became NATO's secretary general", an adjective
        // between the country and the title; "The favourite is the Dutch prime minister" (no one
        // before to hold it) gives no office.
        #expect(facts("Klaus Iohannis is the president of Romania.", "holds") == ["Klaus Iohannis | holds | President of Romania | true"])
        #expect(
            facts("Mark Rutte became NATO's secretary general on Tuesday.", "holds") == [
                "Mark Rutte | holds | NATO Secretary General | true"
            ])
        #expect(
            facts("Viktor Orban, Hungary's nationalist prime minister, spoke.", "holds")
                == ["Viktor Orbán | holds | Prime Minister of Hungary | true"])
        #expect(facts("Mark Rutte is running. The favourite is the Dutch prime minister.", "holds").isEmpty)
    }

    /// More ways to say a candidacy, each with a near miss.
    @Test func eighthRoundCandidacy() {
        func candidacy(_ text: String) -> Set<String> { facts(text, "candidate") }
        let running = "Klaus Iohannis | candidate | NATO Secretary General | true"
        #expect(candidacy("Klaus Iohannis is vying for the job.") == [running])
        #expect(candidacy("Klaus Iohannis is vying with Spain for influence.").isEmpty)
        #expect(candidacy("Klaus Iohannis is seeking to become NATO's next secretary general.") == [running])
        #expect(candidacy("Klaus Iohannis wants to lead NATO.") == [running])
        #expect(candidacy("Klaus Iohannis wants to lead the country into the euro.").isEmpty)
        #expect(candidacy("Klaus Iohannis put himself forward for the job.") == [running])
        #expect(candidacy("Klaus Iohannis challenged Mark Rutte for the post.").contains(running))
        #expect(candidacy("Klaus Iohannis declined to run.") == ["Klaus Iohannis | candidate | NATO Secretary General | false"])
        #expect(candidacy("Klaus Iohannis will not run.") == ["Klaus Iohannis | candidate | NATO Secretary General | false"])
        #expect(candidacy("Klaus Iohannis decided to run.") == [running])
        #expect(candidacy("Klaus Iohannis will not run the meeting himself.").isEmpty)
    }

    /// More ways to say a succession and a meeting, each with a near miss.
    @Test func eighthRoundSuccessionAndMeetings() {
        let succeeds = "Mark Rutte | succeeds | Jens Stoltenberg | true"
        #expect(facts("Mark Rutte was named Jens Stoltenberg's successor.", "succeeds") == [succeeds])
        #expect(facts("Jens Stoltenberg's successor, Mark Rutte, spoke.", "succeeds") == [succeeds])
        #expect(facts("Jens Stoltenberg handed the reins to Mark Rutte.", "succeeds") == [succeeds])
        #expect(facts("Jens Stoltenberg handed the documents to Mark Rutte.", "succeeds").isEmpty)
        #expect(facts("Mark Rutte took the helm from Jens Stoltenberg.", "succeeds") == [succeeds])
        #expect(facts("Mark Rutte took the keys from Jens Stoltenberg.", "succeeds").isEmpty)
        #expect(
            facts("Mark Rutte stepped down. He will hand over the Dutch premiership to Dick Schoof.", "succeeds")
                == ["Dick Schoof | succeeds | Mark Rutte | true"])
        // "is not a member of NATO" is a membership denied.
        #expect(facts("Ukraine is not a member of NATO.", "member") == ["Ukraine | member | NATO | false"])
        #expect(facts("Sweden is a member of NATO.", "member") == ["Sweden | member | NATO | true"])
        let met = "Mark Rutte | met | Viktor Orbán | true"
        #expect(facts("Mark Rutte hosted Viktor Orban in The Hague.", "met") == [met])
        #expect(facts("Mark Rutte had dinner with Viktor Orban.", "met") == [met])
        #expect(facts("Mark Rutte was received by Viktor Orban.", "met") == [met])
        #expect(facts("Mark Rutte received support from Viktor Orban.", "met").isEmpty)
        #expect(facts("Mark Rutte visited Kyiv.", "met").isEmpty)
    }
}
