import Interpreter

#if canImport(Glibc)
    import Glibc
#endif

/// Turns Ctrl-C during a script into a cancelled statement (exit 130) instead of a dead process.
///
/// A plain signal handler that sets the session's ``CancellationFlag`` (an atomic store, safe in
/// a handler); the statement checks the flag and stops. No dispatch source: it would start
/// libdispatch's event machinery in every process that runs a statement.
final class InterruptHandler {
    /// The flag the handler sets; one handler is installed at a time.
    nonisolated(unsafe) private static var flag: CancellationFlag?

    init(session: Session) {
        InterruptHandler.flag = session.cancellation
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in InterruptHandler.flag?.cancel() }
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        sigaction(SIGINT, &action, nil)
        // A process may start with SIGINT blocked (a parent's mask is inherited): unblock it, or
        // the handler never runs.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }

    func uninstall() {
        signal(SIGINT, SIG_DFL)
        InterruptHandler.flag = nil
    }
}
