/// Where a registry is, how its paths are shown, and which part of it a command was pointed at.
public struct RegistryLocation: Sendable, Hashable {
    /// The registry root, absolute.
    public var root: String
    /// The root as the user should see it (relative when they gave a relative path), without a trailing `/`.
    public var displayRoot: String
    /// Paths inside the registry that were named; empty means the whole registry.
    public var selection: [String]

    /// Finds the registry that holds each path by walking up to `registry.yaml`.
    /// A folder with `matters/` or `lists/` but no manifest counts as a registry (lint reports `schema-version`).
    /// - Throws: `RunFailure` when a path does not exist, is in no registry, or paths span registries.
    public static func locate(paths: [String], cwd: String) throws -> RegistryLocation {
        if paths.isEmpty {
            if let root = findRoot(from: cwd) { return RegistryLocation(root: root, displayRoot: display(root, given: "", cwd: cwd), selection: []) }
            let fallback = PathTools.absolute("standards", cwd: cwd)
            if PathTools.kind(fallback) == .directory {
                return RegistryLocation(root: fallback, displayRoot: "standards", selection: [])
            }
            throw RunFailure(Message(
                zh: "当前目录及其上级都不是标准库（没有 registry.yaml），也没有 ./standards",
                en: "neither this folder nor any above it is a registry (no registry.yaml), and there is no ./standards"))
        }
        var location: RegistryLocation?
        for path in paths {
            let absolute = PathTools.absolute(path, cwd: cwd)
            let kind = PathTools.kind(absolute)
            guard kind != .missing else {
                throw RunFailure(Message(zh: "路径不存在：\(path)", en: "no such path: \(path)"))
            }
            let start = kind == .directory ? absolute : PathTools.parent(absolute)
            guard let root = findRoot(from: start) ?? (kind == .directory && looksLikeRegistry(absolute) ? absolute : nil) else {
                throw RunFailure(Message(zh: "\(path) 不在标准库中（向上找不到 registry.yaml）", en: "\(path) is not in a registry (no registry.yaml above it)"))
            }
            if let existing = location, existing.root != root {
                throw RunFailure(Message(zh: "所给路径分属不同的标准库：\(existing.displayRoot) 和 \(path)", en: "the paths belong to different registries: \(existing.displayRoot) and \(path)"))
            }
            var current = location ?? RegistryLocation(root: root, displayRoot: display(root, given: path, cwd: cwd), selection: [])
            let inside = absolute == root ? "" : String(absolute.dropFirst(root.count + 1))
            if inside.isEmpty { current.selection = [""] } else if !current.selection.contains("") { current.selection.append(inside) }
            location = current
        }
        guard var result = location else { throw RunFailure(Message(zh: "没有路径", en: "no path")) }
        if result.selection.contains("") { result.selection = [] }
        return result
    }

    /// Whether a finding in `file` (a path inside the registry) concerns the selection.
    public func selects(_ file: String) -> Bool {
        selection.isEmpty || selection.contains { file == $0 || file.hasPrefix($0 + "/") }
    }

    /// How a path inside the registry is shown to the user.
    public func display(_ file: String) -> String {
        displayRoot == "." ? file : displayRoot + "/" + file
    }

    static func findRoot(from start: String) -> String? {
        var dir = start
        while true {
            if PathTools.kind(dir + "/registry.yaml") == .file { return dir }
            if dir == "/" { return nil }
            dir = PathTools.parent(dir)
        }
    }

    static func looksLikeRegistry(_ dir: String) -> Bool {
        PathTools.kind(dir + "/matters") == .directory || PathTools.kind(dir + "/lists") == .directory
    }

    private static func display(_ root: String, given: String, cwd: String) -> String {
        given.hasPrefix("/") ? root : PathTools.relative(root, from: cwd)
    }
}
