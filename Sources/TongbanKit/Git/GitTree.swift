/// Git's binary tree object format: entries of `<octal mode> <name>\0<raw object id>`.
enum GitTree {
    /// The regular files (modes 100644 and 100755) directly in a tree, by name.
    static func regularFiles(_ bytes: [UInt8], idLength: Int) -> [String: ObjectID] {
        let digits = Array("0123456789abcdef".utf8)
        var files: [String: ObjectID] = [:]
        var index = 0
        while index < bytes.count {
            guard let space = bytes[index...].firstIndex(of: 32),
                  let nul = bytes[space...].firstIndex(of: 0), nul + idLength < bytes.count else { break }
            let mode = bytes[index..<space]
            let idBytes = bytes[(nul + 1)...(nul + idLength)]
            index = nul + 1 + idLength
            guard mode.elementsEqual("100644".utf8) || mode.elementsEqual("100755".utf8) else { continue }
            var hex: [UInt8] = []
            hex.reserveCapacity(idLength * 2)
            for byte in idBytes {
                hex.append(digits[Int(byte >> 4)])
                hex.append(digits[Int(byte & 0x0F)])
            }
            if let id = ObjectID(hex: String(decoding: hex, as: UTF8.self)) {
                files[String(decoding: bytes[(space + 1)..<nul], as: UTF8.self)] = id
            }
        }
        return files
    }
}
