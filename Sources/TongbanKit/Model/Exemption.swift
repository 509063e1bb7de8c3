/// How many of the materials asked for an electronic licence makes 免提交: the applicant need not
/// hand them in because the licence is fetched from the shared 电子证照 library.
///
/// The counting (docs/exemption.md):
/// - a material counts when it must be supplied: `required` is 必要, 容缺后补 (supplied later,
///   but supplied) or not written; a 非必要 material is not counted, since not every applicant
///   hands it in;
/// - it is 免提交 when its `license` names a licence in `catalog/licenses.yaml` (an id the
///   catalog lacks replaces nothing);
/// - for a situation, the materials that apply to it (those naming no situation apply to all);
///   for the matter as a whole, every counted material once, whatever situations it names;
/// - for a list or a region, the sums over its matters (cancelled matters left out).
public struct Exemption: Sendable, Hashable {
    /// Materials that must be supplied.
    public var materials: Int
    /// Of those, the ones an electronic licence replaces.
    public var exempt: Int

    public init(materials: Int = 0, exempt: Int = 0) {
        self.materials = materials
        self.exempt = exempt
    }

    /// `exempt / materials`, nil when nothing is asked for.
    public var rate: Double? {
        materials == 0 ? nil : Double(exempt) / Double(materials)
    }

    /// The rate as a whole percentage, rounded (`2/3` → 67), nil when nothing is asked for.
    public var percent: Int? {
        materials == 0 ? nil : (exempt * 200 + materials) / (materials * 2)
    }

    public static func + (a: Exemption, b: Exemption) -> Exemption {
        Exemption(materials: a.materials + b.materials, exempt: a.exempt + b.exempt)
    }

    public static func += (a: inout Exemption, b: Exemption) {
        a = a + b
    }

    /// Whether `material` counts: it must be supplied (必要, 容缺后补, or necessity not written).
    public static func counts(_ material: Material) -> Bool {
        material.required?.value != "非必要"
    }

    /// Whether `material` is 免提交 with the licences in `licenses` (catalog ids).
    public static func isExempt(_ material: Material, licenses: Set<String>) -> Bool {
        material.license.map { licenses.contains($0.value) } ?? false
    }

    /// The count over `materials`.
    public static func of(_ materials: some Sequence<Material>, licenses: Set<String>) -> Exemption {
        var count = Exemption()
        for material in materials where counts(material) {
            count.materials += 1
            if isExempt(material, licenses: licenses) { count.exempt += 1 }
        }
        return count
    }
}

extension Matter {
    /// The 免提交 count of the whole matter (every counted material once) or of one situation.
    public func exemption(licenses: Set<String>, situation: String? = nil) -> Exemption {
        guard let situation else { return Exemption.of(materials, licenses: licenses) }
        return Exemption.of(materials.lazy.filter { $0.applies(to: situation) }, licenses: licenses)
    }

    /// The count of each of the matter's situations, in order (none when it names no situation).
    public func exemptionBySituation(licenses: Set<String>) -> [(situation: String, count: Exemption)] {
        var seen: Set<String> = []
        return situations.map(\.value).filter { seen.insert($0).inserted }.map { ($0, exemption(licenses: licenses, situation: $0)) }
    }

    /// Whether the matter has been cancelled (取消): it is no longer to be implemented anywhere.
    public var isCancelled: Bool { status?.value == "取消" }
}

extension Catalog {
    /// The ids of the electronic licences in `catalog/licenses.yaml`.
    public var licenseIDs: Set<String> { Set(licenses.map(\.id.value)) }
}
