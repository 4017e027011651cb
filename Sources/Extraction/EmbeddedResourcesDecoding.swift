extension EmbeddedResources {
    /// Decodes a base64 literal of the generated file (no Foundation; linear, one allocation).
    static func bytes(_ base64: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(base64.utf8.count / 4 * 3)
        var buffer: UInt32 = 0
        var bits = 0
        for c in base64.utf8 {
            let v: UInt32
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = UInt32(c - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = UInt32(c - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(c - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            default: continue  // padding
            }
            buffer = buffer << 6 | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }

    /// Decodes a base64 literal holding UTF-8 text.
    static func text(_ base64: String) -> String { String(decoding: bytes(base64), as: UTF8.self) }
}
