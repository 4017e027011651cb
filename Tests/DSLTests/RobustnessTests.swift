import DSL
import Testing

/// Limits, random input, and a large script: the front end never crashes and stays linear.
struct RobustnessTests {
    /// 10,000 levels of each kind of nesting.
    static func deeplyNested(_ kind: String) -> String {
        let n = 10_000
        switch kind {
        case "parentheses": return String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n)
        case "unclosed parentheses": return String(repeating: "(", count: n)
        case "brackets": return String(repeating: "[", count: n) + String(repeating: "]", count: n)
        case "calls": return String(repeating: "f(", count: n) + String(repeating: ")", count: n)
        case "not": return String(repeating: "not ", count: n) + "true"
        default: return String(repeating: "- ", count: n) + "1"
        }
    }

    @Test(arguments: ["parentheses", "unclosed parentheses", "brackets", "calls", "not", "minus"])
    func tooDeepIsADiagnostic(_ name: String) {
        let text = Self.deeplyNested(name)
        let script = parse(text + "\nshow Rutte")
        #expect(script.diagnostics.map(\.id) == ["nesting-too-deep"], "\(name)")
        #expect(script.diagnostics.first?.range.start.line == 1)
        // Recovery: the statement after it still parses.
        #expect(script.statements.count == 1)
    }

    @Test func nestingJustUnderTheLimitParses() {
        let depth = Parser.maxNestingDepth - 1
        let text = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(parse(text).diagnostics.isEmpty)
    }

    @Test func statementTooLong() {
        let text =
            "[" + Array(repeating: "1", count: Parser.maxStatementTokens / 2 + 1).joined(separator: ",")
            + "]\nshow Rutte"
        let script = parse(text)
        #expect(script.diagnostics.map(\.id) == ["statement-too-long"])
        #expect(script.statements.count == 1)
    }

    @Test func inputTooLarge() {
        let text = String(
            repeating: "allies -- padding padding padding padding padding padding padding\n",
            count: Parser.maxInputBytes / 60)
        let script = parse(text)
        #expect(script.diagnostics.map(\.id) == ["input-too-large"])
        #expect(script.statements.isEmpty)
    }

    /// Checks what must hold for any input: diagnostics point inside the text and render.
    static func checkInvariants(_ text: String) {
        let source = SourceFile(name: "fuzz.nql", text: text)
        let script = Parser.parse(source)
        let size = text.utf8.count
        for diagnostic in script.diagnostics {
            #expect(diagnostic.file == "fuzz.nql")
            #expect(diagnostic.range.start.offset >= 0 && diagnostic.range.end.offset <= size)
            #expect(diagnostic.range.start <= diagnostic.range.end)
            #expect(diagnostic.range.start.line >= 1 && diagnostic.range.start.column >= 1)
            #expect(!DiagnosticRenderer().render(diagnostic, source: source).isEmpty)
        }
        var last = -1
        for statement in script.statements {
            #expect(statement.range.start.offset > last)
            last = statement.range.start.offset
        }
        _ = Parser.continuation(text)
    }

    @Test func randomBytesNeverCrash() {
        var random = SplitMix64(seed: 0x6E61_746F)
        let alphabet = Array("aZ_0129-\"'\\\n\r\t ()[],;=!<>.#*@“”éá\u{301}日".utf8) + [0, 0xFF, 0xC3, 0x80]
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<80, using: &random)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                bytes.append(
                    Bool.random(using: &random)
                        ? alphabet.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random))
            }
            Self.checkInvariants(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func randomTokenStreamsNeverCrash() {
        var random = SplitMix64(seed: 2024_06_18)
        let vocabulary =
            Keywords.all + [
                "allies", "Rutte", "Orbán", "supports", "count", "(", ")", "[", "]", ",", ";", "\n", "=", "!=", "<",
                "<=", ">", ">=", "-", "\"003\"", "\"Prime Minister of Hungary\"", "42", "2024-06-18", "2024-13-01",
                ".mode json", "-- comment\n", "\"open", "@", "“x”",
            ]
        for _ in 0..<3_000 {
            let length = Int.random(in: 0..<40, using: &random)
            var words: [String] = []
            for _ in 0..<length { words.append(vocabulary.randomElement(using: &random)!) }
            Self.checkInvariants(words.joined(separator: " "))
        }
    }

    /// A generated 1 MB script parses completely. (The timed benchmark belongs under Benchmarks/.)
    @Test func oneMegabyteScript() {
        let block = """
            -- Orbán, Türkiye, Kariņš
            let holdouts = allies where supports(Rutte) = false as of 2024-05-01
            allies where member_since >= 2004 and name not in ["Hungary", "Türkiye"]
              select name, member_since as since
              order by member_since desc, name
              limit 3
            expect count(holdouts) = 4; why supports(Hungary, Rutte) according to "003"
            .mode json

            """
        let copies = 1_000_000 / block.utf8.count + 1
        let script = parse(String(repeating: block, count: copies))
        #expect(script.diagnostics.isEmpty)
        #expect(script.statements.count == 5 * copies)
    }
}

/// A small seeded generator, so random tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
