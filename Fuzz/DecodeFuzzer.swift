// libFuzzer target for everything tongban does with the bytes of one file: decoding (the clean
// shortcut and the full path), and `fmt`. The first input byte picks the kind of file (and so the
// schema), the rest is the file. It stops on:
// - a crash, a hang or a memory error anywhere (address sanitizer);
// - the clean shortcut and the full decoder disagreeing on the model, value, findings or rewrites;
// - `fmt` failing its own read-back check (a bug tongban reports instead of writing), or
//   formatting its own output again.
//
// Built and run by Fuzz/run.sh.
@testable import TongbanKit

let paths = [
    "matters/hukou-qianyi.yaml", "lists/kuasheng.yaml", "regions/370405/hukou-qianyi.yaml", "registry.yaml",
    "catalog/materials.yaml", "catalog/divisions.yaml", "catalog/licenses.yaml",
]

func registryFile(_ selector: UInt8) -> RegistryFile? {
    let path = paths[Int(selector) % paths.count]
    guard case .kind(let kind, let id, let division) = FilePlace.of(path) else { return nil }
    return RegistryFile(path: path, kind: kind, id: id, division: division)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0, let file = registryFile(data[0]) else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
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
    return 0
}
