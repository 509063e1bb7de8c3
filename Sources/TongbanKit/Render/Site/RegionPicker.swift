/// The matter page's region picker: the regions' parts of a checklist as data, and the script
/// that fills them into the page's one regional sheet.
///
/// A page's data is `{"onlineLead": …, "values": [...], "regions": [[code, online address,
/// 1 when it may be a link, the facts of `Checklist.regionalFacts`…], …]}`, one row per
/// region. Each value of a row (the address and the facts: a text for one line, a list for
/// several, null for a row the region does not print) is written out, or is a number that
/// refers to it: `n ≥ 0` is `values[n]`, the page's table of values that recur on it (office
/// hours, promises, a hotline); `n < 0` is slot `−n − 1` of the region's entry in `regions.js`
/// (`RegionTable.Slot`). A value comes from `regions.js` exactly when the region file gives it
/// — 通办专窗 and 帮办代办 always, the windows and complaint phone when the implementation has
/// none — so the page holds nothing of any `region.yaml`; the region's name and subtitle are
/// always that entry's. Every text is the one the checklist's own wording prints: a value is
/// referred to only when it equals what that region's checklist prints, else it is written out.
enum RegionPicker {
    /// One region's checklist of a matter, and whether the implementation names windows and a
    /// complaint phone of its own (else its checklist prints the region file's).
    struct Row: Sendable {
        var checklist: Checklist
        var ownWindows: Bool
        var ownComplaintPhone: Bool
    }

    /// A value of a row before the page's table is made: written out (with its JSON text, by
    /// which the table counts it), or a slot of the region's entry in `regions.js`.
    private enum Cell {
        case value(JSON, text: JSONText)
        case shared(RegionTable.Slot)

        init(_ value: JSON) {
            self = .value(value, text: JSONText(value.utf8()))
        }
    }

    /// A value's JSON text as a key: hashed and compared as bytes, at once (a `String` key
    /// would be hashed by its Unicode normalization, slow for Chinese text on 600,000 rows).
    struct JSONText: Hashable, Sendable {
        let bytes: [UInt8]

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// A row before the page's table is made.
    private struct Draft {
        var code: String
        var online: Cell
        var link: Bool
        var facts: [Cell]
    }

    /// The page's region data for `rows`, referring to `table` (see the type's description).
    static func data(_ rows: [Row], _ table: RegionTable) -> JSON {
        let drafts = rows.compactMap { draft($0, table) }
        let values = ValueTable(drafts.flatMap { [$0.online] + $0.facts })
        return .object([
            ("onlineLead", .string(Checklist.onlineLead)),
            ("values", .array(values.values)),
            ("regions", .array(drafts.map { row in
                .array([.string(row.code), values.encode(row.online), .int(row.link ? 1 : 0)] + row.facts.map(values.encode))
            })),
        ])
    }

    /// A fact's lines as the data gives them: a text for one line, a list for several, null for none.
    static func json(_ lines: [String]?) -> JSON {
        guard let lines else { return .null }
        return lines.count == 1 ? .string(lines[0]) : .array(lines.map(JSON.string))
    }

    /// A row's values: the online address, then each of `Checklist.regionalFacts`.
    private static func draft(_ row: Row, _ table: RegionTable) -> Draft? {
        guard let region = row.checklist.region else { return nil }
        let lines = row.checklist.regionalFactLines
        let online = row.checklist.modes.first { $0.name == Checklist.onlineMode }?.onlineURL
        let code = region.place.code
        let cells = zip(Checklist.RegionalFact.allCases, lines).map { fact, lines -> Cell in
            let value = json(lines)
            let text = JSONText(value.utf8())
            guard let slot = sharedSlot(fact, row), table.text(slot, of: code) == text else { return .value(value, text: text) }
            return .shared(slot)
        }
        return Draft(code: code, online: Cell(.optional(online)), link: online.map(Checklist.isWebAddress) == true, facts: cells)
    }

    /// The slot of `regions.js` that gives `fact` of `row`'s checklist, if the region file gives it.
    private static func sharedSlot(_ fact: Checklist.RegionalFact, _ row: Row) -> RegionTable.Slot? {
        switch fact {
        case .places: row.ownWindows ? nil : .places
        case .hours: row.ownWindows ? nil : .hours
        case .tongban: row.ownWindows ? .tongbanBeside : .tongbanAsPlaces
        case .assistance: .assistance
        case .complaintPhone: row.ownComplaintPhone ? nil : .complaintPhone
        case .agency, .phone, .promised: nil
        }
    }

    /// The values that recur on a page, most frequent first, and each cell as the data writes it.
    private struct ValueTable {
        private(set) var values: [JSON] = []
        private var positions: [JSONText: Int] = [:]

        /// Values written out at least twice, and longer than the number that replaces them
        /// (null, nearly as short, stays written out).
        init(_ cells: [Cell]) {
            var counts: [JSONText: (count: Int, first: Int, value: JSON)] = [:]
            for (i, cell) in cells.enumerated() {
                guard case .value(let value, let text) = cell else { continue }
                if case .null = value { continue }
                counts[text, default: (0, i, value)].count += 1
            }
            let recurring = counts.filter { $0.value.count > 1 && $0.key.bytes.count > 3 }
                .sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
            for (i, entry) in recurring.enumerated() {
                values.append(entry.value.value)
                positions[entry.key] = i
            }
        }

        func encode(_ cell: Cell) -> JSON {
            switch cell {
            case .shared(let slot): .int(-1 - slot.rawValue)
            case .value(let value, let text): positions[text].map(JSON.int) ?? value
            }
        }
    }

    /// `region-picker.js`: fills the picker from the page's data and `regions.js`, reads
    /// `?region=`, and writes the chosen region's parts into the sheet with DOM text nodes only
    /// (never `innerHTML`).
    static let script: StaticString = """
        // 地区选择：把所选地区的实施信息填入一次性告知单，在浏览器中运行，无需服务器；
        // 也可用 matters/事项.html?region=地区代码 直接打开。只写文本节点，不解析任何标记。
        // 本页数据中的数字是引用：n ≥ 0 为本页 values[n]，n < 0 为 regions.js 中该地区的第 −n−1 项。
        (function () {
          "use strict";
          var dataNode = document.getElementById("region-data");
          var select = document.getElementById("region");
          var sheet = document.getElementById("regional");
          var note = document.getElementById("region-note");
          if (!dataNode || !select || !sheet) { return; }
          var data;
          try { data = JSON.parse(dataNode.textContent); } catch (e) { return; }
          var shared = window.TONGBAN_REGIONS || {};
          var values = Array.isArray(data.values) ? data.values : [];
          var has = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };
          var regions = (Array.isArray(data.regions) ? data.regions : []).filter(function (r) {
            return Array.isArray(r) && has(shared, r[0]) && Array.isArray(shared[r[0]]);
          });
          var byCode = {};
          regions.forEach(function (r) {
            byCode[r[0]] = r;
            var option = document.createElement("option");
            option.value = r[0];
            option.textContent = shared[r[0]][0];
            select.appendChild(option);
          });
          var row = sheet.querySelector("tr[data-row=tongban]");
          var rowParent = row ? row.parentNode : null;
          var rowNext = row ? row.nextSibling : null;
          var noteText = note ? note.textContent : "";
          if (note && regions.length === 0 && Array.isArray(data.regions) && data.regions.length > 0) {
            noteText = "未能载入地区信息（regions.js）。" + noteText;
            note.textContent = noteText;
          }
          var title = document.title;

          // A value of a row: written out, or a number referring to the page's table or the region's entry.
          function resolve(value, entry) {
            if (typeof value !== "number") { return value; }
            var found = value >= 0 ? values[value] : entry[-value - 1];
            return found === undefined ? null : found;
          }

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
            var r = has(byCode, code) ? byCode[code] : null;
            if (!r) {
              sheet.hidden = true;
              document.body.classList.remove("has-region");
              document.title = title;
              if (note) { note.textContent = code ? "没有地区“" + code + "”的实施信息。" + noteText : noteText; }
              return;
            }
            var entry = shared[code];
            var online = resolve(r[1], entry);
            var facts = r.slice(3).map(function (value) { return resolve(value, entry); });
            if (row) {
              if (facts[4] === null) {
                if (row.parentNode) { row.parentNode.removeChild(row); }
              } else if (!row.parentNode) {
                rowParent.insertBefore(row, rowNext);
              }
            }
            var subtitle = sheet.querySelector("[data-slot=subtitle]");
            if (subtitle) { fill(subtitle, entry[1]); }
            Array.prototype.forEach.call(sheet.querySelectorAll("[data-slot^=f]"), function (node) {
              var value = facts[Number(node.getAttribute("data-slot").slice(1))];
              if (value !== null && value !== undefined) { fill(node, value); }
            });
            Array.prototype.forEach.call(sheet.querySelectorAll("[data-slot=online]"), function (node) {
              clear(node);
              if (online === null) { return; }
              node.appendChild(document.createTextNode(data.onlineLead));
              if (r[2] === 1) {
                var link = document.createElement("a");
                link.href = online;
                link.textContent = online;
                node.appendChild(link);
              } else {
                node.appendChild(document.createTextNode(online));
              }
            });
            sheet.hidden = false;
            document.body.classList.add("has-region");
            document.title = title + " — " + entry[0];
            if (note) { note.textContent = noteText; }
          }

          var query = new URLSearchParams(window.location.search).get("region") || "";
          if (!query && regions.length === 1) { query = regions[0][0]; }
          select.value = has(byCode, query) ? query : "";
          show(query);
          select.addEventListener("change", function () {
            show(select.value);
            try { history.replaceState(null, "", "?region=" + encodeURIComponent(select.value)); } catch (e) { }
          });
        })();

        """
}
