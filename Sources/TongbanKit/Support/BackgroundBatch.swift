import Dispatch
import Foundation

/// A fixed number of jobs run on other threads, each started as soon as its input is ready (a
/// file arriving from a stream, say), and collected in job order once all have finished.
///
/// `parallelMap` wants all its input at once; this is for input that arrives one item at a
/// time, so that work on the first items overlaps the wait for the others.
final class BackgroundBatch<Output: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var slots: [Output?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Runs `work` on another thread and keeps its result as job `index`'s (each index once).
    func start(_ index: Int, _ work: @escaping @Sendable () -> Output) {
        DispatchQueue.global().async(group: group) { [self] in
            let output = work()
            lock.lock()
            slots[index] = output
            lock.unlock()
        }
    }

    /// Waits for every job started so far; their results in job order, nil for a job not started.
    func wait() -> [Output?] {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
