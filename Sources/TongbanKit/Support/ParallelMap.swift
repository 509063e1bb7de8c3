import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over all cores, in order. `transform` must not touch shared mutable state.
    func parallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        let count = self.count
        guard count > 1 else { return map(transform) }
        let storage = ResultBuffer<R>(count: count)
        let chunks = Swift.min(count, 64)
        self.withUnsafeBufferPointer { items in
            nonisolated(unsafe) let input = items
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk
                while index < count {
                    storage.set(index, transform(input[index]))
                    index += chunks
                }
            }
        }
        return storage.values()
    }
}

/// Slots each written by exactly one worker, read after all have finished.
private final class ResultBuffer<R>: @unchecked Sendable {
    private var slots: [R?]

    init(count: Int) {
        slots = [R?](repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: R) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [R] {
        slots.compactMap { $0 }
    }
}
