import TongbanKit

/// Writing a command's result to a file named by `-o`.
enum OutputFile {
    /// Writes `text` to `path` atomically (a temporary file flushed and renamed into place), as
    /// `fmt` writes registry files.
    /// - Throws: `CommandFailure` when the file cannot be written.
    static func write(_ text: String, to path: String, _ language: Language) throws {
        do {
            try AtomicFile.write(Array(text.utf8), to: PathTools.absolute(path, cwd: PathTools.currentDirectory()))
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
    }
}
