import Testing
@testable import TongbanLSP

@Suite struct MessageFramerTests {
    private func bodies(_ framer: inout MessageFramer) -> [MessageFramer.Frame] {
        var out: [MessageFramer.Frame] = []
        while let frame = framer.next() { out.append(frame) }
        return out
    }

    @Test func readsMessagesSplitAnywhere() {
        let one = Array(#"{"a":"通办"}"#.utf8), two = Array(#"{"b":1}"#.utf8)
        let stream = MessageFramer.frame(one) + MessageFramer.frame(two)
        // Fed one byte at a time, the two bodies come out whole and in order.
        var framer = MessageFramer()
        var frames: [MessageFramer.Frame] = []
        for byte in stream {
            framer.append([byte])
            frames += bodies(&framer)
        }
        #expect(frames == [.message(one), .message(two)])
    }

    @Test func lengthCountsBytesNotCharacters() {
        let body = Array(#"{"x":"𠀋"}"#.utf8)
        #expect(MessageFramer.frame(body).prefix(20) == Array("Content-Length: \(body.count)\r\n\r\n".utf8).prefix(20))
        #expect(body.count == 12)
    }

    @Test func acceptsOtherHeadersInAnyCase() {
        var framer = MessageFramer()
        framer.append(Array("content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length:  2\r\n\r\n{}".utf8))
        #expect(bodies(&framer) == [.message(Array("{}".utf8))])
    }

    @Test func malformedHeaderIsReportedAndReadingGoesOn() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: x\r\n\r\n".utf8) + Array("X-Nothing: 1\r\n\r\n".utf8) + MessageFramer.frame(Array("{}".utf8)))
        let frames = bodies(&framer)
        #expect(frames.count == 3)
        #expect(frames.last == .message(Array("{}".utf8)))
        #expect(frames.dropLast().allSatisfy { if case .malformed = $0 { true } else { false } })
    }

    @Test func oversizedBodyIsSkippedAsItArrives() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: \(MessageFramer.maxBodySize + 1)\r\n\r\n".utf8) + [UInt8](repeating: 65, count: 1000))
        #expect(bodies(&framer).count == 1)
        framer.append([UInt8](repeating: 65, count: MessageFramer.maxBodySize + 1 - 1000))
        framer.append(MessageFramer.frame(Array("{}".utf8)))
        #expect(bodies(&framer) == [.message(Array("{}".utf8))])
    }

    @Test func endlessHeaderIsDropped() {
        var framer = MessageFramer()
        framer.append([UInt8](repeating: 65, count: MessageFramer.maxHeaderSize + 1))
        #expect(bodies(&framer).count == 1)
        framer.append(MessageFramer.frame(Array("[]".utf8)))
        #expect(bodies(&framer) == [.message(Array("[]".utf8))])
    }
}
