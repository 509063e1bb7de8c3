import TongbanKit

/// What an import did, for the terminal.
enum ImportSummary {
    static func render(_ plan: ImportPlan, location: RegistryLocation, csv: String, dryRun: Bool, language: Language) -> String {
        let listPath = location.display(plan.listPath)
        let rows = plan.added.count + plan.alreadyListed.count
        if plan.changesNothing {
            let message = rows == 0 ? Message.noRows(csv) : Message.allListed(rows, csv: csv, list: listPath, batch: plan.batchID)
            return message.text(language) + "\n"
        }
        var lines: [Message] = []
        for matter in plan.newMatters {
            lines.append(.created(location.display(matter.path), name: matter.name))
        }
        for row in plan.added {
            lines.append(.added(row.matter, name: row.name, list: listPath, batch: plan.batchID))
        }
        lines.append(.importSummary(plan, dryRun: dryRun))
        return lines.map { $0.text(language) + "\n" }.joined()
    }
}

private extension Message {
    static func noRows(_ csv: String) -> Message {
        Message(zh: "无需更改：\(csv) 没有数据行", en: "nothing to change: \(csv) has no rows")
    }

    static func allListed(_ rows: Int, csv: String, list: String, batch: String) -> Message {
        Message(
            zh: "无需更改：\(csv) 的 \(rows) 项均已在 \(list) 的批次“\(batch)”中",
            en: "nothing to change: \(rows == 1 ? "the 1 row" : "all \(rows) rows") of \(csv) \(rows == 1 ? "is" : "are") already in batch “\(batch)” of \(list)")
    }

    static func created(_ path: String, name: String) -> Message {
        Message(zh: "新建 \(path)（\(name)，草稿）", en: "created \(path) (\(name), 草稿)")
    }

    static func added(_ matter: String, name: String, list: String, batch: String) -> Message {
        Message(zh: "清单 \(list) 批次“\(batch)”新增 \(matter)（\(name)）", en: "added \(matter) (\(name)) to \(list), batch “\(batch)”")
    }

    static func importSummary(_ plan: ImportPlan, dryRun: Bool) -> Message {
        let (added, created, listed) = (plan.added.count, plan.newMatters.count, plan.alreadyListed.count)
        return Message(
            zh: (dryRun ? "（试运行，未写入）" : "") + "新增清单条目 \(added) 条，新建事项文件 \(created) 个，已在清单中 \(listed) 项",
            en: (dryRun ? "(dry run, nothing written) " : "")
                + "\(count(added, "list entry", "list entries")) added, \(count(created, "matter file", "matter files")) created, \(count(listed, "row", "rows")) already on the list")
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}
