import Testing
@testable import TongbanKit

/// 工作日 and 自然日 compared conservatively, in the standard, a region and the process steps.
@Suite struct MixedTimeUnitsTests {
    @Test(arguments: [
        // n working days span n to n + 2⌈n/5⌉ + 21 calendar days.
        (1, 24), (5, 28), (20, 49), (100, 161), (300, 462), (1_000, 1_484),
    ])
    func workingDaysSpanAtMost(_ n: Int, _ span: Int) {
        #expect(Duration.calendarSpan(ofWorkingDays: n) == span)
    }

    @Test(arguments: [
        ("90个自然日", "20个工作日", Duration.Comparison.longer),
        ("50个自然日", "20个工作日", .longer),
        ("49个自然日", "20个工作日", .undecided),
        ("21个自然日", "20个工作日", .undecided),
        ("20个自然日", "20个工作日", .notLonger),
        ("21个工作日", "20个自然日", .longer),
        ("20个工作日", "20个自然日", .undecided),
        ("20个工作日", "48个自然日", .undecided),
        ("20个工作日", "49个自然日", .notLonger),
        ("6个工作日", "5个工作日", .longer),
        ("即办", "1个自然日", .notLonger),
        ("1个自然日", "即办", .longer),
    ])
    func comparesAcrossUnits(_ a: String, _ b: String, _ expected: Duration.Comparison) throws {
        let x = try #require(DurationParser.parse(a))
        let y = try #require(DurationParser.parse(b))
        #expect(x.compare(with: y) == expected)
    }

    static func lint(_ files: [String: String]) throws -> [String] {
        var texts = files
        texts["registry.yaml"] = "schema: 1\nname: 示例\njurisdiction: \"370405\"\n"
        texts["catalog/divisions.yaml"] = "- code: \"370405\"\n  name: 台儿庄区\n"
        let registry = try Linter.lint(InMemorySource(texts: texts))
        return registry.diagnostics.filter { $0.rule != .unlistedMatter && $0.rule != .missingAssistance && $0.rule != .missingTongbanWindow }
            .map { "\($0.file):\($0.range.start.line):\($0.range.start.column) \($0.severity.rawValue) \($0.rule.rawValue)" }
    }

    static func matter(statutory: String, promised: String, steps: String = "") -> String {
        "name: 示例\nstatus: 草稿\ntime_limit:\n  statutory: \(statutory)\n  promised: \(promised)\n\(steps)sources: [合成]\n"
    }

    @Test func aCalendarPromiseSurelyLongerThanTheStatutoryIsAnError() throws {
        let found = try Self.lint(["matters/a.yaml": Self.matter(statutory: "20个工作日", promised: "90个自然日")])
        #expect(found == ["matters/a.yaml:5:13 error inconsistent-time-limit"])
    }

    @Test func anUndecidablePromiseIsAWarningNamingBoth() throws {
        let registry = try Linter.lint(InMemorySource(texts: [
            "registry.yaml": "schema: 1\nname: 示例\njurisdiction: \"370000\"\n",
            "matters/a.yaml": Self.matter(statutory: "20个工作日", promised: "30个自然日"),
        ]))
        let warning = try #require(registry.diagnostics.first { $0.rule == .mixedTimeUnits })
        #expect(warning.severity == .warning)
        #expect("\(warning.range.start)" == "5:13")
        #expect(warning.message.zh.contains("30个自然日") && warning.message.zh.contains("20个工作日"))
        #expect(warning.message.en.contains("30个自然日") && warning.message.en.contains("20个工作日"))
    }

    @Test func aRegionCannotPromiseLongerBySwitchingUnits() throws {
        let found = try Self.lint([
            "matters/a.yaml": Self.matter(statutory: "20个工作日", promised: "5个工作日"),
            "regions/370405/a.yaml": "agency: 某局\npromised: 60个自然日\nsources: [合成]\n",
        ])
        #expect(found == ["regions/370405/a.yaml:2:11 error inconsistent-time-limit"])
    }

    @Test func stepTimesAreComparedTheSameWay() throws {
        let steps = "process:\n  - step: 受理\n    time: 40个自然日\n"
        let surely = try Self.lint(["matters/a.yaml": Self.matter(statutory: "60个工作日", promised: "10个工作日", steps: steps)])
        #expect(surely == ["matters/a.yaml:5:13 error inconsistent-step-time"])
        let undecided = try Self.lint(["matters/a.yaml": Self.matter(statutory: "60个工作日", promised: "20个工作日", steps: steps)])
        #expect(undecided == ["matters/a.yaml:5:13 warning mixed-time-units"])
    }

    @Test(arguments: [
        ("promised: 0个工作日", "invalid-value"),
        ("promised: {days: 0, unit: 工作日}", "invalid-value"),
    ])
    func zeroDaysIsRefused(_ line: String, _ rule: String) throws {
        let text = "name: 示例\nstatus: 草稿\ntime_limit:\n  \(line)\nsources: [合成]\n"
        let found = try Self.lint(["matters/a.yaml": text])
        let column = line.contains("{") ? 20 : 13
        #expect(found == ["matters/a.yaml:4:\(column) error \(rule)"])
    }

    @Test(arguments: [
        ("{days: 二十, unit: 工作日}", "20个工作日"),
        ("{days: ２０, unit: 自然日}", "20个自然日"),
        ("{days: \"5\", unit: 工作日}", "5个工作日"),
        ("{days: 5, unit: 工作日}", "5个工作日"),
    ])
    func theMappingAcceptsWhatTheTextAccepts(_ mapping: String, _ canonical: String) throws {
        let file = try #require(RegistryFile(at: "matters/a.yaml"))
        let decoded = FileDecoder.decode(Array("name: 示例\nstatus: 草稿\ntime_limit:\n  promised: \(mapping)\nsources: [合成]\n".utf8), as: file)
        #expect(decoded.diagnostics.map(\.rule) == [.nonCanonical])
        guard case .matter(let matter)? = decoded.model else { Issue.record("no matter"); return }
        #expect(matter.timeLimit?.promised?.value == canonical)
    }
}
