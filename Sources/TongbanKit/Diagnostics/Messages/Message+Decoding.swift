import YAMLSource

// The messages of the findings the schema validator makes while it decodes one file. The rules'
// descriptions and examples are in Lint/Rules; the words for schema types are next to the types.

extension Message {
    /// `unknown-key`: with a did-you-mean when one is close enough, else every key there is.
    ///
    /// - Parameters:
    ///   - chineseName: the key is the Chinese name of the field `suggestion` (a key or a dotted
    ///     path such as `time_limit.promised`).
    ///   - explainsMissing: the required key `suggestion` is missing because of this one, and
    ///     is not reported on its own.
    static func unknownKey(_ key: String, keys: [String], suggestion: String?, chineseName: Bool = false, explainsMissing: Bool = false) -> Message {
        if let suggestion {
            let missing = explainsMissing
                ? (zh: "（必填项“\(suggestion)”因此缺失）", en: " (so the required key “\(suggestion)” is missing)") : (zh: "", en: "")
            if chineseName {
                let path = suggestion.split(separator: ".")
                let place = path.count == 2
                    ? (zh: "，写在“\(path[0])”之下（\(suggestion)）", en: ", under “\(path[0])” (\(suggestion))") : (zh: "", en: "")
                return Message(
                    zh: "未知的键“\(key)”：键名用英文，“\(key)”应写作“\(path.last ?? "")”\(place.zh)\(missing.zh)",
                    en: "unknown key “\(key)”: keys are English; “\(key)” is “\(path.last ?? "")”\(place.en)\(missing.en)")
            }
            return Message(
                zh: "未知的键“\(key)”，是否应为“\(suggestion)”？\(missing.zh)",
                en: "unknown key “\(key)”; did you mean “\(suggestion)”?\(missing.en)")
        }
        let keys = keys.joined(separator: ", ")
        return Message(zh: "未知的键“\(key)”，可用的键：\(keys)", en: "unknown key “\(key)”; the keys are: \(keys)")
    }

    /// `missing-field`: a required key that is absent; `draftRelaxes` when 草稿 would not need it.
    static func missingField(_ key: String, draftRelaxes: Bool) -> Message {
        let hint = draftRelaxes ? (zh: "（尚未查实可将 status 设为 草稿）", en: " (set status: 草稿 while it is not sourced)") : (zh: "", en: "")
        return Message(zh: "缺少必填项“\(key)”\(hint.zh)", en: "missing required key “\(key)”\(hint.en)")
    }

    /// `missing-field`: a required key with no value.
    static func emptyField(_ key: String) -> Message {
        Message(zh: "必填项“\(key)”的值为空", en: "required key “\(key)” has no value")
    }

    /// `missing-field`: a file with no document.
    static let emptyFile = Message(zh: "文件为空", en: "the file is empty")

    /// `invalid-type`: `found` where `wanted` belongs (both as nouns: “文本” / “text”).
    static func invalidType(found: Message, wanted: Message) -> Message {
        Message(zh: "这里需要\(wanted.zh)，实际是\(found.zh)", en: "expected \(wanted.en), found \(found.en)")
    }

    /// What a node is, as `invalidType(found:wanted:)` says it.
    static func nodeKind(_ node: Node) -> Message {
        switch node.content {
        case .scalar: Message(zh: "文本", en: "text")
        case .sequence: Message(zh: "列表", en: "a list")
        case .mapping: Message(zh: "映射", en: "a mapping")
        case .alias: Message(zh: "别名", en: "an alias")
        }
    }

    /// `regional-difference`: an implementation setting a standard element.
    static func regionalDifference(_ key: String) -> Message {
        Message(
            zh: "实施清单不得设置标准要素“\(key)”：同一事项须无差别受理，请在 matters/ 的事项标准中修改",
            en: "an implementation may not set the standard element “\(key)”: the matter is accepted the same way everywhere; change it in the standard under matters/")
    }

    /// `ambiguous-scalar`: a plain scalar YAML 1.1 reads as `reading` (a noun: “布尔值” / “a boolean”).
    static func ambiguousScalar(_ text: String, readsAs reading: Message) -> Message {
        Message(
            zh: "“\(text)”会被 YAML 1.1 读成\(reading.zh)，这里需要文本，请加引号：\"\(text)\"",
            en: "“\(text)” reads as \(reading.en) in YAML 1.1 but text is wanted here; quote it: \"\(text)\"")
    }

    /// `non-canonical`: a valid value not in its canonical form.
    static func nonCanonical(_ original: String, _ canonical: String) -> Message {
        Message(zh: "“\(original)” → “\(canonical)”（规范写法，tongban fmt 可修正）", en: "“\(original)” → “\(canonical)” (tongban fmt fixes it)")
    }

    /// `non-canonical`: a material written under a synonym of its catalogue name.
    static func materialSynonym(_ original: String, _ name: String) -> Message {
        Message(
            zh: "“\(original)” → “\(name)”：catalog/materials.yaml 中的规范材料名称是“\(name)”（tongban fmt 可修正）",
            en: "“\(original)” → “\(name)”: the canonical material name in catalog/materials.yaml is “\(name)” (tongban fmt fixes it)")
    }
}
