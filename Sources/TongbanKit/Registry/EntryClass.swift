/// What one listed entry of a registry is: a file to decode, a finding by itself, or nothing
/// the registry cares about. Decided from the entry alone.
enum EntryClass: Sendable {
    case file(RegistryFile)
    case finding(Diagnostic)
    case ignored

    @Sendable static func of(_ entry: SourceEntry) -> EntryClass {
        func access(_ message: Message) -> EntryClass {
            .finding(Diagnostic(file: entry.path, range: .fileStart, rule: .fileAccess, message: message))
        }
        // Only asked of the few entries that are not plain files.
        var looksLikeYAML: Bool { entry.path.hasSuffix(".yaml") || entry.path.hasSuffix(".yml") }
        switch entry.kind {
        case .directory: return access(Message.directory)
        case .linkedDirectory: return access(Message.linkedDirectory)
        case .linkOutside: return looksLikeYAML ? access(Message.linkOutside) : .ignored
        case .special: return looksLikeYAML ? access(Message.specialFile) : .ignored
        case .file:
            switch FilePlace.of(entry.path) {
            case .kind(let kind, let id, let division):
                return .file(RegistryFile(path: entry.path, kind: kind, id: id, division: division))
            case .stray:
                return .finding(Diagnostic(file: entry.path, range: .fileStart, rule: .strayFile, message: Message.strayFile))
            case .ignored:
                return .ignored
            }
        }
    }

    /// The findings among `classes`, in order.
    static func findings(_ classes: [EntryClass]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for index in classes.indices {
            if case .finding(let diagnostic) = classes[index] { found.append(diagnostic) }
        }
        return found
    }

    var isFile: Bool {
        if case .file = self { true } else { false }
    }

    /// The files of `classes`, in order, moved out on all cores (each leaves `.ignored` behind), so
    /// that no file's strings are retained or released one by one on a single thread.
    static func takeFiles(_ classes: inout [EntryClass]) -> [RegistryFile] {
        var places: [Int] = []
        places.reserveCapacity(classes.count)
        for index in classes.indices where classes[index].isFile { places.append(index) }
        return classes.withUnsafeMutableBufferPointer { buffer in
            // Each place is taken by exactly one worker, and the buffer outlives the map.
            nonisolated(unsafe) let items = buffer
            return places.parallelMap { index in
                guard case .file(let file) = items[index] else { return RegistryFile(path: "", kind: .matter, id: "", division: nil) }
                items[index] = .ignored
                return file
            }
        }
    }
}
