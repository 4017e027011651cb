extension EmbeddedResources {
    /// The value of each base64 digit, 255 for other bytes (padding, line breaks).
    private static let digits: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (v, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(c)] = UInt8(v)
        }
        return table
    }()

    /// Decodes a base64 literal of the generated file (no Foundation; linear, one allocation).
    static func bytes(_ base64: String) -> [UInt8] {
        var base64 = base64
        return base64.withUTF8 { utf8 in
            let digits = EmbeddedResources.digits
            return [UInt8](unsafeUninitializedCapacity: utf8.count / 4 * 3 + 3) { out, count in
                var buffer: UInt32 = 0
                var bits = 0
                var o = 0
                digits.withUnsafeBufferPointer { table in
                    for c in utf8 {
                        let v = table[Int(c)]
                        if v == 255 { continue }  // padding
                        buffer = buffer << 6 | UInt32(v)
                        bits += 6
                        if bits >= 8 {
                            bits -= 8
                            out[o] = UInt8((buffer >> UInt32(bits)) & 0xFF)
                            o += 1
                        }
                    }
                }
                count = o
            }
        }
    }

    /// Decodes a base64 literal holding UTF-8 text.
    static func text(_ base64: String) -> String { String(decoding: bytes(base64), as: UTF8.self) }
}
