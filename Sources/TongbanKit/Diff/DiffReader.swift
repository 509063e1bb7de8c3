import YAMLSource

/// The read pipeline of a diff: streams the files a `DiffPlan` names from each side's source and
/// decodes each one on another thread as soon as it has arrived, list files first (they take
/// longest, and their entries say which other files to read). What it decoded is in `files`.
struct DiffReader {
    let old: any SnapshotSource
    let new: any SnapshotSource
    let plan: DiffPlan
    private(set) var files = DecodedFiles()
    /// Files handed to `begin` so far.
    private var requested: Set<DecodedKey> = []
    /// An object a side's tree names but its repository lacks: the diff must stop.
    private(set) var damage: MissingGitObject?

    init(old: any SnapshotSource, new: any SnapshotSource, plan: DiffPlan) {
        (self.old, self.new, self.plan) = (old, new, plan)
    }

    /// Files being decoded on other threads.
    struct Pending {
        fileprivate var jobs: [Job]
        /// The jobs of list files, and of every other file.
        fileprivate var lists: BackgroundBatch<DecodedFile>
        fileprivate var others: BackgroundBatch<DecodedFile>
    }

    /// A file to decode, the side to read it from, and the key its result is kept under.
    fileprivate struct Job: Sendable {
        var key: DecodedKey
        var snapshot: SnapshotFile
        var file: RegistryFile
        var isList: Bool { file.kind == .list }
    }

    /// Reads the files of `requests` not read or requested yet (each side's in one stream, lists
    /// first) and starts decoding each as soon as it has arrived. Returns when everything is
    /// read; `absorb` waits for the decoding.
    mutating func begin(_ requests: [(DiffSide, String)]) -> Pending {
        var jobs: [Job] = []
        for (side, path) in requests {
            let key = plan.key(side, path)
            guard files.decoded[key] == nil, requested.insert(key).inserted, let file = RegistryFile(at: path) else { continue }
            jobs.append(Job(key: key, snapshot: SnapshotFile(path: path, blob: plan.blob(path, key.side)), file: file))
        }
        let pending = Pending(jobs: jobs, lists: BackgroundBatch(count: jobs.count), others: BackgroundBatch(count: jobs.count))
        for (side, lists) in [(DiffSide.old, true), (.new, true), (.old, false), (.new, false)] {
            let indices = jobs.indices.filter { jobs[$0].key.side == side && jobs[$0].isList == lists }
            guard !indices.isEmpty else { continue }
            let batch = lists ? pending.lists : pending.others
            var missing: MissingGitObject?
            source(side).stream(indices.map { jobs[$0].snapshot }, limit: YAMLReader.maxFileSize) { offset, bytes in
                let slot = indices[offset], file = jobs[slot].file
                if case .failure(let error as MissingGitObject) = bytes, missing == nil { missing = error }
                batch.start(slot) { Self.decode(bytes, as: file) }
            }
            if damage == nil { damage = missing }
        }
        return pending
    }

    /// Waits for the list files of `pending` (or for all its other files) and keeps what they decoded to.
    mutating func absorb(_ pending: Pending, lists: Bool) {
        let decoded = (lists ? pending.lists : pending.others).wait()
        for (job, file) in zip(pending.jobs, decoded) where job.isList == lists {
            guard let file else { continue }
            files.keep(file, as: job.key)
        }
    }

    private func source(_ side: DiffSide) -> any SnapshotSource {
        side == .old ? old : new
    }

    /// One file's model and findings, as the loader decodes it (without rewrites); a file that
    /// could not be read is the loader's `file-access` finding.
    static func decode(_ bytes: Result<[UInt8], any Error>, as file: RegistryFile) -> DecodedFile {
        switch bytes {
        case .success(let bytes):
            var decoded = FileDecoder.decode(bytes, as: file)
            decoded.rewrites = []
            return decoded
        case .failure(let error):
            return DecodedFile.unreadable(file, error)
        }
    }
}

/// The files a diff has decoded, by key, with an index of each list file's entries.
struct DecodedFiles {
    var decoded: [DecodedKey: DecodedFile] = [:]
    /// Per decoded list file: its entries, the first for each matter, and each one's batch.
    var listIndexes: [DecodedKey: ListIndex] = [:]

    mutating func keep(_ file: DecodedFile, as key: DecodedKey) {
        decoded[key] = file
        if case .list(let list)? = file.model { listIndexes[key] = ListIndex(list.entries) }
    }
}

/// A list's entries with the first for each matter kept (a duplicate is a lint error), and
/// matter id → batch id of each.
struct ListIndex {
    var entries: [ServiceList.Entry] = []
    var batches: [String: String?] = [:]

    init(_ all: [ServiceList.Entry]) {
        batches.reserveCapacity(all.count)
        for entry in all where batches[entry.matter.value] == nil {
            batches[entry.matter.value] = .some(entry.batch?.value)
            entries.append(entry)
        }
    }
}
