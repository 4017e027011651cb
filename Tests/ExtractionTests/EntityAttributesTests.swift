import Testing

@testable import Extraction

/// ``EntityAttributes`` reads and writes as the dictionary it replaced, its names kept in order.
@Suite struct EntityAttributesTests {
    @Test("setting keeps the names sorted; nil removes; the last value of a name wins")
    func settingKeepsOrder() {
        var attributes: EntityAttributes = ["iso": .string("HU"), "accession": .string("1999-03-12")]
        attributes["nato_member"] = .boolean(true)
        attributes["demonyms"] = .strings(["Hungarian"])
        #expect(attributes.keys == ["accession", "demonyms", "iso", "nato_member"])
        attributes["iso"] = .string("HUN")
        #expect(attributes["iso"] == .string("HUN"))
        #expect(attributes.count == 4)
        attributes["accession"] = nil
        attributes["missing"] = nil
        #expect(attributes.keys == ["demonyms", "iso", "nato_member"])
        #expect(attributes["accession"] == nil)
        #expect(attributes.map(\.key) == attributes.keys)
        #expect(attributes.map(\.value) == attributes.values)
    }

    @Test("equal whatever order the names were set in")
    func equalityIgnoresOrderOfSetting() {
        var a = EntityAttributes()
        a["b"] = .integer(2)
        a["a"] = .integer(1)
        let b: EntityAttributes = ["a": .integer(1), "b": .integer(2)]
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(EntityAttributes(sortedKeys: ["a", "b"], values: [.integer(1), .integer(2)]) == b)
        #expect(EntityAttributes().isEmpty)
    }
}
