#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Facts about the terminal: whether there is one, its width, whether to colour.
enum Terminal {
    /// True when `fd` is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// The width of the terminal on `fd`, or `nil` when it is not a terminal.
    static func width(_ fd: Int32 = 1) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Whether colours are wanted: on a terminal, without `NO_COLOR`, not on a dumb terminal.
    static func wantsColor(environment: [String: String], terminal: Bool) -> Bool {
        guard terminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
