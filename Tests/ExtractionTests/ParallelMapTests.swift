import Testing

@testable import Extraction

/// The helper that loads articles on every core keeps the order of its input.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 7, 100, 1_001])
    func sameAsMapInOrder(count: Int) {
        let input = Array(0..<count)
        #expect(input.parallelMap(workers: 2) { $0 * 3 + 1 } == input.map { $0 * 3 + 1 })
        #expect(input.parallelMap(workers: 5) { String($0) } == input.map { String($0) })
    }

    @Test func oneWorkerIsPlainMap() {
        #expect(["a", "b"].parallelMap(workers: 1) { $0.uppercased() } == ["A", "B"])
    }
}
