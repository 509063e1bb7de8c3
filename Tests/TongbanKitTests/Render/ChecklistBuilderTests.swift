import Testing
@testable import TongbanKit

/// What a checklist says, and how unknown or unimplemented requests are refused.
@Suite struct ChecklistBuilderTests {
    let builder: ChecklistBuilder

    init() throws {
        builder = ChecklistBuilder(registry: try RenderFixtures.registry())
    }

    private func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as ChecklistError {
            return error.message.en
        } catch {
            return "\(error)"
        }
    }

    // MARK: - Finding what was asked for

    @Test func findsMatterByIDOrName() throws {
        #expect(try builder.matter("shili-diya").id == "shili-diya")
        #expect(try builder.matter("示例不动产抵押登记").id == "shili-diya")
    }

    @Test func unknownMatterNamesTheNearest() {
        #expect(message { _ = try builder.matter("shebaoka") } == "unknown matter 'shebaoka'; nearest: shili-shebaoka（示例社会保障卡申领）")
        #expect(message { _ = try builder.matter("示例社保卡申领") } == "unknown matter '示例社保卡申领'; nearest: shili-shebaoka（示例社会保障卡申领）")
        #expect(message { _ = try builder.matter("zzzzzzzzzzzzzzzzzzzz") } == "unknown matter 'zzzzzzzzzzzzzzzzzzzz'")
    }

    @Test func findsRegionByCodeOrName() throws {
        #expect(try builder.region("370481") == Checklist.Place(code: "370481", name: "滕州市"))
        #expect(try builder.region("台儿庄区").code == "370405")
    }

    @Test func unknownRegionNamesTheNearest() {
        #expect(message { _ = try builder.region("370408") } == "unknown region '370408'; nearest: 枣庄市（370400）, 台儿庄区（370405）")
        #expect(message { _ = try builder.region("滕州") } == "unknown region '滕州'; nearest: 滕州市（370481）")
    }

    @Test func unknownListNamesTheNearest() throws {
        #expect(message { _ = try builder.list("kuasheng-2020") } == "unknown list 'kuasheng-2020'; nearest: kuasheng（跨省通办（示例））")
        #expect(try builder.list("全省通办（示例）").id == "quansheng")
    }

    @Test func unknownSituationNamesTheNearest() throws {
        let matter = try builder.matter("shili-shebaoka")
        #expect(message { _ = try builder.checklist(for: matter, situation: "补办") } == "'示例社会保障卡申领' has no situation '补办'; nearest: 补领")
        #expect(message { _ = try builder.checklist(for: matter, situation: "换卡") } == "'示例社会保障卡申领' has no situation '换卡'; nearest: 首次申领, 补领")
        let diya = try builder.matter("shili-diya")
        #expect(message { _ = try builder.checklist(for: diya, situation: "补领") } == "'示例不动产抵押登记' has no situations, so '补领' cannot be chosen")
    }

    @Test func regionWithoutImplementationIsRefused() throws {
        let diya = try builder.matter("shili-diya")
        let tengzhou = try builder.region("370481")
        #expect(message { _ = try builder.checklist(for: diya, region: tengzhou) }
            == "滕州市（370481） has no implementation of '示例不动产抵押登记', so there is no checklist to print; implemented in: 台儿庄区（370405）")
        let zaozhuang = try builder.region("370400")
        #expect(message { _ = try builder.booklet(list: try builder.list("kuasheng"), region: zaozhuang) }
            == "枣庄市（370400） implements none of the matters on '跨省通办（示例）', so there is no booklet to print")
    }

    @Test func messagesAreInChineseToo() throws {
        do {
            _ = try builder.matter("shebaoka")
            Issue.record("expected an error")
        } catch let error as ChecklistError {
            #expect(error.message.zh == "没有事项“shebaoka”；最接近的：shili-shebaoka（示例社会保障卡申领）")
        }
    }

    // MARK: - What is printed

    @Test func everySituationGetsItsOwnNumberedMaterials() throws {
        let c = try builder.checklist(for: try builder.matter("shili-shebaoka"), region: try builder.region("370405"))
        #expect(c.materialGroups.map(\.situation) == ["首次申领", "补领"])
        #expect(c.materialGroups[0].materials.map(\.name) == ["居民身份证", "近期一寸白底彩色照片", "社会保障卡申领登记表", "居民户口簿"])
        #expect(c.materialGroups[1].materials.map(\.name) == ["居民身份证", "社会保障卡申领登记表", "原社会保障卡挂失回执"])
        #expect(c.materialGroups[1].materials.map(\.number) == [1, 2, 3])
    }

    @Test func chosenSituationShowsOnlyItsMaterials() throws {
        let c = try builder.checklist(for: try builder.matter("shili-shebaoka"), situation: "补领")
        #expect(c.situation == "补领")
        #expect(c.materialGroups.count == 1)
        #expect(c.materialGroups[0].materials.map(\.required) == ["必要", "必要", "容缺后补"])
    }

    @Test func sharedLicenceMakesAMaterialExempt() throws {
        let c = try builder.checklist(for: try builder.matter("shili-diya"))
        let lines = c.materialGroups[0].materials
        #expect(lines.map(\.license) == [nil, "居民身份证", nil, nil, nil, nil])
        #expect(Checklist.remark(lines[1]) == "免提交（可调取“居民身份证”电子证照）")
        #expect(Checklist.remark(lines[5]) == "委托他人办理时提供")
    }

    @Test func shorterRegionalPromiseReplacesTheStandards() throws {
        let matter = try builder.matter("shili-shebaoka")
        let local = try builder.checklist(for: matter, region: try builder.region("370405"))
        #expect(local.promised == "3个工作日")
        #expect(local.standardPromised == "5个工作日")
        #expect(local.promisedText == "3个工作日（本地承诺；标准为5个工作日）")
        let elsewhere = try builder.checklist(for: matter, region: try builder.region("370481"))
        #expect(elsewhere.promisedText == "5个工作日")
    }

    @Test func onlineAddressGoesWithFullyOnlineMode() throws {
        let c = try builder.checklist(for: try builder.matter("shili-shebaoka"), region: try builder.region("370481"))
        #expect(c.modes == [
            Checklist.Mode(name: "全程网办", onlineURL: "https://zwfw.example.cn/tengzhou/shebaoka"),
            Checklist.Mode(name: "代收代办", onlineURL: nil),
        ])
        #expect(c.listsText == "所在清单：跨省通办（示例）（2021年底前实现）；全省通办（示例）（2021年新增）")
    }

    @Test func standardAloneNamesTheImplementingRegions() throws {
        let c = try builder.checklist(for: try builder.matter("shili-shebaoka"))
        #expect(c.region == nil)
        #expect(c.implementedIn.map(\.label) == ["台儿庄区（370405）", "滕州市（370481）"])
        #expect(c.subtitle == "事项标准（未指定实施地区）")
    }

    /// Past `Checklist.namedRegions` the standard's 实施地区 line gives a count: a national
    /// matter's names would fill the sheet.
    @Test(arguments: [12, 13]) func standardAloneCountsManyRegions(count: Int) throws {
        let builder = ChecklistBuilder(registry: try RenderFixtures.registry(files: RenderFixtures.manyRegions(count)))
        let c = try builder.checklist(for: try builder.matter("hecheng"))
        #expect(c.implementedIn.count == count)
        let lead = "未指定。办理机构、地点、时间和电话以实施地区的告知单为准；"
        if count > Checklist.namedRegions {
            #expect(c.implementedInText == lead + "已有13个地区实施。")
        } else {
            #expect(c.implementedInText == lead + "已实施地区：" + (1...12).map { "合成\($0)区（9901\($0 < 10 ? "0" : "")\($0)）" }.joined(separator: "、") + "。")
        }
        for text in [HTMLChecklistRenderer.render(c), MarkdownChecklistRenderer.render(c), TextChecklistRenderer.render(c)] {
            #expect(text.contains(count > Checklist.namedRegions ? "已有13个地区实施。" : "合成12区（990112）。"))
        }
    }

    @Test func draftIsMarked() throws {
        let c = try builder.checklist(for: try builder.matter("shili-caogao"), region: try builder.region("370405"))
        #expect(c.isDraft)
        #expect(c.statusNotice == "草稿：本事项标准尚未定稿，内容可能不全，仅供参考，不作为受理依据。")
        #expect(c.noMaterialsText == "未载明")
        #expect(c.fee == .unstated)
        let html = HTMLChecklistRenderer.render(c)
        #expect(html.contains("<article class=\"sheet is-draft\">"))
        #expect(html.contains("<p class=\"notice\">草稿：本事项标准尚未定稿"))
    }

    @Test func bookletSkipsWhatTheRegionDoesNotImplement() throws {
        let booklet = try builder.booklet(list: try builder.list("kuasheng"), region: try builder.region("370481"))
        #expect(booklet.checklists.map(\.matterID) == ["shili-shebaoka"])
        #expect(booklet.omitted == [ChecklistBooklet.Omission(matterID: "shili-diya", name: "示例不动产抵押登记", standardMissing: false)])
        #expect(booklet.title == "跨省通办（示例）一次性告知单汇编")
    }
}
