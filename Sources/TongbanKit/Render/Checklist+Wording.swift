/// The printed wording of a checklist's values, shared by the HTML, markdown and text renderers
/// so that the three formats always say the same thing.
extension Checklist {
    /// What is printed where the standard does not say.
    static let unstated = "未载明"

    /// The line under the title: the region (and the chosen situation), or that this is the standard alone.
    public var subtitle: String {
        var parts = [region.map { Self.regionSubtitle($0.place) } ?? "事项标准（未指定实施地区）"]
        if let situation { parts.append("情形：" + situation) }
        return parts.joined(separator: "　")
    }

    /// The subtitle of a region's checklist for every situation: `实施地区：台儿庄区（370405）`.
    static func regionSubtitle(_ place: Place) -> String {
        "实施地区：" + place.label
    }

    /// A warning printed at the top when the matter is not in force: a draft, suspended or cancelled.
    public var statusNotice: String? {
        switch status {
        case "草稿": "草稿：本事项标准尚未定稿，内容可能不全，仅供参考，不作为受理依据。"
        case "暂停": "本事项已暂停办理，请先向窗口咨询。"
        case "取消": "本事项已取消，不再受理。"
        default: nil
        }
    }

    /// One labelled value of the header; a value may take several lines (several windows).
    public struct Fact: Sendable, Hashable {
        public var label: String
        public var lines: [String]

        init(_ label: String, _ lines: [String]) {
            self.label = label
            self.lines = lines.isEmpty ? [Checklist.unstated] : lines
        }

        init(_ label: String, _ value: String?) {
            self.init(label, value.map { [$0] } ?? [])
        }
    }

    /// The two-column header, row by row, as printed offices lay it out: 事项名称 | 事项类型;
    /// 实施机构 | 咨询电话; 办理地点 | 办理时间; 承诺时限 | 法定时限; …
    public var factRows: [(Fact, Fact)] {
        var rows = [
            (Fact("事项名称", name), Fact("事项类型", type)),
            (Fact("主管部门", department), Fact("服务对象", audience.isEmpty ? nil : audience.joined(separator: "、"))),
        ]
        if let region { rows += Self.regionRows(region) }
        rows.append((promisedFact, Fact("法定时限", statutory)))
        rows.append((Fact("到现场次数", visitsText), Self.complaintFact(region)))
        return rows
    }

    /// 承诺时限: the promise that applies, and the standard's note on time.
    var promisedFact: Fact {
        Fact("承诺时限", [promisedText] + (timeNote.map { [$0] } ?? []))
    }

    /// The lines of the facts a region sets, in the order of `RegionalFact`, as `factRows`
    /// prints them; nil for the 通办专窗 and 帮办代办 of a region with neither (the row is not
    /// printed). Empty without a region.
    var regionalFactLines: [[String]?] {
        region.map { Self.regionalFactLines($0, promised: promisedFact) } ?? []
    }

    /// `regionalFactLines` of a checklist for `region` whose 承诺时限 is `promised`.
    static func regionalFactLines(_ region: Region, promised: Fact) -> [[String]?] {
        let rows = regionRows(region)
        let tongban = rows.count > 2 ? rows[2] : nil
        return rows.prefix(2).flatMap { [$0.0.lines, $0.1.lines] }
            + [tongban?.0.lines, tongban?.1.lines, promised.lines, complaintFact(region).lines]
    }

    /// The rows a region sets: 实施机构 | 咨询电话, 办理地点 | 办理时间, and 通办专窗 | 帮办代办
    /// when the region has either.
    static func regionRows(_ region: Region) -> [(Fact, Fact)] {
        let several = region.windows.count > 1
        var rows = [
            (Fact("实施机构", region.agency), Fact("咨询电话", region.phone)),
            (Fact("办理地点", region.windows.map { w in w.address.map { "\(w.name)：\($0)" } ?? w.name }),
             Fact("办理时间", region.windows.compactMap { w in w.hours.map { several ? "\(w.name)：\($0)" : $0 } })),
        ]
        if !region.tongbanWindows.isEmpty || region.assistance != nil {
            rows.append((Fact(tongbanRowLabel, tongbanWindowLines(region)), Fact("帮办代办", region.assistance.map(contactLine))))
        }
        return rows
    }

    /// 监督投诉电话: the region's, or where to find it on the standard alone.
    static func complaintFact(_ region: Region?) -> Fact {
        Fact("监督投诉电话", region == nil ? "见实施地区告知单" : region?.complaintPhone)
    }

    /// A fact a region sets, in the order the site's region data gives them.
    enum RegionalFact: Int, CaseIterable, Sendable {
        case agency, phone, places, hours, tongban, assistance, promised, complaintPhone

        /// Its label on the sheet.
        var label: String {
            switch self {
            case .agency: "实施机构"
            case .phone: "咨询电话"
            case .places: "办理地点"
            case .hours: "办理时间"
            case .tongban: Checklist.tongbanRowLabel
            case .assistance: "帮办代办"
            case .promised: "承诺时限"
            case .complaintPhone: "监督投诉电话"
            }
        }
    }

    /// The labels of the facts a region sets, in the order the site's region data gives them.
    static let regionalFacts = RegionalFact.allCases.map(\.label)

    /// The row printed only for a region with 通办专窗 or 帮办代办.
    static let tongbanRowLabel = "通办专窗"

    /// The mode that prints the region's online address.
    static let onlineMode = "全程网办"

    /// The text before a printed online address.
    static let onlineLead = "。网办地址："

    /// The region's 通办专窗, one line each; only name and phone when they are the 办理地点 already.
    static func tongbanWindowLines(_ region: Region) -> [String] {
        region.tongbanWindows.map { w in
            region.windowsFromRegion
                ? w.name + (w.phone.map { "（电话 \($0)）" } ?? "（即办理地点）")
                : contactLine(w)
        }
    }

    /// `名称（地址，电话 …）`: hours are left out to keep the header short (they are the hall's).
    static func contactLine(_ w: Window) -> String {
        let details = [w.address, w.phone.map { "电话 \($0)" }].compactMap { $0 }
        return details.isEmpty ? w.name : w.name + "（" + details.joined(separator: "，") + "）"
    }

    // MARK: - Handling across places

    /// Whether the process is printed as the who-does-what table: a 代收代办 or 多地联办 matter
    /// whose steps say where or in what time they are done.
    public var showsStepTable: Bool {
        handling?.steps.contains { $0.place != nil || $0.time != nil } ?? false
    }

    /// The 承办地 column: the owner, `受理地（本窗口）` on a region's checklist, `—` for none.
    public func stepPlace(_ step: Step) -> String {
        guard let place = step.place else { return "—" }
        let here = place == "受理地" && region != nil ? "受理地（本窗口）" : place
        return step.applicantPresent ? here + "，申请人到场" : here
    }

    /// The 时限 column.
    public static func stepTime(_ step: Step) -> String { step.time ?? "—" }

    /// How the papers travel: `寄递、系统转送`, for a 代收代办 matter (nil otherwise).
    public var transferText: String? {
        guard let handling, handling.modes.contains("代收代办") else { return nil }
        return handling.transfer.isEmpty ? Self.unstated : handling.transfer.joined(separator: "、") + "至业务属地"
    }

    /// The label of the row that says how the result comes back (and, for 代收代办, how the papers go).
    public var deliveryLabel: String { transferText == nil ? "送达方式" : "流转与送达" }

    /// `材料：寄递至业务属地；结果：邮寄` for 代收代办, else the delivery alone.
    public var deliveryLine: String {
        guard let transferText else { return deliveryText }
        return "材料：\(transferText)；结果：\(deliveryText)"
    }

    /// What a mode means for this applicant: on the first 代收代办 / 多地联办 mode, the line that
    /// the applicant only needs to come to this window; else the mode's general meaning.
    public func modeText(_ mode: Mode) -> String {
        if let onlyHere = onlyHereText, handling?.modes.first == mode.name { return onlyHere }
        return Self.modeExplanation(mode.name)
    }

    /// Whether `mode` carries the only-here line (printed in bold).
    public func carriesOnlyHere(_ mode: Mode) -> Bool {
        onlyHereText != nil && handling?.modes.first == mode.name
    }

    /// The line that the applicant only needs to come to this window; nil when a step elsewhere
    /// needs the applicant present, so the promise would not hold.
    public var onlyHereText: String? {
        guard let handling else { return nil }
        guard !handling.steps.contains(where: { $0.applicantPresent && $0.place != nil && $0.place != "受理地" }) else { return nil }
        var parts: [String] = []
        if handling.modes.contains("代收代办") {
            let how = handling.transfer.isEmpty ? "转送" : handling.transfer.joined(separator: "或")
            parts.append("材料由窗口核验后\(how)至业务属地审批")
        }
        if handling.modes.contains("多地联办") {
            parts.append("其他地方的环节由各地部门协同办理")
        }
        let delivery = result?.delivery ?? []
        parts.append(delivery.isEmpty ? "结果按送达方式送达" : "结果" + delivery.joined(separator: "或"))
        let whereTo = region == nil ? "申请人只需到受理地的一个窗口办理" : "申请人只需到本窗口办理"
        return whereTo + "，" + parts.joined(separator: "，") + "。"
    }

    /// The promised time, saying so when it is the region's shorter promise.
    public var promisedText: String {
        guard let promised else { return Self.unstated }
        guard let standardPromised else { return promised }
        return "\(promised)（本地承诺；标准为\(standardPromised)）"
    }

    public var visitsText: String {
        guard let visits else { return Self.unstated }
        return visits == 0 ? "0次（零跑腿）" : "\(visits)次"
    }

    /// Without a region: which regions have an implementation, by name up to `namedRegions`,
    /// else how many (a national list of names would fill the sheet).
    public var implementedInText: String {
        let lead = "未指定。办理机构、地点、时间和电话以实施地区的告知单为准"
        if implementedIn.isEmpty { return lead + "；尚无地区实施。" }
        if implementedIn.count > Self.namedRegions { return lead + "；已有\(implementedIn.count)个地区实施。" }
        return lead + "；已实施地区：" + implementedIn.map(\.label).joined(separator: "、") + "。"
    }

    /// How many regions a checklist and the catalogue's pages name before they give a count instead.
    public static let namedRegions = 12

    /// The lists the matter is on, each with its batch, in one line; nil when it is on none.
    public var listsText: String? {
        guard !lists.isEmpty else { return nil }
        return "所在清单：" + lists.map { m in m.batch.map { "\(m.listName)（\($0)）" } ?? m.listName }.joined(separator: "；")
    }

    /// What a mode means for the applicant.
    public static func modeExplanation(_ mode: String) -> String {
        switch mode {
        case "全程网办": "全程网上办理，无需到现场"
        case "代收代办": "可在任一通办专窗递交材料，窗口代收后转属地部门办理，结果寄递或网上送达"
        case "多地联办": "只需到一地提交材料，相关地方部门内部协同办理"
        default: ""
        }
    }

    /// What a group without materials says: none needed, or not stated in a draft.
    public var noMaterialsText: String { isDraft ? Self.unstated : "无需提交材料。" }

    /// Heading of a group of materials.
    public static func materialHeading(_ group: MaterialGroup) -> String {
        group.situation.map { "情形：\($0)" } ?? "申请材料"
    }

    /// `1份`, or unstated.
    public static func copiesText(_ line: MaterialLine) -> String {
        line.copies.map { "\($0)份" } ?? "—"
    }

    /// The remark column: 免提交 with the licence, then the note.
    public static func remark(_ line: MaterialLine) -> String {
        var parts: [String] = []
        if let license = line.license { parts.append("免提交（可调取“\(license)”电子证照）") }
        if let note = line.note { parts.append(note) }
        return parts.joined(separator: "；")
    }

    /// Explanations printed under the materials, for the marks that appear in them.
    public var materialLegend: [String] {
        let lines = materialGroups.flatMap(\.materials)
        var legend: [String] = []
        if lines.contains(where: { $0.license != nil }) {
            legend.append("标“免提交”的材料可通过电子证照共享调取，申请人无需提交。")
        }
        if lines.contains(where: { $0.required == "容缺后补" }) {
            legend.append("“容缺后补”的材料可先行受理，在约定时间内补交。")
        }
        if lines.contains(where: { $0.required == "非必要" }) {
            legend.append("“非必要”的材料按备注所述情况提供。")
        }
        return legend
    }

    /// The fee in one line; items are listed after it.
    public var feeText: String {
        switch fee {
        case .free(let text): text
        case .items: "按以下标准收费"
        case .unstated: Self.unstated
        }
    }

    /// `社会保障卡（证照）`.
    public var resultText: String {
        guard let result, result.name != nil || result.type != nil else { return Self.unstated }
        switch (result.name, result.type) {
        case (let name?, let type?): return "\(name)（\(type)）"
        case (let name?, nil): return name
        case (nil, let type?): return type
        case (nil, nil): return Self.unstated
        }
    }

    public var deliveryText: String {
        guard let delivery = result?.delivery, !delivery.isEmpty else { return Self.unstated }
        return delivery.joined(separator: "、")
    }

    /// `　标准责任单位：<unit>（<contact>）`, or nothing when the matter names none.
    public var maintainerText: String {
        maintainer.map { "　标准责任单位：" + $0 } ?? ""
    }

    /// `标准修订日期：2024-05-01`.
    public var revisionText: String {
        "标准修订日期：" + (revisionDate?.description ?? Self.unstated)
    }

    /// Whether `url` may be a link: only web addresses, never `javascript:` or `data:`.
    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}
