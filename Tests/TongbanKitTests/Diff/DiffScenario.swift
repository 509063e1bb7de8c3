import Foundation
@testable import TongbanKit

/// A registry's history, commit by commit: lists gain, lose and move matters, standards change,
/// one is renamed, one is only reformatted, and one file breaks. Each state is tagged `c0` … `c8`.
enum DiffScenario {
    /// What each commit writes (text) or deletes (nil), relative to the repository's top.
    static let commits: [(tag: String, files: [String: String?])] = [
        ("c0", [
            "README.md": "not part of the registry\n",
            "standards/registry.yaml": "schema: 1\nname: 测试标准库\njurisdiction: \"370000\"\n",
            "standards/catalog/materials.yaml": "- name: 居民身份证\n  synonyms: [身份证]\n",
            "standards/catalog/divisions.yaml": "- code: \"370000\"\n  name: 山东省\n",
            "standards/lists/kuasheng.yaml": kuasheng([("shebaoka", "2020"), ("xueli", "2020")]),
            "standards/lists/quansheng.yaml": quansheng,
            "standards/matters/shebaoka.yaml": shebaoka(),
            "standards/matters/hukou.yaml": matter("户口迁移"),
            "standards/matters/xueli.yaml": matter("学历公证"),
            "standards/matters/paiwu.yaml": matter("排污许可"),
            "standards/matters/yidi.yaml": matter("异地就医备案"),
            "standards/regions/370405/shebaoka.yaml": "agency: 台儿庄区行政审批服务局\n",
        ]),
        // Two matters join the 跨省通办 list; their files do not change.
        ("c1", ["standards/lists/kuasheng.yaml": kuasheng([("shebaoka", "2020"), ("xueli", "2020"), ("hukou", "2021"), ("paiwu", "2020")])]),
        // One leaves it.
        ("c2", ["standards/lists/kuasheng.yaml": kuasheng([("shebaoka", "2020"), ("hukou", "2021"), ("paiwu", "2020")])]),
        // One moves to the next batch.
        ("c3", ["standards/lists/kuasheng.yaml": kuasheng([("shebaoka", "2020"), ("hukou", "2021"), ("paiwu", "2021")])]),
        // A standard's materials and promised time change (and an implementation, which is no standard).
        ("c4", [
            "standards/matters/shebaoka.yaml": shebaoka(materials: changedMaterials, promised: "3个工作日"),
            "standards/regions/370405/shebaoka.yaml": "agency: 台儿庄区行政审批服务局\nphone: 0632-6616276\n",
        ]),
        // A matter is renamed; its id stays.
        ("c5", ["standards/matters/hukou.yaml": matter("户口迁移登记")]),
        // Only the form changes: a comment, `3 个工作日`, a material synonym, a block list, a source.
        ("c6", ["standards/matters/shebaoka.yaml": reformattedShebaoka]),
        // Outside the lists: a new standard, a deleted one, a changed one.
        ("c7", [
            "standards/matters/gongjijin.yaml": matter("住房公积金提取"),
            "standards/matters/xueli.yaml": nil,
            "standards/matters/yidi.yaml": matter("异地就医备案", promised: "10个工作日"),
        ]),
        // A listed matter's file breaks.
        ("c8", ["standards/matters/hukou.yaml": "name: 户口迁移登记\nmodes: [全程网办\n"]),
    ]

    /// Builds the repository, one commit per state, each tagged.
    static func repository() throws -> GitRepositoryFixture {
        let repo = try GitRepositoryFixture()
        for (tag, files) in commits {
            try apply(files, to: repo)
            try repo.commit(tag, tag: tag)
        }
        return repo
    }

    static func apply(_ files: [String: String?], to repo: GitRepositoryFixture) throws {
        for (path, text) in files {
            if let text { try repo.write([path: text]) } else { try repo.remove(path) }
        }
    }

    /// The registry's files (below `standards/`) as they are at `tag`.
    static func registry(at tag: String) -> [String: String] {
        var files: [String: String] = [:]
        for (name, changes) in commits {
            for (path, text) in changes where path.hasPrefix("standards/") {
                files[String(path.dropFirst("standards/".count))] = text
            }
            if name == tag { break }
        }
        return files
    }

    // MARK: - Files

    static func kuasheng(_ entries: [(String, String)]) -> String {
        """
        name: 跨省通办
        scope: 全国
        basis:
          - 国办发〔2020〕35号
        batches:
          - id: "2020"
            due: 2020-12-31
          - id: "2021"
            due: 2021-12-31
        entries:

        """ + entries.map { "  - matter: \($0.0)\n    batch: \"\($0.1)\"\n" }.joined()
    }

    static let quansheng = """
        name: 全省通办
        scope: 全省
        basis: [鲁政办发〔2021〕4号]
        batches:
          - id: "2021"
            due: 2021-06-30
        entries:
          - matter: paiwu
            batch: "2021"

        """

    static let originalMaterials = """
          - name: 居民身份证
            form: 原件
            required: 必要
          - name: 一寸照片
            form: 原件
            copies: 2
            required: 必要

        """

    static let changedMaterials = """
          - name: 居民身份证
            form: 原件和复印件
            required: 必要
          - name: 户口簿
            form: 原件
            required: 必要

        """

    static func shebaoka(materials: String = originalMaterials, promised: String = "5个工作日") -> String {
        """
        name: 社会保障卡申领
        type: 公共服务
        department: 人力资源社会保障部
        status: 在用
        basis:
          - 《中华人民共和国社会保险法》
        modes: [全程网办, 代收代办]
        conditions:
          - 在本省参加社会保险的人员
        materials:
        \(materials)time_limit:
          statutory: 20个工作日
          promised: \(promised)
        visits: 0
        fee: 不收费
        result:
          name: 社会保障卡
          type: 证照
        process: [申请, 受理, 审核, 办结]
        sources:
          - 测试

        """
    }

    /// `shebaoka(materials: changedMaterials, promised: "3个工作日")`, written differently.
    static let reformattedShebaoka = """
        # 社会保障卡申领：格式调整，内容不变。
        name: 社会保障卡申领
        type: 公共服务
        department: 人力资源社会保障部
        status: 在用
        basis:
          - 《中华人民共和国社会保险法》
        modes:
          - 全程网办
          - 代收代办
        conditions:
          - 在本省参加社会保险的人员
        materials:
          - name: 身份证  # 同义名称，规范名为“居民身份证”
            form: 原件和复印件
            required: 必要
          - name: 户口簿
            form: 原件
            required: 必要
        time_limit:
          statutory: "20 个工作日"
          promised: 3 个工作日
        visits: 0
        fee: 不收费
        result: {name: 社会保障卡, type: 证照}
        process: [申请, 受理, 审核, 办结]
        sources:
          - 测试
          - 人力资源社会保障部网站

        """

    static func matter(_ name: String, promised: String = "5个工作日") -> String {
        """
        name: \(name)
        type: 公共服务
        department: 测试部门
        status: 在用
        basis: [《测试条例》]
        modes: [全程网办]
        conditions: [符合条件的申请人]
        materials:
          - name: 居民身份证
            form: 原件
            required: 必要
        time_limit:
          statutory: 20个工作日
          promised: \(promised)
        visits: 0
        fee: 不收费
        result:
          name: 办理结果
          type: 其他
        process: [申请, 受理, 办结]
        sources: [测试]

        """
    }
}
