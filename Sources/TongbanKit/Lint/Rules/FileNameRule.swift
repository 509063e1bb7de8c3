import YAMLSource

/// File and folder names that are not valid ids or divisions.
struct FileNameRule: RegistryRule {
    static let description = RuleDescription(
        id: .fileName,
        summary: Message(zh: "文件名不是有效标识、用了 .yml、地区目录不是已登记的行政区划", en: "a file name that is not a valid id, a .yml file, a region folder that is not a listed division"),
        rationale: Message(zh: "文件名就是标识，被清单、告知单和比对引用，必须稳定、规范。", en: "A file's name is its id, referenced by lists, checklists and diffs; it must be stable and regular."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [
            Example("matters/She_Bao.yaml", "↓name: 示例\nstatus: 草稿\nsources: [x]\n"),
            Example("matters/shebao.yml", "↓name: 示例\nstatus: 草稿\nsources: [x]\n"),
            Example("regions/379999/shebaoka.yaml", "↓agency: 示例机关\nsources: [示例]\n"),
            Example("matters/region.yaml", "↓name: 示例\nstatus: 草稿\nsources: [x]\n"),
        ])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        let divisions = Set(registry.catalog.divisions.map(\.code.value))
        let hasDivisions = registry.files.contains { $0.kind == .divisions }
        // Files come in path order, so a region's files follow one another: its folder is
        // checked once, not once per file.
        var lastDivision: (name: String, isListed: Bool)?
        for index in registry.files.indices {
            let file = registry.files[index]
            if hasYMLSuffix(file.path) {
                report.append(finding(file.path, Message(zh: "扩展名应为 .yaml 而不是 .yml", en: "the extension must be .yaml, not .yml")))
            }
            if file.kind == .list || file.kind == .matter || file.kind == .implementation, !Identifier.isValid(file.id) {
                report.append(finding(file.path, Message(
                    zh: "文件名“\(file.id)”不是有效标识（小写字母、数字和连字符，最长 64 个字符）",
                    en: "file name “\(file.id)” is not a valid id (lower-case letters, digits and hyphens, at most 64 characters)")))
            }
            if file.kind == .matter, file.id == FileKind.regionFileID {
                report.append(finding(file.path, Message(
                    zh: "“\(file.id)”是地区文件 regions/<区划>/region.yaml 的名称，不能用作事项标识",
                    en: "“\(file.id)” is the name of a region's own file (regions/<division>/region.yaml) and cannot be a matter id")))
            }
            if let division = file.division {
                let isListed: Bool
                if let last = lastDivision, last.name == division {
                    isListed = last.isListed
                } else {
                    // Six characters that are ASCII digits are exactly six bytes that are.
                    let isCode = division.utf8.count == 6 && division.utf8.allSatisfy(isDigitByte)
                    isListed = isCode && (!hasDivisions || divisions.contains(division))
                    lastDivision = (division, isListed)
                }
                if !isListed {
                    report.append(finding(file.path, Message(
                        zh: "地区目录“\(division)”不是 catalog/divisions.yaml 中的行政区划代码",
                        en: "region folder “\(division)” is not a division code listed in catalog/divisions.yaml")))
                }
            }
        }
    }

    /// `path.hasSuffix(".yml")`, answered from the bytes when they do not end so (no other text
    /// is canonically equivalent to `.yml`, so the characters cannot end so either).
    static func hasYMLSuffix(_ path: String) -> Bool {
        let utf8 = path.utf8
        guard utf8.count >= 4, utf8.last == UInt8(ascii: "l") else { return false }
        return path.hasSuffix(".yml")
    }

    private static func finding(_ file: String, _ message: Message) -> Diagnostic {
        Diagnostic(file: file, range: .fileStart, rule: .fileName, message: message)
    }
}
