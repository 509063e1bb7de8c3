import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over all cores, in order. `transform` must not touch shared mutable state.
    ///
    /// Results are written straight into the returned array's storage: each slot by exactly
    /// one worker, and the array is handed back only after all have finished.
    public func parallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        let count = self.count
        guard count > 1 else { return map(transform) }
        let blocks = ParallelBlocks(count: count)
        return self.withUnsafeBufferPointer { items in
            nonisolated(unsafe) let input = items
            return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                nonisolated(unsafe) let output = base
                DispatchQueue.concurrentPerform(iterations: blocks.blocks) { block in
                    for index in blocks.range(block) {
                        (output + index).initialize(to: transform(input[index]))
                    }
                }
                initialized = count
            }
        }
    }
}

/// How `parallelMap` cuts `0..<count` into runs of neighbouring indices: many more runs than
/// cores, so that uneven work still spreads, but runs rather than every n-th index, so that two
/// workers do not write into the same cache lines at once.
struct ParallelBlocks: Sendable {
    let count: Int
    /// Indices per run (the last run may be shorter).
    let size: Int

    init(count: Int) {
        self.count = count
        size = Swift.max(1, Swift.min(256, count / 64))
    }

    /// The number of runs.
    var blocks: Int { (count + size - 1) / size }

    func range(_ block: Int) -> Range<Int> {
        block * size..<Swift.min(count, (block + 1) * size)
    }
}
