import TongbanKit

/// What an import did, for the terminal.
enum ImportReport {
    static func render(_ plan: ImportPlan, location: RegistryLocation, csv: String, dryRun: Bool, language: Language) -> String {
        let listPath = location.display(plan.listPath)
        let rows = plan.added.count + plan.alreadyListed.count
        if plan.changesNothing {
            if rows == 0 {
                return language == .zh ? "无需更改：\(csv) 没有数据行\n" : "nothing to change: \(csv) has no rows\n"
            }
            return language == .zh
                ? "无需更改：\(csv) 的 \(rows) 项均已在 \(listPath) 的批次“\(plan.batchID)”中\n"
                : "nothing to change: \(rows == 1 ? "the 1 row" : "all \(rows) rows") of \(csv) \(rows == 1 ? "is" : "are") already in batch “\(plan.batchID)” of \(listPath)\n"
        }
        var out = ""
        for matter in plan.newMatters {
            let path = location.display(matter.path)
            out += language == .zh ? "新建 \(path)（\(matter.name)，草稿）\n" : "created \(path) (\(matter.name), 草稿)\n"
        }
        for row in plan.added {
            out += language == .zh
                ? "清单 \(listPath) 批次“\(plan.batchID)”新增 \(row.matter)（\(row.name)）\n"
                : "added \(row.matter) (\(row.name)) to \(listPath), batch “\(plan.batchID)”\n"
        }
        let prefix = dryRun ? (language == .zh ? "（试运行，未写入）" : "(dry run, nothing written) ") : ""
        out += language == .zh
            ? "\(prefix)新增清单条目 \(plan.added.count) 条，新建事项文件 \(plan.newMatters.count) 个，已在清单中 \(plan.alreadyListed.count) 项\n"
            : "\(prefix)\(count(plan.added.count, "list entry", "list entries")) added, \(count(plan.newMatters.count, "matter file", "matter files")) created, \(count(plan.alreadyListed.count, "row", "rows")) already on the list\n"
        return out
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}
