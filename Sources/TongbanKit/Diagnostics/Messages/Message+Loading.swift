// The messages of the findings a registry source and the loader make: files that cannot be
// read, files where no kind belongs, the manifest's schema version. The rules' descriptions are
// in Lint/Rules.

extension Message {
    /// `file-access`: the source failed to read the file.
    static func unreadable(_ zh: String, _ en: String) -> Message {
        Message(zh: "无法读取文件：\(zh)", en: "cannot read the file: \(en)")
    }

    static let linkOutside = Message(zh: "符号链接指向标准库之外或无法解析，未读取", en: "symbolic link points outside the registry or cannot be resolved; not read")
    static let linkedDirectory = Message(zh: "指向目录的符号链接不予跟随", en: "symbolic links to folders are not followed")
    static let directory = Message(zh: "这是一个目录，不是 YAML 文件", en: "this is a folder, not a YAML file")
    static let specialFile = Message(zh: "不是普通文件，未读取", en: "not a regular file; not read")

    /// `stray-file`: a YAML file where no kind of file belongs.
    static let strayFile = Message(
        zh: "此处不应有 YAML 文件（应为 registry.yaml、lists/、matters/、regions/<区划代码>/ 或 catalog/ 下的文件）",
        en: "no kind of file belongs here (expected registry.yaml, lists/, matters/, regions/<division>/ or catalog/)")

    /// `schema-version`: a manifest newer than the `supported` schema.
    static func newerSchema(_ version: Int, supported: Int) -> Message {
        Message(
            zh: "标准库的 schema 版本为 \(version)，本工具只支持到 \(supported)，请升级 tongban；其余文件未检查",
            en: "the registry has schema \(version) but this tongban reads up to \(supported); upgrade tongban. No other file was checked")
    }

    /// `schema-version`: no `registry.yaml`.
    static let missingManifest = Message(zh: "缺少 registry.yaml（标准库根目录的清单文件）", en: "registry.yaml (the registry's manifest at its root) is missing")
}
