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

/// The work done alongside a parallel map, and parallel iterations.
@Suite struct ParallelWorkTests {
    @Test(arguments: [1, 2, 4])
    func alongsideRunsOnceBesideTheMap(workers: Int) {
        var ran = 0
        let input = Array(0..<500)
        let output = input.parallelMap(workers: workers, alongside: { ran += 1 }) { $0 * 2 }
        #expect(output == input.map { $0 * 2 })
        #expect(ran == 1)
    }

    @Test func sliceKeepsOrder() {
        let input = Array(0..<300)
        #expect(input[100..<250].parallelMap(workers: 2) { $0 + 1 } == input[100..<250].map { $0 + 1 })
    }

    @Test(arguments: [1, 2])
    func performCoversEveryIteration(workers: Int) {
        var seen = [Int](repeating: 0, count: 5)
        seen.withUnsafeMutableBufferPointer { seen in
            let box = seen
            ParallelWork.perform(iterations: 5, workers: workers) { box[$0] += 1 }
        }
        #expect(seen == [1, 1, 1, 1, 1])
    }
}
