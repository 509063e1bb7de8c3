/// Git's binary tree object format: entries of `<octal mode> <name>\0<raw object id>`.
enum GitTree {
    /// The regular files (modes 100644 and 100755) directly in a tree, by name.
    static func regularFiles(_ bytes: [UInt8], idLength: Int) -> [String: ObjectID] {
        var files: [String: ObjectID] = [:]
        var index = 0
        while index < bytes.count {
            guard let space = bytes[index...].firstIndex(of: 32),
                  let nul = bytes[space...].firstIndex(of: 0), nul + idLength < bytes.count else { break }
            let mode = bytes[index..<space]
            let idBytes = bytes[(nul + 1)...(nul + idLength)]
            index = nul + 1 + idLength
            guard mode.elementsEqual("100644".utf8) || mode.elementsEqual("100755".utf8) else { continue }
            files[String(decoding: bytes[(space + 1)..<nul], as: UTF8.self)] = ObjectID(rawBytes: idBytes)
        }
        return files
    }
}
