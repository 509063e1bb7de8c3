/// What a catalogue site covers: every region (the national layout), or one region.
public enum SiteLayout: Sendable, Hashable {
    /// One page per matter, the regions' parts as data in it and a region picker.
    case national
    /// One region's site (`site --region CODE`): that region's implementations only, with its
    /// checklists and booklets as static pages.
    case region(String)

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
