import Dispatch
import FoundationEssentials
import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// Turns Ctrl-C during a script into a cancelled statement (exit 130) instead of a dead process.
final class InterruptHandler {
    private let source: DispatchSourceSignal

    init(session: Session) {
        signal(SIGINT, SIG_IGN)
        let cancellation = session.cancellation
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            cancellation.cancel()
        }
        source.resume()
    }

    func uninstall() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
