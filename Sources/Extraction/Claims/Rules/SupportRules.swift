/// `supports(X, P)`: a country, person or organization backs (true) or withholds or opposes
/// (false) a person's candidacy.
///
/// Patterns (X before the verb, P a person after it, or P's bid/candidacy):
/// - verbs: `support`, `back`, `endorse`, `throw POSS support|weight behind`, `stand|swing|rally|
///   line up behind`, `give POSS support|backing|green light to`, `signal|announce|declare POSS
///   support`, `ratify P's appointment`; negated by `not`, `yet to`, `refused to`, `no longer`,
///   `unlikely to`;
/// - the passive `P is backed by X, Y and Z`; nouns `the endorsement of X`, `support from X`;
/// - against: `oppose`, `veto`, `block` (`would not block P` is for), `opposition to`, `withhold POSS support`, `has|is backing its own candidate`,
///   `is the (most vocal) opponent|critic of P('s nomination)`,
///   `yet to make up POSS minds`;
/// - ending opposition: `drop|withdraw POSS (longstanding) objections|opposition` is support now
///   and opposition before (`past`).
/// Support for a deal, a plan or a country is no claim (the object must be a person); nor is a
/// condition ("if Iohannis withdraws").
public struct SupportRules: ClaimRule {
    public var name: String { "support" }
    public var triggers: WordSet { SupportRules.triggerWords }
    static let triggerWords = verbStarts.union(dropStarts).union([
        "endorsement", "endorsements", "backing", "support", "blessing", "board", "won", "win", "wins", "winning", "corner",
        "camp", "nod", "holdout", "holdouts", "hold-out", "hold-outs",
    ])
    /// Creates the rules.
    public init() {}

    static let subjectKinds: KindSet = [.country, .person, .organization]
    static let nouns = "support|backing|endorsement|blessing|approval|nod"
    /// The adjectives a support noun may take after "gave its", "signaled their": "full",
    /// "formal", "final", "unanimous".
    static let grantAdjectiveWords: WordSet = ["full", "formal", "final", "unanimous", "official", "public", "explicit"]
    /// ``grantAdjectiveWords`` as one optional pattern slot, "full?|formal?|...". Appended word by
    /// word: the first `joined(separator:)` of a process looks up the generic collection's
    /// conformances at run time, which cost a fresh process 1.4 % of its loading instructions.
    static let grantAdjectives: String = {
        var slot = ""
        for word in grantAdjectiveWords.members {
            if !slot.isEmpty { slot += "|" }
            slot += word
            slot += "?"
        }
        return slot
    }()
    /// Verbs of campaigning for someone, and the adverbs they take: "lobbied hard for", "campaigned
    /// on behalf of", "intervened personally on his behalf".
    static let lobbyVerbs = "lobby|lobbies|lobbied|lobbying|campaign|campaigns|campaigned|campaigning"
    static let lobbyAdverbs = "hard?|personally?|actively?|openly?|vigorously?"

    /// Verb phrases: pattern, value (true backs, false opposes), implicit object allowed.
    static let verbs: [(pattern: Pattern, value: Bool, implicitObject: Bool, rule: String)] = [
        (
            ["throw|throws|threw|thrown|throwing|put|puts|putting", "POSS", "full?", "support|weight|backing", "behind"], true, false,
            "throw-behind"
        ),
        (
            [
                "stand|stands|stood|standing|swing|swings|swung|swinging|rally|rallies|rallied|rallying|line|lines|lined|lining|get|gets|got|fall|falls|fell|fallen|row|rows|rowed|rowing|pile|piles|piled|piling",
                "firmly?", "up?|in?", "behind",
            ], true, false, "behind"
        ),
        (
            [
                "give|gives|gave|given|giving|offer|offers|offered|lend|lends|lent", "POSS", SupportRules.grantAdjectives,
                "support|backing|blessing|approval|endorsement|nod|green|weight|consent|assent", "light?", "to",
            ], true, false, "give"
        ),
        (["give|gives|gave|given|giving", "POSS", "green", "light"], true, true, "green-light"),
        // "lent its backing", "gave its blessing" with no one named: the article's candidate.
        (
            [
                "give|gives|gave|given|giving|offer|offers|offered|lend|lends|lent", "POSS", SupportRules.grantAdjectives,
                "support|backing|blessing|endorsement|approval|consent|nod|assent|yes",
            ],
            true, true, "give"
        ),
        (["come|comes|came|coming", "out", "in", "favour|favor", "of"], true, false, "favour"),
        // "Slovakia, which also eventually fell into line", "Orbán ... said yes": the article's candidate.
        (["fell|fall|falls|falling", "into|in", "line"], true, true, "into-line"),
        // "Erdoğan, the other holdout, had been won over": now for, no one named.
        (["be|been|was|were|is|are", "finally?|eventually?|now?", "won", "over|round|around"], true, true, "come-round"),
        // "once Washington settled on Rutte" (a person must follow).
        (["settle|settles|settled|settling", "on|upon"], true, false, "favour"),
        (["said|says|say|saying", "yes"], true, true, "said-yes"),
        // "Slovakia is leaning towards him": a stance forming, `expected` (below).
        (["leaning|leans|leaned|leant", "towards|toward"], true, false, "leaning"),
        // "Washington looks favourably on his candidacy"
        (["look|looks|looked|looking", "favourably|favorably|kindly", "on|upon"], true, false, "favour"),
        // "Turkey followed in April", "Slovakia followed suit a day later": after others' support,
        // for the same person (only right after a support claim; "followed the debate" is none).
        (["follow|follows|followed", "suit?"], true, true, "followed"),
        // "shortly after Washington, London and Berlin had publicly done so": the support just
        // said, by others (only right after a support claim).
        (["do|does|did|done", "the?", "so|same"], true, true, "done-so"),
        // "Bucharest has so far stood by Iohannis" (a person must follow: "stood by its decision"
        // is none).
        (["stand|stands|stood|standing", "firmly?|squarely?", "by"], true, false, "stand-by"),
        // "Poland and the Baltic states were squarely behind Rutte" (a person must follow).
        (
            [
                "is|are|was|were|remain|remains|remained",
                "squarely|firmly|solidly|fully|all|now|already|also|still|naturally|clearly|unanimously|united", "behind",
            ], true, false,
            "behind"
        ),
        // "lobbied hard for Rutte", "is campaigning for Iohannis", "lobbied on behalf of P".
        ([SupportRules.lobbyVerbs, SupportRules.lobbyAdverbs, "for"], true, false, "lobby"),
        ([SupportRules.lobbyVerbs, SupportRules.lobbyAdverbs, "on", "behalf", "of"], true, false, "lobby"),
        // "lobbied personally on his behalf": the possessor is the one backed.
        ([SupportRules.lobbyVerbs + "|intervene|intervened|intervening", SupportRules.lobbyAdverbs, "on"], true, false, "on-behalf"),
        // "came out for him publicly": the object must be a person ("came out for the vote" is none).
        (["come|comes|came|coming", "out", "for"], true, false, "favour"),
        // "all came out in his favour": the possessor is the one backed.
        (["come|comes|came|coming", "out", "in"], true, false, "in-favour-of"),
        // "the administration declared for him on 22 February" (a person must follow).
        (["declare|declares|declared|declaring", "for"], true, false, "favour"),
        // "Orbán, who held up the appointment for months": against (an appointment must follow).
        (["hold|holds|held|holding", "up"], false, false, "held-up"),
        // "Slovakia, which had hesitated, came round on Thursday": now for, no one named.
        (["come|comes|came|coming", "round|around"], true, true, "come-round"),
        // "Hungary, which had dug in its heels, relented on Tuesday": now for, no one named.
        (["relent|relents|relented|relenting"], true, true, "come-round"),
        (["favour|favours|favoured|favouring|favor|favors|favored|favoring|prefer|prefers|preferred|preferring"], true, false, "verb"),
        (["side|sides|sided|siding", "with"], true, false, "verb"),
        (["vote|votes|voted|voting", "for"], true, false, "vote"),
        (["leaning|leans|leaned|lean", "towards|toward"], true, false, "leaning"),
        // "remains opposed", "is firmly opposed": against, with no one named.
        (["remain|remains|remained|is|are|was|were|stay|stays|stayed", "firmly?|still?|strongly?", "opposed"], false, true, "opposed"),
        // "Italy and Spain are also in favour": for, with no one named.
        (["remain|remains|remained|is|are|was|were", "also?|now?|firmly?|strongly?", "in", "favour|favor"], true, true, "in-favour"),
        (
            [
                "signal|signals|signaled|signalled|signalling|signaling|announce|announces|announced|announcing|declare|declares|declared|declaring|pledge|pledges|pledged|express|expressed|expresses|voice|voiced|confirm|confirmed|confirms",
                "POSS", SupportRules.grantAdjectives, "support|backing|endorsement|approval|blessing", "for?",
            ], true, true, "announce"
        ),
        (["ratify|ratified|ratifies|approve|approved|approves|confirm|confirms|confirmed"], true, false, "ratify"),
        // Before the bare verbs, which would take "backing its own candidate" first.
        (
            ["backing|backs|backed|supporting|supports|supported", "POSS", "own", "candidate|man|woman|nominee"], false, true,
            "own-candidate"
        ),
        (["support|supports|supported|supporting"], true, false, "verb"),
        (["back|backs|backed|backing"], true, false, "verb"),
        (["endorse|endorses|endorsed|endorsing"], true, false, "verb"),
        (["oppose|opposes|opposed|opposing"], false, false, "oppose"),
        // "had threatened to veto Rutte's appointment"; "would not block Rutte" (negated) is for.
        (["veto|vetoed|vetoes|vetoing|block|blocked|blocks|blocking"], false, false, "block"),
        // "withheld its support", "has withheld backing"
        (
            ["withhold|withholds|withheld|withholding", "POSS?", "support|backing|endorsement|approval|consent|blessing"], false, true,
            "withhold"
        ),
        (["has|have|had|is|are|was|fielding|fields|field", "fielding?", "POSS", "own", "candidate"], false, true, "own-candidate"),
        // "Romania has a candidate of its own, President Iohannis"
        (["has|have|had|is|are|was", "a", "candidate", "of", "its|their", "own"], false, true, "own-candidate"),
        // "Romania has fielded a candidate of its own, President Klaus Iohannis"
        // ("has put forward a candidate of its own: President Klaus Iohannis")
        (
            ["fielded|fields|field|fielding|nominated|nominates|put|puts|putting", "forward?", "a", "candidate", "of", "its|their", "own"],
            false, true, "own-candidate"
        ),
        // "has put forward its own candidate", "nominated its own candidate"
        (["put|puts|putting|nominated|nominates|fielded|proposed", "forward?", "POSS", "own", "candidate"], false, true, "own-candidate"),
        // "has been a vocal supporter of Rutte"
        (
            [
                "is|are|was|were|has|have|had|remains|remained|became|becomes", "been?", "a|an",
                "vocal?|strong?|key?|firm?|staunch?|early?|leading?|steadfast?", "supporter|backer", "of",
            ], true, false, "supporter"
        ),
        // "had for months been the most vocal opponent of Rutte's nomination"
        (
            [
                "is|are|was|were|been|remains|remained", "a|an|the", "most?", "vocal?|strong?|fierce?|staunch?|leading?|main?",
                "opponent|critic", "of",
            ], false, false, "opponent"
        ),
        // "the last ally yet to sign off", "signed off on his appointment"
        (["sign|signs|signed|signing", "off", "on?"], true, true, "sign-off"),
        // "Hungary and Slovakia signed on last Tuesday" (but "signed on to the deal": something else)
        (["sign|signs|signed|signing", "on"], true, true, "sign-on"),
        (["make|made", "up", "POSS", "mind|minds"], true, true, "undecided"),
        // "Turkey, Hungary and Slovakia held out for months": against, no one named.
        (["hold|holds|held|holding", "out"], false, true, "hold-out"),
        // "had held back its endorsement"; "three countries held back for a while: A, B and C".
        (["hold|holds|held|holding", "back", "POSS", "support|backing|endorsement|approval|blessing"], false, true, "withhold"),
        (["hold|holds|held|holding", "back"], false, true, "hold-out"),
        // "Hungary, which had dug in its heels since February": against, no one named.
        (["dig|digs|dug|digging", "in", "POSS", "heels"], false, true, "heels"),
        // "the capitals that had kept Rutte waiting", "the three capitals that made Rutte wait":
        // against the person kept waiting (see ``keptWaiting(_:at:)``).
        (["keep|keeps|kept|keeping|make|makes|made|making"], false, false, "kept-waiting"),
        // "Romania was the last holdout"
        // "Hungary was the loudest objector"
        (
            [
                "is|was|are|were|remains|remained", "the", "last|lone|only|final|sole|loudest|main|chief|biggest|fiercest",
                "holdout|holdouts|objector|objectors",
            ], false, true, "holdout"
        ),
        // "Türkiye was a holdout too", "had long been counted among the holdouts"
        (["is|was|are|were|remains|remained", "also?|still?", "a|an|one", "holdout"], false, true, "holdout"),
        (["is|was|are|were|remains|remained|been", "counted?|listed?", "among", "the", "holdouts"], false, true, "holdout"),
        (["decide|decided|decides"], true, true, "undecided"),
        // "Hungary and Slovakia have yet to declare themselves"
        (["declare|declared|declares", "themselves|itself|himself|herself"], true, true, "undecided"),
        // "Turkey has not yet taken a position", "has yet to take sides"
        (["take|takes|took|taken|taking", "a|any", "public?|clear?|formal?", "position|stance|side"], true, true, "undecided"),
        (["take|takes|took|taken|taking", "sides"], true, true, "undecided"),
        // "Türkiye has not declared its position either", "has yet to reveal its preference"
        (
            [
                "declare|declares|declared|announce|announces|announced|reveal|reveals|revealed|state|states|stated|disclose|discloses|disclosed",
                "POSS", "position|stance|preference",
            ], true, true, "undecided"
        ),
        // "Turkey has not yet committed itself"
        (["commit|committed|commits", "themselves|itself|himself|herself"], true, true, "undecided"),
        // "Türkiye and Slovakia have yet to commit." (only ending the clause: not "commit troops")
        (["commit|committed|commits"], true, true, "undecided"),
        // "Slovakia's government is also said to be hesitating", "remains hesitant"
        (["is|are|was|were|be|remains|remain", "also?|still?", "hesitating|hesitant|wavering"], false, true, "hesitant"),
    ]

    static let commitWords: WordSet = ["commit", "committed", "commits"]
    static let eitherYet: WordSet = ["either", "yet"]

    static let verbStarts = verbIndex.starts
    /// Which verb patterns each word starts.
    static let verbIndex = PatternIndex(verbs.map(\.pattern))!
    static let dropStarts = dropPattern.firstWords!
    static let dropPattern: Pattern = [
        "drop|drops|dropped|dropping|withdrew|withdraw|withdraws|withdrawn|withdrawing|abandon|abandoned|abandons|lift|lifted|lifts|end|ended|ends|overcame|overcome",
        "POSS", "long|longstanding|long-standing|earlier|previous|past|own?", "standing?",
        "objections|objection|opposition|veto|resistance|reservations",
    ]
    static let negations: WordSet = [
        "not", "never", "yet", "cannot", "refused", "refuses", "refuse", "refusing", "declined", "declines", "declining", "failed",
        "fails", "failing", "without",
        // "the Hungarian leader is unlikely to back him": a refusal to come.
        "unlikely",
    ]
    static let ruled: WordSet = ["rule", "rules", "ruled", "ruling"]
    static let bareBlock: WordSet = ["block", "veto"]
    static let receivingVerbs: WordSet = [
        "receiving", "received", "securing", "secured", "won", "winning", "gained", "getting", "got",
    ]
    static let possessedNouns: WordSet = ["support", "backing", "blessing", "endorsement", "nod"]
    /// Nouns of support read as nouns ("the backing of Estonia", "won early endorsements from").
    static let nominalNouns: WordSet = ["backing", "support", "endorsement", "endorsements"]
    static let blessing: WordSet = ["blessing"]
    /// Words before a verb that make it a possibility weighed, not a stance ("will consider supporting").
    static let considering: WordSet = ["consider", "considering", "considers", "considered", "weighing", "mulling"]
    /// Words before a bare verb that make it one ("to block", "would not veto").
    static let verbOpeners: WordSet = [
        "to", "not", "would", "will", "could", "can", "may", "might", "should", "must", "never", "n't", "cannot", "did",
        "does", "do",
    ]
    /// What may follow "held out" when it is a stance, not "held out hope" or "the prospect".
    static let holdOutFollowers: WordSet = [
        ",", ".", ";", "–", "for", "against", "until", "before", "over", "on", "longest", "longer", "and", "as", "in",
    ]
    /// "stopped short of": what comes after is not done.
    static let stopped: WordSet = ["stop", "stops", "stopped", "stopping"]
    static let short: WordSet = ["short"]
    static let beforeUntil: WordSet = ["before", "until"]
    static let wasWere: WordSet = ["was", "were"]
    /// "before coming on board"
    static let comingTo: WordSet = ["coming", "getting", "climbing"]
    static let board: WordSet = ["board"]
    static let possessiveObjects: WordSet = [
        "bid", "candidacy", "candidature", "nomination", "appointment", "campaign", "application", "selection", "election",
    ]

    public func apply(to s: SentenceView, in article: inout ArticleClaims) {
        let classifier = ModalityClassifier()
        var k = 0
        while k < s.count {
            // Every pattern starts at a trigger word.
            if !s.isWord(k, in: SupportRules.triggerWords) { k += 1; continue }
            if s.isMention(k) && s.mention(k)?.form != .pronoun { k += 1; continue }
            var matched = false
            // "With Romania on board", "Turkey is now on board": the article's candidate.
            if s.isWord(k, in: ["board"]), s.isWord(k - 1, in: ["on"]) {
                onBoard(s, at: k, in: &article, classifier: classifier)
                k += 1
                continue
            }
            // "With A, B and C in his corner", "Hungary is now in Rutte's corner": the person's.
            if s.isWord(k, in: SupportRules.corner) {
                inCorner(s, at: k, in: &article, classifier: classifier)
                k += 1
                continue
            }
            // "the backing of Estonia", "after receiving support ... from X": a noun, not the verb.
            let b = SupportRules.beforeNoun(s, k)
            if s.isWord(k, in: SupportRules.nominalNouns),
                s.isWord(b, in: ["the"]) || s.isWord(b - 1, in: SupportRules.receivingVerbs)
                    || s.isWord(b, in: SupportRules.receivingVerbs)
            {
                let before = article.claims.count
                nominal(s, at: k, in: &article, classifier: classifier)
                if article.claims.count > before { k += 1; continue }
            }
            // "With Orban's support, ...": the possessor backs the article's candidate.
            if s.isWord(k, in: SupportRules.possessedNouns), s.isWord(k - 2, in: SentenceView.with), let m = s.mention(k - 1),
                m.possessive, m.form == .name, SupportRules.subjectKinds.contains(m.kind) || m.viaCapital,
                let backer = entity(s, k - 1, lexicon: article.entities.lexicon)
            {
                var object = LocalObject.focus
                var last = k
                if s.isWord(k + 1, in: SentenceView.for), let o = s.personObject(after: k + 2, limit: 2), let p = s.mention(o)?.ref {
                    object = .entity(p)
                    last = o
                }
                article.add(
                    backer, "supports", object, modality: classifier.classify(s, trigger: k, subject: k - 1),
                    evidence: s.span(k - 2, last), sentence: s.index, rule: "support.with")
                k += 1
                continue
            }
            // "Hungary's endorsement came only last week", "announced Slovakia's support", "Slovak
            // backing is expected within days": the possessor (or the demonym's country) backs the
            // article's candidate (or P, after "for").
            if s.isWord(k, in: SupportRules.possessedNouns), let m = s.mention(k - 1),
                (m.possessive && m.form == .name && (SupportRules.subjectKinds.contains(m.kind) || m.viaCapital))
                    || (m.form == .demonym && m.kind == .country && !s.isWord(k - 2, in: SentenceView.the)),
                s.isWord(k + 1, in: SupportRules.arrivingVerbs) || s.isWord(k - 2, in: SupportRules.announcing)
                    || (s.isWord(k + 1, in: OfficeRules.perfect) && s.isWord(k + 2, in: SupportRules.arrivingParticiples))
                    || (s.isWord(k + 1, in: SupportRules.isWas) && s.isWord(k + 2, in: SupportRules.expectedLikely)),
                let backer = entity(s, k - 1, lexicon: article.entities.lexicon)
            {
                var object = LocalObject.focus
                var last = k
                var modality = classifier.classify(s, trigger: k, subject: k - 1)
                if s.isWord(k + 1, in: SentenceView.for) {
                    // "Hungary's support for Ukraine": for something else.
                    guard let o = s.personObject(after: k + 2, limit: 2), let p = s.mention(o)?.ref else { k += 1; continue }
                    object = .entity(p)
                    last = o
                } else if s.isWord(k + 1, in: SupportRules.isWas), s.isWord(k + 2, in: SupportRules.expectedLikely) {
                    // "Slovak backing is expected within days": not given yet.
                    last = k + 2
                    modality = .expected
                }
                if !isConditional(s, from: k - 1, to: last) {
                    article.add(
                        backer, "supports", object, modality: modality,
                        evidence: s.span(k - 1, last), sentence: s.index, rule: "support.possessed")
                }
                k += 1
                continue
            }
            // "gave Rutte its backing", "Rutte secured Spain's support", "Rutte has won over
            // Spain", "Spain is among the countries backing Rutte".
            if indirect(s, at: k, in: &article, classifier: classifier) {
                k += 1
                continue
            }
            // Only the patterns this word starts, in order; each read in place, and a verb's
            // entry copied only once it matches.
            var started = SupportRules.verbIndex.patterns(at: k, in: s)
            while let v = started.next() {
                guard let end = s.match(SupportRules.verbs[v].pattern, at: k) else { continue }
                let verb = SupportRules.verbs[v]
                // "a stumbling block", "drops veto": nouns. The bare verb needs "to" or a modal.
                if verb.rule == "block", s.isWord(k, in: SupportRules.bareBlock), !s.isWord(k - 1, in: SupportRules.verbOpeners) {
                    continue
                }
                if verb.rule == "hold-out", end < s.count, !s.isWord(end, in: SupportRules.holdOutFollowers) { continue }
                if verb.rule == "kept-waiting", !SupportRules.keptWaiting(s, at: k) { continue }
                // "has shown no sign of relenting": no change of stance.
                if s.isWord(k - 1, in: SentenceView.of), s.isWord(k - 2, in: SupportRules.signNouns) { continue }
                if verb.rule == "undecided" {
                    // Only "yet to make up their minds", "has not decided": no decision is no support.
                    // ("had avoided taking a public stance": no decision either.)
                    guard s.contains(SupportRules.noDecisionCues, in: max(0, k - 3)..<k) else { continue }
                    // A bare "commit" only ends its clause ("yet to commit."; not "commit troops").
                    if end == k + 1, s.isWord(k, in: SupportRules.commitWords),
                        !(end >= s.count || s.isWord(end, in: SentenceView.clausePunctuation) || s.isWord(end, in: SupportRules.eitherYet))
                    {
                        continue
                    }
                }
                if verb.rule == "ratify" {
                    // Only "ratify P's appointment".
                    guard let m = s.mention(end), m.kind == .person, m.possessive,
                        s.isWord(end + 1, in: ["appointment", "nomination", "selection", "candidacy"])
                    else { continue }
                }
                matched = true
                handle(s, trigger: k, end: end, verb: verb, in: &article, classifier: classifier)
                k = end - 1
                break
            }
            if !matched { nominal(s, at: k, in: &article, classifier: classifier) }
            k += 1
        }
        dropOpposition(s, in: &article)
        namedHoldouts(s, in: &article)
    }

    /// "Hungary and Slovakia, the last two holdouts, came on board", "the last holdouts – A, B
    /// and C – came round", "Erdoğan, the other long-standing holdout": the ones the apposition
    /// calls holdouts did not back the article's candidate; so do the ones a copula lists ("the
    /// remaining holdouts were A, B and C"). `past` when this sentence has them backing now, or
    /// says "were", else `asserted`.
    func namedHoldouts(_ s: SentenceView, in article: inout ArticleClaims) {
        for k in 0..<s.count where s.isWord(k, in: SentenceView.holdouts) {
            var listed: [Int] = []
            var pastCopula = false
            // "A and B, the last two holdouts": back over the noun's modifiers to a comma.
            var j = k - 1
            while j > 0, k - j <= 5, !s.isMention(j), s.isWord(j, in: SupportRules.holdoutModifiers) || QuantifiedRules.isNumberWord(s, j) {
                j -= 1
            }
            if j >= 1, j < k - 1, s.isWord(j, in: SentenceView.comma), let m = s.mention(j - 1), SupportRules.subjectKinds.contains(m.kind),
                !m.possessive, m.form != .pronoun
            {
                listed = s.coordinated(from: j - 1, kinds: SupportRules.subjectKinds)
            } else if s.isWord(k + 1, in: SentenceView.comma), let m = s.mention(k + 2), SupportRules.subjectKinds.contains(m.kind),
                !m.possessive, m.form == .name, s.isWord(k - 1, in: SupportRules.holdoutModifiers),
                s.isWord(s.coordinatedRight(from: k + 2, kinds: SupportRules.subjectKinds).last! + 1, in: SentenceView.clausePunctuation)
            {
                // "The fourth former holdout, Türkiye, ...": the name after the noun phrase.
                listed = s.coordinatedRight(from: k + 2, kinds: SupportRules.subjectKinds)
            } else if s.isWord(k + 1, in: SupportRules.dashes), let m = s.mention(k + 2), SupportRules.subjectKinds.contains(m.kind),
                let last = s.coordinatedRight(from: k + 2, kinds: SupportRules.subjectKinds).last,
                s.isWord(last + 1, in: SupportRules.dashes)
            {
                // "the last holdouts – A, B and C –"
                listed = s.coordinatedRight(from: k + 2, kinds: SupportRules.subjectKinds)
            } else if let first = SupportRules.listAfterCopula(s, holdouts: k) {
                // "the remaining holdouts were Hungary, Slovakia and Romania" (a holdout that was)
                listed = s.coordinatedRight(from: first, kinds: SupportRules.subjectKinds)
                pastCopula = s.isWord(k + 1, in: SupportRules.pastCopulas)
            }
            guard !listed.isEmpty, !isConditional(s, from: min(listed[0], k), to: max(listed.last!, k)) else { continue }
            let lexicon = article.entities.lexicon
            for item in listed {
                guard let subject = entity(s, item, lexicon: lexicon) else { continue }
                let backsNow = article.claims.contains {
                    $0.sentence == s.index && $0.predicate == "supports" && $0.subject == subject && $0.value == .boolean(true)
                }
                let former = s.contains(SupportRules.formerWords, in: max(0, k - 3)..<k)
                article.add(
                    subject, "supports", .focus, value: .boolean(false), modality: backsNow || former || pastCopula ? .past : .asserted,
                    evidence: s.span(min(listed[0], k), max(listed.last!, k)), sentence: s.index, rule: "support.holdout")
            }
        }
    }
    /// The first item of the list that a copula after the plural noun at item `k` gives: "the
    /// (remaining) holdouts are|were|remain A, B and C", the list closing its clause. Nil when no
    /// named country or person follows the copula ("the holdouts were bargaining").
    static func listAfterCopula(_ s: SentenceView, holdouts k: Int) -> Int? {
        guard s.isWord(k, in: pluralHoldouts), s.isWord(k + 1, in: listCopulas) else { return nil }
        var j = k - 1
        while j > 0, k - j <= 4, s.isWord(j, in: SupportRules.holdoutModifiers) || QuantifiedRules.isNumberWord(s, j) { j -= 1 }
        guard s.isWord(j, in: SentenceView.the) || s.isWord(j + 1, in: SentenceView.the) else { return nil }
        let first = k + 2
        guard let m = s.mention(first), SupportRules.subjectKinds.contains(m.kind), !m.possessive, m.form == .name,
            let last = s.coordinatedRight(from: first, kinds: SupportRules.subjectKinds).last,
            last + 1 >= s.count || s.isWord(last + 1, in: SentenceView.clausePunctuation)
        else { return nil }
        return first
    }
    static let pluralHoldouts: WordSet = ["holdouts", "hold-outs"]
    static let listCopulas: WordSet = ["are", "were", "remain", "remained"]
    static let pastCopulas: WordSet = ["were", "remained"]
    /// Words before "holdouts" in an apposition: "the last two", "another", "the other long-standing".
    static let holdoutModifiers: WordSet = [
        "the", "last", "final", "remaining", "other", "another", "only", "lone", "sole", "main", "long-standing", "longstanding",
        "key", "two", "three", "four", "former", "fourth", "third", "second", "first", "of",
    ]
    /// "the former holdout": opposition past.
    static let formerWords: WordSet = ["former", "erstwhile", "onetime", "one-time"]
    /// Dashes around an apposition.
    static let dashes: WordSet = ["\u{2013}", "\u{2014}"]

    // Words a verb trigger is read with, made once a process (a literal list at a call is built
    // and destroyed at every trigger).
    static let passiveAuxiliaries: WordSet = ["is", "was", "are", "were", "been", "be", "being"]
    /// Prepositions after which an implicit object is something else ("lent its backing to").
    static let givenTo: WordSet = ["to", "for", "of"]
    /// Words that start a span of time ("for months", "for several years").
    static let spanStarts: WordSet = ["months", "years", "weeks", "days", "decades", "several", "some", "a", "now", "long"]
    static let exceptions: WordSet = ["but", "except", "for", "save"]
    static let butWord: WordSet = ["but"]
    static let no: WordSet = ["no"]
    /// Quantifiers that bind a later "it" ("every ally ... said it").
    static let bindingQuantifiers: WordSet = ["every", "each", "all"]
    static let nationNouns: WordSet = ["nation", "country", "government", "administration", "cabinet"]

    /// True when the person mentioned at `item` stands for a nation that is the backer: "Orban's
    /// government", "Biden, whose administration", "his country".
    static func speaksForNation(_ s: SentenceView, _ item: Int) -> Bool {
        guard let m = s.mention(item), m.kind == .person else { return false }
        return (m.form == .name && m.possessive && s.isWord(item + 1, in: nationNouns))
            || (m.form == .name && !m.possessive && s.isWord(item + 1, in: SentenceView.comma)
                && s.isWord(item + 2, in: SentenceView.whose) && s.isWord(item + 3, in: nationNouns))
            || (m.form == .pronoun && s.isWord(item + 1, in: nationNouns))
    }

    /// The country the person mentioned at `item` speaks for (``speaksForNation(_:_:)``), if the
    /// article knows it.
    static func nationSpokenFor(_ s: SentenceView, _ item: Int, in article: ArticleClaims) -> EntityRef? {
        guard speaksForNation(s, item), let person = s.mention(item)?.ref, let c = article.entities.country(ofPerson: person) else {
            return nil
        }
        return .known(c)
    }
    static let beWord: WordSet = ["be"]
    static let onBoardAdverbs: WordSet = ["now", "finally", "also", "firmly", "fully", "is", "are", "was", "were", "all", "still", "yet"]
    static let bringingVerbs: WordSet = ["get", "bring", "getting", "bringing", "to"]
    static let onBoardVerbs: WordSet = ["came", "come", "comes", "coming", "climbed", "has", "have", "had", "been", "would", "will"]
    static let behalf: WordSet = ["behalf"]
    /// "in his favour"
    static let favour: WordSet = ["favour", "favor"]
    static let thatWhich: WordSet = ["that", "which"]
    /// Words after "X followed" that start a time ("in April", "within days", "a day later").
    static let followTimes: WordSet = ["in", "on", "within", "a", "days", "weeks", "soon", "shortly", "later", "two", "three"]

    /// The "by" of a passive's agent right after the verb (item `end`), or after a short adverbial
    /// of plain words ("endorsed in February by", "backed early on by"); nil when there is none.
    func passiveAgent(_ s: SentenceView, after end: Int) -> Int? {
        var j = end
        while j < s.count, j - end <= 3 {
            if s.isWord(j, in: SentenceView.by) { return j }
            // Only plain words: a mention or a comma ends the verb's own phrase.
            if s.isMention(j) || s.word(j).isEmpty || s.isWord(j, in: SentenceView.clausePunctuation) { return nil }
            j += 1
        }
        return nil
    }

    /// A verb trigger at items `k..<end`.
    func handle(
        _ s: SentenceView, trigger k: Int, end: Int, verb: (pattern: Pattern, value: Bool, implicitObject: Bool, rule: String),
        in article: inout ArticleClaims, classifier: ModalityClassifier
    ) {
        let lexicon = article.entities.lexicon
        // "Hungary will consider supporting his candidacy": no stance yet.
        if s.isWord(k - 1, in: SupportRules.considering) { return }
        // Passive: "P is (reportedly) backed by X, Y and Z", "P was endorsed in February by X";
        // against: "Rutte's bid had been opposed by Budapest and Bratislava", "P was opposed by X".
        let againstPassive = verb.rule == "oppose" || verb.rule == "block" || verb.rule == "opposed"
        if (verb.value && verb.rule == "verb") || againstPassive, let byAt = passiveAgent(s, after: end),
            verb.rule == "opposed" || s.contains(SupportRules.passiveAuxiliaries, in: max(0, k - 3)..<k)
        {
            guard let objectItem = s.subjects(before: k, kinds: .person).last,
                let object = s.mention(objectItem)?.ref
            else { return }
            let modality = classifier.classify(s, trigger: k, subject: objectItem)
            // The backers: the mentions after "by", on through "among them ...".
            var j = byAt + 1
            // "by the government in Bucharest": the capital names the agent.
            let governmentOf =
                s.isWord(j, in: SentenceView.the) && s.isWord(j + 1, in: SupportRules.nationNouns)
                && (s.isWord(j + 2, in: SentenceView.in) || s.isWord(j + 2, in: SentenceView.of))
            if governmentOf { j += 3 }
            let directAgents =
                s.isMention(j) ? s.coordinatedRight(from: j, kinds: SupportRules.subjectKinds.union(.place)) : []
            while j < s.count {
                if s.word(j) == "." || s.word(j) == ";" { break }
                // A capital only in the list right after "by" ("opposed by Budapest and Bratislava",
                // not "officials in Madrid say").
                if let m = s.mention(j), SupportRules.subjectKinds.contains(m.kind) || (m.viaCapital && directAgents.contains(j)),
                    m.form == .name, let backer = entity(s, j, lexicon: lexicon)
                {
                    article.add(
                        backer, "supports", .entity(object), value: .boolean(verb.value), modality: modality,
                        evidence: s.span(objectItem, j), sentence: s.index, rule: "support.passive")
                }
                j += 1
            }
            return
        }
        if verb.rule == "followed" {
            // Only a country or capital right before, a time or the clause's end after, and a
            // support claim in this sentence or the one before: its person is the one backed.
            guard s.mentionKind(k - 1) == .country || s.mention(k - 1)?.viaCapital == true,
                end >= s.count || s.isWord(end, in: SentenceView.clausePunctuation) || s.isWord(end, in: SupportRules.followTimes)
                    || s.isWord(end, in: ModalityClassifier.timesReached) || SentenceView.isDigits(s.word(end)),
                let previous = article.claims.last(where: { $0.predicate == "supports" && $0.value == .boolean(true) }),
                previous.sentence >= s.index - 1
            else { return }
            let subject = entity(s, k - 1, lexicon: lexicon)!
            article.add(
                subject, "supports", previous.object, modality: classifier.classify(s, trigger: k, subject: k - 1),
                evidence: s.span(k - 1, k), sentence: s.index, rule: "support.followed")
            return
        }
        if verb.rule == "done-so" {
            guard let previous = article.claims.last(where: { $0.predicate == "supports" && $0.value == .boolean(true) }),
                previous.sentence >= s.index - 1
            else { return }
            let negated = s.contains(SupportRules.negations, in: max(0, k - 3)..<k)
            for item in s.subjects(before: k, kinds: SupportRules.subjectKinds) {
                guard let backer = entity(s, item, lexicon: lexicon), backer != previous.subject else { continue }
                article.add(
                    backer, "supports", previous.object, value: .boolean(!negated),
                    modality: classifier.classify(s, trigger: k, subject: item), evidence: s.span(item, end - 1), sentence: s.index,
                    rule: "support.done-so")
            }
            return
        }
        // "on his behalf", "on Rutte's behalf": only a person's behalf ("campaigned on the
        // issue" is none).
        if verb.rule == "on-behalf" {
            guard let m = s.mention(end), m.kind == .person, m.possessive || m.form == .pronoun, s.isWord(end + 1, in: SupportRules.behalf)
            else { return }
        }
        if verb.rule == "in-favour-of" {
            guard let m = s.mention(end), m.kind == .person, m.possessive || m.form == .pronoun, s.isWord(end + 1, in: SupportRules.favour)
            else { return }
        }
        // The object.
        var object: LocalObject?
        var objectItem: Int?
        if let o = s.personObject(after: end) ?? SupportRules.candidacyHolder(s, after: end) {
            // "cannot support a secretary general who ...": anyone of a kind, no one named.
            if s.isIndefiniteRole(o) {
                // "cannot back a man who once vowed to ...": a refusal of the article's candidate
                // (the role's noun a person's); "would back a candidate who served all allies" is
                // anyone of a kind, no one named.
                guard SupportRules.refusesSomeone(s, verb: k, role: o) else { return }
                objectItem = o
                object = .focus
            } else {
                // (A pronoun that reads as the subject is taken back below.)
                objectItem = o
                object = .entity(article.backedPerson(s, o))
            }
        } else if let o = SupportRules.candidacyObject(s, after: end) {
            // "oppose the appointment", "back the nomination": the article's candidate, or the
            // person whose bid it is ("his bid" resolves above); "the bid" just after a candidacy
            // is told, that candidate's.
            object = SupportRules.recentCandidate(s, bid: o, in: article).map { .entity($0) } ?? .focus
            objectItem = o
        } else if verb.value, SupportRules.refusesPlainRole(s, verb: k, after: end) {
            // "cannot back a man who once vowed ...", the role read as plain words.
            object = .focus
            objectItem = end + 1
        } else if verb.value, s.isWord(end, in: SupportRules.anyWord), s.isWord(end + 1, in: SupportRules.candidateNouns),
            s.contains(SupportRules.negations, in: max(0, k - 4)..<k),
            // ("would not back a candidate from the south": anyone of a kind.)
            s.word(end) == "any" || s.clauseEnd(after: end + 1) == end + 2
        {
            // "declined to endorse any candidate", "has not (yet) backed a candidate": not the
            // article's candidate either.
            object = .focus
            objectItem = end + 1
        } else if verb.implicitObject {
            // "lent its backing to the plan": given to something else ("for months", "for three
            // months" are spans).
            if s.isWord(end, in: SupportRules.givenTo) && verb.rule != "opposed"
                && !s.isWord(end + 1, in: SupportRules.spanStarts) && !QuantifiedRules.isNumberWord(s, end + 1)
            {
                return
            }
            if verb.rule == "opposed", s.isWord(end, in: SentenceView.to) { return }
            let clauseEnd = s.clauseEnd(after: end)
            // "support for Ukraine": the support is for something else.
            if s.isWord(end - 1, in: SentenceView.for) || (s.isWord(end, in: CandidacyRules.forTo) && s.isMention(end + 1)) { return }
            if clauseEnd > end, let m = s.mention(end), m.kind != .person { return }
            object = .focus
        }
        // "Romania, which still backs its own president": the subject country's own holder of
        // the office, or its own candidate in the article.
        if object == nil, let o = SupportRules.ownPerson(s, trigger: k, end: end, in: article) {
            object = .entity(o)
            objectItem = end + 2
        }
        guard var object else { return }
        // The subject ("Norway was among the first allies to line up behind Rutte": the one
        // before the group).
        var subjectItems = s.subjects(before: k, kinds: SupportRules.subjectKinds)
        // "Romania's defence council said the country would back P": the country named before.
        if let country = SupportRules.theCountry(s, before: k) { subjectItems = [country] }
        if subjectItems.isEmpty, s.isWord(k - 1, in: SentenceView.to), let group = SupportRules.amongTheFirst(s, before: k - 1) {
            subjectItems = s.subjects(before: group, kinds: SupportRules.subjectKinds)
        }
        // "Poland is among the allies that have already signalled their support": the one among them.
        if subjectItems.isEmpty, let relative = SupportRules.relativeBefore(s, k),
            let group = SupportRules.amongTheFirst(s, before: relative)
        {
            subjectItems = s.subjects(before: group, kinds: SupportRules.subjectKinds)
        }
        // A counted group listed after a colon stands where its noun does: before the verb.
        var listedAfter = false
        if subjectItems.isEmpty {
            subjectItems = SupportRules.countedList(s, before: k, after: end)
            listedAfter = true
        }
        // "Most allies had already lined up behind Rutte, including the United States, France and
        // Germany": the group's members named after the object.
        if subjectItems.isEmpty, let o = objectItem ?? (end > k ? end - 1 : nil) {
            subjectItems = SupportRules.includedAfter(s, object: o, groupBefore: k)
            listedAfter = true
        }
        guard !subjectItems.isEmpty else { return }
        let subjectEnd = listedAfter ? k - 1 : subjectItems.last!
        // "every member except A and B supports": the quantified rule reads it.
        // "all allies but Hungary back him": the quantified rule's; not "..., but he endorsed P".
        let first = subjectItems[0]
        if s.isWord(first - 1, in: SupportRules.exceptions),
            !(s.isWord(first - 1, in: SupportRules.butWord) && (first < 2 || s.isWord(first - 2, in: SentenceView.clausePunctuation)))
        {
            return
        }
        // "every ally except A had said it supported him": "it" is each ally in turn (bound by
        // the quantifier, which the quantified rule reads), not the country named last.
        if let m = s.mention(subjectItems[0]), m.form == .pronoun, m.kind != .person,
            s.contains(SupportRules.bindingQuantifiers, in: 0..<subjectItems[0])
        {
            return
        }
        // "Hungary could not support a man who ...": a refusal, not a condition.
        let couldNot = SupportRules.isCouldNot(s, before: k)
        if !couldNot, isConditional(s, from: listedAfter ? k - 2 : subjectItems[0], to: end) { return }
        // The value: negations between the subject and the trigger.
        var value = verb.value
        let negStart = max(subjectEnd + 1, k - 4)
        // "has not ruled out backing Rutte": a possibility, neither for nor against.
        if let r = s.first(SupportRules.ruled, in: negStart..<k), s.isWord(r + 1, in: QuantifiedRules.out) { return }
        if s.contains(SupportRules.negations, in: negStart..<k) || s.isWord(k - 1, in: SupportRules.no)
            || SupportRules.stoppedShort(s, before: k) || SupportRules.inNoHurry(s, before: k)
        {
            value.toggle()
        }
        if verb.rule == "undecided" { value = false }
        var modality = classifier.classify(s, trigger: k, triggerEnd: end, subject: subjectEnd)
        if couldNot, modality == .hedged || modality == .expected { modality = .asserted }
        // Leaning towards someone is a support to come (a hedge still hedges).
        if verb.rule == "leaning", modality == .asserted { modality = .expected }
        // "held out for months before coming on board": a refusal that ended, and the support
        // that ended it.
        // "Romania was the last holdout": no longer.
        if verb.rule == "holdout", s.isWord(k, in: SupportRules.wasWere), modality == .asserted { modality = .past }
        var cameRound: Int?
        if verb.rule == "hold-out", modality == .asserted, let b = s.first(SupportRules.beforeUntil, in: end..<min(end + 5, s.count)) {
            modality = .past
            if s.isWord(b + 1, in: SupportRules.comingTo), s.isWord(b + 2, in: SentenceView.on), s.isWord(b + 3, in: SupportRules.board) {
                cameRound = b + 3
            } else if let f = s.first(SupportRules.falling, in: b..<min(b + 5, s.count)), s.isWord(f - 1, in: SupportRules.beforeUntil),
                s.isWord(f + 1, in: SupportRules.into), s.isWord(f + 2, in: SupportRules.line)
            {
                // "held out until June before falling into line"
                cameRound = f + 2
            }
        }
        // "withheld his consent for three months": a refusal over a span that ended (not "has
        // withheld it for months", which goes on).
        if verb.rule == "withhold" || verb.rule == "hold-out" || verb.rule == "kept-waiting", modality == .asserted,
            s.isWord(k, in: SupportRules.simplePastRefusals), !s.isWord(k - 1, in: OfficeRules.perfect),
            s.isWord(end, in: SentenceView.for), QuantifiedRules.isNumberWord(s, end + 1) || s.isWord(end + 1, in: SupportRules.spanStarts)
        {
            modality = .past
        }
        // "held back for a while", "kept him waiting: Budapest until June": a refusal that ended.
        if verb.rule == "hold-out" || verb.rule == "kept-waiting", modality == .asserted {
            let untilEnd = listedAfter ? s.count : min(end + 6, s.count)
            if s.contains(SupportRules.beforeUntil, in: end..<untilEnd)
                || (s.isWord(end, in: SentenceView.for) && s.isWord(end + 1, in: SentenceView.aAn)
                    && s.isWord(end + 2, in: SupportRules.whileWord))
            {
                modality = .past
            }
        }
        for item in subjectItems {
            // "a NATO member endorsed him": the organization names the member's kind, and is no subject.
            if s.mentionKind(item) == .organization, s.isWord(item + 1, in: QuantifiedRules.groupNouns) { continue }
            guard var subject = entity(s, item, lexicon: lexicon) else { continue }
            let mention = s.mention(item)!
            // "Prime Minister Viktor Orban's government opposes Rutte", "Orbán, whose government was
            // then refusing to back Rutte": the country, not the person. "his nation would back":
            // the country, and the person (below) who speaks for it.
            if SupportRules.speaksForNation(s, item) {
                if let c = article.entities.country(ofPerson: subject) {
                    let evidenceStart = mention.form == .name && mention.possessive ? subjectItems.first! : item
                    article.add(
                        .known(c), "supports", object, value: .boolean(value), modality: modality,
                        evidence: s.span(evidenceStart, objectItem ?? end - 1), sentence: s.index, rule: "support.\(verb.rule)")
                }
                if mention.form == .name { continue }
            }
            // An object pronoun never means the subject: "X ... endorse him".
            if case .entity(let o) = object, o == subject, let oi = objectItem,
                let alt = s.mention(oi)?.alternatives.first(where: { $0 != subject })
            {
                object = .entity(alt)
            }
            if mention.kind == .person, mention.form == .pronoun, case .entity(let o) = object, o == subject { continue }
            // "Portugal, whose new prime minister, P, took office in April, gave its yes": "its"
            // is no person's; the person read as the subject is not.
            if mention.kind == .person, mention.form == .name,
                s.isWord(k + 1, in: SupportRules.itsWord) || s.isWord(k + 2, in: SupportRules.itsWord)
            {
                continue
            }
            subject = entity(s, item, lexicon: lexicon)!
            let evidenceStart = listedAfter ? k - 2 : subjectItems.first!
            let evidenceEnd = listedAfter ? subjectItems.last! : objectItem ?? end - 1
            article.add(
                subject, "supports", object, value: .boolean(value), modality: modality,
                evidence: s.span(evidenceStart, evidenceEnd), sentence: s.index, rule: "support.\(verb.rule)")
            // "Romania has its own candidate, President Klaus Iohannis": and backs that one.
            if verb.rule == "own-candidate", !value,
                s.isWord(end, in: SentenceView.comma) || s.isWord(end, in: SentenceView.datelineDashes)
                    || s.isWord(end, in: SentenceView.colon),
                let named = s.personObject(after: end + 1, limit: 3), let candidate = s.mention(named)?.ref, candidate != subject
            {
                article.add(
                    subject, "supports", .entity(candidate), modality: modality, evidence: s.span(evidenceStart, named),
                    sentence: s.index, rule: SupportRules.ownCandidateRule)
            } else if verb.rule == "own-candidate", !value, case .known(let country) = subject,
                let candidate = SupportRules.ownCandidate(of: country, in: article), candidate != subject
            {
                // "Poland backs its own candidate", the article's Polish candidate named before.
                article.add(
                    subject, "supports", .entity(candidate), modality: modality, evidence: s.span(evidenceStart, end - 1),
                    sentence: s.index, rule: SupportRules.ownCandidateRule)
            }
            if let cameRound {
                article.add(
                    subject, "supports", object, value: .boolean(!value), modality: .asserted,
                    evidence: s.span(item, cameRound), sentence: s.index, rule: "support.on-board")
            }
            // "Pellegrini said Tuesday that Slovakia would back Rutte": the country's own leader
            // announcing its stance takes it too (as "his nation would back" does).
            if mention.kind == .country, mention.form == .name, case .known(let country) = subject,
                let speakerItem = SupportRules.speaker(s, before: item), let speaker = s.mention(speakerItem)?.ref,
                article.entities.country(ofPerson: speaker) == country
            {
                article.add(
                    speaker, "supports", object, value: .boolean(value), modality: modality,
                    evidence: s.span(speakerItem, objectItem ?? end - 1), sentence: s.index, rule: "support.\(verb.rule)")
            }
        }
        // Companions take the same stance: those in a parenthesis after the subject ("Chancellor
        // Olaf Scholz, along with the governments in Washington, Paris and London, backed the
        // Dutchman"), and, after a country's stance, those listed after it ("Washington, which
        // backed him early, alongside London, Paris and Berlin").
        guard !listedAfter else { return }
        var companions: [(item: Int, evidenceEnd: Int)] = []
        if let last = subjectItems.last, s.isWord(last + 1, in: SentenceView.comma), last + 1 < k {
            companions += SupportRules.companions(s, after: last + 1).filter { $0 < k }.map { ($0, objectItem ?? end - 1) }
        }
        if s.mentionKind(subjectItems[0]) == .country || s.mention(subjectItems[0])?.viaCapital == true
            || s.mention(subjectItems[0]).map({ $0.kind == .person && $0.form == .name }) == true
        {
            // ("Rishi Sunak threw his weight behind Rutte, alongside Joe Biden and France's
            // Emmanuel Macron": a leader's, with the leaders listed.)
            companions += SupportRules.companions(s, after: objectItem ?? end - 1).map { ($0, $0) }
        }
        for (item, evidenceEnd) in companions {
            guard let companion = entity(s, item, lexicon: lexicon) else { continue }
            article.add(
                companion, "supports", object, value: .boolean(value), modality: modality,
                evidence: s.span(subjectItems[0], evidenceEnd), sentence: s.index, rule: "support.alongside")
        }
    }

    static let hurry: WordSet = ["hurry", "rush"]

    /// True when "in no hurry to" (or "no rush to") stands right before the verb at item `k`: a
    /// refusal for now.
    static func inNoHurry(_ s: SentenceView, before k: Int) -> Bool {
        s.isWord(k - 1, in: SentenceView.to) && s.isWord(k - 2, in: hurry) && s.isWord(k - 3, in: no)
    }

    static let falling: WordSet = ["falling", "fell"]
    static let simplePastRefusals: WordSet = ["withheld", "held", "kept", "made"]
    static let into: WordSet = ["into"]
    static let line: WordSet = ["line"]
    static let refusedRoles: WordSet = ["man", "woman", "candidate", "person", "politician", "leader"]
    /// Words before "decide", "take a position", "declare its stance" that make it no decision.
    static let noDecisionCues: WordSet = ["yet", "not", "undecided", "avoided", "avoids", "avoid", "avoiding"]
    /// "has not backed any candidate", "has not yet publicly backed a candidate".
    static let anyWord: WordSet = ["any", "a"]
    static let itsWord: WordSet = ["its"]
    static let refusals: WordSet = ["not", "cannot", "n't", "never", "refuses", "refused", "refuse", "refusing"]

    /// True when the verb at item `k` is refused ("cannot back", "could not support", "will never
    /// endorse") and the indefinite role at item `role` is a person's noun ("a man who", "a
    /// candidate who"), not an office ("a secretary general who wants ...": a requirement).
    static func refusesSomeone(_ s: SentenceView, verb k: Int, role: Int) -> Bool {
        guard s.contains(refusals, in: max(0, k - 3)..<k), s.isWord(role + 1, in: SentenceView.relativePronouns) else { return false }
        let last = s.tokens[s.items[role].tokens.upperBound - 1]
        return refusedRoles.contains(last.folded, hash: last.hash)
    }

    /// As ``refusesSomeone(_:verb:role:)`` for a role read as plain words right at item `end`:
    /// "cannot back a man who ...".
    static func refusesPlainRole(_ s: SentenceView, verb k: Int, after end: Int) -> Bool {
        // (`"certainly cannot support" a candidate who`: past the quotation's closing mark.)
        let e = s.word(end) == "\"" ? end + 1 : end
        return s.contains(refusals, in: max(0, k - 3)..<k) && s.isWord(e, in: SentenceView.aAn) && s.isWord(e + 1, in: refusedRoles)
            && s.isWord(e + 2, in: SentenceView.relativePronouns)
    }

    static let governmentNouns: WordSet = ["government", "governments", "capitals", "administrations"]
    static let alongside: WordSet = ["alongside"]
    static let alongWith: WordSet = ["along", "together"]

    /// The countries (or capitals) listed after "alongside", "along with" or "together with" a few
    /// words after item `k` in the same clause; empty when none.
    static func companions(_ s: SentenceView, after k: Int) -> [Int] {
        var listStart: Int?
        var j = k + 1
        while listStart == nil, j < s.count, j - k <= 8 {
            if s.isWord(j, in: alongside) {
                listStart = j + 1
            } else if s.isWord(j, in: alongWith), s.isWord(j + 1, in: SentenceView.with) {
                listStart = j + 2
            } else if s.isMention(j) || s.isWord(j, in: SentenceView.sentenceBreaks) {
                return []
            }
            j += 1
        }
        guard var listStart else { return [] }
        // "along with the governments in Washington, Paris and London"
        if s.isWord(listStart, in: SentenceView.the), s.isWord(listStart + 1, in: governmentNouns),
            s.isWord(listStart + 2, in: SentenceView.in) || s.isWord(listStart + 2, in: SentenceView.of)
        {
            listStart += 3
        }
        // "alongside Joe Biden, France's Emmanuel Macron and Germany's Olaf Scholz": leaders.
        if let people = SupportRules.leaders(s, from: listStart) { return people }
        guard let m = s.mention(listStart), m.kind == .country || m.viaCapital, !m.possessive else { return [] }
        return s.coordinatedRight(from: listStart, kinds: SupportRules.subjectKinds.union(.place)).filter {
            s.mentionKind($0) != .place || s.mention($0)?.viaCapital == true
        }
    }

    /// The people listed from item `start` ("Joe Biden, France's Emmanuel Macron and Germany's
    /// Olaf Scholz"), each name perhaps after its country's possessive; nil when no person's
    /// name starts the list.
    static func leaders(_ s: SentenceView, from start: Int) -> [Int]? {
        func person(at j: Int) -> Int? {
            if let m = s.mention(j), m.kind == .person, m.form == .name, !m.possessive { return j }
            if let c = s.mention(j), c.kind == .country, c.possessive, let m = s.mention(j + 1), m.kind == .person, m.form == .name,
                !m.possessive
            {
                return j + 1
            }
            return nil
        }
        guard let first = person(at: start) else { return nil }
        var out = [first]
        var a = first + 1
        while s.isWord(a, in: SentenceView.comma) || s.isWord(a, in: SentenceView.and) {
            var b = a + 1
            if s.isWord(b, in: SentenceView.and) { b += 1 }
            guard let next = person(at: b) else { break }
            out.append(next)
            a = next + 1
        }
        return out
    }

    static let whileWord: WordSet = ["while"]
    static let signNouns: WordSet = ["sign", "signs", "indication", "hint"]
    static let waiting: WordSet = ["waiting", "guessing"]
    static let wait: WordSet = ["wait"]
    static let keepVerbs: WordSet = ["keep", "keeps", "kept", "keeping"]

    /// True when the verb at item `k` keeps a person waiting: "kept Rutte waiting", "kept him
    /// guessing", "made the Dutchman wait" (not "kept its promise", "made Rutte an offer").
    static func keptWaiting(_ s: SentenceView, at k: Int) -> Bool {
        let o = s.isWord(k + 1, in: SentenceView.the) ? k + 2 : k + 1
        guard let m = s.mention(o), m.kind == .person, !m.possessive else { return false }
        return s.isWord(o + 1, in: s.isWord(k, in: keepVerbs) ? waiting : wait)
    }

    /// The person whose speech verb governs the clause whose subject is item `k`: "P said
    /// (Tuesday) (that) C ...". Nil for anything else between.
    static func speaker(_ s: SentenceView, before k: Int) -> Int? {
        var j = k - 1
        if s.isWord(j, in: SentenceView.that) { j -= 1 }
        // A short time phrase: "said Tuesday", "said on Tuesday".
        var skipped = 0
        while skipped < 2, j >= 0, !s.isMention(j), !s.word(j).isEmpty, !s.isWord(j, in: SupportRules.announcing),
            !s.isWord(j, in: SentenceView.clausePunctuation)
        {
            j -= 1
            skipped += 1
        }
        guard s.isWord(j, in: SupportRules.announcing) else { return nil }
        if s.mentionKind(j - 1) == .person, s.mention(j - 1)?.form != .pronoun { return j - 1 }
        // "President Peter Pellegrini, who took office on Saturday, said ..."
        if s.isWord(j - 1, in: SentenceView.comma), let p = s.subjects(before: j, kinds: .person).last, s.mention(p)?.form != .pronoun {
            return p
        }
        return nil
    }
    static let announcing: WordSet = ["said", "says", "announced", "announces", "told", "confirmed", "declared"]

    /// Support said with the backer and the backed in other places than subject and object:
    /// "Spain gave Rutte its backing" (the backed between the verb and the noun), "Rutte secured
    /// Spain's support" and "Rutte has won over Spain" (the backed is the subject), "Spain is among
    /// the countries backing Rutte" (the backer is the subject of "among"). True when it made claims.
    func indirect(_ s: SentenceView, at k: Int, in article: inout ArticleClaims, classifier: ModalityClassifier) -> Bool {
        let lexicon = article.entities.lexicon
        var backers: [Int] = []
        var backed: Int?
        var start = k
        var last = k
        if s.isWord(k, in: SupportRules.givingVerbs), s.mentionKind(k + 1) == .person,
            s.isWord(k + 2, in: SentenceView.possessiveDeterminers),
            s.isWord(k + 3, in: SupportRules.possessedNouns)
                || (s.isWord(k + 3, in: SupportRules.fullWord) && s.isWord(k + 4, in: SupportRules.possessedNouns))
        {
            // "Spain gave Rutte its backing"
            backed = k + 1
            backers = s.subjects(before: k, kinds: SupportRules.subjectKinds)
            start = backers.first ?? k
            last = s.isWord(k + 3, in: SupportRules.fullWord) ? k + 4 : k + 3
        } else if s.isWord(k, in: SupportRules.givingVerbs), s.mentionKind(k + 1) == .person, let m = s.mention(k + 2), m.possessive,
            m.form == .name, m.kind == .country || m.viaCapital, s.isWord(k + 3, in: SupportRules.possessedNouns)
        {
            // "came out giving him Hungary's backing": the country named gives it.
            backed = k + 1
            backers = [k + 2]
            start = k
            last = k + 3
        } else if s.isWord(k, in: SupportRules.possessedNouns), let m = s.mention(k - 1), m.possessive, m.form == .name,
            SupportRules.subjectKinds.contains(m.kind) || m.viaCapital, s.isWord(k - 2, in: SupportRules.securingVerbs)
        {
            // "Rutte secured Spain's support", "Rutte now has Spain's backing"
            backers = [k - 1]
            backed = s.subjects(before: k - 2, kinds: .person).last
            start = backed ?? k - 2
        } else if s.isWord(k, in: SupportRules.winVerbs), s.isWord(k + 1, in: SentenceView.over), let m = s.mention(k + 2),
            SupportRules.subjectKinds.contains(m.kind) || m.viaCapital, m.form == .name
        {
            // "Rutte has won over Spain (and Italy)"
            backers = s.coordinatedRight(from: k + 2, kinds: SupportRules.subjectKinds)
            backed = s.subjects(before: k, kinds: .person).last
            start = backed ?? k
            last = backers.last ?? k + 2
        } else if s.isWord(k, in: SupportRules.participles), s.isWord(k - 1, in: QuantifiedRules.groupNouns),
            s.isWord(k - 2, in: SentenceView.the),
            s.isWord(k - 3, in: SupportRules.among), let o = s.personObject(after: k + 1, limit: 3)
        {
            // "Spain is among the countries backing Rutte", "Spain joined the allies supporting him"
            backers = s.subjects(before: k - 3, kinds: SupportRules.subjectKinds)
            backed = o
            start = backers.first ?? k
            last = o
        }
        if backed == nil,
            (s.isWord(k - 1, in: SentenceView.to) && s.isWord(k, in: SupportRules.bareSupportVerbs))
                || (s.isWord(k - 1, in: CandidacyRules.relatives) && s.isWord(k, in: SupportRules.pastSupportVerbs)),
            let group = SupportRules.amongTheFirst(s, before: k - 1), let o = s.personObject(after: k + 1, limit: 3)
        {
            // "Britain was among the first allies to back Rutte's bid", "Canada was among the
            // allies that endorsed Rutte early"
            backers = s.subjects(before: group, kinds: SupportRules.subjectKinds)
            backed = o
            start = backers.first ?? k
            last = o
        }
        guard let backed, !backers.isEmpty, var person = s.mention(backed)?.ref, s.mentionKind(backed) == .person else { return false }
        // "Orbán came out giving him Hungary's backing": an object pronoun never means the subject.
        if let m = s.mention(backed), m.form == .pronoun, let subject = s.subjects(before: k, kinds: .person).last,
            s.mention(subject)?.ref == person, let other = m.alternatives.first(where: { $0 != person })
        {
            person = other
        }
        if isConditional(s, from: start, to: last) { return false }
        var value = true
        if s.contains(SupportRules.negations, in: max(0, min(start, k) - 1)..<k) { value = false }
        let modality = classifier.classify(s, trigger: k, subject: start)
        var made = false
        for item in backers {
            guard let backer = SupportRules.nationSpokenFor(s, item, in: article) ?? entity(s, item, lexicon: lexicon), backer != person
            else { continue }
            article.add(
                backer, "supports", .entity(person), value: .boolean(value), modality: modality,
                evidence: s.span(min(start, item), max(last, item)), sentence: s.index, rule: "support.indirect")
            made = true
        }
        return made
    }
    /// Adjectives a support noun may carry ("the public backing of").
    static let supportAdjectives: WordSet = ["public", "full", "formal", "official", "strong", "unanimous", "explicit", "firm", "early"]

    /// The item before a support noun at `k`, past one adjective.
    static func beforeNoun(_ s: SentenceView, _ k: Int) -> Int {
        s.isWord(k - 1, in: supportAdjectives) ? k - 2 : k - 1
    }

    /// Verbs after "Hungary's endorsement" that say it was given ("came", "followed").
    static let arrivingVerbs: WordSet = ["came", "comes", "arrived", "arrives", "followed", "follows"]
    /// "is", "was": before "expected" in "Slovak backing is expected".
    static let isWas: WordSet = ["is", "was"]
    /// "expected", "likely": after "is" in "Slovak backing is expected".
    static let expectedLikely: WordSet = ["expected", "likely"]
    /// The same after "had" ("Ankara's nod had come earlier").
    static let arrivingParticiples: WordSet = ["come", "arrived", "followed"]
    /// The rule name of "has its own candidate" claims.
    static let ownCandidateRule = "support.own-candidate"
    static let bareSupportVerbs: WordSet = ["back", "support", "endorse"]
    static let pastSupportVerbs: WordSet = ["backed", "supported", "endorsed"]
    static let ranks: WordSet = ["first", "earliest", "last", "few", "only", "early"]

    /// The countries a counted group names after a colon, for the verb at item `k` whose pattern
    /// ends before item `end`: "Three capitals kept him waiting: Budapest until June, Bratislava
    /// and Ankara until April", "three countries held back for a while: Hungary, Slovakia and
    /// Türkiye". Only when the count is the number of countries (or capitals) the list names;
    /// empty otherwise.
    /// The countries listed after ", including" (or "notably", "among them") right after the
    /// object at item `object`, when the verb at `groupBefore` has a group of allies for its
    /// subject and no one named; empty otherwise.
    static func includedAfter(_ s: SentenceView, object: Int, groupBefore k: Int) -> [Int] {
        guard s.isWord(object + 1, in: SentenceView.comma), s.isWord(object + 2, in: SentenceView.including) else { return [] }
        let start = s.clauseStart(before: k)
        guard s.contains(QuantifiedRules.groupNouns, in: start..<k), !(start..<k).contains(where: { s.isMention($0) }) else { return [] }
        var first = object + 3
        if s.isWord(first, in: themWord) { first += 1 }
        if s.isWord(first, in: SentenceView.the) { first += 1 }
        guard let m = s.mention(first), m.kind == .country || m.viaCapital, m.form == .name else { return [] }
        return s.coordinatedRight(from: first, kinds: .country)
    }
    static let themWord: WordSet = ["them"]

    static func countedList(_ s: SentenceView, before k: Int, after end: Int) -> [Int] {
        guard s.isWord(k - 1, in: QuantifiedRules.groupNouns), let n = TermLengthRules.numbers[s.word(k - 2)] ?? Int(s.word(k - 2)),
            let colon = s.first(SentenceView.colon, in: end..<s.count)
        else { return [] }
        var listed: [Int] = []
        for j in (colon + 1)..<s.count {
            if s.isWord(j, in: SentenceView.listEnders) { break }
            if let m = s.mention(j), m.kind == .country || m.viaCapital, !m.possessive { listed.append(j) }
        }
        return listed.count == n ? listed : []
    }

    static let countryNouns: WordSet = ["country", "nation"]
    /// Words that may stand between a subject and its verb: auxiliaries, modals, adverbs.
    static let verbGroupWords: WordSet = [
        "would", "will", "could", "can", "may", "might", "should", "has", "had", "have", "is", "was", "now", "also", "formally",
        "officially", "publicly", "fully", "not", "firmly", "be", "been", "therefore", "thus", "too",
    ]

    /// The country that "the country" (or "the nation") means as the subject of the verb at item
    /// `k`: the last country named before it in the sentence ("Romania's Supreme Council of
    /// National Defence said the country would back P": Romania). Nil when the subject is
    /// something else or no country is named before.
    static func theCountry(_ s: SentenceView, before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, k - j <= 4, s.isWord(j, in: verbGroupWords) { j -= 1 }
        guard j >= 1, s.isWord(j, in: countryNouns), s.isWord(j - 1, in: SentenceView.the) else { return nil }
        var c = j - 2
        while c >= 0 {
            if let m = s.mention(c), m.kind == .country, m.form == .name || m.form == .demonym { return c }
            c -= 1
        }
        return nil
    }

    /// The item of "among" in "among the (first) allies" ending just before item `k` ("to",
    /// "that"), past a place after the group ("among the first allies in the region to") or a
    /// word of readiness ("among the allies prepared to").
    static func amongTheFirst(_ s: SentenceView, before k: Int) -> Int? {
        if s.isWord(k - 1, in: readiness), s.isWord(k - 2, in: QuantifiedRules.groupNouns) { return amongTheFirst(s, before: k - 1) }
        if s.isWord(k - 3, in: SentenceView.in), s.isWord(k - 2, in: SentenceView.the), !s.isMention(k - 1) {
            return amongTheFirst(s, before: k - 3)
        }
        if s.isWord(k - 2, in: SentenceView.in), s.isMention(k - 1) { return amongTheFirst(s, before: k - 2) }
        guard s.isWord(k - 1, in: QuantifiedRules.groupNouns) else { return nil }
        var j = k - 2
        if s.isWord(j, in: ranks) { j -= 1 }
        guard s.isWord(j, in: SentenceView.the), s.isWord(j - 1, in: among) else { return nil }
        return j - 1
    }
    /// The item of "that", "which" or "who" opening the relative clause of the verb at `k`, past
    /// auxiliaries and adverbs ("that have already signalled"); nil when the verb opens none.
    static func relativeBefore(_ s: SentenceView, _ k: Int) -> Int? {
        var j = k - 1
        while j >= max(0, k - 4), s.isWord(j, in: relativeAuxiliaries) { j -= 1 }
        return s.isWord(j, in: SentenceView.relativeGroupPronouns) && j < k ? j : nil
    }
    /// "among the allies prepared|ready|willing to back him"
    static let readiness: WordSet = ["prepared", "ready", "willing", "poised", "set"]
    static let relativeAuxiliaries: WordSet = ["have", "has", "had", "already", "all", "also", "now", "publicly", "openly", "formally"]
    static let givingVerbs: WordSet = ["give", "gives", "gave", "given", "giving", "offered", "offers", "lent", "lends"]
    static let fullWord: WordSet = ["full"]
    static let securingVerbs: WordSet = [
        "secured", "secures", "won", "wins", "received", "receives", "got", "gets", "gained", "has", "have", "had", "enjoys",
        "obtained", "clinched",
    ]
    static let winVerbs: WordSet = ["won", "win", "wins", "winning"]
    static let participles: WordSet = ["backing", "supporting", "endorsing"]
    static let among: WordSet = ["among", "joined", "joins", "join", "joining"]

    /// "With Romania on board", "Hungary is now on board": support for the article's candidate.
    func onBoard(_ s: SentenceView, at k: Int, in article: inout ArticleClaims, classifier: ModalityClassifier) {
        var j = k - 2
        // "Hungary is still not on board": not yet for.
        var denied = false
        // "Italy is also said to be on board": reported, hedged.
        var hearsay = false
        if s.isWord(j, in: SupportRules.beWord), s.isWord(j - 1, in: SentenceView.to), s.isWord(j - 2, in: ModalityClassifier.hearsayVerbs)
        {
            hearsay = true
            j -= 3
        }
        // "Slovakia came on board within days", "had finally come on board".
        while j >= 0,
            s.isWord(j, in: SupportRules.onBoardAdverbs) || s.isWord(j, in: SupportRules.notWord)
                || s.isWord(j, in: SupportRules.onBoardVerbs)
        {
            if s.isWord(j, in: SupportRules.notWord) { denied = true }
            j -= 1
        }
        // "The Czech Republic, which had questioned the process, is now on board": the subject
        // before a parenthesis or relative clause.
        var items: [Int] = [j]
        if !s.isMention(j), s.isWord(j, in: SentenceView.comma) {
            // "Hungary and Slovakia, the last two holdouts, came on board": each of them.
            items = s.subjects(before: j + 1, kinds: SupportRules.subjectKinds)
            guard let last = items.last else { return }
            j = last
        } else if s.isMention(j) {
            items = s.coordinated(from: j, kinds: SupportRules.subjectKinds)
        }
        guard let m = s.mention(j), SupportRules.subjectKinds.contains(m.kind) || m.viaCapital, m.form == .name else { return }
        // Not "get X on board", "bring X on board": someone else's effort, not yet a fact.
        if s.isWord(items[0] - 1, in: SupportRules.bringingVerbs) { return }
        if isConditional(s, from: j, to: k) { return }
        var modality = classifier.classify(s, trigger: k - 1, triggerEnd: k + 1, subject: j)
        if hearsay, modality == .asserted { modality = .hedged }
        for item in items {
            guard let n = s.mention(item), n.form == .name, let subject = entity(s, item, lexicon: article.entities.lexicon) else {
                continue
            }
            article.add(
                subject, "supports", .focus, value: .boolean(!denied), modality: modality, evidence: s.span(items[0], k),
                sentence: s.index, rule: "support.on-board")
        }
    }

    /// "in Rutte's corner", "in Rutte's camp"
    static let corner: WordSet = ["corner", "camp"]

    /// "With the United States, Britain and France in his corner", "Hungary is firmly in Rutte's
    /// corner": each of them backs the person whose corner it is (the idiom of a boxer's seconds).
    func inCorner(_ s: SentenceView, at k: Int, in article: inout ArticleClaims, classifier: ModalityClassifier) {
        guard let person = s.mention(k - 1), person.kind == .person, person.possessive || person.form == .pronoun,
            s.isWord(k - 2, in: SentenceView.in)
        else { return }
        var j = k - 3
        while j >= 0, s.isWord(j, in: SupportRules.onBoardAdverbs) { j -= 1 }
        var items: [Int] = []
        let groupPronoun = s.mention(j).map { $0.form == .pronoun && $0.kind != .person } ?? s.isWord(j, in: SupportRules.theyWord)
        if groupPronoun {
            // "A, B and C said they were firmly in Rutte's corner": the ones who said so.
            var v = j - 1
            if s.isWord(v, in: SentenceView.that) { v -= 1 }
            guard s.isWord(v, in: ModalityClassifier.reportingVerbs) else { return }
            items = s.subjects(before: v, kinds: SupportRules.subjectKinds)
            guard let first = items.first, s.mention(first)?.form == .name else { return }
            j = first
        } else {
            guard let m = s.mention(j), SupportRules.subjectKinds.contains(m.kind) || m.viaCapital, m.form == .name, !m.possessive else {
                return
            }
            items = s.coordinated(from: j, kinds: SupportRules.subjectKinds)
        }
        if isConditional(s, from: j, to: k) { return }
        // "every ally except Spain and Italy in Rutte's camp": the exceptions are the quantified rule's.
        if s.isWord(items[0] - 1, in: SupportRules.exceptions) { return }
        let modality = classifier.classify(s, trigger: k - 2, triggerEnd: k + 1, subject: j)
        for item in items {
            guard let subject = entity(s, item, lexicon: article.entities.lexicon) else { continue }
            article.add(
                subject, "supports", .entity(person.ref), modality: modality, evidence: s.span(groupPronoun ? items[0] : item, k),
                sentence: s.index, rule: "support.corner")
        }
    }

    static let theyWord: WordSet = ["they"]
    static let itsTheir: WordSet = ["its", "their"]
    /// Nouns for the person a country puts forward: "backs its own candidate".
    static let candidateNouns: WordSet = ["candidate", "nominee", "contender", "man", "woman"]

    /// The person that "its own president", "their own prime minister", "its own candidate" at
    /// items `end...` stands for, when the subject of the verb at `k` is a country: the holder of
    /// that office of the country that the article has named, or the one person of the country
    /// the article has made a candidate. Nil otherwise.
    static func ownPerson(_ s: SentenceView, trigger k: Int, end: Int, in article: ArticleClaims) -> EntityRef? {
        // "is backing its own president, Klaus Iohannis": recognition read the title and the
        // name in apposition as one mention, the person named.
        if s.isWord(end, in: itsTheir), s.isWord(end + 1, in: CandidacyRules.own), let m = s.mention(end + 2), m.kind == .person,
            m.form == .name, m.office != nil, let subjectItem = s.subjects(before: k, kinds: subjectKinds).first,
            SupportRules.countryNamed(s, subjectItem, lexicon: article.entities.lexicon) != nil
        {
            return m.ref
        }
        guard s.isWord(end, in: itsTheir), s.isWord(end + 1, in: CandidacyRules.own), end + 2 < s.count, !s.isMention(end + 2),
            let subjectItem = s.subjects(before: k, kinds: subjectKinds).first,
            case .known(let country)? = SupportRules.countryNamed(s, subjectItem, lexicon: article.entities.lexicon)
        else { return nil }
        if s.isWord(end + 2, in: candidateNouns) { return ownCandidate(of: country, in: article) }
        let lexicon = article.entities.lexicon
        let tokens = s.items[end + 2].tokens
        guard let match = lexicon.trie.longestMatchNode(s.tokens, from: tokens.lowerBound, limit: s.recognized.tokens.upperBound)
        else { return nil }
        var title: Int?
        lexicon.trie.forEachSense(node: match.node, allCaps: false) { sense in
            if case .title(let t) = sense, title == nil { title = t }
        }
        guard let title else { return nil }
        guard let office = article.entities.existingOffice(title: title, jurisdiction: country) else { return nil }
        return article.entities.holderOf[office]
    }

    /// The country that the mention at `item` names, itself or through its capital ("Bucharest
    /// backs its own president"); nil for any other mention.
    static func countryNamed(_ s: SentenceView, _ item: Int, lexicon: Lexicon) -> EntityRef? {
        guard let m = s.mention(item) else { return nil }
        if m.kind == .country { return m.ref }
        if m.kind == .place, m.viaCapital, case .known(let id) = m.ref, let country = lexicon.country(of: id) { return .known(country) }
        return nil
    }

    /// The one person of `country` that the article has so far made a candidate; nil for none or
    /// for more than one.
    static func ownCandidate(of country: EntityID, in article: ArticleClaims) -> EntityRef? {
        var found: EntityRef?
        for claim in article.claims where claim.predicate == "candidate" && claim.value == .boolean(true) {
            guard article.entities.country(ofPerson: claim.subject) == country else { continue }
            if let found, found != claim.subject { return nil }
            found = claim.subject
        }
        return found
    }

    /// "the candidacy of the Dutch prime minister, Mark Rutte": the person whose bid it is.
    static func candidacyHolder(_ s: SentenceView, after end: Int) -> Int? {
        guard s.isWord(end, in: SentenceView.the), s.isWord(end + 1, in: SupportRules.possessiveObjects),
            s.isWord(end + 2, in: SentenceView.of)
        else { return nil }
        return s.personObject(after: end + 3, limit: 3)
    }

    /// "could not support", "couldn't back": the verb at `k` refused, with no condition in its clause.
    static func isCouldNot(_ s: SentenceView, before k: Int) -> Bool {
        guard s.isWord(k - 2, in: SupportRules.could), s.isWord(k - 1, in: SupportRules.notWord) else { return false }
        let clauseStart = s.clauseStart(before: k)
        for j in clauseStart..<s.clauseEnd(after: k) where s.isWord(j, in: SupportRules.conditions) {
            // "were" and "had" make a condition only inverted, opening their clause ("had he
            // stayed"); "Hungary had said it could not" is a pluperfect.
            if s.isWord(j, in: SupportRules.wereHad), j > clauseStart, !s.isWord(j - 1, in: SentenceView.clausePunctuation) { continue }
            return false
        }
        return true
    }
    static let wereHad: WordSet = ["were", "had"]
    static let could: WordSet = ["could"]
    static let notWord: WordSet = ["not", "n't"]
    static let conditions: WordSet = ["if", "unless", "whether", "were", "had"]

    /// "stopped short of endorsing": the verb at `k` is what was not done.
    static func stoppedShort(_ s: SentenceView, before k: Int) -> Bool {
        s.isWord(k - 1, in: SentenceView.of) && s.isWord(k - 2, in: SupportRules.short) && s.isWord(k - 3, in: SupportRules.stopped)
    }

    /// "the appointment", "the nomination" right after a verb: the candidacy the article is about;
    /// so is "the candidate" ("gave their support to the candidate").
    static func candidacyObject(_ s: SentenceView, after end: Int) -> Int? {
        guard s.isWord(end, in: ["the", "this", "that"]) else { return nil }
        if s.isWord(end + 1, in: SupportRules.possessiveObjects) {
            // "the appointment of X" names its own person, "the appointment process" is no candidacy.
            if s.isWord(end + 2, in: ["of", "process", "procedure"]) { return nil }
            return end + 1
        }
        // "the candidate" with nothing that picks one out: not "the candidate of the Baltic
        // states", not "the candidate who ..." (anyone of a kind).
        if s.isWord(end + 1, in: SupportRules.candidateRoles), !s.isWord(end + 2, in: SupportRules.roleQualifiers), !s.isMention(end + 2) {
            return end + 1
        }
        return nil
    }
    /// The person whose candidacy the article told last, within the three sentences before this
    /// one, when item `o` is a candidacy's noun ("the bid", "the candidacy", "the campaign"; not
    /// "the appointment", the allies' decision): "Iohannis announced that he is running ... The
    /// government in Bucharest has thrown its weight behind the bid." Nil otherwise.
    static func recentCandidate(_ s: SentenceView, bid o: Int, in article: ArticleClaims) -> EntityRef? {
        guard s.isWord(o, in: CandidacyRules.bidNouns), !s.isWord(o, in: nominationWord) else { return nil }
        for claim in article.claims.reversed() {
            guard claim.sentence < s.index else { continue }
            if claim.sentence < s.index - 3 { break }
            // A candidacy for the race's office. ("his bid" is a guess among the people named
            // before: not one to build on.)
            if claim.predicate == "candidate", claim.value == .boolean(true), claim.rule != "candidacy.bid",
                article.isContestOffice(claim.object)
            {
                return claim.subject
            }
        }
        return nil
    }
    static let nominationWord: WordSet = ["nomination"]
    /// Words after "the candidate" that say which one: "of", "who", "with the broadest support".
    static let roleQualifiers: WordSet = ["of", "who", "whom", "whose", "that", "which", "with", "from", "for", "best", "most"]
    /// The race's candidate named by role: "the candidate", "the nominee".
    static let candidateRoles: WordSet = ["candidate", "nominee", "frontrunner", "front-runner"]

    /// Nouns: "the endorsement of Hungary and Slovakia", "support ... from Hungarian Prime
    /// Minister Victor Orban": the backers follow; the backed is the person before.
    func nominal(_ s: SentenceView, at k: Int, in article: inout ArticleClaims, classifier: ModalityClassifier) {
        guard s.isWord(k, in: SupportRules.nominalNouns) || s.isWord(k, in: SupportRules.blessing) else { return }
        // "the endorsement that Washington, London, Paris and Berlin gave him in February": the
        // backers in the relative clause, the person they gave it to after its verb.
        if s.isWord(k + 1, in: SupportRules.thatWhich), let first = s.mention(k + 2),
            SupportRules.subjectKinds.contains(first.kind) || first.viaCapital, first.form == .name
        {
            let backers = s.coordinatedRight(from: k + 2, kinds: SupportRules.subjectKinds.union(.place))
            let verb = backers.last! + 1
            guard s.isWord(verb, in: SupportRules.givingVerbs), let o = s.personObject(after: verb + 1, limit: 2),
                !isConditional(s, from: k, to: o)
            else { return }
            let person = article.backedPerson(s, o)
            let modality = classifier.classify(s, trigger: verb, subject: k + 2)
            for item in backers {
                if s.mentionKind(item) == .place, s.mention(item)?.viaCapital != true { continue }
                guard let backer = entity(s, item, lexicon: article.entities.lexicon), backer != person else { continue }
                article.add(
                    backer, "supports", .entity(person), modality: modality, evidence: s.span(k, o), sentence: s.index,
                    rule: "support.nominal")
            }
            return
        }
        // "has the public backing of": an adjective between is read past.
        let before = SupportRules.beforeNoun(s, k)
        guard
            s.isWord(
                before,
                in: [
                    "the", "receiving", "received", "receives", "securing", "secured", "secures", "won", "winning", "win", "gained",
                    "gaining", "garnered", "getting", "got", "enjoys", "enjoy", "has", "have",
                ])
                || s.isWord(before - 1, in: ["receiving", "received", "securing", "secured", "won", "winning", "gained", "getting", "got"])
        else { return }
        if s.contains(["needs", "need", "must", "require", "requires", "required", "seek", "seeks", "seeking"], in: max(0, k - 4)..<k) {
            return
        }
        // The backers: after "of", or after "from" within a few words.
        var j = k + 1
        if s.isWord(j, in: ["of"]) {
            j += 1
        } else {
            guard let from = s.first(["from"], in: (k + 1)..<min(k + 9, s.count)) else { return }
            j = from + 1
        }
        while s.isWord(j, in: ["the"]) { j += 1 }
        guard let m = s.mention(j), SupportRules.subjectKinds.contains(m.kind) || m.viaCapital, m.form != .pronoun else { return }
        // "endorsements from Washington, London, Paris and Berlin": capitals, each its government.
        let backerKinds = m.viaCapital ? SupportRules.subjectKinds.union(.place) : SupportRules.subjectKinds
        var backers = s.coordinatedRight(from: j, kinds: backerKinds)
        // "the support of Turkey in April and of Hungary and Slovakia last week": more backers
        // after "and of" in the same clause.
        var a = backers.last! + 1
        let clauseEnd = s.clauseEnd(after: a)
        while a + 2 < clauseEnd {
            if s.isWord(a, in: SentenceView.and), s.isWord(a + 1, in: SentenceView.of), let m = s.mention(a + 2),
                SupportRules.subjectKinds.contains(m.kind) || m.viaCapital, m.form != .pronoun
            {
                backers += s.coordinatedRight(from: a + 2, kinds: SupportRules.subjectKinds)
                a = backers.last! + 1
                continue
            }
            a += 1
        }
        // The person backed: the nearest person before, else the article's focus.
        var object: LocalObject = .focus
        var objectItem: Int?
        var b = k - 1
        while b >= 0 {
            if let pm = s.mention(b), pm.kind == .person { object = .entity(pm.ref); objectItem = b; break }
            b -= 1
        }
        let modality = classifier.classify(s, trigger: k)
        for item in backers {
            // A place that is no capital backs no one ("from Washington, Istanbul and Berlin").
            if s.mentionKind(item) == .place, s.mention(item)?.viaCapital != true { continue }
            guard let ref = entity(s, item, lexicon: article.entities.lexicon) else { continue }
            article.add(
                ref, "supports", object, modality: modality,
                evidence: s.span(objectItem ?? k, backers.last!), sentence: s.index, rule: "support.noun")
        }
    }

    /// "dropped his objections", "withdrew its longstanding opposition to his appointment":
    /// support now, and the opposition before.
    func dropOpposition(_ s: SentenceView, in article: inout ArticleClaims) {
        let pattern = SupportRules.dropPattern
        for k in 0..<s.count where s.isWord(k, in: SupportRules.dropStarts) {
            guard let end = s.match(pattern, at: k) else { continue }
            // "had to overcome the reservations of Turkey": someone else's, not the subject's.
            if s.isWord(end, in: SentenceView.of) { continue }
            let subjects = s.subjects(before: k, kinds: SupportRules.subjectKinds)
            guard !subjects.isEmpty, !isConditional(s, from: subjects[0], to: end) else { continue }
            var object: LocalObject = .focus
            var last = end - 1
            if s.isWord(end, in: ["to"]), let o = s.personObject(after: end + 1) {
                object = .entity(s.mention(o)!.ref)
                last = o
            }
            let modality = ModalityClassifier().classify(s, trigger: k, triggerEnd: end, subject: subjects.last)
            for item in subjects {
                guard let subject = entity(s, item, lexicon: article.entities.lexicon) else { continue }
                var o = object
                if case .entity(let r) = o, r == subject { o = .focus }
                article.add(
                    subject, "supports", o, modality: modality == .past ? .asserted : modality,
                    evidence: s.span(subjects[0], last), sentence: s.index, rule: "support.drop-opposition")
                article.add(
                    subject, "supports", o, value: .boolean(false), modality: .past,
                    evidence: s.span(k + 1, last), sentence: s.index, rule: "support.drop-opposition")
            }
        }
    }
}
