/// The two sides of `tongban diff`, from the command line's OLD and NEW: a folder when the
/// argument names an existing folder, otherwise a git revision of the repository that holds the
/// registry. OLD defaults to `HEAD`, NEW to the working tree.
public struct DiffTargets: Sendable {
    public var old: any SnapshotSource
    public var new: any SnapshotSource
    public var oldEndpoint: DiffEndpoint
    public var newEndpoint: DiffEndpoint
    /// The repository the revisions were read from, when there are any.
    public var repository: GitRepository?

    /// - Parameters:
    ///   - registry: the registry folder for revisions and the working tree; by default the one
    ///     found from `cwd` upward, else `./standards` (which, for revisions only, need not exist
    ///     in the working tree).
    /// - Throws: `RunFailure` when a revision names no commit, the registry is in no git
    ///   repository while revisions are given, or a folder is not a registry.
    public static func resolve(old: String?, new: String?, registry: String?, cwd: String) throws -> DiffTargets {
        let home = try RegistryHome(registry: registry, cwd: cwd)
        enum Side { case folder(String), revision(String), workingTree }
        func kind(_ argument: String?, defaultRevision: String?) -> Side {
            if let argument, PathTools.kind(PathTools.absolute(argument, cwd: cwd)) == .directory { return .folder(argument) }
            return (argument ?? defaultRevision).map(Side.revision) ?? .workingTree
        }
        let sides = [kind(old, defaultRevision: "HEAD"), kind(new, defaultRevision: nil)]
        let revisions = sides.compactMap { side -> String? in if case .revision(let r) = side { r } else { nil } }

        var repository: (repository: GitRepository, prefix: String)?
        var commits: [ObjectID] = []
        if !revisions.isEmpty {
            let opened = try GitRepository.open(home.root, shownAs: home.display, revisions: revisions)
            repository = (opened.repository, opened.prefix)
            commits = opened.commits
        }
        var resolved: [(any SnapshotSource, DiffEndpoint)] = []
        for side in sides {
            switch side {
            case .folder(let argument):
                let (root, display) = try folderRegistry(argument, cwd: cwd)
                resolved.append((DirectorySource(root: root), DiffEndpoint(.folder(argument), displayRoot: display)))
            case .workingTree:
                let (root, display) = try home.existing()
                resolved.append((DirectorySource(root: root), DiffEndpoint(.workingTree, displayRoot: display)))
            case .revision(let revision):
                guard let repository else { continue }
                let commit = commits.removeFirst()
                resolved.append((GitTreeSource(repository: repository.repository, commit: commit, prefix: repository.prefix), DiffEndpoint(.revision(revision), displayRoot: home.display)))
            }
        }
        return DiffTargets(old: resolved[0].0, new: resolved[1].0, oldEndpoint: resolved[0].1, newEndpoint: resolved[1].1, repository: repository?.repository)
    }

    /// The registry in a folder given as OLD or NEW: the registry it is in, or its `standards/`.
    static func folderRegistry(_ folder: String, cwd: String) throws -> (root: String, display: String) {
        if let location = try? RegistryLocation.locate(paths: [folder], cwd: cwd) {
            return (location.root, location.displayRoot)
        }
        let standards = PathTools.absolute(folder, cwd: cwd) + "/standards"
        if PathTools.kind(standards + "/registry.yaml") == .file || RegistryLocation.looksLikeRegistry(standards) {
            return (standards, folder.hasSuffix("/") ? folder + "standards" : folder + "/standards")
        }
        throw RunFailure(Message(zh: "\(folder) 不是标准库（没有 registry.yaml）", en: "\(folder) is not a registry (no registry.yaml)"))
    }
}

/// Where the registry is for revisions and the working tree.
private struct RegistryHome {
    var root: String
    var display: String
    /// Why the registry was not found on disk, when it was not.
    var missing: RunFailure?

    init(registry: String?, cwd: String) throws {
        if let registry {
            let location = try RegistryLocation.locate(paths: [registry], cwd: cwd)
            (root, display) = (location.root, location.displayRoot)
            return
        }
        do {
            let location = try RegistryLocation.locate(paths: [], cwd: cwd)
            (root, display) = (location.root, location.displayRoot)
        } catch let error as RunFailure {
            (root, display, missing) = (PathTools.absolute("standards", cwd: cwd), "standards", error)
        }
    }

    /// The registry in the working tree. - Throws: why it was not found.
    func existing() throws -> (String, String) {
        if let missing { throw missing }
        return (root, display)
    }
}
