/// A libyaml position as libyaml reports it: 0-based, `index` counting characters
/// (Unicode scalars after the byte-order mark), not bytes.
struct RawMark: Sendable, Hashable {
    var index: Int
    var line: Int
    var column: Int
}
