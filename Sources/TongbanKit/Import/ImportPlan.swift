/// What `tongban import` will do, worked out in full before anything is written.
public struct ImportPlan: Sendable, Hashable {
    /// A matter file to create.
    public struct NewMatter: Sendable, Hashable {
        public var id: String
        public var name: String
        /// The path inside the registry (`matters/<id>.yaml`).
        public var path: String
        public var text: String
    }

    /// A CSV row and the matter it stands for.
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var name: String
        public var matter: String
        /// Whether the matter is created by this import.
        public var isNewMatter: Bool
    }

    public var listID: String
    public var batchID: String
    /// The list file's path inside the registry.
    public var listPath: String
    /// The list file's new text (its old text when nothing is added).
    public var listText: [UInt8]
    /// The list file's text as it was read, which must still be there when the new text is written.
    public var listOriginal: [UInt8] = []
    public var newMatters: [NewMatter]
    /// Rows whose matter is added to the list, in CSV order.
    public var added: [Row]
    /// Rows whose matter is already on the list in this batch.
    public var alreadyListed: [Row]

    /// Whether the import would leave the registry as it is.
    public var changesNothing: Bool { added.isEmpty && newMatters.isEmpty }
}
