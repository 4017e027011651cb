import DSL
import Foundation
import Interpreter
import EditLineShim

/// The interactive session. (Walking skeleton: plain line reading; libedit comes next.)
public struct InteractiveShell {
    let runner: Runner
    let readRC: Bool

    /// Creates a shell over `runner`.
    public init(runner: Runner, readRC: Bool) {
        self.runner = runner
        self.readRC = readRC
    }

    /// Runs until `.quit` or end of input; returns the exit code.
    public func run() -> Int32 {
        var pending = ""
        var line = 1
        while true {
            FileDescriptorOutput.standard.write(pending.isEmpty ? "nql> " : "...> ")
            guard let text = readLine(strippingNewline: true) else { break }
            pending += (pending.isEmpty ? "" : "\n") + text
            if Parser.continuation(pending) != nil { continue }
            let status = runner.run(SourceFile(name: "<stdin>", text: pending, firstLine: line))
            line += pending.split(separator: "\n", omittingEmptySubsequences: false).count
            pending = ""
            if status == .quit { break }
        }
        return 0
    }
}
