import Dispatch

/// Lets go of `value` on another thread. Freeing a large parsed structure (thousands of nodes
/// and strings) takes a while; a command that still has to render and print its result need not
/// wait for it, and one that exits first never pays for it at all.
func releaseInBackground<T>(_ value: consuming T) {
    let box = ReleaseBox(value)
    DispatchQueue.global(qos: .utility).async { box.drop() }
}

/// Holds a value until `drop` runs; only ever touched by one thread at a time.
private final class ReleaseBox<T>: @unchecked Sendable {
    private var value: T?

    init(_ value: consuming T) {
        self.value = value
    }

    func drop() {
        value = nil
    }
}
