/// Compares two states of a registry — two revisions, a revision and the working tree, or two
/// folders — list by list.
///
/// What it reads (`DiffPlan`): both sides' listings of `lists/`, `matters/`, `registry.yaml` and
/// `catalog/materials.yaml` with blob ids (git's own for revisions, computed for folders). It parses
/// every list file (once when identical on both sides), the manifests, every matter file whose blob
/// id differs (both sides) with the material catalogs to canonicalize material names, and — for
/// names only — the matter files of entries that were added, removed or moved. Matter files with
/// the same blob id on both sides are never parsed otherwise; implementations (`regions/`) are
/// never read, since they are not standards. `DiffReader` reads and decodes them, and
/// `DiffComparison` compares what was decoded.
public enum RegistryDiffer {
    /// The differences from `old` to `new`.
    /// - Parameter list: compare only this list (and report no unlisted matters).
    /// - Throws: `RunFailure` when a side cannot be listed, its repository lacks an object its
    ///   trees name, a side's schema is newer than this tongban, or `list` is on neither side.
    public static func diff(old: any SnapshotSource, new: any SnapshotSource, list: String? = nil) throws -> RegistryDiff {
        let listings = [old, new].parallelMap { source in
            Result { try source.snapshot(folders: DiffPlan.folders, files: DiffPlan.files) }
        }
        let plan = DiffPlan(old: try listings[0].get(), new: try listings[1].get())
        let listIDs = plan.listIDs
        if let list, !listIDs.contains(list) {
            throw RunFailure(Message.noSuchList(list))
        }
        let compared = list.map { [$0] } ?? listIDs
        let changedMatters = plan.changedMatterIDs()

        var reader = DiffReader(old: old, new: new, plan: plan)
        let first = reader.begin(plan.firstReads(lists: compared, changedMatters: changedMatters))
        reader.absorb(first, lists: true)
        // Decoding goes on while the lists' entries are used: the matters that joined, left or
        // moved are read for their names. Lists that could not be parsed on a side are left out
        // (their findings say why).
        let lists = compared.compactMap(DiffComparison(plan: plan, files: reader.files).comparedList)
        let names = reader.begin(plan.nameReads(lists))
        reader.absorb(first, lists: false)
        reader.absorb(names, lists: false)
        if let damage = reader.damage { throw damage.failure }

        let comparison = DiffComparison(plan: plan, files: reader.files)
        for side in [DiffSide.old, .new] {
            if let newer = comparison.manifest(side)?.newerSchemaFinding(in: "registry.yaml") {
                throw RunFailure(Message.onSide(side, newer.message))
            }
        }
        let diff = comparison.diff(lists: lists, changedMatters: changedMatters, onlyList: list != nil)
        releaseInBackground(reader)
        return diff
    }
}

extension Message {
    static func noSuchList(_ id: String) -> Message {
        Message(zh: "两侧都没有清单 \(id)", en: "no list '\(id)' on either side")
    }

    /// A message about one side of a diff: `新版本：…`, `the new side: …`.
    static func onSide(_ side: DiffSide, _ message: Message) -> Message {
        switch side {
        case .old: Message(zh: "旧版本：" + message.zh, en: "the old side: " + message.en)
        case .new: Message(zh: "新版本：" + message.zh, en: "the new side: " + message.en)
        }
    }
}
