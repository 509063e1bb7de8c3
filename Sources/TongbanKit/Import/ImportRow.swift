/// One row of a published list, read from the seeds CSV format
/// `seq,name,department,department_inferred,list,batch,due,source`.
struct ImportRow: Sendable, Hashable {
    var line: Int
    var seq: String
    /// The name in canonical text form.
    var name: String
    var department: String
    var departmentInferred: Bool
    var list: String
    var batch: String
    var due: String
    var source: String

    /// The columns a CSV must have, in the seeds' order.
    static let columns = ["seq", "name", "department", "department_inferred", "list", "batch", "due", "source"]

    /// Maps the header's columns to their positions; every column must be there exactly once.
    static func columnIndex(_ header: CSVRecord) -> Result<[String: Int], ImportFailure> {
        var index: [String: Int] = [:]
        var problems: [ImportProblem] = []
        for (position, raw) in header.fields.enumerated() {
            let name = TextNormalizer.normalize(raw)
            if index[name] != nil {
                problems.append(ImportProblem(line: header.line, Message(zh: "列“\(name)”重复", en: "column “\(name)” appears twice")))
            } else if !columns.contains(name) {
                let hint = Suggestion.nearest(to: name, in: columns)
                problems.append(ImportProblem(line: header.line, Message(
                    zh: "未知列“\(name)”\(hint.map { "，是否应为“\($0)”？" } ?? "")（应有的列：\(columns.joined(separator: ","))）",
                    en: "unknown column “\(name)”\(hint.map { "; did you mean “\($0)”?" } ?? "") (the columns are \(columns.joined(separator: ",")))")))
            }
            index[name] = position
        }
        let missing = columns.filter { index[$0] == nil }
        if !missing.isEmpty {
            problems.append(ImportProblem(line: header.line, Message(
                zh: "缺少列：\(missing.joined(separator: "、"))（应有的列：\(columns.joined(separator: ","))）",
                en: "missing column\(missing.count > 1 ? "s" : ""): \(missing.joined(separator: ", ")) (the columns are \(columns.joined(separator: ",")))")))
        }
        return problems.isEmpty ? .success(index) : .failure(ImportFailure(problems))
    }

    /// Reads a record against the header: the row (unless its fields do not fit the header) and
    /// the problems found in its own fields.
    static func read(_ record: CSVRecord, columns index: [String: Int], width: Int) -> (row: ImportRow?, problems: [ImportProblem]) {
        guard record.fields.count == width else {
            return (nil, [ImportProblem(line: record.line, Message(
                zh: "有 \(record.fields.count) 个字段，表头有 \(width) 列", en: "has \(record.fields.count) fields, the header has \(width)"))])
        }
        func field(_ name: String) -> String {
            index[name].map { TextNormalizer.normalize(record.fields[$0]) } ?? ""
        }
        var problems: [ImportProblem] = []
        func problem(_ zh: String, _ en: String) {
            problems.append(ImportProblem(line: record.line, Message(zh: zh, en: en)))
        }
        let name = field("name")
        if name.isEmpty { problem("事项名称（name）为空", "the name is empty") }
        let seq = field("seq")
        if !seq.isEmpty && !seq.allSatisfy(\.isASCIIDigit) { problem("序号（seq）“\(seq)”不是数字", "seq “\(seq)” is not a number") }
        let department = field("department")
        let inferredText = field("department_inferred").lowercased()
        let inferred = inferredText == "yes"
        if !["", "yes", "no"].contains(inferredText) {
            problem("department_inferred 应为 yes、no 或留空，而不是“\(field("department_inferred"))”",
                    "department_inferred must be yes, no or empty, not “\(field("department_inferred"))”")
        } else if inferred && department.isEmpty {
            problem("department_inferred 为 yes，但主管部门（department）为空", "department_inferred is yes but the department is empty")
        }
        let due = field("due")
        if !due.isEmpty && CalendarDate(parsing: due) == nil {
            problem("期限（due）“\(due)”不是有效日期，应写作 YYYY-MM-DD", "due “\(due)” is not a valid date; write YYYY-MM-DD")
        }
        let source = field("source")
        if source.isEmpty { problem("来源（source）为空：每一行都要有来源", "the source is empty: every row needs its source") }
        let row = ImportRow(line: record.line, seq: seq, name: name, department: department, departmentInferred: inferred,
                            list: field("list"), batch: field("batch"), due: due, source: source)
        return (row, problems)
    }
}
