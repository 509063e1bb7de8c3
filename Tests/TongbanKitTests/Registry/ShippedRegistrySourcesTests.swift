import Foundation
import Testing
@testable import TongbanKit

/// The shipped registry's rule of sources (CONTRIBUTING.md, “来源必须是公开文件”): every `sources`
/// and `notes` entry in `standards/` names a public document a reader can look up, and nothing in
/// `standards/` or `seeds/` points at a working note of the project instead.
@Suite struct ShippedRegistrySourcesTests {
    static let standards = Resources.packageRoot.appendingPathComponent("standards")
    static let seeds = Resources.packageRoot.appendingPathComponent("seeds")

    // MARK: - What counts as a public document

    /// A web address.
    static var url: some RegexComponent { /https?:\/\/[^\s，；）]+/ }
    /// A document number (文号): issuer's code, year in 〔〕 or [], serial: 国办发〔2020〕35号, 人社厅发〔2020〕3号.
    static var documentNumber: some RegexComponent { /\p{Han}{1,12}[〔\[［](19|20)\d{2}[〕\]］]\d+号/ }
    /// A decree number: 国家市场监督管理总局令第52号, 劳动保障部令第28号.
    static var decreeNumber: some RegexComponent { /令第\d+号/ }
    /// A national or local standard: GB/T 39554.1-2020, DB63/T 1755-2019.
    static var standardNumber: some RegexComponent { /\b(GB(\/T)?|DB\d{2}\/T)\s?\d+(\.\d+)?-\d{4}\b/ }
    /// A law or administrative regulation cited by its full title: 《中华人民共和国公证法》, 《住房公积金管理条例》.
    static var lawTitle: some RegexComponent { /《[^《》]+(法|条例)》/ }

    /// Whether `entry` names a public document: a URL, a 文号 or decree number, a standard's
    /// number, or the title of a law or regulation.
    static func namesPublicDocument(_ entry: String) -> Bool {
        entry.contains(url) || entry.contains(documentNumber) || entry.contains(decreeNumber)
            || entry.contains(standardNumber) || entry.contains(lawTitle)
    }

    /// Words that mark a pointer to the project's own working notes rather than a public source.
    static let internalNoteMarkers = ["domain.md", "sources.md", "项目资料", "/work/shared", "../shared", "shared/reference", "shared/seeds"]

    @Test(arguments: [
        "国办发〔2020〕35号 附件",
        "鄂政办发[2020]64号",
        "新华社北京2021-01-15电，转载页 http://lu-xu.com/jiaoyu/1293780.html",
        "《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）第三条",
        "GB/T 39554.1-2020《全国一体化政务服务平台 政务服务事项基本目录及实施清单 第1部分：编码要求》",
        "主管部门推断：按职能，《中华人民共和国社会保险法》规定国务院社会保险行政部门负责全国的社会保险管理工作",
    ])
    func acceptsAPublicDocument(_ entry: String) {
        #expect(Self.namesPublicDocument(entry))
    }

    @Test(arguments: [
        "项目资料 reference/domain.md：户口迁移五类情形",
        "主管部门推断：按职能，企业登记机关为市场监督管理部门（国家市场监督管理总局）",
        "新华社报道",
        "《关于做好政务服务“跨省通办”和“全省通办”有关工作的通知》",
        "2020年底前58项",
    ])
    func rejectsAnEntryThatNamesNoPublicDocument(_ entry: String) {
        #expect(!Self.namesPublicDocument(entry))
    }

    // MARK: - The shipped registry

    /// Every text under a `sources` or `notes` key, anywhere in `value`, with its key.
    static func citedTexts(in value: Value?, key: String? = nil) -> [(key: String, text: Located<String>)] {
        switch value {
        case .text(let text, let range)?:
            if let key, key == "sources" || key == "notes" { return [(key, Located(text, range))] }
            return []
        case .list(let items, _)?:
            return items.flatMap { citedTexts(in: $0, key: key) }
        case .object(let object)?:
            return object.fields.sorted { $0.key < $1.key }.flatMap { citedTexts(in: $0.value, key: $0.key) }
        default:
            return []
        }
    }

    @Test func everySourceAndNoteOfTheShippedRegistryNamesAPublicDocument() throws {
        let loaded = try RegistryLoader.loadFiles(from: DirectorySource(root: Self.standards.path))
        #expect(loaded.files.count > 20)
        var checked = 0
        for file in loaded.files {
            #expect(file.diagnostics.filter { $0.severity == .error }.isEmpty, "\(file.file.path)")
            for (key, text) in Self.citedTexts(in: file.value) {
                checked += 1
                #expect(Self.namesPublicDocument(text.value),
                        "\(file.file.path):\(text.range.start.line): \(key) entry names no public document (no URL, 文号, standard or law): \(text.value)")
            }
        }
        #expect(checked > 40, "only \(checked) sources and notes were found: is the walk broken?")
    }

    @Test func everyMatterListImplementationAndRegionOfTheShippedRegistryHasSources() throws {
        let loaded = try RegistryLoader.loadFiles(from: DirectorySource(root: Self.standards.path))
        for file in loaded.files where [.list, .matter, .implementation, .region].contains(file.file.kind) {
            #expect(!Self.citedTexts(in: file.value).filter { $0.key == "sources" }.isEmpty, "\(file.file.path) has no sources")
        }
    }

    @Test func noFileUnderStandardsOrSeedsPointsAtAnInternalNote() throws {
        var files: [URL] = []
        for root in [Self.standards, Self.seeds] {
            let walker = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(url)
            }
        }
        #expect(files.count > 50)
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for marker in Self.internalNoteMarkers where line.contains(marker) {
                    Issue.record("\(url.path):\(number + 1) cites an internal note (“\(marker)”); cite the public document it rests on")
                }
            }
        }
    }
}
