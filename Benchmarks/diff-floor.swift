// The floor for `tongban diff` in its own stack (Swift, git's `cat-file --batch`, libyaml):
// the least any diff between two revisions must do with the files that changed, and nothing
// more. It starts one `git cat-file --batch` in the current folder, asks it for the blobs named
// on the command line (both sides of every changed list and matter file; the ids are found
// beforehand, so no revision, tree or listing is read), and runs libyaml's event loop over each
// blob on a worker as soon as it has arrived. It builds no model, compares nothing and prints
// one line. It does not wait for git to exit.
//
// Benchmarks/diff-bench.sh builds it like tongban (`swiftc -O -static-stdlib`) and times it next
// to `tongban diff` and `git diff`.
import CYAML
import Dispatch
import Glibc

/// Event counts, one slot per blob; each slot is written by one worker and read after all finish.
final class Counts: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Int>
    init(_ count: Int) { slots = .allocate(capacity: max(count, 1)); slots.initialize(repeating: 0) }
}

/// libyaml's event loop over one document stream; the number of events, or -1 on a syntax error.
func eventCount(_ bytes: [UInt8]) -> Int {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return -1 }
    defer { yaml_parser_delete(&parser) }
    return bytes.withUnsafeBufferPointer { buffer -> Int in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var events = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return -1 }
            events += 1
            let end = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if end { return events }
        }
    }
}

/// Starts `git cat-file --batch` with its standard input and output on pipes.
func startGit() -> (input: Int32, output: Int32)? {
    var toGit: [Int32] = [0, 0], fromGit: [Int32] = [0, 0]
    guard pipe(&toGit) == 0, pipe(&fromGit) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toGit[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromGit[1], 1)
    for fd in [toGit[0], toGit[1], fromGit[0], fromGit[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
    let argv: [UnsafeMutablePointer<CChar>?] = ["git", "cat-file", "--batch"].map { (argument: String) in strdup(argument) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, "git", &actions, nil, argv, environ) == 0 else { return nil }
    close(toGit[0])
    close(fromGit[1])
    return (toGit[1], fromGit[0])
}

let ids = Array(CommandLine.arguments.dropFirst())
guard let git = startGit() else {
    fputs("diff-floor: cannot start git\n", stderr)
    exit(2)
}
let request = Array(ids.map { $0 + "\n" }.joined().utf8)
var written = 0
while written < request.count {
    let n = request.withUnsafeBytes { raw in raw.baseAddress.map { write(git.input, $0 + written, raw.count - written) } ?? -1 }
    guard n > 0 else { break }
    written += n
}
close(git.input)

// Read git's answers (`<id> <type> <size>\n<content>\n` each) and hand each blob to a worker.
let counts = Counts(ids.count)
let group = DispatchGroup()
var output: [UInt8] = []
var chunk = [UInt8](repeating: 0, count: 64 * 1024)
var start = 0, blobs = 0
reading: while true {
    let n = chunk.withUnsafeMutableBytes { read(git.output, $0.baseAddress, $0.count) }
    if n <= 0 { break }
    output.append(contentsOf: chunk[0..<n])
    while let newline = output[start...].firstIndex(of: 10) {
        let header = output[start..<newline].split(separator: 32)
        guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)) else {
            start = newline + 1  // `<id> missing`
            continue
        }
        guard output.count >= newline + 2 + size else { continue reading }
        let blob = Array(output[(newline + 1)..<(newline + 1 + size)])
        let slot = blobs
        blobs += 1
        DispatchQueue.global().async(group: group) { counts.slots[slot] = eventCount(blob) }
        start = newline + 2 + size
    }
}
group.wait()
let events = counts.slots.prefix(blobs).reduce(0) { $0 + max($1, 0) }
print("\(blobs) blobs, \(events) events")
