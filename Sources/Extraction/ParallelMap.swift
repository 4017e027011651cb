import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension RandomAccessCollection {
    /// `map`, on every core: the elements are split into small contiguous chunks that worker
    /// threads take one after another, so a chunk of long articles does not leave a core idle;
    /// the results come back in the order of the elements.
    ///
    /// Loading uses it for the per-article work (articles are independent), then merges the
    /// results in order, so a model is the same whatever the number of cores.
    ///
    /// - Parameters:
    ///   - workers: the number of threads; by default one per active core.
    ///   - transform: called once per element, from several threads at once: it must not
    ///     mutate shared state.
    func parallelMap<T>(workers: Int = ParallelWork.defaultWorkers, _ transform: (Element) -> T) -> [T] {
        let workers = Swift.min(Swift.max(1, workers), count)
        if workers <= 1 { return map(transform) }
        if let result = withContiguousStorageIfAvailable({ $0.parallelMapContiguous(workers: workers, transform) }) {
            return result
        }
        return Array(self).withUnsafeBufferPointer { $0.parallelMapContiguous(workers: workers, transform) }
    }
}

extension UnsafeBufferPointer {
    /// ``Swift/RandomAccessCollection/parallelMap(workers:_:)`` over contiguous elements, with
    /// `workers` of at least 2.
    fileprivate func parallelMapContiguous<T>(workers: Int, _ transform: (Element) -> T) -> [T] {
        // Many more chunks than workers: the threads take the next chunk as they finish one.
        let chunks = Swift.min(count, workers * 64)
        return withoutActuallyEscaping(transform) { transform in
            let box = UnsafeTransfer(transform)
            let inputBox = UnsafeTransfer(self)
            return [T](unsafeUninitializedCapacity: count) { output, initialized in
                let outputBox = UnsafeTransfer(output)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let lower = chunk * inputBox.value.count / chunks
                    let upper = (chunk + 1) * inputBox.value.count / chunks
                    for i in lower..<upper {
                        (outputBox.value.baseAddress! + i).initialize(to: box.value(inputBox.value[i]))
                    }
                }
                initialized = count
            }
        }
    }
}

/// Settings of the parallel parts of loading.
public enum ParallelWork {
    /// The number of worker threads: the active cores, or `NATOQL_THREADS` when set (1 turns
    /// parallel loading off, for measuring what it gains).
    public static var defaultWorkers: Int {
        if let text = getenv("NATOQL_THREADS").map({ String(cString: $0) }), let n = Int(text), n > 0 { return n }
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}

/// Carries a value into a concurrent closure whose safety the caller guarantees (each worker
/// writes a disjoint slice of the output; the input is read-only during the map).
private struct UnsafeTransfer<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
