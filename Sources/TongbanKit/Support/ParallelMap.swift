import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over all cores, in order. `transform` must not touch shared mutable state.
    ///
    /// Results are written straight into the returned array's storage: each slot by exactly
    /// one worker, and the array is handed back only after all have finished.
    func parallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        let count = self.count
        guard count > 1 else { return map(transform) }
        let chunks = Swift.min(count, 64)
        return self.withUnsafeBufferPointer { items in
            nonisolated(unsafe) let input = items
            return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                nonisolated(unsafe) let output = base
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var index = chunk
                    while index < count {
                        (output + index).initialize(to: transform(input[index]))
                        index += chunks
                    }
                }
                initialized = count
            }
        }
    }
}
