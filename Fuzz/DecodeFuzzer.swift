// libFuzzer target for everything tongban does with the bytes of one untrusted file: decoding
// (the clean shortcut and the full path), `fmt`, and `import`'s CSV. The first input byte picks
// what the rest is: one of eight kinds of registry file (and so the schema), or (9th) a CSV to
// import into a small synthetic registry. It stops on:
// - a crash, a hang or a memory error anywhere (address sanitizer);
// - the clean shortcut and the full decoder disagreeing on the model, value, findings or rewrites;
// - `fmt` failing its own read-back check (a bug tongban reports instead of writing), or
//   formatting its own output again;
// - `import` planning a file that does not read back: a new matter or the list with YAML
//   errors, or the list without the entries it was to gain.
//
// Built and run by Fuzz/run.sh.
@testable import TongbanKit

let paths = [
    "matters/hukou-qianyi.yaml", "lists/kuasheng.yaml", "regions/370405/hukou-qianyi.yaml", "registry.yaml",
    "catalog/materials.yaml", "catalog/divisions.yaml", "catalog/licenses.yaml", "regions/370405/region.yaml",
]

func registryFile(_ index: Int) -> RegistryFile? {
    RegistryFile(at: paths[index])
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let choice = Int(data[0]) % (paths.count + 1)
    if choice == paths.count {
        importCSV(bytes)
    } else if let file = registryFile(choice) {
        decodeAndFormat(bytes, as: file)
    }
    return 0
}

func decodeAndFormat(_ bytes: [UInt8], as file: RegistryFile) {
    let quick = FileDecoder.decode(bytes, as: file)
    let full = FileDecoder.decodeInFull(bytes, as: file)
    guard quick.model == full.model, quick.value == full.value, quick.diagnostics == full.diagnostics,
          quick.rewrites == full.rewrites else {
        fatalError("the clean shortcut and the full decoder disagree")
    }
    switch FileFormatter.format(bytes, as: file) {
    case .failed(let message):
        fatalError("fmt failed its read-back check: \(message.en)")
    case .formatted(let output):
        guard FileFormatter.format(output, as: file) == .unchanged else { fatalError("fmt would change its own output") }
    case .unchanged, .refused:
        break
    }
}

/// A small synthetic registry to import into.
let importRegistry = InMemorySource(texts: [
    "registry.yaml": "schema: 1\nname: 示例标准库\njurisdiction: \"370000\"\n",
    "lists/kuasheng.yaml": """
        name: 示例跨省通办  # 注
        scope: 全国
        basis: [示例文件]
        batches:
          - id: "2020"
            due: 2020-12-31
        entries:
          - matter: jia
            batch: "2020"
        sources: [示例]

        """,
    "matters/jia.yaml": "name: 示例事项甲\nstatus: 草稿\nsources: [示例]\n",
])

func importCSV(_ csv: [UInt8]) {
    let request = ListImporter.Request(csv: csv, csvName: "fuzz.csv", listID: "kuasheng", batchID: "2020")
    guard let plan = try? ListImporter.plan(request, source: importRegistry) else { return }
    for matter in plan.newMatters {
        guard let file = RegistryFile(at: matter.path) else { fatalError("import planned a matter outside matters/") }
        if FileDecoder.decode(Array(matter.text.utf8), as: file).hasYAMLErrors { fatalError("import wrote a matter that does not read back") }
    }
    guard let listFile = RegistryFile(at: plan.listPath) else { fatalError("import planned a list outside lists/") }
    let list = FileDecoder.decode(plan.listText, as: listFile)
    guard !list.hasYAMLErrors, case .list(let model)? = list.model else { fatalError("import wrote a list that does not read back") }
    let entries = Set(model.entries.map(\.matter.value))
    for row in plan.added where !entries.contains(row.matter) { fatalError("import lost an entry it added") }
}
