import Testing

@testable import Extraction

/// The ninth round's patterns (docs/EXTRACTION.md), learned from independent sets 5 and 6, each in
/// made-up sentences with other countries and people than those sets use, and each with a near miss.
@Suite struct NinthRoundRuleTests {
    @Test func quantifiersWithTheirHoldoutsListed() {
        // "all but three — A, B and C — back P": the holdouts listed right after the count.
        let dashes = "Mark Rutte is running. All but three — Spain, Italy and Greece — now back Mark Rutte."
        #expect(supporters(dashes, false) == ["Spain", "Italy", "Greece"])
        #expect(supporters(dashes, true).count == 29)
        let colon = "Mark Rutte is running. All but two allies: Norway and Denmark, now back Mark Rutte."
        #expect(supporters(colon, false) == ["Norway", "Denmark"])
        // With no list and no holdouts named after it, no claim per ally.
        #expect(supporters("Mark Rutte is running. All but three now back Mark Rutte.", true).isEmpty)
    }

    @Test func quantifiersOverNoAlly() {
        // "none of the allies", "not one of NATO's 32 members", "no other member": all refuse.
        #expect(supporters("None of the allies has endorsed Mark Rutte.", false).count == 32)
        #expect(supporters("Not one of NATO's 32 members publicly endorsed Mark Rutte.", false).count == 32)
        // "Apart from A, not one ...": A is the exception, and supports.
        let apart = "Apart from Portugal, not a single member has endorsed Mark Rutte."
        #expect(supporters(apart, true) == ["Portugal"])
        #expect(supporters(apart, false).count == 31)
        // "no one" is a person, not an ally; "not one" with no group noun is no quantifier.
        #expect(supporters("No one endorsed Mark Rutte.", false).isEmpty)
        #expect(supporters("Mark Rutte is running. Not one word was said.", false).isEmpty)
    }

    @Test func onlyTheNamedHoldouts() {
        // "only A and B ... have yet to endorse P": A and B refuse, every other ally supports.
        let only = "Mark Rutte is running. Only Canada and Spain among NATO's 32 members have yet to endorse Mark Rutte."
        #expect(supporters(only, false) == ["Canada", "Spain"])
        #expect(supporters(only, true).count == 30)
        // "leaves A and B as the only allies yet to endorse P, besides C".
        let leaves = "The vote leaves Canada and Spain as the only allies yet to endorse Mark Rutte, besides Norway."
        #expect(supporters(leaves, false) == ["Canada", "Spain", "Norway"])
        #expect(supporters(leaves, true).count == 29)
        // "only A has said it will not support P" is what A said; the others said nothing.
        #expect(supporters("Mark Rutte is running. Only Canada has said it will not support Mark Rutte.", true).isEmpty)
        // "only A supports P" quantifies nothing: A's own claim only.
        #expect(supporters("Mark Rutte is running. Only Canada backs Mark Rutte.", true) == ["Canada"])
        #expect(supporters("Mark Rutte is running. Only Canada backs Mark Rutte.", false).isEmpty)
    }

    @Test func aStateReachedByATime() {
        func modalities(_ text: String) -> Set<String> {
            Set(
                claims(text).filter { $0.contains("| supports |") }.map {
                    String($0.split(separator: "|")[4]).trimmingCharacters(in: .whitespaces)
                })
        }
        // "by Friday evening ... had lined up": reached, and still holds.
        #expect(
            modalities(
                "Mark Rutte is running. The news meant that by Friday evening every ally except Spain had lined up behind Mark Rutte.") == [
                    "asserted"
                ])
        // The pluperfect alone is a past stance; "by" as a passive's agent is no time.
        #expect(modalities("Mark Rutte is running. Spain had backed Mark Rutte.") == ["past"])
        #expect(modalities("Mark Rutte is running. Pressed by Italy, Spain had backed Mark Rutte.") == ["past"])
    }

    @Test func participlesAfterAPronounOrAnAppointment() {
        // "He will take office ..., succeeding Q": the pronoun's person.
        #expect(
            facts("Mark Rutte is running. He will take office in October, succeeding Jens Stoltenberg.", "succeeds")
                == ["Mark Rutte | succeeds | Jens Stoltenberg | true"])
        // "NATO appointed P as ..., succeeding Q": the one appointed, not the organization.
        #expect(
            facts("NATO appointed Kaja Kallas as its next secretary general, succeeding Jens Stoltenberg.", "succeeds")
                == ["Kaja Kallas | succeeds | Jens Stoltenberg | true"])
        // A possessive is no participle's subject.
        #expect(facts("Hungary's leader spoke on Tuesday, succeeding in nothing.", "succeeds").isEmpty)
    }

    @Test func visitsSeenFromTheHostAndDenied() {
        // "Q received P in PLACE": P went there.
        #expect(facts("Viktor Orban received Mark Rutte in Budapest on Friday.", "visited") == ["Mark Rutte | visited | Budapest | true"])
        #expect(facts("Viktor Orban received a letter in Budapest on Friday.", "visited").isEmpty)
        // "P was in PLACE to meet Q": there, and met.
        let there = "Mark Rutte was in Warsaw to meet Donald Tusk."
        #expect(facts(there, "visited") == ["Mark Rutte | visited | Warsaw | true"])
        #expect(facts(there, "met") == ["Mark Rutte | met | Donald Tusk | true"])
        #expect(facts("Mark Rutte was in Warsaw in 2019.", "visited").isEmpty)
        // "has been to PLACE"; "did not travel to PLACE" is a visit denied.
        #expect(facts("Mark Rutte has already been to Kyiv.", "visited") == ["Mark Rutte | visited | Kyiv | true"])
        #expect(facts("Mark Rutte did not travel to Warsaw.", "visited") == ["Mark Rutte | visited | Warsaw | false"])
    }

    @Test func membershipInAppositionsAndRelatives() {
        #expect(facts("Norway, a NATO member since 1949, spoke.", "member") == ["Norway | member | NATO | true"])
        #expect(facts("Denmark, a founding member of NATO, spoke.", "member") == ["Denmark | member | NATO | true"])
        #expect(facts("Finland became the 31st member of the alliance.", "member") == ["Finland | member | NATO | true"])
        #expect(facts("He spoke of a Georgia that is not a member of the alliance.", "member") == ["Georgia | member | NATO | false"])
        // A member of something that is no organization, or of nothing named: no claim.
        #expect(facts("Spain, a member of the committee, spoke.", "member").isEmpty)
        #expect(facts("Poland, a key member, spoke.", "member").isEmpty)
    }

    @Test func aTermWithNoOfficeNamedIsTheOwnersOffice() {
        // "whose second five-year term": the office the article says the person holds.
        #expect(
            facts("Polish President Andrzej Duda spoke. Duda, whose second five-year term ends next year, is running.", "term_length")
                == ["President of Poland | term_length | 5 years | 5 years"])
        // A possessive name is not the term's owner: "a secretary general's term" is that office's.
        #expect(
            facts("A secretary general's term is four years.", "term_length")
                == ["NATO Secretary General | term_length | 4 years | 4 years"])
    }

    @Test func titlesAfterAnUnknownName() {
        // "Name, Country's title" and "Name, the British defence secretary" for people the lexicon lacks.
        #expect(facts("Anna Berg, Norway's foreign minister, spoke.", "holds") == ["Anna Berg | holds | Foreign Minister of Norway | true"])
        #expect(facts("Tom Hale, the British defence secretary, spoke.", "holds") == ["Tom Hale | holds | UK Defence Secretary | true"])
        #expect(facts("Hungarian FM Péter Szijjártó spoke.", "holds") == ["Péter Szijjártó | holds | Foreign Minister of Hungary | true"])
        // A name before a country that is not a title's: no person.
        #expect(facts("Anna Berg, Norway's capital, spoke.", "holds").isEmpty)
    }

    @Test func supportPhrasings() {
        // "is still not on board": against, for now.
        #expect(supporters("Mark Rutte is running. Portugal is still not on board.", false) == ["Portugal"])
        #expect(supporters("Mark Rutte is running. Portugal is now on board.", true) == ["Portugal"])
        // "had said it could not support P" is a refusal; an inverted "Had ..." is a condition.
        #expect(supporters("Mark Rutte is running. Portugal had said it could not support Mark Rutte.", false) == ["Portugal"])
        #expect(supporters("Mark Rutte is running. Had he lied, Portugal could not support Mark Rutte.", false).isEmpty)
        // "among the first allies to back P's bid"; not "to back the plan".
        #expect(supporters("Mark Rutte is running. Norway was among the first allies to back Rutte's bid.", true) == ["Norway"])
        #expect(supporters("Mark Rutte is running. Norway was among the first allies to back the plan.", true).isEmpty)
        // "has not yet taken a position": withholding; "took a position on" something is no stance.
        #expect(supporters("Mark Rutte is running. Portugal has not yet taken a position.", false) == ["Portugal"])
        #expect(supporters("Mark Rutte is running. Portugal took a position on trade.", false).isEmpty)
        // "has its own candidate, P": backs P (and is against no one else in the article but P's rival).
        let own =
            "Mark Rutte is running, and so is Kaja Kallas. Estonia has its own candidate, Prime Minister Kaja Kallas. Spain and Italy back Mark Rutte."
        #expect(supporters(own, true, of: "Kaja Kallas") == ["Estonia"])
        #expect(supporters(own, false) == ["Estonia"])
    }

    @Test func candidaciesDeclaredOrRuledOut() {
        let race = "Mark Rutte wants to be NATO secretary general. "
        // "declared his interest in the post", "made no secret of wanting the job"
        #expect(
            facts(race + "Kaja Kallas publicly declared her interest in the post.", "candidate").contains(
                "Kaja Kallas | candidate | NATO Secretary General | true"))
        #expect(
            facts(race + "Kaja Kallas made little secret last year of wanting the job.", "candidate").contains(
                "Kaja Kallas | candidate | NATO Secretary General | true"))
        #expect(!facts(race + "Kaja Kallas made no secret of her views on the war.", "candidate").contains { $0.hasPrefix("Kaja Kallas") })
        // "was floated and promptly ruled herself out": the first verb's subject.
        #expect(
            facts(race + "Kaja Kallas was floated and promptly ruled herself out.", "candidate").contains(
                "Kaja Kallas | candidate | NATO Secretary General | false"))
    }

    @Test func heldThePost() {
        let race = "Mark Rutte wants to be NATO secretary general. "
        #expect(
            facts(race + "Jens Stoltenberg, who held the post for ten years, left.", "holds") == [
                "Jens Stoltenberg | holds | NATO Secretary General | true"
            ])
        #expect(
            claims(race + "Jens Stoltenberg has held the post since 2014.").contains(
                "Jens Stoltenberg | holds | NATO Secretary General | true | asserted"))
        #expect(
            claims(race + "Jens Stoltenberg held the post from 2014 to 2024.").contains(
                "Jens Stoltenberg | holds | NATO Secretary General | true | past"))
        // Another office named, or no tenure: not the contest's.
        #expect(facts(race + "Jens Stoltenberg held the job of foreign minister.", "holds").isEmpty)
        #expect(facts(race + "Jens Stoltenberg held the post open for him.", "holds").isEmpty)
    }

    @Test func capitalsListedAndParticiples() {
        // "endorsements from Washington, London and Rome": each capital's government; a city that
        // is no capital backs no one.
        #expect(
            supporters("Mark Rutte is running. The endorsements from Washington, London and Rome came quickly.", true) == [
                "United States", "United Kingdom", "Italy",
            ])
        #expect(
            supporters("Mark Rutte is running. The endorsements from Washington, Istanbul and Rome came quickly.", true) == [
                "United States", "Italy",
            ])
        // "has had the backing of X since February": the present perfect, still held.
        #expect(
            claims("Mark Rutte is running. Mark Rutte has had the backing of Norway since February.").contains(
                "Norway | supports | Mark Rutte | true | asserted"))
        // "P, meeting Q in PLACE, ...": the participle's subject met Q.
        #expect(facts("Mark Rutte, meeting Donald Tusk in Warsaw a day later, agreed.", "met") == ["Mark Rutte | met | Donald Tusk | true"])
        #expect(facts("Mark Rutte's meeting schedule was full.", "met").isEmpty)
        // "a Georgia that is not a member.": of the article's organization.
        #expect(facts("NATO met. He spoke of a Georgia that is not a member.", "member") == ["Georgia | member | NATO | false"])
    }

    @Test func succeedsAsABareTitle() {
        // "succeeds Q as prime minister": the office the article says Q holds, by its title.
        let bare = "Polish Prime Minister Donald Tusk is leaving. Andrzej Duda succeeds Donald Tusk as prime minister."
        #expect(facts(bare, "holds").contains("Andrzej Duda | holds | Prime Minister of Poland | true"))
        #expect(
            !facts("Polish Prime Minister Donald Tusk is leaving. Anna Berg succeeds Donald Tusk as party chair.", "holds").contains {
                $0.hasPrefix("Anna Berg")
            })
    }

    @Test func possessedSupportAndStandingBeside() {
        // "Portugal's endorsement came last week", "announced Norway's support (for P)".
        #expect(supporters("Mark Rutte is running. Portugal's endorsement came only last week.", true) == ["Portugal"])
        #expect(supporters("Mark Rutte is running. The minister announced Norway's support for Mark Rutte.", true) == ["Norway"])
        // Support for something else, or a support only talked about, is no claim.
        #expect(supporters("Mark Rutte is running. The minister announced Norway's support for Ukraine.", true).isEmpty)
        #expect(supporters("Mark Rutte is running. Portugal's support was never certain.", true).isEmpty)
        // "stood beside P in PLACE": a meeting.
        #expect(facts("Mark Rutte stood beside Volodymyr Zelensky in Kyiv.", "met") == ["Mark Rutte | met | Volodymyr Zelensky | true"])
        #expect(facts("Mark Rutte stood beside the lectern.", "met").isEmpty)
    }

    @Test func fromTheEighthSet() {
        // "A, B and C are now the only allies that have yet to back P"; "leaves A as the only one
        // of NATO's 32 allies yet to get behind P".
        let now = "Mark Rutte is running. Spain, Italy and Greece are now the only allies that have yet to back Mark Rutte."
        #expect(supporters(now, false) == ["Spain", "Italy", "Greece"])
        #expect(supporters(now, true).count == 29)
        let one = "Mark Rutte is running. That leaves Greece as the only one of NATO's 32 allies yet to get behind Mark Rutte."
        #expect(supporters(one, false) == ["Greece"])
        #expect(supporters(one, true).count == 31)
        // "has the public backing of A, B and C"
        #expect(supporters("Mark Rutte has the public backing of Spain, Italy and Greece.", true) == ["Spain", "Italy", "Greece"])
        // "cannot support him" is a refusal; "a secretary general who ..." is no one named.
        #expect(supporters("Mark Rutte is running. Spain has said it cannot support him.", false) == ["Spain"])
        #expect(supporters("Mark Rutte is running. Spain cannot support a secretary general who wants war.", false).isEmpty)
        // "P's government opposes Q": the country.
        #expect(supporters("Mark Rutte is running. Prime Minister Viktor Orban's government opposes Rutte.", false) == ["Hungary"])
        // "the reservations of Turkey" that the subject overcame are not the subject's.
        #expect(
            claims("Mark Rutte is running. Mark Rutte had to overcome the reservations of Turkey.").filter { $0.contains("supports") }
                .isEmpty)
        // "succeeds the Norwegian Jens Stoltenberg"; "was in PLACE on Monday to see Q"; "a meeting between P and Q".
        #expect(
            facts("Mark Rutte will succeed the Norwegian Jens Stoltenberg.", "succeeds") == [
                "Mark Rutte | succeeds | Jens Stoltenberg | true"
            ])
        let washington = "Jens Stoltenberg, who was in Washington on Monday to see Joe Biden, spoke."
        #expect(facts(washington, "visited") == ["Jens Stoltenberg | visited | Washington | true"])
        #expect(facts(washington, "met") == ["Jens Stoltenberg | met | Joe Biden | true"])
        #expect(
            facts("It came after a meeting between Mark Rutte and Viktor Orban in Brussels.", "met") == [
                "Mark Rutte | met | Viktor Orbán | true"
            ])
        #expect(facts("Talks between Spain and Italy went on.", "met").isEmpty)
    }

    @Test func membershipAndLeadershipWithTheAllianceUnnamed() {
        // "C, one of the twelve founding members of NATO"; not "one of the members of the committee".
        #expect(
            facts("NATO met. Norway, one of the twelve founding members of NATO, spoke.", "member") == ["Norway | member | NATO | true"])
        #expect(facts("NATO met. Spain, one of the members of the committee, spoke.", "member").isEmpty)
        // "members" opening a sentence: the look back for "one of the N members" stops at its start
        // (it read item -1 and trapped in release).
        #expect(
            facts("NATO members Poland and Lithuania pressed for more.", "member") == [
                "Poland | member | NATO | true", "Lithuania | member | NATO | true",
            ])
        #expect(facts("Members of NATO met.", "member").isEmpty)
        // "fellow NATO members A and B", "C, NATO's newest member", "A and B joined NATO".
        #expect(
            facts("Fellow NATO members Hungary and Slovakia held out.", "member") == [
                "Hungary | member | NATO | true", "Slovakia | member | NATO | true",
            ])
        #expect(facts("NATO met. Sweden, the alliance's newest member, spoke.", "member") == ["Sweden | member | NATO | true"])
        #expect(facts("Sweden, NATO's newest member, spoke.", "member") == ["Sweden | member | NATO | true"])
        #expect(facts("Spain, Hungary's best friend, spoke.", "member").isEmpty)
        #expect(
            facts("Finland and Sweden joined NATO in 2023 and 2024.", "member") == [
                "Finland | member | NATO | true", "Sweden | member | NATO | true",
            ])
        // "with A and B having joined in the last two years", "B, which formally joined last Thursday".
        #expect(
            facts("NATO met, with Finland and Sweden having joined in the last two years.", "member") == [
                "Finland | member | NATO | true", "Sweden | member | NATO | true",
            ])
        #expect(facts("NATO met. Sweden, which formally joined last Thursday, spoke.", "member") == ["Sweden | member | NATO | true"])
        #expect(facts("NATO met. Sweden has joined in criticising Hungary.", "member").isEmpty)
        // "who has headed the alliance since 2014": the head of the organization named before.
        #expect(
            facts("NATO met in Brussels. Jens Stoltenberg, who has headed the alliance since 2014, spoke.", "holds") == [
                "Jens Stoltenberg | holds | NATO Secretary General | true"
            ])
        #expect(
            facts("Jens Stoltenberg, who has headed the alliance since 2014, spoke.", "holds") == [
                "Jens Stoltenberg | holds | NATO Secretary General | true"
            ])
    }
}
