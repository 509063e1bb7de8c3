import Foundation
import TongbanKit

/// Writing a command's result to a file named by `-o`.
enum OutputFile {
    /// Writes `text` to `path` atomically (a temporary file renamed into place).
    /// - Throws: `CommandFailure` when the file cannot be written.
    static func write(_ text: String, to path: String, _ language: Language) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let reason = (error as NSError).localizedDescription
            throw CommandFailure(language == .zh ? "无法写入 \(path)：\(reason)" : "cannot write \(path): \(reason)")
        }
    }
}
