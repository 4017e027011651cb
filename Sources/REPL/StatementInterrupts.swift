import Dispatch
import FoundationEssentials
import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// Turns Ctrl-C while a statement runs into a cancelled statement: SIGINT is ignored as a
/// signal and observed through a dispatch source, which sets the session's cancellation flag
/// (the evaluator polls it; the runner prints "interrupted"). While a line is being edited the
/// terminal does not send SIGINT at all: Ctrl-C is a key there (see ``LineEditor``).
///
/// On Linux, libdispatch observes the signal by installing a handler of its own (which blocks
/// the signal and re-raises it to its signalfd), asynchronously and once a process. libedit
/// saves SIGINT's handler when it starts reading a line and restores it when the line is read:
/// had libdispatch installed its handler in between, libedit put back SIG_IGN and Ctrl-C never
/// reached a statement again (seen under load). So the initializer waits until the handler is
/// in place, and ``ensureInstalled()`` puts it back before each statement should anything have
/// replaced it.
final class StatementInterrupts {
    private let source: DispatchSourceSignal
    /// The handler libdispatch installed, once seen.
    private var installed: sigaction?

    /// Starts watching for SIGINT on behalf of `cancellation`.
    init(cancellation: CancellationFlag) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { cancellation.cancel() }
        source.resume()
        // Wait (at most a second) for libdispatch's handler, before libedit saves the handler.
        for _ in 0..<1000 {
            if let handler = Self.currentHandler(), !Self.isDefaultOrIgnored(handler) {
                installed = handler
                break
            }
            usleep(1000)
        }
    }

    /// Puts libdispatch's SIGINT handler back if something (libedit) replaced it.
    func ensureInstalled() {
        guard var wanted = installed, let current = Self.currentHandler() else { return }
        if Self.address(current) != Self.address(wanted) { sigaction(SIGINT, &wanted, nil) }
    }

    /// Stops watching and restores the default action.
    func uninstall() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }

    private static func currentHandler() -> sigaction? {
        var action = sigaction()
        return sigaction(SIGINT, nil, &action) == 0 ? action : nil
    }

    private static func address(_ action: sigaction) -> Int {
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
    }

    private static func isDefaultOrIgnored(_ action: sigaction) -> Bool {
        let a = address(action)
        return a == unsafeBitCast(SIG_DFL, to: Int.self) || a == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
