/// The matter page's region picker: the regions' parts of a checklist as data, and the script
/// that fills them into the page's one regional sheet.
enum RegionPicker {
    /// The page's region data: `{"onlineLead": …, "regions": [[code, label, subtitle, online
    /// address or null, 1 when it may be a link, [the facts of `Checklist.regionalFacts`, each
    /// one line (text) or several (a list), null for a row the region does not print]]]}`.
    /// Every text is the one the checklist's own wording prints.
    static func data(_ regional: [Checklist]) -> JSON {
        .object([
            ("onlineLead", .string(Checklist.onlineLead)),
            ("regions", .array(regional.compactMap(entry))),
        ])
    }

    private static func entry(_ c: Checklist) -> JSON? {
        guard let region = c.region else { return nil }
        var facts: [String: [String]] = [:]
        for (left, right) in c.factRows {
            facts[left.label] = left.lines
            facts[right.label] = right.lines
        }
        let online = c.modes.first { $0.name == Checklist.onlineMode }?.onlineURL
        return .array([
            .string(region.place.code),
            .string(region.place.label),
            .string(c.subtitle),
            .optional(online),
            .int(online.map(Checklist.isWebAddress) == true ? 1 : 0),
            .array(Checklist.regionalFacts.map { label in
                guard let lines = facts[label] else { return .null }
                return lines.count == 1 ? .string(lines[0]) : .array(lines.map(JSON.string))
            }),
        ])
    }

    /// `region-picker.js`: fills the picker from the data, reads `?region=`, and writes the
    /// chosen region's parts into the sheet with DOM text nodes only (never `innerHTML`).
    static let script: StaticString = """
        // 地区选择：把所选地区的实施信息填入一次性告知单，在浏览器中运行，无需服务器；
        // 也可用 matters/事项.html?region=地区代码 直接打开。只写文本节点，不解析任何标记。
        (function () {
          "use strict";
          var dataNode = document.getElementById("region-data");
          var select = document.getElementById("region");
          var sheet = document.getElementById("regional");
          var note = document.getElementById("region-note");
          if (!dataNode || !select || !sheet) { return; }
          var data;
          try { data = JSON.parse(dataNode.textContent); } catch (e) { return; }
          var regions = Array.isArray(data.regions) ? data.regions : [];
          var byCode = {};
          regions.forEach(function (r) {
            byCode[r[0]] = r;
            var option = document.createElement("option");
            option.value = r[0];
            option.textContent = r[1];
            select.appendChild(option);
          });
          var row = sheet.querySelector("tr[data-row=tongban]");
          var rowParent = row ? row.parentNode : null;
          var rowNext = row ? row.nextSibling : null;
          var noteText = note ? note.textContent : "";
          var title = document.title;

          function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

          function fill(node, value) {
            clear(node);
            if (Array.isArray(value)) {
              value.forEach(function (line) {
                var span = document.createElement("span");
                span.className = "line";
                span.textContent = line;
                node.appendChild(span);
              });
            } else {
              node.textContent = value;
            }
          }

          function show(code) {
            var r = Object.prototype.hasOwnProperty.call(byCode, code) ? byCode[code] : null;
            if (!r) {
              sheet.hidden = true;
              document.body.classList.remove("has-region");
              document.title = title;
              if (note) { note.textContent = code ? "没有地区“" + code + "”的实施信息。" + noteText : noteText; }
              return;
            }
            var facts = r[5];
            if (row) {
              if (facts[4] === null) {
                if (row.parentNode) { row.parentNode.removeChild(row); }
              } else if (!row.parentNode) {
                rowParent.insertBefore(row, rowNext);
              }
            }
            var subtitle = sheet.querySelector("[data-slot=subtitle]");
            if (subtitle) { fill(subtitle, r[2]); }
            Array.prototype.forEach.call(sheet.querySelectorAll("[data-slot^=f]"), function (node) {
              var value = facts[Number(node.getAttribute("data-slot").slice(1))];
              if (value !== null && value !== undefined) { fill(node, value); }
            });
            Array.prototype.forEach.call(sheet.querySelectorAll("[data-slot=online]"), function (node) {
              clear(node);
              if (r[3] === null) { return; }
              node.appendChild(document.createTextNode(data.onlineLead));
              if (r[4] === 1) {
                var link = document.createElement("a");
                link.href = r[3];
                link.textContent = r[3];
                node.appendChild(link);
              } else {
                node.appendChild(document.createTextNode(r[3]));
              }
            });
            sheet.hidden = false;
            document.body.classList.add("has-region");
            document.title = title + " — " + r[1];
            if (note) { note.textContent = noteText; }
          }

          var query = new URLSearchParams(window.location.search).get("region") || "";
          if (!query && regions.length === 1) { query = regions[0][0]; }
          select.value = Object.prototype.hasOwnProperty.call(byCode, query) ? query : "";
          show(query);
          select.addEventListener("change", function () {
            show(select.value);
            try { history.replaceState(null, "", "?region=" + encodeURIComponent(select.value)); } catch (e) { }
          });
        })();

        """
}
