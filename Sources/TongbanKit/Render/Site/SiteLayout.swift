/// What a catalogue site covers: every region (the national layout), or one region.
public enum SiteLayout: Sendable, Hashable {
    /// One page per matter, the regions' parts as data in it and a region picker.
    case national
    /// One region's site (`site --region CODE`): that region's implementations only; each
    /// matter's page is its checklist, static, and each list has its booklet.
    case region(String)

    /// Whether the site needs the registry file at `path` (relative to the registry): the
    /// national site every file; a region's every file but those of other regions' folders
    /// (`regions/<division>/…`), so that one county's site need not load a nation's
    /// implementations. `scope` keeps the same.
    public func needs(_ path: String) -> Bool {
        guard case .region(let code) = self, path.hasPrefix("regions/") else { return true }
        return path.hasPrefix("regions/\(code)/")
    }

    /// `registry` with only what this layout shows: for a region, its implementations and its
    /// region file.
    func scope(_ registry: Registry) -> Registry {
        guard case .region(let code) = self else { return registry }
        var scoped = registry
        scoped.implementations = registry.implementations.filter { $0.division == code }
        scoped.regions = registry.regions.filter { $0.division == code }
        return scoped
    }
}
