import Foundation
import Testing
import TongbanKit

/// The JSON Schemas that `tongban schema` writes agree with lint: every file lint accepts without
/// an error is valid against its kind's schema, as a real validator (python `jsonschema`,
/// draft-07) reads it, and files lint refuses for their shape are not.
@Suite struct SchemaAgreementTests {
    static let registries = ["standards"] + ["messy", "checklist-registry", "supervision", "all-errors"].map { "Tests/TongbanKitTests/Fixtures/" + $0 }

    /// `KIND=PATH` for every file of `registry` that lint reports no error in.
    static func cleanFiles(_ registry: String) throws -> [String] {
        let lint = try CLI.run(["lint", registry, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any])
        let diagnostics = object["diagnostics"] as? [[String: Any]] ?? []
        let failing = Set(diagnostics.filter { $0["severity"] as? String == "error" }.compactMap { $0["file"] as? String })
        let root = CLI.packageRoot.appendingPathComponent(registry).path
        let paths = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String]) ?? []
        return paths.sorted().compactMap { path in
            guard let file = RegistryFile(at: path), !failing.contains(registry + "/" + path) else { return nil }
            return "\(file.kind.rawValue)=\(root)/\(path)"
        }
    }

    static func validate(_ pairs: [String]) throws -> [String: [String]] {
        let schemas = try TemporaryDirectory()
        #expect(try CLI.run(["schema", "-o", schemas.url.path]).status == 0)
        let output = try Python.run(["Tests/scripts/validate_schemas.py", schemas.url.path] + pairs)
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String]])
    }

    @Test(.enabled(if: Python.has("jsonschema") && Python.has("yaml") || Python.required, "needs jsonschema and PyYAML"))
    func everyFileLintAcceptsIsValid() throws {
        var pairs: [String] = []
        for registry in Self.registries { pairs += try Self.cleanFiles(registry) }
        #expect(pairs.count > 80)
        #expect(pairs.contains { $0.hasSuffix("messy/matters/jiashizheng.yaml") }, "the {days, unit} duration is among them")
        let failures = try Self.validate(pairs)
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test(.enabled(if: Python.has("jsonschema") && Python.has("yaml") || Python.required, "needs jsonschema and PyYAML"))
    func filesOfTheWrongShapeAreInvalid() throws {
        let tmp = try TemporaryDirectory()
        let bad = [
            "matter=unknown-key.yaml": "name: 示例\nstatus: 草稿\nnmae: 拼错\nsources: [x]\n",
            "matter=wrong-type.yaml": "name: 示例\nstatus: 草稿\nmaterials: {name: 居民身份证}\nsources: [x]\n",
            "matter=bad-term.yaml": "name: 示例\nstatus: 草稿\nmodes: [上门办理]\nsources: [x]\n",
            "matter=no-name.yaml": "status: 草稿\nsources: [x]\n",
            "matter=in-use-incomplete.yaml": "name: 示例\nstatus: 在用\nsources: [x]\n",
            "list=bad-batch.yaml": "name: 清单\nscope: 全国\nbatches: [{id: a, due: 2021-01-01, extra: 1}]\nentries: []\n",
        ]
        var pairs: [String] = []
        for (key, text) in bad {
            let (kind, name) = (String(key.prefix { $0 != "=" }), String(key.drop { $0 != "=" }.dropFirst()))
            try tmp.write([name: text])
            pairs.append("\(kind)=\(tmp.url.path)/\(name)")
        }
        let failures = try Self.validate(pairs)
        #expect(failures.count == bad.count)
        #expect(Set(failures.keys) == Set(pairs.map { String($0.drop { $0 != "=" }.dropFirst()) }), "\(failures)")
    }

    /// Strict JSON parsers refuse an object with a key twice: no schema has one.
    @Test(.enabled(if: Python.has("json") || Python.required, "needs python3"))
    func noSchemaRepeatsAKey() throws {
        for kind in FileKind.allCases {
            let schema = try CLI.run(["schema", kind.rawValue])
            let script = "import json,sys\ndef pairs(p):\n    keys=[k for k,_ in p]\n    assert len(keys)==len(set(keys)), keys\n    return dict(p)\njson.loads(sys.stdin.read(), object_pairs_hook=pairs)\nprint('ok')"
            #expect(try Python.run(["-c", script], input: schema.stdout) == "ok\n", "\(kind.rawValue)")
        }
    }
}

/// The JSON that lint, diff, report and export print has the shape `docs/schemas/` documents.
@Suite struct OutputSchemaTests {
    static func check(_ json: String, against schema: String) throws -> String {
        let script = """
            import json, sys, jsonschema
            schemas = {name: json.load(open("docs/schemas/" + name, encoding="utf-8")) for name in ("lint.schema.json", "diff.schema.json", "export.schema.json", "report.schema.json")}
            store = {s["$id"]: s for s in schemas.values()}
            store.update({name: s for name, s in schemas.items()})
            schema = schemas[sys.argv[1]]
            resolver = jsonschema.RefResolver(base_uri="", referrer=schema, store=store)
            errors = [e.message for e in jsonschema.Draft7Validator(schema, resolver=resolver).iter_errors(json.loads(sys.stdin.read()))]
            print(json.dumps(errors[:5], ensure_ascii=False))
            """
        return try Python.run(["-W", "ignore", "-c", script, schema], input: json)
    }

    @Test(.enabled(if: Python.has("jsonschema") || Python.required, "needs jsonschema"))
    func lintDiffAndExportMatchTheirSchemas() throws {
        let lint = try CLI.run(["lint", "Tests/TongbanKitTests/Fixtures/all-errors", "--format", "json"])
        #expect(try Self.check(lint.stdout, against: "lint.schema.json") == "[]\n")
        let clean = try CLI.run(["lint", "standards", "--format", "json"])
        #expect(try Self.check(clean.stdout, against: "lint.schema.json") == "[]\n")

        let repo = try DiffTrustTests.brokenList()
        for (old, new) in [("v1", "v2"), ("v2", "broken")] {
            let diff = try CLI.run(["diff", old, new, "--format", "json"], in: repo.url)
            #expect(try Self.check(diff.stdout, against: "diff.schema.json") == "[]\n", "\(old) → \(new)")
        }
        for registry in ["standards", "Tests/TongbanKitTests/Fixtures/supervision"] {
            let report = try CLI.run(["report", "--registry", registry, "--format", "json", "--as-of", "2021-07-01"])
            #expect(try Self.check(report.stdout, against: "report.schema.json") == "[]\n", "\(registry)")
        }
        let export = try CLI.run(["export", "Tests/TongbanKitTests/Fixtures/messy"])
        #expect(try Self.check(export.stdout, against: "export.schema.json") == "[]\n")
        // The checks can fail: a lint object without its summary is not valid.
        #expect(try Self.check(#"{"tool":"tongban","version":"0","files":0,"diagnostics":[],"schema_version":1}"#, against: "lint.schema.json") != "[]\n")
    }
}
