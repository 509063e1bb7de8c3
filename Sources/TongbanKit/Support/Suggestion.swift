/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `text`, if one is close enough to be a likely typo.
    public static func nearest(to text: String, in candidates: [String]) -> String? {
        let a = Array(text)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(a, Array(candidate))
            let limit = max(1, min(a.count, candidate.count) / 3)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
