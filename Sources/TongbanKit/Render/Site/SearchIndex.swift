/// The catalogue's search: an index of matters written as a script that sets a global (a
/// page opened from `file://` may not `fetch()` a JSON file), and the script that searches it.
enum SearchIndex {
    /// `search-index.js`: `window.TONGBAN_INDEX = [...]`, one entry per matter of `matters`
    /// (those whose page the site writes, so no result links to a missing page).
    static func script(_ registry: Registry, matters: [Matter], _ builder: ChecklistBuilder) -> String {
        let entries = matters.sorted { $0.id < $1.id }.map { m -> JSON in
            let regions = builder.index.implementations(of: m.id).map { builder.place($0.division).name ?? $0.division }
            return .object([
                ("id", .string(m.id)),
                ("name", .string(m.displayName)),
                ("type", .optional(m.type?.value)),
                ("status", .optional(m.status?.value)),
                ("department", .optional(m.department?.value)),
                ("lists", .array(builder.index.lists(containing: m.id).map { .string($0.displayName) })),
                ("regions", .array(regions.map(JSON.string))),
                ("situations", .array(m.situations.map { .string($0.value) })),
                ("materials", .array(m.materials.map { .string($0.name.value) })),
                ("url", .string("matters/\(m.id).html")),
            ])
        }
        return "// 由 tongban site 生成：事项检索索引。\nwindow.TONGBAN_INDEX = " + JSON.array(entries).rendered(pretty: false) + ";\n"
    }

    /// `search.js`: reads `?q=` and the search box, and lists matching matters with DOM text
    /// nodes only (never `innerHTML`), so no value of the index can become markup.
    static let searchScript: StaticString = """
        // 事项检索：在浏览器中运行，无需服务器；也可用 index.html?q=关键词 直接打开结果。
        (function () {
          "use strict";
          var index = window.TONGBAN_INDEX || [];
          var input = document.getElementById("q");
          var list = document.getElementById("results");
          var count = document.getElementById("result-count");
          if (!input || !list || !count) { return; }

          function fold(text) { return String(text || "").toLowerCase().replace(/\\s+/g, ""); }

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

          function score(entry, terms) {
            var name = fold(entry.name), id = fold(entry.id);
            var rest = fold([entry.type, entry.status, entry.department]
              .concat(entry.lists, entry.regions, entry.situations, entry.materials).join(" "));
            var total = 0;
            for (var i = 0; i < terms.length; i++) {
              var term = terms[i];
              if (name.indexOf(term) >= 0 || id.indexOf(term) >= 0) { total += 3; }
              else if (inOrder(term, name)) { total += 2; }
              else if (rest.indexOf(term) >= 0) { total += 1; }
              else { return 0; }
            }
            return total;
          }

          function show(query) {
            var terms = String(query || "").toLowerCase().split(/\\s+/).filter(function (t) { return t.length > 0; });
            while (list.firstChild) { list.removeChild(list.firstChild); }
            if (terms.length === 0) { count.textContent = ""; return; }
            var hits = [];
            index.forEach(function (entry, order) {
              var s = score(entry, terms);
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
