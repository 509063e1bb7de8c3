import Testing
@testable import TongbanKit

/// `parallelMap` cuts its input into runs of neighbouring indices; the runs must cover every
/// index exactly once, in order, and the result must be `map`'s.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 3, 63, 64, 65, 127, 128, 1_000, 16_383, 16_384, 16_385, 100_006])
    func runsCoverEveryIndexOnceInOrder(count: Int) {
        let blocks = ParallelBlocks(count: count)
        let covered = (0..<blocks.blocks).flatMap { Array(blocks.range($0)) }
        #expect(covered == Array(0..<count))
        #expect((0..<blocks.blocks).allSatisfy { !blocks.range($0).isEmpty })
    }

    @Test(arguments: [0, 1, 2, 5, 64, 65, 1_000, 20_001])
    func resultIsMap(count: Int) {
        let input = (0..<count).map { "item \($0)" }
        #expect(input.parallelMap { $0 + "!" } == input.map { $0 + "!" })
    }
}
