/// `regions.js`: what a region's checklists print the same on every matter, once for the whole
/// site: the region's name, and what its region file (`region.yaml`) gives them — its 通办专窗,
/// 帮办代办 contact and complaint phone. A matter page's region data refers to these values by
/// division code and slot (`RegionPicker`), so 3,000 regions × 200 matters do not repeat them
/// on every page, and a change to one `region.yaml` rewrites this file, not every matter page.
///
/// The file is a script that sets a global, as `search-index.js` does: a page opened from
/// `file://` may not `fetch()` a JSON file. Its JSON has `<`, `>` and `&` escaped, and U+2028 and
/// U+2029 (`JSON.escape`), so no value can end a script or a string.
struct RegionTable: Sendable {
    /// The values of a region's entry, in this order.
    enum Slot: Int, CaseIterable, Sendable {
        /// `台儿庄区（370405）`: the picker's option and the page's title.
        case label
        /// `实施地区：台儿庄区（370405）`: the sheet's subtitle.
        case subtitle
        /// 办理地点 and 办理时间 when the implementation names no window: the 通办专窗's.
        case places, hours
        /// 通办专窗 when they are the 办理地点, and when the implementation has windows of its own.
        case tongbanAsPlaces, tongbanBeside
        /// 帮办代办.
        case assistance
        /// 监督投诉电话 when the implementation gives none.
        case complaintPhone
    }

    /// Each region's values by division code, one per `Slot`.
    let entries: [String: [JSON]]
    /// The same values as JSON text, to compare a page's values with.
    private let texts: [String: [RegionPicker.JSONText]]

    /// The entries of `codes`, from the registry `builder` reads.
    init(codes: some Sequence<String>, _ builder: ChecklistBuilder) {
        var entries: [String: [JSON]] = [:]
        for code in codes where entries[code] == nil {
            entries[code] = Self.entry(code, builder)
        }
        self.entries = entries
        texts = entries.mapValues { $0.map { RegionPicker.JSONText($0.utf8()) } }
    }

    /// The JSON text of `slot` for the region `code`; nil for a region the table does not hold.
    func text(_ slot: Slot, of code: String) -> RegionPicker.JSONText? {
        texts[code].map { $0[slot.rawValue] }
    }

    /// `regions.js`: `window.TONGBAN_REGIONS = {"370405": [label, subtitle, …], …}`, in code order.
    var script: String {
        let object = JSON.object(entries.keys.sorted().compactMap { code in entries[code].map { (code, JSON.array($0)) } })
        return "// 由 tongban site 生成：各地区共用的实施信息（名称、通办专窗、帮办代办、监督投诉电话），事项页的地区数据按地区代码引用。\n"
            + "window.TONGBAN_REGIONS = " + HTMLNode.scriptSafe(object) + ";\n"
    }

    /// A region's values, printed by the checklist's own wording: the region as an
    /// implementation without windows prints it, and as one with windows of its own (whose
    /// windows are not taken from here: only which 通办专窗 line it prints).
    private static func entry(_ code: String, _ builder: ChecklistBuilder) -> [JSON] {
        let none = Checklist.Fact("承诺时限", [])
        let asPlaces = Checklist.regionalFactLines(builder.regionInfo(division: code, ownWindows: []), promised: none)
        let beside = Checklist.regionalFactLines(builder.regionInfo(division: code, ownWindows: [Checklist.Window(name: Checklist.unstated)]), promised: none)
        func fact(_ lines: [[String]?], _ fact: Checklist.RegionalFact) -> JSON { RegionPicker.json(lines[fact.rawValue]) }
        let place = builder.place(code)
        return Slot.allCases.map { slot in
            switch slot {
            case .label: .string(place.label)
            case .subtitle: .string(Checklist.regionSubtitle(place))
            case .places: fact(asPlaces, .places)
            case .hours: fact(asPlaces, .hours)
            case .tongbanAsPlaces: fact(asPlaces, .tongban)
            case .tongbanBeside: fact(beside, .tongban)
            case .assistance: fact(asPlaces, .assistance)
            case .complaintPhone: fact(asPlaces, .complaintPhone)
            }
        }
    }
}
