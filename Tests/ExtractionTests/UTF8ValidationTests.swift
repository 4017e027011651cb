import Testing

@testable import Extraction

/// ``CorpusReader/firstInvalidUTF8(_:)``: the offset of the first byte that is not valid UTF-8,
/// wherever it falls in the eight-byte steps over ASCII.
@Suite struct UTF8ValidationTests {
    /// What the standard library's decoder says: the offset of the first byte it cannot decode.
    static func reference(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test("valid texts: ASCII, accents, CJK and emoji at every alignment")
    func validTexts() {
        for prefix in 0..<17 {
            let text = String(repeating: "a", count: prefix) + "Orbán – Türkiye 北约 🇳🇱 secretary-general."
            #expect(CorpusReader.firstInvalidUTF8(Array(text.utf8)) == nil)
        }
        #expect(CorpusReader.firstInvalidUTF8([]) == nil)
    }

    @Test("a bad byte is found at its offset whatever the ASCII before and after it")
    func badBytes() {
        let bad: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]]
        for sequence in bad {
            for prefix in 0..<20 {
                let bytes = [UInt8](repeating: 0x61, count: prefix) + sequence + [UInt8](repeating: 0x62, count: 9)
                #expect(CorpusReader.firstInvalidUTF8(bytes) == prefix, "\(sequence) after \(prefix)")
                #expect(Self.reference(bytes) == prefix)
            }
        }
    }

    @Test("agrees with the standard library's decoder on random bytes")
    func randomBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % 40) {
                switch next() % 10 {
                case 0: bytes.append(UInt8(truncatingIfNeeded: next()))
                case 1: bytes += Array("é".utf8)
                case 2: bytes += Array("€".utf8)
                case 3: bytes += Array("😀".utf8)
                default: bytes.append(UInt8(0x20 + next() % 0x5F))
                }
            }
            #expect(CorpusReader.firstInvalidUTF8(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }
}
