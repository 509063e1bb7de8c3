import YAMLSource

/// Plans the import of a published list (a CSV in the seeds format) into one list and batch of a
/// registry. Everything is checked first; a plan is returned only when every row is sound.
///
/// Each row's matter is found by name (`MatterNameKey`) among the existing matters; a row with
/// no such matter gets a new `status: 草稿` matter holding the row's facts, under an id from
/// `MatterIDMaker`. Every matter not yet on the list is added to it in the given batch.
public enum ListImporter {
    /// What to import and from where.
    public struct Request: Sendable {
        public var csv: [UInt8]
        /// The CSV's file name, quoted in the comment at the top of each new matter file.
        public var csvName: String
        public var listID: String
        public var batchID: String

        public init(csv: [UInt8], csvName: String, listID: String, batchID: String) {
            self.csv = csv
            self.csvName = csvName
            self.listID = listID
            self.batchID = batchID
        }
    }

    /// Reads the registry from `source` and plans the import.
    /// - Throws: `RunFailure` when the registry cannot be listed; `ImportFailure` with every
    ///   problem found when the CSV or the request is not sound.
    public static func plan(_ request: Request, source: any RegistrySource) throws -> ImportPlan {
        let registry = try RegistryLoader.load(from: source)
        return try plan(request, registry: registry, source: source)
    }

    /// Plans the import into an already loaded `registry`; `source` is read for the list's text.
    public static func plan(_ request: Request, registry: Registry, source: any RegistrySource) throws -> ImportPlan {
        let records: [CSVRecord]
        switch CSVParser.parse(request.csv) {
        case .success(let r): records = r
        case .failure(let problem): throw ImportFailure([problem])
        }
        guard let header = records.first else {
            throw ImportFailure([ImportProblem(line: nil, Message(zh: "CSV 文件为空（没有表头）", en: "the CSV file is empty (no header)"))])
        }
        let columns: [String: Int]
        switch ImportRow.columnIndex(header) {
        case .success(let index): columns = index
        case .failure(let failure): throw failure
        }

        var problems: [ImportProblem] = []
        let target = Target(request, registry, &problems)
        var rows: [ImportRow] = []
        var firstLineOfName: [String: Int] = [:]
        for record in records.dropFirst() {
            let (row, found) = ImportRow.read(record, columns: columns, width: header.fields.count)
            problems += found
            guard let row else { continue }
            problems += target.check(row)
            if !row.name.isEmpty {
                let key = MatterNameKey.of(row.name)
                if let first = firstLineOfName[key] {
                    problems.append(ImportProblem(line: row.line, Message(
                        zh: "事项“\(row.name)”与第 \(first) 行重复", en: "“\(row.name)” repeats line \(first)")))
                } else {
                    firstLineOfName[key] = row.line
                }
            }
            rows.append(row)
        }

        let matched = match(rows, registry: registry, target: target, problems: &problems)
        guard problems.isEmpty, let list = target.list, let listFile = target.listFile else {
            // Problems of the command line first, then by line; found order within a line.
            throw ImportFailure(problems.enumerated()
                .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
                .map(\.element))
        }

        var taken = Set(registry.files.filter { $0.kind == .matter }.map(\.id))
        var plan = ImportPlan(listID: list.id, batchID: request.batchID, listPath: listFile.path, listText: [],
                              newMatters: [], added: [], alreadyListed: [])
        for (row, existing) in matched {
            switch existing {
            case .listed(let id):
                plan.alreadyListed.append(ImportPlan.Row(line: row.line, name: row.name, matter: id, isNewMatter: false))
            case .unlisted(let id):
                plan.added.append(ImportPlan.Row(line: row.line, name: row.name, matter: id, isNewMatter: false))
            case .none:
                let id = MatterIDMaker.unique(MatterIDMaker.base(for: row.name), taken: taken)
                taken.insert(id)
                let text = DraftMatterText.render(row, csvName: request.csvName, listID: list.id, batchID: request.batchID)
                problems += refusal(of: text, id: id, row: row)
                plan.newMatters.append(ImportPlan.NewMatter(id: id, name: row.name, path: "matters/\(id).yaml", text: text))
                plan.added.append(ImportPlan.Row(line: row.line, name: row.name, matter: id, isNewMatter: true))
            }
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }

        let listBytes: [UInt8]
        do {
            listBytes = try source.read(listFile.path, limit: YAMLReader.maxFileSize)
        } catch let error as RunFailure {
            throw ImportFailure([ImportProblem(line: nil, Message(zh: "\(listFile.path)：\(error.message.zh)", en: "\(listFile.path): \(error.message.en)"))])
        }
        let entries = plan.added.map { ListEntryEditor.NewEntry(matter: $0.matter, batch: request.batchID) }
        plan.listOriginal = listBytes
        switch ListEntryEditor.insert(entries, into: listBytes, file: listFile.path) {
        case .success(let text): plan.listText = text
        case .failure(let problem): throw ImportFailure([problem])
        }
        return plan
    }

    /// The errors the registry would report in a new matter file made from `row`: an import
    /// never writes a file that lint then refuses (a 20 MB field, a character YAML cannot hold),
    /// so a later run never finds a file it cannot read under the id it would choose.
    private static func refusal(of text: String, id: String, row: ImportRow) -> [ImportProblem] {
        let file = RegistryFile(path: "matters/\(id).yaml", kind: .matter, id: id, division: nil)
        let errors = FileDecoder.decode(Array(text.utf8), as: file).diagnostics.filter { $0.severity == .error }
        guard let first = errors.first else { return [] }
        return [ImportProblem(line: row.line, Message(
            zh: "此行生成的事项文件不能通过检查（\(first.rule.rawValue)：\(first.message.zh)），未写入",
            en: "the matter file made from this row would not pass lint (\(first.rule.rawValue): \(first.message.en)); nothing was written"))]
    }

    // MARK: - The list and batch

    /// The list and batch named on the command line, as the registry has them.
    private struct Target {
        var listID: String
        var batchID: String
        var list: ServiceList?
        var listFile: RegistryFile?
        var batch: ServiceList.Batch?

        init(_ request: Request, _ registry: Registry, _ problems: inout [ImportProblem]) {
            listID = request.listID
            batchID = request.batchID
            let files = registry.files.filter { $0.kind == .list && $0.id == request.listID }
            listFile = files.first { $0.path.hasSuffix(".yaml") } ?? files.first
            list = registry.list(request.listID)
            guard let listFile else {
                let known = registry.lists.map(\.id).sorted().joined(separator: ", ")
                problems.append(ImportProblem(line: nil, Message(
                    zh: "标准库中没有清单“\(request.listID)”（lists/\(request.listID).yaml）；现有清单：\(known.isEmpty ? "无" : known)",
                    en: "the registry has no list “\(request.listID)” (lists/\(request.listID).yaml); its lists: \(known.isEmpty ? "none" : known)")))
                return
            }
            guard let list else {
                problems.append(ImportProblem(line: nil, Message(
                    zh: "\(listFile.path) 无法读取，请先用 tongban lint 修正", en: "\(listFile.path) cannot be read; fix it with tongban lint first")))
                return
            }
            batch = list.batch(request.batchID)
            if batch == nil {
                let known = list.batches.map { "“\($0.id.value)”" }.joined(separator: ", ")
                problems.append(ImportProblem(line: nil, Message(
                    zh: "清单“\(list.id)”中没有批次“\(request.batchID)”；现有批次：\(known.isEmpty ? "无" : known)",
                    en: "list “\(list.id)” has no batch “\(request.batchID)”; its batches: \(known.isEmpty ? "none" : known)")))
            }
        }

        /// The row's own list, batch and due agree with the command line and the list file.
        func check(_ row: ImportRow) -> [ImportProblem] {
            var problems: [ImportProblem] = []
            func problem(_ zh: String, _ en: String) {
                problems.append(ImportProblem(line: row.line, Message(zh: zh, en: en)))
            }
            if row.list != listID {
                problem("清单（list）“\(row.list)”与 --list \(listID) 不符", "list “\(row.list)” does not match --list \(listID)")
            }
            if row.batch != batchID {
                problem("批次（batch）“\(row.batch)”与 --batch \(batchID) 不符", "batch “\(row.batch)” does not match --batch \(batchID)")
            }
            guard let batch, let file = listFile?.path, row.due.isEmpty || CalendarDate(parsing: row.due) != nil else { return problems }
            let rowDue = CalendarDate(parsing: row.due)
            switch (batch.dueDate, rowDue) {
            case (let expected?, let given?) where expected != given:
                problem("期限（due）\(given) 与 \(file) 中批次“\(batchID)”的期限 \(expected) 不符",
                        "due \(given) does not match the due date \(expected) of batch “\(batchID)” in \(file)")
            case (let expected?, nil):
                problem("期限（due）为空，但 \(file) 中批次“\(batchID)”的期限为 \(expected)",
                        "due is empty, but batch “\(batchID)” in \(file) is due \(expected)")
            case (nil, let given?):
                problem("\(file) 中批次“\(batchID)”没有期限，但此行写了 \(given)",
                        "batch “\(batchID)” in \(file) has no due date, but the row gives \(given)")
            default:
                break
            }
            return problems
        }
    }

    // MARK: - Matching rows with matters

    private enum Existing {
        case listed(String)
        case unlisted(String)
    }

    /// Each row with the existing matter of its name (and whether it is on the list in this batch).
    private static func match(_ rows: [ImportRow], registry: Registry, target: Target, problems: inout [ImportProblem]) -> [(ImportRow, Existing?)] {
        var byName: [String: [String]] = [:]
        for matter in registry.matters {
            guard let name = matter.name?.value else { continue }
            byName[MatterNameKey.of(name), default: []].append(matter.id)
        }
        let entries = target.list?.entries ?? []
        var result: [(ImportRow, Existing?)] = []
        for row in rows where !row.name.isEmpty {
            guard let ids = byName[MatterNameKey.of(row.name)] else {
                result.append((row, nil))
                continue
            }
            guard ids.count == 1, let id = ids.first else {
                problems.append(ImportProblem(line: row.line, Message(
                    zh: "“\(row.name)”与多个事项同名：\(ids.sorted().joined(separator: "、"))",
                    en: "“\(row.name)” is the name of several matters: \(ids.sorted().joined(separator: ", "))")))
                continue
            }
            let onList = entries.filter { $0.matter.value == id }
            if onList.contains(where: { $0.batch?.value == target.batchID }) {
                result.append((row, .listed(id)))
            } else if let other = onList.first {
                let batch = other.batch.map { "“\($0.value)”" }
                problems.append(ImportProblem(line: row.line, Message(
                    zh: "“\(row.name)”（\(id)）已在清单“\(target.listID)”中，批次为\(batch ?? "空")而不是“\(target.batchID)”；改批次请手工修改清单",
                    en: "“\(row.name)” (\(id)) is already on list “\(target.listID)” \(batch.map { "in batch \($0)" } ?? "without a batch"), not “\(target.batchID)”; change its batch by hand")))
            } else {
                result.append((row, .unlisted(id)))
            }
        }
        return result
    }
}
