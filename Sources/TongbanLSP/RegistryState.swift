import TongbanKit

/// The registry as the editor sees it: every file decoded once from disk, then each open
/// document's unsaved text in place of its file. An edit decodes only the changed document
/// again and reruns the cross-file rules over the models held here.
final class RegistryState {
    /// The registry root, absolute.
    let root: String
    private let source: DirectorySource
    private(set) var registry = Registry()
    private(set) var context = DecodingContext.standalone

    /// Where each list, matter and implementation sits in its array of `registry`.
    private var slots: [String: Int] = [:]
    /// Where each file sits in `registry.files`.
    private var fileSlots: [String: Int] = [:]
    /// The findings of decoding each file (only files that have some).
    private var fileFindings: [String: [Diagnostic]] = [:]
    /// Findings about entries rather than files (stray files, unreadable entries), by file.
    private var entryFindings: [String: [Diagnostic]] = [:]
    /// The cross-file rules' findings, by file.
    private var crossFindings: [String: [Diagnostic]] = [:]
    /// The unsaved text of open documents, by path inside the registry.
    private(set) var overlays: [String: [UInt8]] = [:]
    /// The registry's `.tongban.yaml`, as `lint` applies it (the defaults when it cannot be used).
    let configuration: LintConfiguration
    /// The suppression comments of each file that has some, and the findings of those that
    /// cannot be honoured.
    private var suppressions: [String: (comments: [Suppression], findings: [Diagnostic])] = [:]

    /// Loads the registry at `root` from disk.
    /// - Throws: `RunFailure` when the registry cannot be listed.
    init(root: String) throws {
        self.root = root
        self.source = DirectorySource(root: root)
        if let path = LintConfiguration.locate(registryRoot: root), let read = try? ConfigurationReader.read(path: path, display: path) {
            configuration = read
        } else {
            configuration = .default
        }
        let load = try EditorSupport.load(from: source)
        context = load.context
        for finding in load.entryFindings where finding.rule != .schemaVersion {
            entryFindings[finding.file, default: []].append(finding)
        }
        var files = load.files
        for index in files.indices {
            let file = files[index].file
            if !files[index].diagnostics.isEmpty { fileFindings[file.path] = files[index].diagnostics }
            // The loader has read the comments already; its `suppression` findings are among the file's.
            if !files[index].suppressions.isEmpty { suppressions[file.path] = (files[index].suppressions, []) }
            fileSlots[file.path] = registry.files.count
            registry.files.append(file)
            place(files[index].model.take(), for: file)
        }
        crossFindings = Self.grouped(EditorSupport.crossFileFindings(registry))
    }

    // MARK: - Findings

    /// Every finding of the file at `path`, as `lint` reports it, sorted.
    func findings(for path: String) -> [Diagnostic] {
        if let newer = EditorSupport.newerSchemaFinding(registry.manifest) {
            return path == newer.file ? [newer] : []
        }
        var found = (entryFindings[path] ?? []) + (fileFindings[path] ?? []) + (crossFindings[path] ?? [])
        if path == "registry.yaml" && fileSlots[path] == nil {
            found.append(EditorSupport.missingManifestFinding)
        }
        if let scanned = suppressions[path] {
            found += scanned.findings
            found = FindingFilter.apply(found, in: path, suppressions: scanned.comments, configuration: configuration).reported
        } else if !configuration.changesNoRule {
            found = FindingFilter.apply(found, in: path, suppressions: [], configuration: configuration).reported
        }
        return found.sorted(by: Diagnostic.sortKey)
    }

    /// Reads the suppression comments of the file at `path` from its current text.
    private func scanSuppressions(_ path: String) {
        guard let bytes = text(of: path), SuppressionComments.mayHoldDirective(bytes) else {
            suppressions[path] = nil
            return
        }
        let scanned = SuppressionComments.scan(bytes, file: path)
        suppressions[path] = (scanned.suppressions, scanned.findings)
    }

    /// Every file that has findings now.
    private var filesWithFindings: Set<String> {
        Set(entryFindings.keys).union(fileFindings.keys).union(crossFindings.keys).union(["registry.yaml"])
    }

    // MARK: - Changes

    /// The text of the file at `path`: the open document's, else the file's on disk.
    func text(of path: String) -> [UInt8]? {
        if let overlay = overlays[path] { return overlay }
        return try? source.read(path, limit: 1 << 20)
    }

    /// Sets (or, with nil, drops) the unsaved text of the document at `path`, decodes it again
    /// (from disk when dropped) and reruns the cross-file rules.
    /// - Returns: the files whose findings may have changed.
    func setOverlay(_ path: String, _ bytes: [UInt8]?) -> Set<String> {
        overlays[path] = bytes
        return reload([path])
    }

    /// Decodes the files at `paths` again (open documents from their text, others from disk) and
    /// reruns the cross-file rules.
    /// - Returns: the files whose findings may have changed.
    func reload(_ paths: [String]) -> Set<String> {
        let schemaWasNewer = EditorSupport.isNewerSchema(registry.manifest)
        let before = filesWithFindings
        var changed = Set(paths)
        var materialsChanged = false
        for path in paths {
            guard let file = EditorSupport.registryFile(at: path) else { continue }
            decode(file)
            if file.kind == .materials { materialsChanged = true }
        }
        if materialsChanged {
            // Matters are decoded with the catalog's synonyms: read them all again.
            let newContext = EditorSupport.context(materials: registry.catalog.materials)
            if newContext != context {
                context = newContext
                for file in registry.files where file.kind == .matter {
                    let old = fileFindings[file.path]
                    decode(file)
                    if old != fileFindings[file.path] { changed.insert(file.path) }
                }
            }
        }
        let old = crossFindings
        if !materialsChanged, let scope = matterScope(paths) {
            // Only the files in scope can have other cross-file findings than before.
            var found = Self.grouped(EditorSupport.crossFileFindings(scope.registry).filter { scope.files.contains($0.file) })
            for path in scope.files { crossFindings[path] = found.removeValue(forKey: path) }
        } else {
            crossFindings = Self.grouped(EditorSupport.crossFileFindings(registry))
        }
        for path in Set(old.keys).union(crossFindings.keys) where old[path] != crossFindings[path] {
            changed.insert(path)
        }
        if schemaWasNewer != EditorSupport.isNewerSchema(registry.manifest) {
            changed.formUnion(before)
            changed.formUnion(filesWithFindings)
        }
        return changed
    }

    /// When every path is a matter or an implementation: the part of the registry whose
    /// cross-file findings those files can change, and a registry that holds just enough to
    /// compute them. Nil for any other change (a list, a catalog, the manifest), which is
    /// checked across the whole registry.
    ///
    /// The cross-file rules find a problem in a matter or an implementation from that file, its
    /// matter's implementations or standard, the lists, the catalogs and the manifest; and a
    /// problem in a list from the list, the catalogs and which matters exist (`registry.files`,
    /// kept whole). So the scope is the matters named, their implementations and every list.
    /// `LSPScopeTests` holds this to the full check for every file of a registry.
    func matterScope(_ paths: [String]) -> (registry: Registry, files: Set<String>)? {
        var matterIDs = Set<String>()
        for path in paths {
            guard let file = EditorSupport.registryFile(at: path) else { return nil }
            switch file.kind {
            case .matter, .implementation: matterIDs.insert(file.id)
            case .manifest, .list, .region, .divisions, .licenses, .materials: return nil
            }
        }
        let looks = Set(registry.matters.filter { matterIDs.contains($0.id) }.compactMap { $0.name.map { ConfusableText.stripped($0.value) } })
        for matter in registry.matters where matter.name.map({ looks.contains(ConfusableText.stripped($0.value)) }) == true {
            matterIDs.insert(matter.id)
        }
        for (path, found) in crossFindings where found.contains(where: { $0.rule == .confusableText }) {
            if let file = EditorSupport.registryFile(at: path), file.kind == .matter { matterIDs.insert(file.id) }
        }
        var scope = Registry()
        scope.manifest = registry.manifest
        scope.catalog = registry.catalog
        scope.lists = registry.lists
        scope.files = registry.files
        scope.matters = registry.matters.filter { matterIDs.contains($0.id) }
        scope.implementations = registry.implementations.filter { matterIDs.contains($0.matterID) }
        var files = Set(registry.lists.map { "lists/\($0.id).yaml" })
        files.formUnion(matterIDs.map { "matters/\($0).yaml" })
        for file in registry.files where file.kind == .implementation && matterIDs.contains(file.id) { files.insert(file.path) }
        files.formUnion(paths)
        return (scope, files)
    }

    /// The cross-file findings as a full check of the whole registry gives them (for tests).
    func fullCrossFindings() -> [String: [Diagnostic]] {
        Self.grouped(EditorSupport.crossFileFindings(registry))
    }

    /// The cross-file findings held now, by file (for tests).
    var heldCrossFindings: [String: [Diagnostic]] { crossFindings }

    /// Decodes one file from its current text and puts its model in the registry (or takes it
    /// out, when the file no longer exists).
    private func decode(_ file: RegistryFile) {
        guard let bytes = text(of: file.path) else {
            remove(file)
            return
        }
        var decoded = FileDecoder.decode(bytes, as: file, context: context)
        fileFindings[file.path] = decoded.diagnostics.isEmpty ? nil : decoded.diagnostics
        scanSuppressions(file.path)
        if fileSlots[file.path] == nil {
            fileSlots[file.path] = registry.files.count
            registry.files.append(file)
        }
        let model = decoded.model.take()
        if slots[file.path] != nil, model == nil {
            removeModel(file)
        } else {
            place(model, for: file)
        }
    }

    private func remove(_ file: RegistryFile) {
        fileFindings[file.path] = nil
        suppressions[file.path] = nil
        removeModel(file)
        if let index = fileSlots.removeValue(forKey: file.path) {
            let last = registry.files.count - 1
            if index != last {
                registry.files[index] = registry.files[last]
                fileSlots[registry.files[index].path] = index
            }
            registry.files.removeLast()
        }
    }

    /// Puts a decoded model in its place: the same slot as the file's earlier model, or a new one.
    private func place(_ model: DecodedFile.Model?, for file: RegistryFile) {
        let path = file.path
        switch model {
        case .manifest(let m)?: registry.manifest = m
        case .divisions(let d)?: registry.catalog.divisions = d
        case .licenses(let l)?: registry.catalog.licenses = l
        case .materials(let m)?: registry.catalog.materials = m
        case .list(let l)?:
            if let i = slots[path] { registry.lists[i] = l } else { slots[path] = registry.lists.count; registry.lists.append(l) }
        case .matter(let m)?:
            if let i = slots[path] { registry.matters[i] = m } else { slots[path] = registry.matters.count; registry.matters.append(m) }
        case .implementation(let m)?:
            if let i = slots[path] { registry.implementations[i] = m } else { slots[path] = registry.implementations.count; registry.implementations.append(m) }
        case .region(let r)?:
            if let i = slots[path] { registry.regions[i] = r } else { slots[path] = registry.regions.count; registry.regions.append(r) }
        case nil:
            clearSingle(file.kind)
        }
    }

    /// Takes the model of `file` out of the registry (the last of its array moves into its slot).
    private func removeModel(_ file: RegistryFile) {
        clearSingle(file.kind)
        guard let index = slots.removeValue(forKey: file.path) else { return }
        func take<T>(_ array: inout [T], _ path: (T) -> String) {
            let last = array.count - 1
            guard index <= last else { return }
            if index != last {
                array[index] = array[last]
                slots[path(array[index])] = index
            }
            array.removeLast()
        }
        switch file.kind {
        case .list: take(&registry.lists) { "lists/\($0.id).yaml" }
        case .matter: take(&registry.matters) { "matters/\($0.id).yaml" }
        case .implementation: take(&registry.implementations) { "regions/\($0.division)/\($0.matterID).yaml" }
        case .region: take(&registry.regions) { "regions/\($0.division)/region.yaml" }
        case .manifest, .divisions, .licenses, .materials: break
        }
    }

    private func clearSingle(_ kind: FileKind) {
        switch kind {
        case .manifest: registry.manifest = nil
        case .divisions: registry.catalog.divisions = []
        case .licenses: registry.catalog.licenses = []
        case .materials: registry.catalog.materials = []
        case .list, .matter, .implementation, .region: break
        }
    }

    private static func grouped(_ findings: [Diagnostic]) -> [String: [Diagnostic]] {
        var byFile: [String: [Diagnostic]] = [:]
        for d in findings { byFile[d.file, default: []].append(d) }
        return byFile
    }
}
