import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started with `posix_spawn`, its standard output (and optionally input and
/// error) on pipes. Foundation's `Process` waits for a child by polling a run loop on Linux,
/// which costs tens of milliseconds per git command; this waits with `waitpid`.
struct Subprocess {
    let pid: pid_t
    /// The write end of the child's standard input, when it is piped (else it reads /dev/null).
    let input: Int32?
    /// The read end of the child's standard output.
    let output: Int32
    /// The read end of the child's standard error, when it is piped (else it goes to /dev/null).
    let errors: Int32?

    /// Starts `executable` with `arguments` (not including the program name).
    /// - Throws: `RunFailure` when the process cannot be started.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String], pipeInput: Bool, pipeErrors: Bool) throws -> Subprocess {
        // git commands start from several threads at once next to a long-lived `cat-file --batch`.
        // A pipe exists for a moment before it is marked close-on-exec; a child started in that
        // moment would inherit its ends and keep it open forever, hanging the reader. So pipes are
        // made and children started one at a time.
        spawnLock.lock()
        defer { spawnLock.unlock() }
        let stdinPipe = pipeInput ? try makePipe() : nil
        let stdoutPipe = try makePipe()
        let stderrPipe = pipeErrors ? try makePipe() : nil

        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdinPipe {
            posix_spawn_file_actions_adddup2(&actions, stdinPipe.read, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe.write, 1)
        if let stderrPipe {
            posix_spawn_file_actions_adddup2(&actions, stderrPipe.write, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, envp)

        // The child has its own copies; the parent keeps only its ends.
        if let stdinPipe { close(stdinPipe.read) }
        close(stdoutPipe.write)
        if let stderrPipe { close(stderrPipe.write) }
        guard status == 0 else {
            if let stdinPipe { close(stdinPipe.write) }
            close(stdoutPipe.read)
            if let stderrPipe { close(stderrPipe.read) }
            let reason = String(cString: strerror(status))
            throw RunFailure(Message(zh: "无法运行 \(executable)：\(reason)", en: "cannot run \(executable): \(reason)"))
        }
        return Subprocess(pid: pid, input: stdinPipe?.write, output: stdoutPipe.read, errors: stderrPipe?.read)
    }

    private static let spawnLock = NSLock()

    /// Reads standard output and standard error to their ends (both at once, so neither pipe
    /// can fill up and stall the child), then waits for the child.
    func collect() -> (status: Int32, output: [UInt8], errors: [UInt8]) {
        var buffers: [Int32: [UInt8]] = [output: []]
        var open = [output]
        if let errors {
            open.append(errors)
            buffers[errors] = []
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                let n = chunk.withUnsafeMutableBytes { POSIXIO.systemRead(entry.fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    buffers[entry.fd, default: []].append(contentsOf: chunk[0..<n])
                } else if n == 0 || errno != EINTR {
                    close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        return (wait(), buffers[output] ?? [], errors.flatMap { buffers[$0] } ?? [])
    }

    /// Waits for the child to end; its exit status, or 128 + the signal that ended it.
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// A pipe whose ends are close-on-exec. Call only while holding `spawnLock`.
    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            throw RunFailure(Message(zh: "无法创建管道", en: "cannot create a pipe"))
        }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return (fds[0], fds[1])
    }
}
