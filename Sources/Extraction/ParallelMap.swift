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
    ///   - alongside: work to do at the same time, on one of the threads (loading merges the
    ///     previous batch while this one is analysed); it runs first when there is one thread.
    func parallelMap<T>(
        workers: Int = ParallelWork.defaultWorkers, alongside: () -> Void = {}, _ transform: (Element) -> T
    ) -> [T] {
        let workers = Swift.min(Swift.max(1, workers), count)
        if workers <= 1 {
            alongside()
            return map(transform)
        }
        if let result = withContiguousStorageIfAvailable({
            $0.parallelMapContiguous(workers: workers, alongside: alongside, transform)
        }) {
            return result
        }
        return Array(self).withUnsafeBufferPointer { $0.parallelMapContiguous(workers: workers, alongside: alongside, transform) }
    }
}

extension UnsafeBufferPointer {
    /// ``Swift/RandomAccessCollection/parallelMap(workers:_:)`` over contiguous elements, with
    /// `workers` of at least 2.
    fileprivate func parallelMapContiguous<T>(workers: Int, alongside: () -> Void, _ transform: (Element) -> T) -> [T] {
        // Many more chunks than workers: the threads take the next chunk as they finish one.
        let chunks = Swift.min(count, workers * 64)
        return withoutActuallyEscaping(transform) { transform in
            withoutActuallyEscaping(alongside) { alongside in
                let box = UnsafeTransfer(transform)
                let alongsideBox = UnsafeTransfer(alongside)
                let inputBox = UnsafeTransfer(self)
                return [T](unsafeUninitializedCapacity: count) { output, initialized in
                    let outputBox = UnsafeTransfer(output)
                    // Iteration 0 is the work alongside; threads take iterations in order, so it starts first.
                    DispatchQueue.concurrentPerform(iterations: chunks + 1) { iteration in
                        if iteration == 0 {
                            alongsideBox.value()
                            return
                        }
                        let chunk = iteration - 1
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

extension ParallelWork {
    /// Calls `body` with each of `0..<iterations`, on every core (at most `workers` threads;
    /// in order on the calling thread when there is one). `body` must only touch state that no
    /// other iteration touches.
    static func perform(iterations: Int, workers: Int = ParallelWork.defaultWorkers, _ body: (Int) -> Void) {
        if workers <= 1 || iterations <= 1 {
            for iteration in 0..<iterations { body(iteration) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let box = UnsafeTransfer(body)
            DispatchQueue.concurrentPerform(iterations: iterations) { box.value($0) }
        }
    }
}

/// Carries a value into a concurrent closure whose safety the caller guarantees (each worker
/// writes a disjoint slice of the output; the input is read-only during the map).
private struct UnsafeTransfer<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
