import Foundation

/// Headless Chromium, to print checklists to PDF, take screenshots and run the catalogue's
/// search as a browser would. Tests that need it are skipped when it is not installed.
enum Chromium {
    /// The browser: `TONGBAN_CHROMIUM`, else the first of the usual names on `PATH`.
    static let executable: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["TONGBAN_CHROMIUM"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? given : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }()

    static var isInstalled: Bool { executable != nil }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the browser headless with a fresh profile; returns what it printed on standard output.
    /// - Throws: `Failure` when it does not finish within `timeout` seconds or exits non-zero.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> String {
        try runCapturing(arguments, environment: environment, timeout: timeout).stdout
    }

    /// Runs the browser as `run` does; returns standard output and standard error.
    static func runCapturing(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> (stdout: String, stderr: String) {
        guard let executable else { throw Failure(description: "chromium is not installed") }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("tongban-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let stdout = work.appendingPathComponent("stdout")
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        let output = try FileHandle(forWritingTo: stdout)
        let stderr = work.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let errors = try FileHandle(forWritingTo: stderr)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--user-data-dir=" + work.appendingPathComponent("profile").path,
        ] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "chromium did not finish within \(Int(timeout)) s: \(arguments)")
        }
        try output.close()
        try errors.close()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "chromium exited \(process.terminationStatus): \(arguments)")
        }
        return (try String(contentsOf: stdout, encoding: .utf8), String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
    }

    /// What the page wrote to the browser's console, and the errors it raised (a script error,
    /// a resource that failed to load), as Chromium logs them: its `CONSOLE` lines.
    static func consoleMessages(_ address: String) throws -> [String] {
        let (_, errors) = try runCapturing(["--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000", "--dump-dom", address])
        return errors.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
    }

    /// Prints `page` to `pdf` as the browser's print dialog would, without header and footer.
    static func printToPDF(_ page: URL, to pdf: URL, environment: [String: String] = [:]) throws {
        try printToPDF(page.absoluteString, to: pdf, environment: environment)
    }

    /// Prints the page at `address` (a `file://` address, perhaps with a query) to `pdf`, after
    /// its scripts ran.
    static func printToPDF(_ address: String, to pdf: URL, environment: [String: String] = [:]) throws {
        try run(["--no-pdf-header-footer", "--virtual-time-budget=3000", "--print-to-pdf=" + pdf.path, address], environment: environment)
    }

    /// A PNG of `address` in a window of `width` × `height` CSS pixels at `scale` device pixels each.
    static func screenshot(_ address: String, to png: URL, width: Int, height: Int, scale: Int = 1) throws {
        try run([
            "--hide-scrollbars", "--force-device-scale-factor=\(scale)", "--window-size=\(width),\(height)",
            "--virtual-time-budget=3000", "--screenshot=" + png.path, address,
        ])
    }

    /// The page's DOM after its scripts ran.
    static func dumpDOM(_ address: String) throws -> String {
        try run(["--virtual-time-budget=3000", "--run-all-compositor-stages-before-draw", "--dump-dom", address])
    }

    /// `file:///…/page?q=<query>`.
    static func address(_ page: URL, query: String? = nil) -> String {
        guard let query else { return page.absoluteString }
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
        return page.absoluteString + "?q=" + encoded
    }
}

/// What a test needs to know of a PDF that Chromium (Skia) wrote: its pages, their sizes and
/// its fonts. Skia writes page and font dictionaries uncompressed, so they can be read as text.
struct PDFFacts {
    var pageCount: Int
    /// Each page's `/MediaBox` width and height, in points.
    var pageSizes: [(width: Double, height: Double)]
    /// The embedded fonts' names without their subset prefix, e.g. `NotoSansCJKsc-Regular`.
    var fonts: [String]

    init(_ data: Data) throws {
        let text = String(decoding: data, as: UTF8.self)
        pageCount = text.matches(of: try Regex(#"/Type\s*/Page(?![a-zA-Z])"#)).count
        pageSizes = text.matches(of: try Regex(#"/MediaBox\s*\[\s*([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s*\]"#)).compactMap { match in
            let numbers = (1...4).compactMap { match.output[$0].substring.flatMap { Double($0) } }
            return numbers.count == 4 ? (numbers[2] - numbers[0], numbers[3] - numbers[1]) : nil
        }
        fonts = text.matches(of: try Regex(#"/(?:FontName|BaseFont)\s*/([A-Za-z0-9+_-]+)"#)).compactMap { match in
            match.output[1].substring.map { name in String(name.split(separator: "+").last ?? name) }
        }
    }

    /// Whether every page is A4 (595.28 × 841.89 pt), within a point and a half.
    var isA4: Bool {
        !pageSizes.isEmpty && pageSizes.allSatisfy { abs($0.width - 595.28) < 1.5 && abs($0.height - 841.89) < 1.5 }
    }

    /// Whether text was drawn with Noto CJK glyphs only: with no fallback font, no character is a box (tofu).
    var usesOnlyNotoCJK: Bool {
        !fonts.isEmpty && fonts.allSatisfy { $0.hasPrefix("NotoSansCJK") || $0.hasPrefix("NotoSerifCJK") }
    }
}

/// The width and height a PNG file declares in its header.
func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
          bytes[12..<16].elementsEqual(Array("IHDR".utf8)) else { return nil }
    func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
}
