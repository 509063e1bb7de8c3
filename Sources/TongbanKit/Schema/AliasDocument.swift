/// `docs/aliases.md`, generated from `Vocabulary.all` so the documented aliases are exactly the
/// accepted ones. A test keeps the committed file in step (`TONGBAN_UPDATE_GOLDEN=1` rewrites it).
public enum AliasDocument {
    public static func markdown() -> String {
        var out = """
            # 取值与别称 / Terms and aliases

            Generated from `Sources/TongbanKit/Schema/Vocabulary.swift` (`Vocabulary.all`); do not
            edit by hand. 由 Vocabulary.swift 生成，请勿手改。

            Each enumeration accepts its terms and the aliases listed here. An alias is valid but
            not canonical: `tongban lint` reports it as `non-canonical` and `tongban fmt` rewrites
            it to its term. Values are compared after text normalization (white space, full-width
            letters and digits), so `纸质＋电子` is the alias `纸质+电子`.

            各枚举字段接受下列规范取值及别称。别称有效但不规范：lint 报 non-canonical，fmt 改为规范取值。


            """
        for vocabulary in Vocabulary.all {
            out += "## \(vocabulary.name) — \(vocabulary.summary.zh) / \(vocabulary.summary.en)\n\n"
            out += "| 规范取值 term | 别称 aliases |\n|---|---|\n"
            for term in vocabulary.terms {
                let aliases = vocabulary.aliases(of: term).map { "`\($0)`" }.joined(separator: "、")
                out += "| `\(term)` | \(aliases.isEmpty ? "—" : aliases) |\n"
            }
            out += "\n"
        }
        out += """
            ## Durations / 时限

            Besides the `immediate` aliases above, a time limit is read in any of these spellings and
            written `N个工作日`, `N个自然日` or `即办`: `5个工作日`, `五个工作日`, `5 个工作日`,
            `5工作日`, `５个工作日`, `5个工作日内`, `{days: 5, unit: 工作日}`. Chinese numerals run from
            零 to 九千九百九十九 (`十五`, `二十`, `九十九`, `两`, `一百零五`).

            ## Material names / 材料名称

            A material name listed as a synonym in `catalog/materials.yaml` is rewritten to the
            canonical name it is listed under; that table is part of the registry, not of tongban.

            """
        return out
    }
}
