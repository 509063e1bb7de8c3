/// Resolves what a clerk asked for (a matter, region, situation or list, by id or by name)
/// against a registry, and gathers what the checklist prints.
public struct ChecklistBuilder: Sendable {
    public let registry: Registry
    let index: RegistryIndex

    public init(registry: Registry) {
        self.registry = registry
        self.index = RegistryIndex(registry)
    }

    // MARK: - Finding what was asked for

    /// The matter whose id or name is `query`.
    /// - Throws: `ChecklistError` naming the nearest matters when there is none.
    public func matter(_ query: String) throws -> Matter {
        if let m = index.matter(query) ?? registry.matters.first(where: { $0.name?.value == query }) {
            return m
        }
        let byID = Suggestion.candidates(for: query, in: registry.matters.map(\.id))
        let names = registry.matters.compactMap(\.name?.value)
        let byName = Suggestion.candidates(for: query, in: names).compactMap { name in
            registry.matters.first { $0.name?.value == name }?.id
        }
        var ids: [String] = []
        for id in byID + byName where !ids.contains(id) { ids.append(id) }
        let labels = ids.prefix(3).compactMap(registry.matter).map { "\($0.id)（\($0.displayName)）" }
        throw ChecklistError.unknownMatter(query, nearest: labels)
    }

    /// The region whose division code or name is `query`: a division of the catalog, or one
    /// that has implementations.
    /// - Throws: `ChecklistError` naming the nearest regions when there is none.
    public func region(_ query: String) throws -> Checklist.Place {
        let places = knownPlaces
        if let p = places.first(where: { $0.code == query || $0.name == query }) { return p }
        let codes = Suggestion.candidates(for: query, in: places.map(\.code))
        let names = Suggestion.candidates(for: query, in: places.compactMap(\.name))
        var found: [Checklist.Place] = []
        for p in codes.compactMap({ c in places.first { $0.code == c } }) + names.compactMap({ n in places.first { $0.name == n } })
        where !found.contains(p) {
            found.append(p)
        }
        throw ChecklistError.unknownRegion(query, nearest: found.prefix(3).map(\.label))
    }

    /// The list whose id or name is `query`.
    /// - Throws: `ChecklistError` naming the nearest lists when there is none.
    public func list(_ query: String) throws -> ServiceList {
        if let l = registry.list(query) ?? registry.lists.first(where: { $0.name?.value == query }) { return l }
        var ids = Suggestion.candidates(for: query, in: registry.lists.map(\.id))
        for name in Suggestion.candidates(for: query, in: registry.lists.compactMap(\.name?.value)) {
            if let id = registry.lists.first(where: { $0.name?.value == name })?.id, !ids.contains(id) { ids.append(id) }
        }
        let labels = ids.prefix(3).compactMap(registry.list).map { "\($0.id)（\($0.displayName)）" }
        throw ChecklistError.unknownList(query, nearest: labels)
    }

    /// The path inside the registry of the file that holds a matter's standard.
    public func matterFile(_ id: String) -> String? {
        registry.files.first { $0.kind == .matter && $0.id == id }?.path
    }

    /// A division's code and name.
    public func place(_ code: String) -> Checklist.Place {
        Checklist.Place(code: code, name: index.divisionName(code))
    }

    /// Divisions of the catalog and of the implementations, in code order.
    var knownPlaces: [Checklist.Place] {
        let codes = Set(registry.catalog.divisions.map(\.code.value) + registry.implementations.map(\.division))
        return codes.sorted().map(place)
    }

    // MARK: - Building

    /// The checklist of `matter`, for `region` (nil: the standard alone) and `situation` (nil: every situation).
    /// - Throws: `ChecklistError` when the matter has no such situation or the region has no implementation.
    public func checklist(for matter: Matter, region: Checklist.Place? = nil, situation: String? = nil, revisionDate: CalendarDate? = nil) throws -> Checklist {
        let situations = matter.situations.map(\.value)
        if let situation, !situations.contains(situation) {
            if situations.isEmpty { throw ChecklistError.noSituations(situation, matter: matter.displayName) }
            let nearest = Suggestion.candidates(for: situation, in: situations)
            throw ChecklistError.unknownSituation(situation, matter: matter.displayName, nearest: nearest.isEmpty ? situations : nearest)
        }
        let implementations = index.implementations(of: matter.id)
        var implementation: Implementation?
        if let region {
            guard let found = index.implementation(of: matter.id, in: region.code) else {
                throw ChecklistError.notImplemented(matter: matter.displayName, region: region.label, elsewhere: implementations.map { place($0.division).label })
            }
            implementation = found
        }
        let standard = standardChecklist(for: matter, situation: situation, implementedIn: implementations, revisionDate: revisionDate)
        return implementation.map { localized(standard, of: matter, by: $0) } ?? standard
    }

    /// `standard` (the checklist of `matter` without a region) as `implementation`'s region
    /// prints it: what a region may set replaces the standard's, everything else is kept. The
    /// site builds the standard once per matter and this per region, so its pages say exactly
    /// what `checklist(for:region:)` says.
    func localized(_ standard: Checklist, of matter: Matter, by implementation: Implementation) -> Checklist {
        var c = standard
        let info = regionInfo(implementation)
        let (promised, standardPromised) = promise(matter, implementation)
        c.region = info
        c.modes = matter.modes.map { Checklist.Mode(name: $0.value, onlineURL: $0.value == Checklist.onlineMode ? info.onlineURL : nil) }
        c.implementedIn = []
        c.promised = promised
        c.standardPromised = standardPromised
        return c
    }

    /// The checklist of `matter` with no region.
    private func standardChecklist(for matter: Matter, situation: String?, implementedIn implementations: [Implementation], revisionDate: CalendarDate?) -> Checklist {
        let (promised, standardPromised) = promise(matter, nil)
        return Checklist(
            matterID: matter.id,
            name: matter.displayName,
            type: matter.type?.value,
            department: matter.department?.value,
            status: matter.status?.value,
            catalogCode: matter.catalogCode?.value,
            basis: matter.basis.map(\.value),
            audience: matter.audience.map(\.value),
            lists: memberships(of: matter.id),
            modes: matter.modes.map { Checklist.Mode(name: $0.value, onlineURL: nil) },
            region: nil,
            implementedIn: implementations.map { place($0.division) },
            conditions: matter.conditions.map(\.value),
            situation: situation,
            materialGroups: materialGroups(matter, situation: situation),
            statutory: matter.timeLimit?.statutory?.value,
            promised: promised,
            standardPromised: standardPromised,
            timeNote: matter.timeLimit?.note?.value,
            visits: matter.visits?.value,
            fee: fee(matter.fee),
            result: matter.result.map { Checklist.ResultInfo(name: $0.name?.value, type: $0.type?.value, delivery: $0.delivery.map(\.value)) },
            process: matter.process.map(\.step.value),
            handling: handling(matter),
            revisionDate: revisionDate,
            maintainer: matter.maintainer?.label)
    }

    /// The booklet of every matter on `list` that `region` implements.
    /// - Throws: `ChecklistError` when the region implements none of them.
    public func booklet(list: ServiceList, region: Checklist.Place, revisionDates: [String: CalendarDate] = [:]) throws -> ChecklistBooklet {
        var checklists: [Checklist] = []
        var omitted: [ChecklistBooklet.Omission] = []
        var seen: Set<String> = []
        for entry in list.entries where seen.insert(entry.matter.value).inserted {
            let id = entry.matter.value
            guard let matter = index.matter(id) else {
                omitted.append(.init(matterID: id, name: id, standardMissing: true))
                continue
            }
            do {
                checklists.append(try checklist(for: matter, region: region, revisionDate: revisionDates[id]))
            } catch {
                omitted.append(.init(matterID: id, name: matter.displayName, standardMissing: false))
            }
        }
        guard !checklists.isEmpty else {
            throw ChecklistError.nothingImplemented(list: list.displayName, region: region.label)
        }
        return ChecklistBooklet(
            listID: list.id, listName: list.displayName, scope: list.scope?.value,
            basis: list.basis.map(\.value), region: region, checklists: checklists, omitted: omitted)
    }

    // MARK: - Parts

    /// Where and how `i`'s region handles the matter: the implementation's own windows and
    /// complaint phone, else the region's 通办专窗 and complaint phone; the region's 通办专窗 and
    /// 帮办代办 contact in any case.
    private func regionInfo(_ i: Implementation) -> Checklist.Region {
        let own = i.windows.map { Checklist.Window(name: $0.name.value, address: $0.address?.value, hours: $0.hours?.value) }
        var info = regionInfo(division: i.division, ownWindows: own)
        info.agency = i.agency?.value
        info.phone = i.phone?.value
        info.complaintPhone = i.complaintPhone?.value ?? info.complaintPhone
        info.onlineURL = i.onlineURL?.value
        return info
    }

    /// What `division`'s region file gives every checklist of the region: its 通办专窗 (the
    /// windows, when `ownWindows` is empty), 帮办代办 contact and complaint phone; no agency,
    /// phone or online address (an implementation's). The site's `regions.js` is made of it.
    func regionInfo(division: String, ownWindows own: [Checklist.Window]) -> Checklist.Region {
        let region = index.region(division)
        let tongban = (region?.windows ?? []).map(window)
        return Checklist.Region(
            place: place(division), agency: nil,
            windows: own.isEmpty ? tongban : own,
            phone: nil, complaintPhone: region?.complaintPhone?.value, onlineURL: nil,
            windowsFromRegion: own.isEmpty && !tongban.isEmpty,
            tongbanWindows: tongban,
            assistance: region?.assistance.map(window))
    }

    private func window(_ point: Region.ServicePoint) -> Checklist.Window {
        Checklist.Window(name: point.name.value, address: point.address?.value, hours: point.hours?.value, phone: point.phone?.value)
    }

    /// The who-does-what of a 代收代办 or 多地联办 matter; nil for any other.
    private func handling(_ matter: Matter) -> Checklist.Handling? {
        let modes = matter.modes.map(\.value).filter { $0 == "代收代办" || $0 == "多地联办" }
        guard !modes.isEmpty else { return nil }
        return Checklist.Handling(
            modes: modes,
            steps: matter.process.map { Checklist.Step(name: $0.step.value, place: $0.by?.value, time: $0.time?.value, applicantPresent: $0.needsApplicant) },
            transfer: matter.transfer.map(\.value))
    }

    private func memberships(of matterID: String) -> [Checklist.Membership] {
        index.lists(containing: matterID).map { list in
            let batchID = list.entries.first { $0.matter.value == matterID }?.batch?.value
            let batch = batchID.map { id in list.batch(id)?.name?.value ?? id }
            return Checklist.Membership(listID: list.id, listName: list.displayName, scope: list.scope?.value, batch: batch)
        }
    }

    private func materialGroups(_ matter: Matter, situation: String?) -> [Checklist.MaterialGroup] {
        let shown: [String?] = situation.map { [$0] } ?? (matter.situations.isEmpty ? [nil] : matter.situations.map(\.value))
        return shown.map { s in
            let materials = matter.materials.filter { m in s.map { m.applies(to: $0) } ?? true }
            let lines = materials.enumerated().map { index, m in
                Checklist.MaterialLine(
                    number: index + 1, name: m.name.value, form: m.form?.value, medium: m.medium?.value,
                    copies: m.copies?.value, required: m.required?.value,
                    license: m.license.flatMap { id in
                        registry.catalog.licenses.first { $0.id.value == id.value }.map { $0.name?.value ?? $0.id.value }
                    },
                    note: m.note?.value)
            }
            return Checklist.MaterialGroup(situation: s, materials: lines)
        }
    }

    /// The promise that applies, and the standard's when the region's shorter one replaced it.
    private func promise(_ matter: Matter, _ implementation: Implementation?) -> (String?, String?) {
        let standard = matter.timeLimit?.promised?.value
        guard let local = implementation?.promised?.value, let localDuration = DurationParser.parse(local) else {
            return (standard, nil)
        }
        guard let standard else { return (local, nil) }
        guard let standardDuration = DurationParser.parse(standard),
              standardDuration.isLonger(than: localDuration) == true else { return (standard, nil) }
        return (local, standard)
    }

    private func fee(_ fee: Fee?) -> Checklist.FeeInfo {
        switch fee {
        case .none(let text)?: .free(text.value)
        case .items(let items)?: .items(items.map { Checklist.FeeItem(item: $0.item.value, standard: $0.standard.value, basis: $0.basis?.value) })
        case nil: .unstated
        }
    }
}
