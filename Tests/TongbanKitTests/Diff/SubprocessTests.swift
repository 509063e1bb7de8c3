import Foundation
import Testing
@testable import TongbanKit

/// Git commands start from several threads at once next to a long-lived `cat-file --batch`;
/// no pipe end may leak from one child into another, or a reader waits forever.
@Suite struct SubprocessTests {
    @Test(.timeLimit(.minutes(1)))
    func concurrentShortCommandsFinishWhileALongOneRuns() throws {
        let long = try Subprocess.spawn("/bin/cat", [], environment: [:], pipeInput: true, pipeErrors: true)
        defer {
            if let input = long.input { close(input) }
            _ = long.collect()
        }
        let outputs = Array(0..<200).parallelMap { i -> String in
            guard let child = try? Subprocess.spawn("/bin/echo", ["run \(i)"], environment: [:], pipeInput: false, pipeErrors: true) else { return "" }
            return String(decoding: child.collect().output, as: UTF8.self)
        }
        #expect(outputs == (0..<200).map { "run \($0)\n" })
    }

    @Test func pipeEndsAreCloseOnExec() throws {
        let child = try Subprocess.spawn("/bin/cat", [], environment: [:], pipeInput: true, pipeErrors: true)
        for fd in [child.input, child.output, child.errors].compactMap({ $0 }) {
            #expect(fcntl(fd, F_GETFD) & FD_CLOEXEC != 0)
        }
        if let input = child.input { close(input) }
        #expect(child.collect().status == 0)
    }
}
