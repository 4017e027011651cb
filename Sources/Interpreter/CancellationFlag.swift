import Synchronization

/// Set from a signal handler's thread (Ctrl-C) and polled by long-running statements.
public final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Creates a flag, not set.
    public init() {}

    /// True once ``cancel()`` was called and until ``reset()``.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }

    /// Asks the running statement to stop.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Clears the flag before the next statement.
    public func reset() { flag.store(false, ordering: .relaxed) }
}
