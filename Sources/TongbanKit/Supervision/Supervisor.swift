/// Computes the 日常监督 report from a loaded registry.
///
/// The regions supervised for a list are its `regions` when it names them (区域 / 点对点 lists);
/// otherwise every county-level division (a GB/T 2260 code not ending in `00`) below the
/// registry's jurisdiction in `catalog/divisions.yaml`, together with every division that has a
/// `regions/<code>/` folder. A county with no implementations at all is exactly the one to show,
/// so the folders alone are not enough.
public enum Supervisor {
    public static func report(_ registry: Registry, asOf: CalendarDate) -> SupervisionReport {
        let defaultRegions = regions(of: registry)
        let implemented = Set(registry.implementations.map { "\($0.division)/\($0.matterID)" })
        let lists = registry.lists.sorted { $0.id < $1.id }.map { list -> SupervisionReport.ListProgress in
            let codes = list.regions.isEmpty ? defaultRegions : unique(list.regions.map(\.value))
            let batches = groups(list).map { id, entries -> SupervisionReport.BatchProgress in
                let batch = id.flatMap(list.batch)
                let due = batch?.dueDate
                let pastDue = due.map { asOf > $0 } ?? false
                let progress = codes.map { code -> SupervisionReport.RegionProgress in
                    let missing = entries.filter { !implemented.contains("\(code)/\($0)") }
                    return SupervisionReport.RegionProgress(
                        division: code, name: registry.catalog.division(code)?.name?.value ?? code,
                        implemented: entries.count - missing.count,
                        overdue: pastDue ? missing.map { SupervisionReport.OverdueMatter(matter: $0, name: registry.matter($0)?.displayName ?? $0) } : [])
                }
                return SupervisionReport.BatchProgress(id: id, name: batch?.name?.value, due: due, isPastDue: pastDue, entries: entries, regions: progress)
            }
            return SupervisionReport.ListProgress(id: list.id, name: list.displayName, batches: batches)
        }
        let errors = registry.diagnostics.count { $0.severity == .error }
        var report = SupervisionReport(asOf: asOf, lists: lists, registryErrors: errors)
        var supervised = Set(defaultRegions)
        for list in lists { for batch in list.batches { supervised.formUnion(batch.regions.map(\.division)) } }
        report.services = supervised.sorted().map { code in
            let region = registry.region(code)
            return SupervisionReport.RegionServices(
                division: code, name: registry.catalog.division(code)?.name?.value ?? code,
                hasTongbanWindow: !(region?.windows.isEmpty ?? true), hasAssistance: region?.assistance != nil)
        }
        return report
    }

    /// The regions supervised when a list names none, by code.
    static func regions(of registry: Registry) -> [String] {
        var codes = Set(registry.implementations.map(\.division) + registry.regions.map(\.division))
        let jurisdiction = registry.manifest?.jurisdiction?.value ?? ""
        var area = Substring(jurisdiction)
        while area.hasSuffix("00") { area = area.dropLast(2) }
        for division in registry.catalog.divisions {
            let code = division.code.value
            if !code.hasSuffix("00") && code.hasPrefix(area) { codes.insert(code) }
        }
        return codes.sorted()
    }

    /// The list's entries by batch: declared batches in order (even when empty), then batches the
    /// list does not declare, then entries with no batch. Each matter counts once.
    static func groups(_ list: ServiceList) -> [(String?, [String])] {
        var order: [String?] = list.batches.map { Optional($0.id.value) }
        var members: [String?: [String]] = [:]
        var seen: Set<String> = []
        for entry in list.entries where seen.insert(entry.matter.value).inserted {
            let batch = entry.batch?.value
            if !order.contains(batch) { order.append(batch) }
            members[batch, default: []].append(entry.matter.value)
        }
        if let none = order.firstIndex(of: nil) { order.append(order.remove(at: none)) }
        return order.map { ($0, members[$0] ?? []) }
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen: Set<String> = []
        return codes.filter { seen.insert($0).inserted }
    }
}
