import Testing
import YAMLSource
@testable import TongbanKit

/// `Implementation` keeps its fields in a shared box; it must still behave as a value.
@Suite struct ImplementationTests {
    private func implementation(agency: String) -> Implementation {
        let range = SourceRange(at: .start)
        var object = ObjectValue(range: range)
        _ = object.record("agency", at: range)
        object.setValue(.text(agency, range), for: "agency")
        return Implementation(division: "370405", matterID: "shebaoka", object)
    }

    @Test func copiesAreIndependent() {
        let original = implementation(agency: "甲")
        var copy = original
        #expect(copy == original)
        copy.agency = Located("乙", SourceRange(at: .start))
        copy.windows.append(Implementation.Window(name: Located("专窗", SourceRange(at: .start))))
        #expect(original.agency?.value == "甲")
        #expect(original.windows.isEmpty)
        #expect(copy.agency?.value == "乙")
        #expect(copy.windows.count == 1)
        #expect(copy != original)
        #expect(copy.division == "370405" && copy.matterID == "shebaoka")
    }

    @Test func equalFieldsAreEqualValues() {
        let a = implementation(agency: "甲")
        let b = implementation(agency: "甲")
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        #expect(a != implementation(agency: "乙"))
    }
}
