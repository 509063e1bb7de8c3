/// 多地联办 matters that do not say which places do which steps, or that send the applicant to
/// a place other than the one that accepted the application.
struct JointHandlingRule: RegistryRule {
    static let description = RuleDescription(
        id: .jointHandling,
        summary: Message(
            zh: "多地联办事项没有至少两地各自承办的环节，或要求申请人到受理地以外的地方",
            en: "a 多地联办 matter without steps owned by at least two places, or asking the applicant to be present elsewhere than 受理地"),
        rationale: Message(
            zh: "多地联办要“明确办理流程和责任，申请人只需到一地即可完成办理”（台政办发〔2021〕6号解读）：流程写成 {step, by, time}，by 写明承办地；只有受理地的环节可以要求申请人到场。草稿只检查已写的环节。",
            en: "多地联办 fixes “the process and each place's responsibility; the applicant goes to one place only”: write the process as {step, by, time} with the owning place in by; only a step at 受理地 may ask for the applicant. A draft is checked only for the steps it writes."),
        nonTriggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter(modes: "多地联办", process: ownedSteps)),
            Example("matters/shebaoka.yaml", "name: 示例\nstatus: 草稿\nmodes: [多地联办]\nprocess: [受理, 核验]\nsources: [x]\n"),
        ],
        triggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter(modes: "多地联办", process: "process: [申请, 受理, 审核, 办结]\n")
                .replacingOccurrences(of: "modes: [多地联办]", with: "modes: [↓多地联办]")),
            Example("matters/shebaoka.yaml", ExampleRegistry.matter(modes: "多地联办", process: """
                process:
                  - step: 受理
                    by: ↓受理地
                  - step: 审核
                    by: 受理地

                """)),
            Example("matters/shebaoka.yaml", ExampleRegistry.matter(modes: "多地联办", process: ownedSteps
                .replacingOccurrences(of: "    time: 2个工作日\n", with: "    time: 2个工作日\n    applicant: ↓到场\n"))),
        ])

    /// Steps at three places, the applicant only at 受理地.
    static let ownedSteps = """
        process:
          - step: 受理
            by: 受理地
            time: 1个工作日
            applicant: 到场
          - step: 核验
            by: 迁出地
            time: 2个工作日
          - step: 办结
            by: 迁入地

        """

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        for matter in registry.matters {
            guard let mode = matter.modeItem("多地联办") else { continue }
            let file = "matters/\(matter.id).yaml"
            let owned = matter.process.filter { $0.by != nil }
            if let first = owned.first?.by {
                var places: [String] = []
                for step in owned where !places.contains(step.by?.value ?? "") { places.append(step.by?.value ?? "") }
                if places.count < 2 {
                    report.append(Diagnostic(file: file, range: first.range, rule: .jointHandling, message: onePlace(first.value)))
                }
            } else if !matter.isDraft {
                report.append(Diagnostic(file: file, range: mode.range, rule: .jointHandling, message: noOwners))
            }
            for step in matter.process {
                guard let applicant = step.applicant, step.needsApplicant, let by = step.by, by.value != "受理地" else { continue }
                report.append(Diagnostic(file: file, range: applicant.range, rule: .jointHandling, message: presentElsewhere(step.step.value, at: by.value)))
            }
        }
    }

    // MARK: - Messages

    static let noOwners = Message(
        zh: "多地联办事项的办理流程没有写明各环节由哪地承办：写成 {step, by, time}，至少两地各有环节",
        en: "the process of a 多地联办 matter does not say which place does each step: write {step, by, time} with steps at two places at least")

    static func onePlace(_ place: String) -> Message {
        Message(
            zh: "多地联办事项的环节都由“\(place)”承办；应写明至少两地各自承办的环节",
            en: "every step of this 多地联办 matter is done at “\(place)”; name the steps of at least two places")
    }

    static func presentElsewhere(_ step: String, at place: String) -> Message {
        Message(
            zh: "多地联办的申请人只需到受理地；“\(place)”承办的环节“\(step)”不得要求申请人到场",
            en: "a 多地联办 applicant goes to 受理地 only; step “\(step)” at “\(place)” may not ask for the applicant")
    }
}
