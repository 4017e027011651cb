import Testing

@testable import Extraction

/// The tenth round's patterns (docs/EXTRACTION.md), learned from independent set 11, each in
/// made-up sentences with other countries and people than that set uses, and each with a near miss.
@Suite struct TenthRoundRuleTests {
    /// The `subject | object` pairs of one predicate's claims.
    func pairs(_ text: String, _ predicate: String) -> Set<String> {
        Set(
            claims(text).filter { $0.contains("| \(predicate) |") }.map {
                let parts = $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                return "\(parts[0]) | \(parts[2])"
            })
    }

    @Test func membershipWithoutANamedOrganization() {
        // "C joined in 1982", "C, which joined in March", "C, admitted last year": the alliance
        // the article is about.
        #expect(pairs("NATO met. Spain joined in 1982.", "member") == ["Spain | NATO"])
        #expect(pairs("NATO met. Portugal, which joined in March, agreed.", "member") == ["Portugal | NATO"])
        #expect(pairs("NATO met. Norway, admitted last year, agreed.", "member") == ["Norway | NATO"])
        // "admitted" as a verb of saying is no joining; "joined in criticising" has an object.
        #expect(pairs("NATO met. Norway admitted last week that it was wrong.", "member").isEmpty)
        #expect(pairs("NATO met. Norway joined in criticising the plan.", "member").isEmpty)
        // "the alliance, which C joined in 1982": the organization is the antecedent.
        #expect(pairs("Spain backs the alliance, which Portugal joined in 1982.", "member") == ["Portugal | NATO"])
    }

    @Test func enteringTheAllianceTogetherWithOthers() {
        let together = "NATO met. Poland, which entered the alliance in 1999 together with Hungary and Czechia, agreed."
        #expect(pairs(together, "member") == ["Poland | NATO", "Hungary | NATO", "Czechia | NATO"])
        // "entered the race" is no membership.
        #expect(pairs("NATO met. Poland entered the race in 1999 together with Hungary.", "member").isEmpty)
    }

    @Test func termsToServeAndTheirOwners() {
        func terms(_ text: String) -> Set<String> { pairs(text, "term_length") }
        // "a four-year stint", "(usually) serve five years": the office the sentence names, else the contest.
        #expect(terms("Jens Stoltenberg stayed far beyond the usual four-year stint.") == ["NATO Secretary General | 4 years"])
        #expect(terms("NATO secretaries general usually serve five years.") == ["NATO Secretary General | 5 years"])
        // "P, who is barred from seeking a third N-year term": the office the article says P holds.
        let who = "Andrzej Duda is President of Poland. The race is on to replace Duda, who is barred from seeking a third five-year term."
        #expect(terms(who) == ["President of Poland | 5 years"])
        // A term an unknown person is to serve is not the contest's: no claim.
        #expect(terms("Tremblay, 62, a former mayor, succeeds his mentor and will serve a single six-year term.").isEmpty)
        // A term a named person is to serve is the contest's, not the office the person leaves.
        let serving = "Dutch Prime Minister Mark Rutte is running. Rutte will serve a four-year term."
        #expect(terms(serving) == ["NATO Secretary General | 4 years"])
    }

    @Test func takingAndLeavingAnOfficeWithATimeBetween() {
        func holds(_ text: String) -> [String] { claims(text).filter { $0.contains("| holds |") } }
        // "took over Tuesday as", "stepped down in September as", "left office as", "resigned as".
        #expect(
            holds("Andrzej Duda took over Tuesday as President of Poland.") == [
                "Andrzej Duda | holds | President of Poland | true | asserted"
            ])
        #expect(
            holds("Andrzej Duda stepped down in May as President of Poland.") == [
                "Andrzej Duda | holds | President of Poland | true | past"
            ])
        #expect(holds("Andrzej Duda left office as President of Poland.") == ["Andrzej Duda | holds | President of Poland | true | past"])
        #expect(holds("Andrzej Duda resigned as President of Poland.") == ["Andrzej Duda | holds | President of Poland | true | past"])
        // Not an office: "resigned as a matter of principle", "took over the talks".
        #expect(holds("Andrzej Duda resigned as a matter of principle.").isEmpty)
        #expect(holds("Andrzej Duda took over Tuesday from the envoys.").isEmpty)
    }

    @Test func handingOverInAParticiple() {
        let text = "Andrzej Duda left office on 6 August, handing over to Mark Rutte."
        #expect(claims(text).contains("Mark Rutte | succeeds | Andrzej Duda | true | asserted"))
    }

    @Test func supportIdioms() {
        // "with A, B and C in his corner", "X is in P's corner".
        let corner = "Mark Rutte is running. With Spain, the United Kingdom and Italy in his corner, he leads."
        #expect(supporters(corner, true) == ["Spain", "United Kingdom", "Italy"])
        #expect(supporters("Mark Rutte is running. Norway is now firmly in Rutte's corner.", true) == ["Norway"])
        // A corner that is no one's: nothing.
        #expect(supporters("Mark Rutte is running. Norway is in the corner.", true).isEmpty)
        // "piled in behind him", "came out for him".
        #expect(supporters("Mark Rutte is running. Spain and Italy all piled in behind him.", true) == ["Spain", "Italy"])
        #expect(supporters("Mark Rutte is running. Spain came out for him on Monday.", true) == ["Spain"])
        #expect(supporters("Mark Rutte is running. Spain came out for the plan.", true).isEmpty)
    }

    @Test func aMemberOfAnOrganizationIsNoSubject() {
        // "a NATO member endorsed him": not NATO.
        #expect(claims("Mark Rutte is running. A NATO member endorsed him.").filter { $0.hasPrefix("NATO | supports") }.isEmpty)
    }

    @Test func quantifiersOnBoardAndComingOut() {
        // "All 32 allies are now on board": the article's candidate, even when the article's
        // quantified refusals name another person more often.
        let board = """
            Klaus Iohannis and Mark Rutte are running. No other ally endorsed Iohannis. Spain and Italy back Rutte. \
            All 32 allies are now on board.
            """
        #expect(supporters(board, true).count == 32)
        #expect(supporters(board, true, of: "Klaus Iohannis").isEmpty)
        // "not a single member came out for him": no ally, but the one set apart.
        let comeOut = "Klaus Iohannis is running. Apart from Bulgaria, not a single NATO member came out for him."
        #expect(supporters(comeOut, false, of: "Klaus Iohannis").count == 31)
        #expect(supporters(comeOut, true, of: "Klaus Iohannis") == ["Bulgaria"])
        // "not every ally is on board" says some are not, and names none: no claim per ally.
        #expect(supporters("Mark Rutte is running. Spain backs him, but not every ally is on board.", true) == ["Spain"])
        #expect(supporters("Mark Rutte is running. Not all allies back him.", true).isEmpty)
        // "with the United States on board, ... all": what is on board is no group.
        #expect(supporters("Mark Rutte is running. With Spain on board, he is the favourite of all.", true) == ["Spain"])
    }

    @Test func aFaceToFace() {
        let text = "Mark Rutte flew to Ankara for a face-to-face with Recep Tayyip Erdoğan."
        #expect(claims(text).contains("Mark Rutte | met | Recep Tayyip Erdoğan | true | asserted"))
    }

    @Test func admittedToTheAllianceNotToItsCouncil() {
        let text = "The North Atlantic Council met. The alliance now includes Sweden, admitted in March."
        #expect(pairs(text, "member") == ["Sweden | NATO"])
        // A council named in the sentence itself is no more the one joined.
        #expect(pairs("NATO met. The North Atlantic Council now includes Sweden, admitted in March.", "member") == ["Sweden | NATO"])
    }

    @Test func aLeadersGovernmentThenAndAnEpithet() {
        let text = """
            Croatian Prime Minister Andrej Plenković spoke. Mark Rutte is running. Plenković, whose government was then refusing \
            to back Rutte, agreed in May.
            """
        #expect(claims(text).contains("Croatia | supports | Mark Rutte | false | past"))
        #expect(!claims(text).contains { $0.hasPrefix("Andrej Plenković | supports") })
        // "then" after a past "was" is then, not now; "and then backed" is a sequence, and now.
        #expect(
            claims("Mark Rutte is running. Spain then backed Rutte.").contains(
                "Spain | supports | Mark Rutte | true | asserted"))
        // "the Croatian strongman" is the Croatian named last.
        let epithet =
            "Croatian Prime Minister Andrej Plenković spoke. Mark Rutte is running. The Croatian strongman had vowed to block Rutte."
        #expect(claims(epithet).contains("Andrej Plenković | supports | Mark Rutte | false | past"))
    }

    @Test func thenBeforeTheArticle() {
        // "P, then the Dutch prime minister": held then, not now.
        let then = claims("Andrzej Duda, then the Polish president, agreed.")
        #expect(then.contains("Andrzej Duda | holds | President of Poland | true | past"))
        // "and then the Polish president Andrzej Duda": a next step, his office now.
        let next = claims("Spain agreed, and then the Polish president Andrzej Duda agreed.")
        #expect(next.contains("Andrzej Duda | holds | President of Poland | true | asserted"))
    }

    @Test func aConditionQuantifiesNoAlly() {
        // A quantified stance under a condition is no stance of any ally.
        #expect(supporters("Mark Rutte is running. All allies would back him if Hungary agreed.", true).isEmpty)
        #expect(supporters("Mark Rutte is running. If Hungary agrees, all allies will back him.", true).isEmpty)
        #expect(supporters("Mark Rutte is running. Once Hungary agrees, all allies will back him.", true).isEmpty)
        // A condition met is none: "Once Hungary had agreed, all allies backed him".
        #expect(supporters("Mark Rutte is running. Once Hungary had agreed, all allies backed him.", true).count == 32)
        #expect(supporters("Mark Rutte is running. All allies back him.", true).count == 32)
    }
}
