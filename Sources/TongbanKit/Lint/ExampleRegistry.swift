/// The small, clearly synthetic registry every rule example is placed into.
public enum ExampleRegistry {
    public static let files: [String: String] = [
        "registry.yaml": """
            schema: 1
            name: 示例标准库
            jurisdiction: "370000"

            """,
        "catalog/divisions.yaml": """
            - code: "370000"
              name: 山东省
            - code: "370400"
              name: 枣庄市
              parent: "370000"
            - code: "370405"
              name: 台儿庄区
              parent: "370400"

            """,
        "catalog/licenses.yaml": """
            - id: resident-id-card
              name: 居民身份证

            """,
        "catalog/materials.yaml": """
            - name: 居民身份证
              synonyms: [身份证]

            """,
        "lists/kuasheng.yaml": """
            name: 跨省通办
            scope: 全国
            basis: [国办发〔2020〕35号]
            batches:
              - id: "2021"
                due: 2021-12-31
            entries:
              - matter: shebaoka
                batch: "2021"

            """,
        "matters/shebaoka.yaml": matter,
        "regions/370405/region.yaml": region,
        "regions/370405/shebaoka.yaml": """
            agency: 台儿庄区行政审批服务局
            promised: 3个工作日
            sources: [示例]

            """,
    ]

    /// A complete matter standard that breaks no rule.
    public static let matter = """
        name: 社会保障卡申领
        type: 公共服务
        department: 人力资源社会保障部
        status: 在用
        basis: [《中华人民共和国社会保险法》]
        modes: [全程网办]
        conditions: [参加社会保险的人员]
        materials:
          - name: 居民身份证
            form: 原件
            required: 必要
            license: resident-id-card
        time_limit:
          statutory: 20个工作日
          promised: 5个工作日
        visits: 0
        fee: 不收费
        result:
          name: 社会保障卡
          type: 证照
          delivery: [邮寄]
        process: [申请, 受理, 审核, 办结]
        sources: [示例]

        """

    /// The example region's own file: a 通办专窗 and a 帮办代办 contact.
    public static let region = """
        windows:
          - name: 通办专窗
            address: 示例路1号政务服务中心一楼
            phone: 0632-6610001
        assistance:
          name: 帮办代办窗口
          phone: 0632-6610002
        sources: [示例]

        """

    /// `matter` with other modes and process lines (each replaces the one-line original).
    public static func matter(modes: String, process: String, extra: String = "") -> String {
        matter
            .replacingOccurrences(of: "modes: [全程网办]", with: "modes: [\(modes)]")
            .replacingOccurrences(of: "process: [申请, 受理, 审核, 办结]\n", with: process + extra)
    }

    /// The example registry with `example` placed in it, markers removed.
    public static func source(with example: Example) -> InMemorySource {
        var texts = files
        texts[example.path] = example.text.replacingOccurrences(of: String(Example.marker), with: "")
        return InMemorySource(texts: texts)
    }
}
