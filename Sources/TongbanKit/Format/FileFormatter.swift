import YAMLSource

/// Rewrites the non-canonical values of one file in place, at their byte spans: comments, key
/// order, blank lines and every other byte stay as they are. Pure: no I/O.
public enum FileFormatter {
    public enum Outcome: Sendable, Equatable {
        /// Nothing to rewrite.
        case unchanged
        /// The file's new bytes.
        case formatted([UInt8])
        /// The file has YAML errors (syntax, encoding, limits, duplicate keys, aliases): its
        /// text is not touched. The errors are given.
        case refused([Diagnostic])
        /// The rewritten text would not read back as the same values; the file is not touched.
        /// This is a bug in tongban, reported rather than written.
        case failed(Message)
    }

    /// Formats `bytes`, the content of `file`.
    /// - Parameter context: the registry's material synonyms, so synonyms are rewritten too.
    ///
    /// A byte-order mark and CRLF or CR line ends are repaired first (`LineEndRepair`) when they
    /// are the file's only YAML errors; any other YAML error (or invalid UTF-8) refuses the file.
    public static func format(_ bytes: [UInt8], as file: RegistryFile, context: DecodingContext = .standalone) -> Outcome {
        let document = YAMLReader.read(bytes)
        let before = FileDecoder.decode(document, as: file, context: context)
        let yamlErrors = before.diagnostics.filter { $0.severity == .error && DecodedFile.yamlRules.contains($0.rule) }
        if yamlErrors.isEmpty { return format(bytes, document, before, file: file, context: context) }
        guard yamlErrors.allSatisfy(isLineEndOrMark) else { return .refused(yamlErrors) }

        let repaired = LineEndRepair.repaired(bytes)
        let document2 = YAMLReader.read(repaired)
        let after = FileDecoder.decode(document2, as: file, context: context)
        // The repair keeps every value: the file must read back as the same model.
        guard !after.hasYAMLErrors, after.model == before.model else {
            return .failed(Message(
                zh: "内部错误：改换行后的文本读回的值不同，文件未改动",
                en: "internal error: the text with repaired line ends reads back differently; the file was left unchanged"))
        }
        switch format(repaired, document2, after, file: file, context: context) {
        case .unchanged: return .formatted(repaired)
        case let outcome: return outcome
        }
    }

    /// Whether a YAML error is one that `LineEndRepair` removes.
    private static func isLineEndOrMark(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.rule == .encoding && (diagnostic.message == .byteOrderMark || diagnostic.message == .carriageReturn)
    }

    /// Formats bytes with no YAML errors, read as `document` and decoded as `before`.
    private static func format(_ bytes: [UInt8], _ document: YAMLDocument, _ before: DecodedFile, file: RegistryFile, context: DecodingContext) -> Outcome {
        guard !before.rewrites.isEmpty, let root = document.root else { return .unchanged }

        let edits: [TextEdit]
        do {
            edits = try EditPlanner(bytes: bytes, root: root).edits(for: before.rewrites)
        } catch {
            return .failed(Message(zh: "内部错误：找不到要改写的值（\(error)）", en: "internal error: a value to rewrite was not found (\(error))"))
        }
        guard let output = TextEdit.apply(edits, to: bytes) else {
            return .failed(Message(zh: "内部错误：改写范围重叠", en: "internal error: rewrites overlap"))
        }
        return verify(output, before: before, file: file, context: context)
    }

    /// Checks that the new text reads back as the same model with the same findings and
    /// nothing left to rewrite, so that no run of `fmt` can lose or change data.
    private static func verify(_ output: [UInt8], before: DecodedFile, file: RegistryFile, context: DecodingContext) -> Outcome {
        let after = FileDecoder.decode(output, as: file, context: context)
        // Quoting a plain scalar that YAML 1.1 misreads is a rewrite too: its finding goes with it.
        func findings(_ d: DecodedFile) -> [String] {
            d.diagnostics.filter { $0.rule != .nonCanonical && $0.rule != .ambiguousScalar }.map { "\($0.rule.rawValue) \($0.message.en)" }.sorted()
        }
        guard !after.hasYAMLErrors, after.model == before.model, findings(after) == findings(before),
              !after.diagnostics.contains(where: { $0.rule == .ambiguousScalar }) else {
            return .failed(Message(
                zh: "内部错误：改写后的文本读回的值不同，文件未改动",
                en: "internal error: the rewritten text reads back differently; the file was left unchanged"))
        }
        guard after.rewrites.isEmpty else {
            return .failed(Message(
                zh: "内部错误：改写后仍有不规范的值，文件未改动",
                en: "internal error: the rewritten text is still not canonical; the file was left unchanged"))
        }
        return .formatted(output)
    }
}
