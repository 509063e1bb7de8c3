extension Suggestion {
    /// Up to `limit` candidates that look like `text`: those containing it or contained in it
    /// first, then those a few edits away, each group closest first.
    ///
    /// Unlike `nearest`, this is for naming choices to a person ("did you mean one of …"), so it
    /// also finds an id from its prefix (`shebaoka` → `shebaoka-shenling`) and a name from a part.
    public static func candidates(for text: String, in candidates: [String], limit: Int = 3) -> [String] {
        let query = Array(text.lowercased())
        guard !query.isEmpty else { return [] }
        var scored: [(candidate: String, rank: Int, distance: Int)] = []
        for candidate in Set(candidates) {
            let c = Array(candidate.lowercased())
            let d = distance(query, c)
            let lowered = candidate.lowercased(), q = text.lowercased()
            if lowered.contains(q) || q.contains(lowered) {
                scored.append((candidate, 0, d))
            } else if d <= max(1, min(query.count, c.count) / 2) {
                scored.append((candidate, 1, d))
            }
        }
        scored.sort { ($0.rank, $0.distance, $0.candidate) < ($1.rank, $1.distance, $1.candidate) }
        return scored.prefix(limit).map(\.candidate)
    }
}
