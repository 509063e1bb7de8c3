/// Computes the 日常监督 report from a loaded registry.
///
/// The regions supervised for a list are its `regions` when it names them (区域 / 点对点 lists);
/// otherwise every county-level division (a GB/T 2260 code not ending in `00`) below the
/// registry's jurisdiction in `catalog/divisions.yaml`, together with every division that has a
/// `regions/<code>/` folder. A county with no implementations at all is exactly the one to show,
/// so the folders alone are not enough.
///
/// A cancelled matter (取消) is to be implemented nowhere: it is neither due nor overdue. A file
/// that could not be read is a finding; a list that could not be read is left out, and an entry
/// whose implementation could not be read is neither implemented nor overdue. Work is linear in
/// regions × entries: every lookup goes through a dictionary built once.
public enum Supervisor {
    /// The whole report.
    public static func report(_ registry: Registry, asOf: CalendarDate) -> SupervisionReport {
        Build(registry).report(asOf: asOf, filter: SupervisionFilter(), region: nil)
    }

    /// The report limited by `filter`.
    /// - Throws: `RunFailure` when the filter names a list, region or batch the registry lacks.
    public static func report(_ registry: Registry, asOf: CalendarDate, filter: SupervisionFilter) throws -> SupervisionReport {
        let build = Build(registry)
        if let list = filter.list, !registry.lists.contains(where: { $0.id == list }) {
            throw RunFailure(Message(zh: "标准库中没有清单 \(list)", en: "no list '\(list)' in the registry"))
        }
        var region: String?
        if let wanted = filter.region {
            guard let code = build.division(named: wanted) else {
                throw RunFailure(Message(zh: "没有受监督的地区 \(wanted)（给出区划代码或名称）", en: "no supervised region '\(wanted)' (give a division code or name)"))
            }
            region = code
        }
        if let batch = filter.batch {
            let lists = registry.lists.filter { filter.list == nil || $0.id == filter.list }
            guard lists.contains(where: { list in groups(list).contains { $0.0 == batch } }) else {
                throw RunFailure(Message(zh: "清单中没有批次 \(batch)", en: "no batch '\(batch)' in the lists reported"))
            }
        }
        return build.report(asOf: asOf, filter: filter, region: region)
    }

    /// The regions supervised when a list names none, by code.
    static func regions(of registry: Registry) -> [String] {
        var codes = Set(registry.implementations.map(\.division) + registry.regions.map(\.division))
        for file in registry.files where file.kind == .implementation { if let d = file.division { codes.insert(d) } }
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

    /// Findings that mean a file could not be read as a whole.
    static let unreadableRules: Set<RuleID> = [.yamlSyntax, .encoding, .fileAccess, .limits, .yamlAlias]

    /// The registry indexed once for the report.
    private struct Build {
        let registry: Registry
        let matters: [String: Matter]
        let divisionNames: [String: String]
        /// Division → the matters it implements (readable files only).
        let implemented: [String: Set<String>]
        /// Division → the matters whose implementation file could not be read.
        let unreadable: [String: Set<String>]
        /// Lists whose file could not be read, by id.
        let unreadableLists: Set<String>
        let findings: [Diagnostic]
        let defaultRegions: [String]
        let licenses: Set<String>

        init(_ registry: Registry) {
            self.registry = registry
            matters = Dictionary(registry.matters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var names: [String: String] = [:]
            for division in registry.catalog.divisions where names[division.code.value] == nil {
                names[division.code.value] = division.name?.value
            }
            divisionNames = names
            var implemented: [String: Set<String>] = [:]
            for implementation in registry.implementations {
                implemented[implementation.division, default: []].insert(implementation.matterID)
            }
            // A file is unreadable when it has an error that stops reading it, or when it has
            // no model at all (its root is not a mapping, say).
            var errors: [String: [Diagnostic]] = [:]
            for diagnostic in registry.diagnostics where diagnostic.severity == .error {
                errors[diagnostic.file, default: []].append(diagnostic)
            }
            let listIDs = Set(registry.lists.map(\.id))
            var unreadable: [String: Set<String>] = [:]
            var unreadableLists: Set<String> = []
            var findings: [Diagnostic] = []
            for file in registry.files {
                let found = errors[file.path] ?? []
                let stopping = found.filter { Supervisor.unreadableRules.contains($0.rule) }
                let hasModel: Bool
                switch file.kind {
                case .implementation: hasModel = implemented[file.division ?? ""]?.contains(file.id) ?? false
                case .list: hasModel = listIDs.contains(file.id)
                case .matter: hasModel = matters[file.id] != nil
                default: hasModel = true
                }
                guard !stopping.isEmpty || (!hasModel && !found.isEmpty) else { continue }
                findings += stopping.isEmpty ? found : stopping
                switch file.kind {
                case .implementation:
                    let division = file.division ?? ""
                    implemented[division]?.remove(file.id)
                    unreadable[division, default: []].insert(file.id)
                case .list:
                    unreadableLists.insert(file.id)
                default:
                    break
                }
            }
            self.implemented = implemented
            self.unreadable = unreadable
            self.unreadableLists = unreadableLists
            self.findings = findings.sorted(by: Diagnostic.sortKey)
            defaultRegions = Supervisor.regions(of: registry)
            licenses = registry.catalog.licenseIDs
        }

        func name(_ code: String) -> String { divisionNames[code] ?? code }

        /// The supervised region `text` names: a code, or a division's name.
        func division(named text: String) -> String? {
            var all = Set(defaultRegions)
            for list in registry.lists { all.formUnion(list.regions.map(\.value)) }
            if all.contains(text) { return text }
            return all.sorted().first { divisionNames[$0] == text }
        }

        func report(asOf: CalendarDate, filter: SupervisionFilter, region only: String?) -> SupervisionReport {
            var lists: [SupervisionReport.ListProgress] = []
            var reportedMatters: [String] = []
            var reportedSet: Set<String> = []
            var supervised: Set<String> = only.map { [$0] } ?? Set(defaultRegions)
            var exemptionLists: [SupervisionReport.ExemptionSummary.Part] = []
            for list in registry.lists.sorted(by: { $0.id < $1.id }) where filter.list == nil || filter.list == list.id {
                guard !unreadableLists.contains(list.id) else { continue }
                var codes = list.regions.isEmpty ? defaultRegions : unique(list.regions.map(\.value))
                if let only { codes = codes.filter { $0 == only } }
                if only == nil { supervised.formUnion(codes) }
                var listMatters: [String] = []
                let batches = Supervisor.groups(list).filter { filter.batch == nil || $0.0 == filter.batch }.map { id, entries -> SupervisionReport.BatchProgress in
                    let batch = id.flatMap(list.batch)
                    let due = batch?.dueDate
                    let pastDue = due.map { asOf > $0 } ?? false
                    let cancelled = entries.filter { matters[$0]?.isCancelled ?? false }
                    let cancelledSet = Set(cancelled)
                    let counted = entries.filter { !cancelledSet.contains($0) }
                    listMatters += counted
                    let progress = codes.map { code -> SupervisionReport.RegionProgress in
                        let done = implemented[code] ?? []
                        let broken = unreadable[code] ?? []
                        var count = 0
                        var overdue: [SupervisionReport.OverdueMatter] = []
                        var unreadableHere: [String] = []
                        for matter in counted {
                            if done.contains(matter) {
                                count += 1
                            } else if broken.contains(matter) {
                                unreadableHere.append(matter)
                            } else if pastDue {
                                overdue.append(SupervisionReport.OverdueMatter(matter: matter, name: matters[matter]?.displayName ?? matter))
                            }
                        }
                        return SupervisionReport.RegionProgress(division: code, name: name(code), implemented: count, overdue: overdue, unreadable: unreadableHere)
                    }
                    return SupervisionReport.BatchProgress(id: id, name: batch?.name?.value, due: due, isPastDue: pastDue, entries: entries,
                                                           cancelled: cancelled, regions: progress)
                }
                lists.append(SupervisionReport.ListProgress(id: list.id, name: list.displayName, batches: batches))
                var count = Exemption()
                for matter in listMatters { count += matters[matter]?.exemption(licenses: licenses) ?? Exemption() }
                exemptionLists.append(.init(id: list.id, name: list.displayName, matters: listMatters.count, count: count))
                for matter in listMatters where reportedSet.insert(matter).inserted { reportedMatters.append(matter) }
            }
            var report = SupervisionReport(asOf: asOf, lists: lists, registryErrors: registry.diagnostics.count { $0.severity == .error })
            report.findings = findings
            let regions = registry.regionsByDivision
            report.services = supervised.sorted().map { code in
                let region = regions[code]
                return SupervisionReport.RegionServices(
                    division: code, name: name(code),
                    hasTongbanWindow: !(region?.windows.isEmpty ?? true), hasAssistance: region?.assistance != nil)
            }
            report.exemption = exemption(reportedMatters.sorted(), lists: exemptionLists, regions: report.services.map(\.division))
            return report
        }

        /// The 免提交 counts of the reported matters, and per list and region.
        func exemption(_ ids: [String], lists: [SupervisionReport.ExemptionSummary.Part], regions: [String]) -> SupervisionReport.ExemptionSummary {
            var summary = SupervisionReport.ExemptionSummary()
            summary.lists = lists
            var counts: [String: Exemption] = [:]
            for id in ids {
                guard let matter = matters[id] else { continue }
                let count = matter.exemption(licenses: licenses)
                counts[id] = count
                summary.overall += count
                summary.matters.append(.init(matter: id, name: matter.displayName, count: count, situations: matter.exemptionBySituation(licenses: licenses).map {
                    .init(situation: $0.situation, count: $0.count)
                }))
            }
            summary.regions = regions.map { code in
                var count = Exemption()
                var implementedMatters = 0
                let done = implemented[code] ?? []
                for id in ids where done.contains(id) {
                    implementedMatters += 1
                    count += counts[id] ?? Exemption()
                }
                return .init(id: code, name: name(code), matters: implementedMatters, count: count)
            }
            return summary
        }

        private func unique(_ codes: [String]) -> [String] {
            var seen: Set<String> = []
            return codes.filter { seen.insert($0).inserted }
        }
    }
}
