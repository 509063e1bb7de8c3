/// Git's binary tree object format: entries of `<octal mode> <name>\0<raw object id>`, sorted by name.
enum GitTree {
    /// One entry of a tree.
    struct Entry: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            /// A blob with a file mode (100644 or 100755).
            case file
            /// A subtree (mode 40000).
            case folder
            /// A symbolic link, a submodule, or a mode git does not write.
            case other
        }

        var name: String
        var kind: Kind
        var id: ObjectID
    }

    /// The entries of a tree, in git's order; a truncated last entry is left out.
    static func entries(_ bytes: [UInt8], idLength: Int) -> [Entry] {
        bytes.withUnsafeBytes { raw in
            var entries: [Entry] = []
            entries.reserveCapacity(raw.count / 40)
            var index = 0
            while index < raw.count {
                guard let space = raw[index...].firstIndex(of: 32),
                      let nul = raw[space...].firstIndex(of: 0), nul + idLength < raw.count else { break }
                let mode = UnsafeRawBufferPointer(rebasing: raw[index..<space])
                let kind: Entry.Kind = mode.elementsEqual("100644".utf8) || mode.elementsEqual("100755".utf8) ? .file
                    : mode.elementsEqual("40000".utf8) ? .folder : .other
                let name = String(decoding: UnsafeRawBufferPointer(rebasing: raw[(space + 1)..<nul]), as: UTF8.self)
                entries.append(Entry(name: name, kind: kind, id: ObjectID(raw: UnsafeRawBufferPointer(rebasing: raw[(nul + 1)...(nul + idLength)]))))
                index = nul + 1 + idLength
            }
            return entries
        }
    }
}
