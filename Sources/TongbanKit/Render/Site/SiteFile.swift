/// One file of the catalogue site: a path inside the output folder and its text.
public struct SiteFile: Sendable, Hashable {
    /// A `/`-separated relative path whose parts are all registry ids or fixed names.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
