import YAMLSource

/// The key path of the node at a position of a document, the anchor a baseline entry keeps
/// instead of a line number: `materials[居民身份证].copies`. A list item is named by its `name`,
/// `id`, `matter` or `code` when it has one, else by its index; a finding about the whole file
/// has the empty path.
public enum KeyPath {
    static let itemNames = ["name", "id", "matter", "code"]

    public static func at(_ range: SourceRange, in root: Node?) -> String {
        guard let root, !(range.start == range.end && range.start.offset == 0) else { return "" }
        let position = range.start
        var path = ""
        var node = root
        descending: while true {
            switch node.content {
            case .mapping(let pairs):
                for pair in pairs {
                    let key = pair.key.text ?? "?"
                    if contains(pair.key.range, position) {
                        append(key, to: &path)
                        break descending
                    }
                    if contains(pair.value.range, position) {
                        append(key, to: &path)
                        node = pair.value
                        continue descending
                    }
                }
                break descending
            case .sequence(let items):
                for (index, item) in items.enumerated() where contains(item.range, position) {
                    path += "[\(label(of: item) ?? String(index))]"
                    node = item
                    continue descending
                }
                break descending
            case .scalar, .alias:
                break descending
            }
        }
        return path
    }

    private static func label(of item: Node) -> String? {
        for name in itemNames {
            if let text = item[name]?.scalar?.value, !text.isEmpty { return text }
        }
        return nil
    }

    private static func append(_ key: String, to path: inout String) {
        path += path.isEmpty ? key : "." + key
    }

    private static func contains(_ range: SourceRange, _ position: Mark) -> Bool {
        guard !(position < range.start) else { return false }
        return position < range.end || (range.start == range.end && position == range.start)
    }
}
