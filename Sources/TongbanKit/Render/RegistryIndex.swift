/// Lookups by id over a loaded registry, built once in one pass, so that a site or a booklet that
/// asks for every matter × region finds each implementation, region and division in O(1)
/// rather than by scanning the registry's arrays.
struct RegistryIndex: Sendable {
    /// Implementations per matter id, in division order.
    private let implementationsByMatter: [String: [Implementation]]
    /// Implementation per matter id and division.
    private let implementationByKey: [Key: Implementation]
    private let regionsByDivision: [String: Region]
    private let divisionNames: [String: String]
    private let mattersByID: [String: Matter]
    /// Lists per matter id, in list-id order.
    private let listsByMatter: [String: [ServiceList]]

    private struct Key: Hashable, Sendable {
        var matter: String
        var division: String
    }

    init(_ registry: Registry) {
        var byMatter: [String: [Implementation]] = [:]
        var byKey: [Key: Implementation] = [:]
        for i in registry.implementations {
            byMatter[i.matterID, default: []].append(i)
            let key = Key(matter: i.matterID, division: i.division)
            if byKey[key] == nil { byKey[key] = i }
        }
        for (id, list) in byMatter {
            byMatter[id] = list.sorted { $0.division < $1.division }
        }
        implementationsByMatter = byMatter
        implementationByKey = byKey
        regionsByDivision = registry.regionsByDivision
        var names: [String: String] = [:]
        var seen: Set<String> = []
        for d in registry.catalog.divisions where seen.insert(d.code.value).inserted {
            if let name = d.name?.value { names[d.code.value] = name }
        }
        divisionNames = names
        var matters: [String: Matter] = [:]
        for m in registry.matters where matters[m.id] == nil { matters[m.id] = m }
        mattersByID = matters
        var lists: [String: [ServiceList]] = [:]
        for list in registry.lists.sorted(by: { $0.id < $1.id }) {
            for id in Set(list.entries.map(\.matter.value)) { lists[id, default: []].append(list) }
        }
        listsByMatter = lists
    }

    /// The implementations of `matterID`, in division order (as `Registry.implementations(of:)`).
    func implementations(of matterID: String) -> [Implementation] { implementationsByMatter[matterID] ?? [] }

    /// The first implementation of `matterID` in `division`, as a scan in file order finds it.
    func implementation(of matterID: String, in division: String) -> Implementation? {
        implementationByKey[Key(matter: matterID, division: division)]
    }

    /// The region file of `division` (as `Registry.region(_:)`).
    func region(_ division: String) -> Region? { regionsByDivision[division] }

    /// The catalog's name of a division.
    func divisionName(_ code: String) -> String? { divisionNames[code] }

    /// The matter with id `id` (as `Registry.matter(_:)`).
    func matter(_ id: String) -> Matter? { mattersByID[id] }

    /// The lists that have `matterID` as an entry, in list-id order.
    func lists(containing matterID: String) -> [ServiceList] { listsByMatter[matterID] ?? [] }
}
