import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import Interpreter

/// Turns Ctrl-C while a statement runs into a cancelled statement: SIGINT is ignored as a
/// signal and observed through a dispatch source, which sets the session's cancellation flag
/// (the evaluator polls it; the runner prints "interrupted"). While a line is being edited the
/// terminal does not send SIGINT at all: Ctrl-C is a key there (see ``LineEditor``).
final class StatementInterrupts {
    private let source: DispatchSourceSignal

    /// Starts watching for SIGINT on behalf of `cancellation`.
    init(cancellation: CancellationFlag) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { cancellation.cancel() }
        source.resume()
    }

    /// Stops watching and restores the default action.
    func uninstall() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
