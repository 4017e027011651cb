import Foundation
import Testing

/// Two runs over the same corpus print the same claims: nothing depends on the hashing order,
/// which Swift seeds afresh in every process.
@Suite struct DeterminismTests {
    @Test func claimsAreTheSameInEveryProcess() throws {
        let dir = try Binary.temporaryDirectory().appendingPathComponent("corpus")
        let generated = try Binary.run(["generate", "-n", "200", "--seed", "7", dir.path])
        #expect(generated.status == 0)
        let first = try Binary.run(["--corpus", dir.path, "--format", "jsonl", "-c", "claims"])
        let second = try Binary.run(["--corpus", dir.path, "--format", "jsonl", "-c", "claims"])
        #expect(first.status == 0)
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
    }
}
