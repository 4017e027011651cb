import Testing

@testable import Extraction

/// The nineteenth round's quantified forms (docs/EXTRACTION.md), learned from independent set 20,
/// each in made-up sentences with other countries and people than that set uses, and each with a
/// near miss.
@Suite struct NineteenthRoundRuleTests {
    @Test func chosenByAllTheAllies() {
        // "P was chosen by the envoys of all 32 allies", "P is backed by 29 of NATO's 32
        // members": a passive's subject is the one backed.
        let text = "Mark Rutte is running. Rutte, who starts on Tuesday, was chosen by the envoys of all 32 allies in June."
        #expect(supporters(text, true).count == 32)
        // Something other than a person chosen: no claim per ally.
        #expect(supporters("Mark Rutte is running. The plan was approved by all 32 allies.", true).isEmpty)
    }

    @Test func joinedTheConsensus() {
        // "All 32 allies joined the consensus": the article's candidate.
        #expect(supporters("Mark Rutte is running. All 32 allies joined the consensus.", true).count == 32)
        // "the consensus of all 32 is needed": a requirement.
        #expect(supporters("Mark Rutte is running. He needs the consensus of all 32 allies.", true).isEmpty)
    }

    @Test func theSupportOfNoOtherAlly() {
        // "he has won the public support of no other ally": no ally but his own country backs him
        // (his own country gets no claim from this sentence).
        let text = "Klaus Iohannis is running. He has won the public support of no other ally."
        let against = supporters(text, false, of: "Klaus Iohannis")
        #expect(against.count == 31 && !against.contains("Romania"))
    }

    @Test func theHoldersSuccessorIsTheFocus() {
        // With no bid and no named backing, the one who succeeds the office's holder is the one
        // the article's unnamed support is for, not the holder.
        let text =
            "NATO met. Secretary General Jens Stoltenberg spoke. Mr Rutte will succeed Secretary General Jens Stoltenberg. "
            + "Greece voiced its backing in the spring."
        #expect(supporters(text, true) == ["Greece"])
        #expect(supporters(text, true, of: "Jens Stoltenberg").isEmpty)
    }

    @Test func rowedInBehindNeverACandidateStillNotAMember() {
        // "rowed in behind", "are also behind P"; "was never a candidate"; "is still not a member".
        let text =
            "Mark Rutte is running. Spain and Italy rowed in behind the Dutch leader. Greece is also behind Rutte. "
            + "Mette Frederiksen was never a candidate for the post. Georgia is still not a member of NATO."
        #expect(supporters(text, true) == ["Spain", "Italy", "Greece"])
        #expect(facts(text, "candidate").contains("Mette Frederiksen | candidate | NATO Secretary General | false"))
        #expect(facts(text, "member") == ["Georgia | member | NATO | false"])
        // "is also behind the delay" backs no one.
        #expect(supporters("Mark Rutte is running. Greece is also behind the delay.", true).isEmpty)
    }
}
