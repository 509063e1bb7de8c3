/// The words the text and Markdown diff share, in Chinese and English.
struct DiffWording {
    let language: Language

    private var zh: Bool { language == .zh }

    func title(_ report: DiffReport) -> String {
        let arrow = "\(report.old.label(language)) → \(report.new.label(language))"
        return zh ? "通办清单变化：\(arrow)" : "Changes to the 通办 lists: \(arrow)"
    }

    /// The list's summary: the official notice in Chinese, counts in English.
    func summary(_ list: ListDiff) -> String {
        if zh { return list.notice }
        var text = "\(list.name) (\(list.id)): \(list.added.count) added, \(list.removed.count) removed, \(list.changed.count) changed"
        if !list.moved.isEmpty { text += ", \(list.moved.count) moved between batches" }
        return text
    }

    func unlistedSummary(_ unlisted: UnlistedDiff) -> String {
        zh ? "未列入清单的事项：新增 \(unlisted.added.count) 项，取消 \(unlisted.removed.count) 项，调整 \(unlisted.changed.count) 项"
            : "Matters on no list: \(unlisted.added.count) added, \(unlisted.removed.count) removed, \(unlisted.changed.count) changed"
    }

    func total(_ diff: RegistryDiff) -> String {
        var text = zh
            ? "合计：新增 \(diff.addedCount) 项，取消 \(diff.removedCount) 项，调整 \(diff.changedCount) 项"
            : "In all: \(diff.addedCount) added, \(diff.removedCount) removed, \(diff.changedCount) changed"
        if diff.movedCount > 0 { text += zh ? "，调整批次 \(diff.movedCount) 项" : ", \(diff.movedCount) moved between batches" }
        if !diff.unlisted.isEmpty { text += zh ? "；未列入清单的事项 \(diff.unlisted.count) 项" : "; \(diff.unlisted.count) on no list" }
        return text
    }

    /// Says what was compared: implementations (`regions/`) are not standards and are not compared.
    var noDifferences: String {
        zh ? "清单和事项标准均无变化（各地实施信息 regions/ 不在比较范围内）"
            : "no differences in the lists or the matters' standards (implementations under regions/ are not compared)"
    }
    var added: String { zh ? "新增" : "added" }
    var removed: String { zh ? "取消" : "removed" }
    var changed: String { zh ? "调整" : "changed" }
    var moved: String { zh ? "调整批次" : "moved" }
    var renamedFile: String { zh ? "更换标识" : "new id" }
    var unlistedHeading: String { zh ? "未列入清单的事项" : "Matters on no list" }
    var diagnosticsHeading: String { zh ? "警告：以下文件无法解析，未参与比较，结果不完整" : "Warning: these files could not be parsed and were left out; the comparison is incomplete" }
    var matterHeading: String { zh ? "事项" : "matter" }
    var nameHeading: String { zh ? "名称" : "name" }
    var detailHeading: String { zh ? "说明" : "details" }
    var changeHeading: String { zh ? "变化" : "change" }

    func side(_ side: DiffSide) -> String {
        switch side {
        case .old: zh ? "旧" : "old"
        case .new: zh ? "新" : "new"
        }
    }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: zh ? "错误" : "error"
        case .warning: zh ? "警告" : "warning"
        }
    }

    func batch(_ batch: String?) -> String {
        guard let batch else { return zh ? "未分批" : "no batch" }
        return zh ? "批次 \(batch)" : "batch \(batch)"
    }

    /// `原标识 old-id，标准未变` / `was old-id; same standard`.
    func rename(_ rename: MatterRename) -> String {
        zh ? "原标识 \(rename.from)，标准未变" : "was \(rename.from); same standard"
    }

    func move(_ move: BatchMove) -> String {
        "\(batch(move.from)) → \(batch(move.to))"
    }

    /// The changed fields, by their labels.
    func fields(_ change: MatterChange) -> String {
        change.fields.map(field).joined(separator: zh ? "、" : ", ")
    }

    func field(_ key: String) -> String {
        guard zh else { return String(key.map { $0 == "_" ? " " : $0 }) }
        return Self.chineseFields[key] ?? key
    }

    private static let chineseFields = [
        "name": "事项名称", "catalog_code": "基本编码", "type": "事项类型", "department": "业务主管部门",
        "status": "事项状态", "basis": "设定依据", "modes": "通办模式", "audience": "服务对象",
        "conditions": "受理条件", "situations": "情形", "materials": "申请材料", "time_limit": "办结时限",
        "visits": "到办事现场次数", "fee": "收费", "result": "办理结果", "process": "办理流程", "transfer": "材料流转方式",
    ]

    /// One line per detail: the rename, the materials added/removed/changed, the time limits.
    func details(_ change: MatterChange) -> [String] {
        let colon = zh ? "：" : ": "
        let list = zh ? "、" : ", "
        let part = zh ? "；" : "; "
        var lines: [String] = []
        if let rename = change.renamed {
            lines.append((zh ? "更名" : "renamed") + colon + "\(rename.from) → \(rename.to)")
        }
        if let materials = change.materials {
            var parts: [String] = []
            if !materials.added.isEmpty { parts.append((zh ? "新增 " : "added ") + materials.added.joined(separator: list)) }
            if !materials.removed.isEmpty { parts.append((zh ? "取消 " : "removed ") + materials.removed.joined(separator: list)) }
            if !materials.changed.isEmpty { parts.append((zh ? "变更 " : "changed ") + materials.changed.joined(separator: list)) }
            if parts.isEmpty { parts.append(zh ? "顺序调整" : "reordered") }
            lines.append(field("materials") + colon + parts.joined(separator: part))
        }
        if let limit = change.timeLimit {
            let none = zh ? "无" : "none"
            var parts: [String] = []
            if limit.old.statutory != limit.new.statutory {
                parts.append((zh ? "法定 " : "statutory ") + "\(limit.old.statutory ?? none) → \(limit.new.statutory ?? none)")
            }
            if limit.old.promised != limit.new.promised {
                parts.append((zh ? "承诺 " : "promised ") + "\(limit.old.promised ?? none) → \(limit.new.promised ?? none)")
            }
            if parts.isEmpty { parts.append(zh ? "说明变更" : "note changed") }
            lines.append(field("time_limit") + colon + parts.joined(separator: part))
        }
        // Every other changed value, old → new (the name and the time limits are said above).
        let none = zh ? "无" : "none"
        for value in change.values where value.field != "name" && !value.field.hasPrefix("time_limit.") {
            lines.append(valueField(value.field) + colon + "\(value.old ?? none) → \(value.new ?? none)")
        }
        return lines
    }

    /// A value's key path as shown: a top-level field by its name; `materials[X].copies` and
    /// `result.name` with the field's name in front.
    func valueField(_ path: String) -> String {
        guard let split = path.firstIndex(where: { $0 == "." || $0 == "[" }) else { return field(path) }
        return field(String(path[..<split])) + String(path[split...])
    }

    func diagnostic(_ found: SideDiagnostic, _ report: DiffReport) -> (side: String, place: String, text: String) {
        let d = found.diagnostic
        let place = "\(report.endpoint(found.side).display(d.file)):\(d.range.start.line):\(d.range.start.column)"
        return (side(found.side), place, "\(severity(d.severity)): \(d.message.text(language))")
    }

    // MARK: - The list itself

    /// One line per change to the list's own fields and batches.
    func adjustments(_ adjustment: ListAdjustment) -> [String] {
        var lines: [String] = []
        if !adjustment.fields.isEmpty {
            let names = adjustment.fields.map(listField)
            lines.append(zh ? "清单\(names.joined(separator: "、"))已修改" : "list \(names.joined(separator: ", ")) changed")
        }
        for batch in adjustment.batchesAdded {
            lines.append(zh ? "新增批次 \(batchLabel(batch))" : "batch added: \(batchLabel(batch))")
        }
        for batch in adjustment.batchesRemoved {
            lines.append(zh ? "取消批次 \(batchLabel(batch))" : "batch removed: \(batchLabel(batch))")
        }
        for change in adjustment.batchesChanged {
            var parts: [String] = []
            if change.old.due != change.new.due {
                let (from, to) = (change.old.due ?? none, change.new.due ?? none)
                parts.append(zh ? "期限 \(from) → \(to)" : "due \(from) → \(to)")
            }
            if change.old.name != change.new.name {
                let (from, to) = (change.old.name ?? none, change.new.name ?? none)
                parts.append(zh ? "名称 \(from) → \(to)" : "name \(from) → \(to)")
            }
            lines.append((zh ? "批次 \(change.new.id)：" : "batch \(change.new.id): ") + parts.joined(separator: zh ? "，" : ", "))
        }
        return lines
    }

    private var none: String { zh ? "无" : "none" }

    private func batchLabel(_ batch: ListAdjustment.BatchState) -> String {
        guard let due = batch.due else { return batch.id }
        return zh ? "\(batch.id)（期限 \(due)）" : "\(batch.id) (due \(due))"
    }

    private func listField(_ key: String) -> String {
        guard zh else { return key }
        return ["name": "名称", "scope": "通办范围", "regions": "参与地区", "basis": "设立依据"][key] ?? key
    }
}
