extension Suggestion {
    /// Up to `limit` candidates that look like `text`, best first: those containing it (or
    /// contained in it), then those holding its characters in order (an abbreviation: 社保卡 →
    /// 社会保障卡申领), then those a few edits away.
    ///
    /// Unlike `nearest`, this is for naming choices to a person ("nearest: …"), so it also finds
    /// an id from a part of it (`shebaoka` → `shili-shebaoka`) and a name from its short form.
    public static func candidates(for text: String, in candidates: [String], limit: Int = 3) -> [String] {
        let query = Array(text.lowercased())
        guard !query.isEmpty else { return [] }
        var scored: [(candidate: String, rank: Int, distance: Int)] = []
        for candidate in Set(candidates) {
            let c = Array(candidate.lowercased())
            let d = distance(query, c)
            if c.count >= query.count ? contains(c, query) : contains(query, c) {
                scored.append((candidate, 0, d))
            } else if query.count >= 2, isSubsequence(query, of: c) {
                scored.append((candidate, 1, d))
            } else if d <= max(1, min(query.count, c.count) / 4) {
                scored.append((candidate, 2, d))
            }
        }
        scored.sort { ($0.rank, $0.distance, $0.candidate) < ($1.rank, $1.distance, $1.candidate) }
        return scored.prefix(limit).map(\.candidate)
    }

    private static func contains(_ text: [Character], _ part: [Character]) -> Bool {
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { start in text[start..<(start + part.count)].elementsEqual(part) }
    }

    private static func isSubsequence(_ part: [Character], of text: [Character]) -> Bool {
        var i = part.startIndex
        for ch in text where i < part.endIndex && ch == part[i] { i += 1 }
        return i == part.endIndex
    }
}
