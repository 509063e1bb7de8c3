/// The catalogue's search: an index of matters written as a script that sets a global (a
/// page opened from `file://` may not `fetch()` a JSON file), and the script that searches it.
enum SearchIndex {
    /// `search-index.js`: `window.TONGBAN_INDEX = {"regions": [names], "matters": [...]}`, one
    /// entry per matter of `matters` (those whose page the site writes, so no result links to a
    /// missing page). Region names are given once, in division-code order; a matter's `regions`
    /// are runs over that table (`runs`), so 3,000 regions implementing 200 matters take a few
    /// numbers per matter rather than 3,000 names each. The JSON has `<`, `>`, `&`, U+2028 and
    /// U+2029 escaped, so no value can end the script or a string.
    static func script(_ registry: Registry, matters: [Matter], _ builder: ChecklistBuilder) -> String {
        let sorted = matters.sorted { $0.id < $1.id }
        let codes = Set(sorted.flatMap { builder.index.implementations(of: $0.id).map(\.division) }).sorted()
        let position = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let entries = sorted.map { m -> JSON in
            let places = Set(builder.index.implementations(of: m.id).compactMap { position[$0.division] }).sorted()
            return .object([
                ("id", .string(m.id)),
                ("name", .string(m.displayName)),
                ("type", .optional(m.type?.value)),
                ("status", .optional(m.status?.value)),
                ("department", .optional(m.department?.value)),
                ("lists", .array(builder.index.lists(containing: m.id).map { .string($0.displayName) })),
                ("regions", .array(runs(places).map(JSON.int))),
                ("situations", .array(m.situations.map { .string($0.value) })),
                ("materials", .array(m.materials.map { .string($0.name.value) })),
                ("url", .string("matters/\(m.id).html")),
            ])
        }
        let index = JSON.object([
            ("regions", .array(codes.map { .string(builder.place($0).name ?? $0) })),
            ("matters", .array(entries)),
        ])
        return "// 由 tongban site 生成：事项检索索引。\nwindow.TONGBAN_INDEX = " + HTMLNode.scriptSafe(index) + ";\n"
    }

    /// Ascending distinct positions as runs `[skip, take, skip, take, …]`: skip that many
    /// positions (from 0, then from the end of the run before), take that many. `[0, 3000]` is
    /// every one of 3,000; `[2, 1, 3, 2]` is 2, 6 and 7.
    static func runs(_ positions: [Int]) -> [Int] {
        var runs: [Int] = []
        var end = 0
        for p in positions {
            if let last = runs.last, p == end {
                runs[runs.count - 1] = last + 1
            } else {
                runs += [p - end, 1]
            }
            end = p + 1
        }
        return runs
    }

    /// `search.js`: reads `?q=` and the search box, and lists matching matters with DOM text
    /// nodes only (never `innerHTML`), so no value of the index can become markup.
    static let searchScript: StaticString = """
        // 事项检索：在浏览器中运行，无需服务器；也可用 index.html?q=关键词 直接打开结果。
        (function () {
          "use strict";
          var data = window.TONGBAN_INDEX || {};
          var index = Array.isArray(data.matters) ? data.matters : [];
          var input = document.getElementById("q");
          var list = document.getElementById("results");
          var count = document.getElementById("result-count");
          if (!input || !list || !count) { return; }

          function fold(text) { return String(text || "").toLowerCase().replace(/\\s+/g, ""); }

          var regionNames = (Array.isArray(data.regions) ? data.regions : []).map(fold);
          var folded = index.map(function (entry) {
            return {
              name: fold(entry.name), id: fold(entry.id),
              rest: fold([entry.type, entry.status, entry.department]
                .concat(entry.lists, entry.situations, entry.materials).join(" ")),
              regions: Array.isArray(entry.regions) ? entry.regions : []
            };
          });

          // An abbreviation finds the full name: "社保卡" matches "社会保障卡申领".
          function inOrder(term, text) {
            var at = 0;
            for (var i = 0; i < term.length; i++) {
              at = text.indexOf(term.charAt(i), at);
              if (at < 0) { return false; }
              at += 1;
            }
            return true;
          }

          // For a term, how many region names before each position contain it: a run of a
          // matter's regions holds a match when the count grows across it.
          function regionCounts(term) {
            var counts = [0];
            regionNames.forEach(function (name, i) { counts.push(counts[i] + (name.indexOf(term) >= 0 ? 1 : 0)); });
            return counts;
          }

          // Whether the runs [skip, take, …] of a matter's regions hold a name that matched.
          function inRegions(runs, counts) {
            var last = counts.length - 1, at = 0;
            for (var k = 0; k + 1 < runs.length; k += 2) {
              at += runs[k];
              var end = at + runs[k + 1];
              if (counts[Math.min(end, last)] > counts[Math.min(at, last)]) { return true; }
              at = end;
            }
            return false;
          }

          function score(entry, terms, counts) {
            var total = 0;
            for (var i = 0; i < terms.length; i++) {
              var term = terms[i];
              if (entry.name.indexOf(term) >= 0 || entry.id.indexOf(term) >= 0) { total += 3; }
              else if (inOrder(term, entry.name)) { total += 2; }
              else if (entry.rest.indexOf(term) >= 0 || inRegions(entry.regions, counts[i])) { total += 1; }
              else { return 0; }
            }
            return total;
          }

          function show(query) {
            var terms = String(query || "").toLowerCase().split(/\\s+/).filter(function (t) { return t.length > 0; });
            while (list.firstChild) { list.removeChild(list.firstChild); }
            if (terms.length === 0) { count.textContent = ""; return; }
            var counts = terms.map(regionCounts);
            var hits = [];
            index.forEach(function (entry, order) {
              var s = score(folded[order], terms, counts);
              if (s > 0) { hits.push({ entry: entry, score: s, order: order }); }
            });
            hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
            count.textContent = hits.length === 0
              ? "没有找到与“" + query + "”相关的事项。"
              : "找到 " + hits.length + " 项与“" + query + "”相关的事项：";
            hits.forEach(function (hit) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.href = hit.entry.url;
              link.textContent = hit.entry.name;
              item.appendChild(link);
              var detail = [hit.entry.type, hit.entry.status === "在用" ? "" : hit.entry.status, hit.entry.lists.join("、")]
                .filter(function (part) { return part; }).join(" · ");
              if (detail) {
                var small = document.createElement("span");
                small.className = "detail";
                small.textContent = "　" + detail;
                item.appendChild(small);
              }
              list.appendChild(item);
            });
          }

          var query = new URLSearchParams(window.location.search).get("q") || "";
          input.value = query;
          show(query);
          input.addEventListener("input", function () { show(input.value); });
        })();

        """
}
