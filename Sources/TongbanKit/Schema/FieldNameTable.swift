/// The key ↔ Chinese name table of CONTRIBUTING, generated from the schemas (a test keeps the
/// document in step): the names an unknown key is matched against for its did-you-mean.
public enum FieldNameTable {
    /// The file kinds shown, each with the path its keys are written under.
    private static let kinds: [(title: String, schema: ObjectSchema)] = [
        ("事项标准 `matters/<标识>.yaml`", Schemas.matter),
        ("实施清单 `regions/<区划代码>/<事项标识>.yaml`", Schemas.implementation),
        ("地区文件 `regions/<区划代码>/region.yaml`", Schemas.region),
        ("清单 `lists/<标识>.yaml`", Schemas.list),
    ]

    /// The table in Markdown: one section per file kind, a row per key (nested keys as
    /// `time_limit.promised`, keys of list items as `materials[].name`).
    public static func markdown() -> String {
        var out = ""
        for (title, schema) in kinds {
            out += "\(title)：\n\n| 键 | 中文名称 | 也认作 |\n|---|---|---|\n"
            for row in rows(schema, prefix: "") { out += row + "\n" }
            out += "\n"
        }
        return out
    }

    private static func rows(_ schema: ObjectSchema, prefix: String) -> [String] {
        var rows: [String] = []
        for field in schema.fields {
            let key = prefix + field.key
            let others = field.names.dropFirst().joined(separator: "、")
            rows.append("| `\(key)` | \(field.names.first ?? "") | \(others) |")
            switch field.type {
            case .object(let inner): rows += Self.rows(inner, prefix: key + ".")
            case .list(.object(let inner)): rows += Self.rows(inner, prefix: key + "[].")
            case .list(.scalarOrObject(_, let inner)), .scalarOrObject(_, let inner): rows += Self.rows(inner, prefix: key + "[].")
            default: break
            }
        }
        return rows
    }
}
