import Testing
import YAMLSource
@testable import TongbanKit

/// `ObjectValue` keeps its keys in a list (and a table once large) but must answer as the two
/// dictionaries it stands for.
@Suite struct ObjectValueTests {
    private func range(_ line: Int) -> SourceRange {
        SourceRange(at: Mark(line: line, column: 1, offset: line))
    }

    /// Records keys in a generated order, some repeated, some spelled in other normalization forms,
    /// and compares every answer with two dictionaries built the way the validator used to.
    @Test func answersAsTwoDictionaries() {
        let keys = ["name", "agency", "phone", "é", "e\u{301}", "K", "\u{212A}", "社会", "a_b", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "y1", "y2"]
        var random = SeededRandom(seed: 41)
        for round in 0..<300 {
            var object = ObjectValue(range: range(0))
            var fields: [String: Value] = [:]
            var keyRanges: [String: SourceRange] = [:]
            for line in 1...(1 + random.next(upTo: 30)) {
                let key = random.pick(keys)
                let slot = object.record(key, at: range(line))
                #expect((slot != nil) == (keyRanges[key] == nil), "round \(round)")
                guard keyRanges[key] == nil, let slot else { continue }
                keyRanges[key] = range(line)
                if random.chance(70) {
                    let value = Value.text("v\(line)", range(line))
                    if random.chance(50) {
                        object.setValue(value, at: slot)
                    } else {
                        object.setValue(value, for: key)
                    }
                    fields[key] = value
                }
            }
            #expect(object.fields == fields)
            #expect(object.keyRanges == keyRanges)
            for key in keys {
                #expect(object[key] == fields[key], "\(key)")
                #expect(object.has(key) == (keyRanges[key] != nil), "\(key)")
            }
            #expect(object == ObjectValue(fields: fields, keyRanges: keyRanges, range: range(0)))
            #expect(object.hashValue == ObjectValue(fields: fields, keyRanges: keyRanges, range: range(0)).hashValue)
        }
    }

    @Test func settingTheDictionariesRebuildsTheKeys() {
        var object = ObjectValue(fields: ["a": .integer(1, range(1))], keyRanges: ["a": range(1), "b": range(2)], range: range(0))
        object.fields["c"] = .integer(3, range(3))
        #expect(object["c"] == .integer(3, range(3)))
        #expect(!object.has("c"))
        object.keyRanges["c"] = range(3)
        #expect(object.has("c"))
        #expect(object.keyRanges == ["a": range(1), "b": range(2), "c": range(3)])
        #expect(object.fields == ["a": .integer(1, range(1)), "c": .integer(3, range(3))])
    }
}
