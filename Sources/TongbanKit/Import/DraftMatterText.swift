/// The text of a new `status: 草稿` matter made from a CSV row: the row's facts and nothing else.
enum DraftMatterText {
    static func render(_ row: ImportRow, csvName: String, listID: String, batchID: String) -> String {
        let origin = oneLine(csvName)
        let seq = row.seq.isEmpty ? "" : "，序号 \(row.seq)"
        var text = "# 导入自 \(origin) 第 \(row.line) 行（清单 \(listID)，批次“\(batchID)”\(seq)）\n"
        text += "name: \(ScalarEmitter.scalar(row.name, context: .block))\n"
        if !row.department.isEmpty {
            if row.departmentInferred {
                text += "# 推断：主管部门按职能推断（department_inferred: yes），依据见 sources\n"
            }
            text += "department: \(ScalarEmitter.scalar(row.department, context: .block))\n"
        }
        text += "# 草稿：事项类型、设定依据、通办模式、受理条件、申请材料、时限、收费、结果、流程待查实后补入。\n"
        text += "status: 草稿\n"
        text += "sources:\n"
        text += "  - \(ScalarEmitter.doubleQuoted(row.source))\n"
        return text
    }

    /// A file name fit for a one-line comment.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
