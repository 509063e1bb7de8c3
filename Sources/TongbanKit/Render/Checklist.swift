/// Everything a 一次性告知单 prints for one matter, resolved from the registry for one region
/// (or none: the standard alone) and one situation (or all of them).
///
/// Renderers only lay this out; every decision about what to print is made by
/// `ChecklistBuilder`, so the HTML, markdown and text checklists always say the same thing.
public struct Checklist: Sendable, Hashable {
    public var matterID: String
    public var name: String
    public var type: String?
    public var department: String?
    /// 在用, 暂停, 取消 or 草稿.
    public var status: String?
    public var catalogCode: String?
    public var basis: [String]
    public var audience: [String]
    /// The lists the matter is on, in list-id order.
    public var lists: [Membership]
    public var modes: [Mode]
    /// The region the checklist is for; nil prints the standard alone.
    public var region: Region?
    /// Without a region: the regions that have an implementation of the matter.
    public var implementedIn: [Place]
    public var conditions: [String]
    /// The situation the applicant chose, if any.
    public var situation: String?
    /// The materials: one group per situation shown, or a single group with no situation.
    public var materialGroups: [MaterialGroup]
    public var statutory: String?
    /// The promised time that applies: the region's when it is shorter than the standard's.
    public var promised: String?
    /// The standard's promise, set only when the region's shorter promise replaced it.
    public var standardPromised: String?
    public var timeNote: String?
    public var visits: Int?
    public var fee: FeeInfo
    public var result: ResultInfo?
    /// The step names of 办理流程, in order.
    public var process: [String]
    /// Who does what where, how the papers travel and how the result comes back: set for a
    /// 代收代办 or 多地联办 matter.
    public var handling: Handling?
    /// When the matter's standard was last revised.
    public var revisionDate: CalendarDate?
    /// The unit responsible for the standard, with its contact (`maintainer:`).
    public var maintainer: String? = nil

    /// The printed title: `<事项名称>一次性告知单`.
    public var title: String { name + "一次性告知单" }
    public var isDraft: Bool { status == "草稿" }

    /// A list the matter is on, and the batch it joined in.
    public struct Membership: Sendable, Hashable {
        public var listID: String
        public var listName: String
        public var scope: String?
        public var batch: String?
    }

    /// A 通办 mode, with the region's online address for 全程网办.
    public struct Mode: Sendable, Hashable {
        public var name: String
        public var onlineURL: String?
    }

    /// A division: code and name.
    public struct Place: Sendable, Hashable {
        public var code: String
        public var name: String?

        public init(code: String, name: String?) {
            self.code = code
            self.name = name
        }

        /// `台儿庄区（370405）`, or the code alone.
        public var label: String { name.map { "\($0)（\(code)）" } ?? code }
    }

    /// Where and how the region handles the matter.
    public struct Region: Sendable, Hashable {
        public var place: Place
        public var agency: String?
        public var windows: [Window]
        public var phone: String?
        public var complaintPhone: String?
        public var onlineURL: String?
        /// Whether `windows` are the region's 通办专窗 because the implementation names none.
        public var windowsFromRegion: Bool = false
        /// The region's 通办专窗 (`region.yaml`).
        public var tongbanWindows: [Window] = []
        /// The region's 帮办代办 contact (`region.yaml`).
        public var assistance: Window?
    }

    public struct Window: Sendable, Hashable {
        public var name: String
        public var address: String?
        public var hours: String?
        public var phone: String?
    }

    /// How a matter handled across places is shared out: printed for 代收代办 and 多地联办.
    public struct Handling: Sendable, Hashable {
        /// The modes that call for it (代收代办, 多地联办), in the matter's order.
        public var modes: [String]
        /// Every step of the process with where and in what time it is done.
        public var steps: [Step]
        /// How the application reaches the home authority (寄递, 系统转送).
        public var transfer: [String]
    }

    /// One row of the who-does-what table.
    public struct Step: Sendable, Hashable {
        public var name: String
        /// The owner term (受理地, 业务属地, …); nil for a step with no owner.
        public var place: String?
        public var time: String?
        /// Whether the applicant must be present.
        public var applicantPresent: Bool
    }

    /// The materials asked for in one situation (or in every case when `situation` is nil).
    public struct MaterialGroup: Sendable, Hashable {
        public var situation: String?
        public var materials: [MaterialLine]
    }

    /// One numbered material.
    public struct MaterialLine: Sendable, Hashable {
        public var number: Int
        public var name: String
        /// 原件, 复印件, …
        public var form: String?
        /// 纸质, 电子, 纸质或电子
        public var medium: String?
        public var copies: Int?
        /// 必要, 非必要 or 容缺后补.
        public var required: String?
        /// The electronic licence that makes the material 免提交, when the catalog has it.
        public var license: String?
        public var note: String?
    }

    /// The fee: none, a list of items, or not stated (a draft).
    public enum FeeInfo: Sendable, Hashable {
        case free(String)
        case items([FeeItem])
        case unstated
    }

    public struct FeeItem: Sendable, Hashable {
        public var item: String
        public var standard: String
        public var basis: String?
    }

    public struct ResultInfo: Sendable, Hashable {
        public var name: String?
        public var type: String?
        public var delivery: [String]
    }
}
