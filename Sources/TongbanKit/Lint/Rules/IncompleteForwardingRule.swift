/// 代收代办 matters that do not say how the papers reach the home authority, or whose result
/// can only be collected there.
struct IncompleteForwardingRule: RegistryRule {
    static let description = RuleDescription(
        id: .incompleteForwarding,
        summary: Message(
            zh: "代收代办事项没有写明材料流转方式（transfer），或送达方式都要求申请人到业务属地领取",
            en: "a 代收代办 matter without transfer, or whose every delivery needs the applicant to collect in person at the home authority"),
        rationale: Message(
            zh: "代收代办是“在线下通办专窗提交申请材料，通过寄递或系统转送至业务属地完成审批、办理，寄递纸质结果或网络送达办理结果”（台政办发〔2021〕6号解读）。送达方式中含邮寄、寄递、快递、网上、网络、在线、电子、受理地、代收、通办专窗、就近或无需送达之一即可。草稿只检查已写的送达方式。",
            en: "代收代办 means “the materials are handed in at a 通办 window and sent by post or by system to the home authority, which decides; the result is posted or delivered online”. A delivery that mentions 邮寄, 寄递, 快递, 网上, 网络, 在线, 电子, 受理地, 代收, 通办专窗, 就近 or 无需送达 will do. A draft is checked only for the delivery it writes."),
        nonTriggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter(modes: "代收代办", process: "process: [申请, 受理, 审核, 办结]\n", extra: "transfer: [寄递, 系统转送]\n")),
            Example("matters/shebaoka.yaml", "name: 示例\nstatus: 草稿\nmodes: [代收代办]\nsources: [x]\n"),
        ],
        triggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter(modes: "↓代收代办", process: "process: [申请, 受理, 审核, 办结]\n")),
            Example("matters/shebaoka.yaml", ExampleRegistry.matter(modes: "代收代办", process: "process: [申请, 受理, 审核, 办结]\n", extra: "transfer: [寄递]\n")
                .replacingOccurrences(of: "delivery: [邮寄]", with: "delivery: [↓业务属地窗口领取]")),
        ])

    /// Words of a delivery that spare the applicant the trip to the home authority.
    static let remoteWords = ["邮寄", "寄递", "快递", "网上", "网络", "在线", "电子", "受理地", "代收", "通办专窗", "就近", "无需送达"]

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        for matter in registry.matters {
            guard let mode = matter.modeItem("代收代办") else { continue }
            let file = "matters/\(matter.id).yaml"
            if matter.transfer.isEmpty, !matter.isDraft {
                report.append(Diagnostic(file: file, range: mode.range, rule: .incompleteForwarding, message: noTransfer))
            }
            let delivery = matter.result?.delivery ?? []
            if let first = delivery.first {
                if !delivery.contains(where: { d in remoteWords.contains { d.value.contains($0) } }) {
                    report.append(Diagnostic(file: file, range: first.range, rule: .incompleteForwarding, message: collectAtHome))
                }
            } else if !matter.isDraft {
                report.append(Diagnostic(file: file, range: mode.range, rule: .incompleteForwarding, message: noDelivery))
            }
        }
    }

    // MARK: - Messages

    static let noTransfer = Message(
        zh: "代收代办事项没有写明材料如何转至业务属地：transfer 写寄递、系统转送",
        en: "a 代收代办 matter must say how the application reaches the home authority: transfer: [寄递, 系统转送]")
    static let noDelivery = Message(
        zh: "代收代办事项没有写明结果如何送达（result.delivery），如邮寄、网上送达",
        en: "a 代收代办 matter must say how the result comes back (result.delivery), such as 邮寄 or online")
    static let collectAtHome = Message(
        zh: "代收代办事项的送达方式都不免去申请人往返业务属地：应有邮寄、网上送达或受理地领取",
        en: "no delivery of this 代收代办 matter spares the applicant the trip to the home authority: add post, online or collection at 受理地")
}
