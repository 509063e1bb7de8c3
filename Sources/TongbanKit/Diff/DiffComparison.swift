/// The comparison of a diff: from the plan and the files read, each list's added, removed,
/// changed and moved entries, the changed standards on no list, and the findings of the files
/// that could not be used. Pure: it reads nothing and keeps nothing.
struct DiffComparison {
    let plan: DiffPlan
    let files: DecodedFiles

    /// The whole diff of `compared` lists (`onlyList`: one list asked for, so no unlisted matters).
    func diff(lists compared: [ComparedList], changedMatters: [String], onlyList: Bool) -> RegistryDiff {
        let changes = matterChanges(changedMatters)
        let unlisted = onlyList ? UnlistedDiff() : unlistedDiff(changedMatters, changes)
        return RegistryDiff(lists: compared.map { listDiff($0, changes) }, unlisted: unlisted, diagnostics: diagnostics(),
                            statistics: plan.statistics(parsed: Array(files.decoded.keys)))
    }

    /// The side's manifest, when it was read and decoded.
    func manifest(_ side: DiffSide) -> Manifest? {
        guard case .manifest(let manifest)? = file(side, plan.exists("registry.yaml", side) ? "registry.yaml" : nil)?.model else { return nil }
        return manifest
    }

    // MARK: - Lists

    /// A list's entries on both sides; nil when its file could not be parsed on a side.
    func comparedList(_ id: String) -> ComparedList? {
        guard let before = listModel(id, .old), let after = listModel(id, .new) else { return nil }
        let adjustment = before.list.flatMap { old in after.list.map { ListAdjustment.between(old, $0) } } ?? ListAdjustment()
        return ComparedList(id: id, name: after.name ?? before.name ?? id, old: before.entries, new: after.entries,
                            oldBatches: before.batches, newBatches: after.batches, adjustment: adjustment)
    }

    /// One list's added, removed, changed and moved entries.
    func listDiff(_ compared: ComparedList, _ changes: [String: MatterChange]) -> ListDiff {
        var diff = ListDiff(id: compared.id, name: compared.name, adjustment: compared.adjustment)
        for entry in compared.new {
            let id = entry.matter.value
            guard let before = compared.oldBatches[id] else {
                diff.added.append(ListMembership(matter: id, name: displayName(id, preferring: .new) ?? id, batch: entry.batch?.value))
                continue
            }
            if before != entry.batch?.value {
                diff.moved.append(BatchMove(matter: id, name: displayName(id, preferring: .new) ?? id, from: before, to: entry.batch?.value))
            }
            if let change = changes[id] { diff.changed.append(change) }
        }
        for entry in compared.old where compared.newBatches[entry.matter.value] == nil {
            let id = entry.matter.value
            diff.removed.append(ListMembership(matter: id, name: displayName(id, preferring: .old) ?? id, batch: entry.batch?.value))
        }
        pairRenames(&diff)
        return diff
    }

    /// Takes the entries that left and joined in the same batch with the same standard (a matter
    /// file renamed to a new id, its entry moved with it) out of `removed` and `added`.
    private func pairRenames(_ diff: inout ListDiff) {
        guard !diff.added.isEmpty, !diff.removed.isEmpty else { return }
        let synonyms = [DiffSide.old: synonymTable(.old), .new: synonymTable(.new)]
        var joined = diff.added
        var left: [ListMembership] = []
        for gone in diff.removed {
            guard plan.matterPath(gone.matter, .new) == nil,
                  let before = comparable(gone.matter, .old, synonyms[.old] ?? [:]), before.exists,
                  let index = joined.firstIndex(where: { candidate in
                      guard candidate.batch == gone.batch, plan.matterPath(candidate.matter, .old) == nil,
                            let after = comparable(candidate.matter, .new, synonyms[.new] ?? [:]), after.exists else { return false }
                      return MatterComparison.change(from: before.matter, to: after.matter, name: "") == nil
                  }) else {
                left.append(gone)
                continue
            }
            diff.renamed.append(MatterRename(from: gone.matter, to: joined[index].matter, name: joined[index].name, batch: gone.batch))
            joined.remove(at: index)
        }
        diff.added = joined
        diff.removed = left
    }

    /// The entries of the list at `side` (none when the file does not exist there), each matter's
    /// batch, and its name; nil when the file could not be parsed.
    private func listModel(_ id: String, _ side: DiffSide) -> (entries: [ServiceList.Entry], batches: [String: String?], name: String?, list: ServiceList?)? {
        guard let path = plan.lists[side]?[id] else { return ([], [:], nil, nil) }
        let key = plan.key(side, path)
        guard let file = files.decoded[key], file.isUsable, case .list(let list)? = file.model else { return nil }
        let index = files.listIndexes[key] ?? ListIndex(list.entries)
        return (index.entries, index.batches, list.name?.value, list)
    }

    /// Whether a usable list at `side` has matter `id`.
    private func isListed(_ id: String, _ side: DiffSide) -> Bool {
        (plan.lists[side] ?? [:]).values.contains { path in
            let key = plan.key(side, path)
            guard let file = files.decoded[key], file.isUsable else { return false }
            return files.listIndexes[key]?.batches[id] != nil
        }
    }

    // MARK: - Matters

    /// How each changed matter's standard changed (nil entries: no change, or not comparable).
    private func matterChanges(_ ids: [String]) -> [String: MatterChange] {
        let synonyms = [DiffSide.old: synonymTable(.old), .new: synonymTable(.new)]
        var changes: [String: MatterChange] = [:]
        for id in ids {
            guard let before = comparable(id, .old, synonyms[.old] ?? [:]),
                  let after = comparable(id, .new, synonyms[.new] ?? [:]) else { continue }
            let name = displayName(id, preferring: after.exists ? .new : .old)
            changes[id] = MatterComparison.change(from: before.matter, to: after.matter, name: name ?? id, bothExist: before.exists && after.exists)
        }
        return changes
    }

    private func unlistedDiff(_ changedMatters: [String], _ changes: [String: MatterChange]) -> UnlistedDiff {
        var unlisted = UnlistedDiff()
        for id in changedMatters {
            guard let change = changes[id] else { continue }
            let listedNow = isListed(id, .new)
            switch (plan.matterPath(id, .old) != nil, plan.matterPath(id, .new) != nil) {
            case (false, true) where !listedNow:
                unlisted.added.append(ListMembership(matter: id, name: change.name, batch: nil))
            case (true, false) where !listedNow && !isListed(id, .old):
                unlisted.removed.append(ListMembership(matter: id, name: change.name, batch: nil))
            case (true, true) where !listedNow:
                unlisted.changed.append(change)
            default:
                break
            }
        }
        return unlisted
    }

    /// Material synonym → canonical name, from the side's `catalog/materials.yaml`, by the same
    /// rules the loader decodes with (`DecodingContext`).
    private func synonymTable(_ side: DiffSide) -> [String: String] {
        guard let file = file(side, plan.exists("catalog/materials.yaml", side) ? "catalog/materials.yaml" : nil),
              case .materials(let names)? = file.model else { return [:] }
        return DecodingContext(materials: names).materialNames
    }

    /// The matter to compare at `side`: the decoded one, or an empty one when the file does not
    /// exist there; nil when the file exists but could not be parsed.
    private func comparable(_ id: String, _ side: DiffSide, _ synonyms: [String: String]) -> (matter: Matter, exists: Bool)? {
        guard let path = plan.matterPath(id, side) else { return (MatterComparison.absent(id), false) }
        guard let file = file(side, path), file.isUsable, case .matter(let matter)? = file.model else { return nil }
        var compared = MatterComparison.canonical(matter, synonyms: synonyms)
        compared.sources = []
        return (compared, true)
    }

    /// A matter's name at `side` (falling back to the other side), when its file was parsed.
    private func displayName(_ id: String, preferring side: DiffSide) -> String? {
        for s in side == .new ? [DiffSide.new, .old] : [.old, .new] {
            if case .matter(let matter)? = file(s, plan.matterPath(id, s))?.model, let name = matter.name?.value { return name }
        }
        return nil
    }

    // MARK: - Files

    /// The decoded file at `side`, nil when the side has no such file.
    private func file(_ side: DiffSide, _ path: String?) -> DecodedFile? {
        path.flatMap { files.decoded[plan.key(side, $0)] }
    }

    /// The errors of the files that could not be used, by side, then file and position.
    private func diagnostics() -> [SideDiagnostic] {
        var found: [SideDiagnostic] = []
        for (key, file) in files.decoded where !file.isUsable {
            found += file.diagnostics.filter { $0.severity == .error }.map { SideDiagnostic(side: key.side, diagnostic: $0) }
        }
        return found.sorted { a, b in
            a.side != b.side ? a.side == .old : Diagnostic.sortKey(a.diagnostic, b.diagnostic)
        }
    }
}

/// One list's entries on both sides (duplicates dropped: lint reports them).
struct ComparedList {
    var id: String
    var name: String
    var old: [ServiceList.Entry]
    var new: [ServiceList.Entry]
    var oldBatches: [String: String?]
    var newBatches: [String: String?]
    var adjustment: ListAdjustment
}
