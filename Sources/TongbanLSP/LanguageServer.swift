import Foundation
import TongbanKit
import YAMLSource

/// A Language Server Protocol server for a registry: diagnostics as `tongban lint` reports them,
/// completion, hover, code actions and go to definition. It reads and writes JSON-RPC bodies
/// through the closures it is given and never prints; bad input is answered with an error, never
/// a crash.
public final class LanguageServer {
    /// An open document.
    struct Document {
        var uri: String
        /// The path inside the registry, nil for a document outside it.
        var path: String?
        var version: Int
        var index: LineIndex
        /// The document's tree when it last parsed, for completion while it does not.
        var lastRoot: Node?
    }

    /// A JSON-RPC error answer.
    struct Failure: Error {
        var code: Int
        var message: String

        static func invalidParams(_ what: String) -> Failure { Failure(code: -32602, message: "invalid params: \(what)") }
    }

    private let send: ([UInt8]) -> Void
    private let configuredRegistry: String?
    private let cwd: String
    var language: Language
    var state: RegistryState?
    var documents: [String: Document] = [:]
    /// The diagnostics last published for each file that has been published to.
    private var published: [String: [Diagnostic]] = [:]
    private var initialized = false
    private var shutDown = false
    /// Set by `exit`: 0 after `shutdown`, 1 otherwise.
    public private(set) var exitCode: Int32?
    private let version: String

    /// - Parameters:
    ///   - registry: the registry folder; when nil it is found from the workspace the client names.
    ///   - language: the language of messages; `initializationOptions.lang` may change it.
    ///   - cwd: the folder relative paths are taken from.
    ///   - send: writes one message body (the server adds no framing).
    public init(registry: String?, language: Language, cwd: String, version: String, send: @escaping ([UInt8]) -> Void) {
        self.configuredRegistry = registry
        self.language = language
        self.cwd = cwd
        self.version = version
        self.send = send
    }

    /// Reads framed messages with `read` (nil or empty at the end of the stream) until `exit` or
    /// the end of input, writing framed answers with `write`.
    /// - Returns: the exit code: 0 after `shutdown` then `exit`, 1 otherwise.
    public static func serve(registry: String?, language: Language, cwd: String, version: String,
                             read: () -> [UInt8]?, write: @escaping ([UInt8]) -> Void) -> Int32 {
        let server = LanguageServer(registry: registry, language: language, cwd: cwd, version: version) { body in
            write(MessageFramer.frame(body))
        }
        var framer = MessageFramer()
        while server.exitCode == nil, let chunk = read(), !chunk.isEmpty {
            framer.append(chunk)
            while server.exitCode == nil, let frame = framer.next() {
                switch frame {
                case .message(let body): server.handle(body)
                case .malformed(let reason): server.respondError(id: NSNull(), Failure(code: -32700, message: "parse error: \(reason)"))
                }
            }
        }
        return server.exitCode ?? 1
    }

    // MARK: - Dispatch

    /// Handles one message body.
    public func handle(_ body: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) else {
            respondError(id: NSNull(), Failure(code: -32700, message: "parse error: the body is not JSON"))
            return
        }
        if let batch = object as? [Any] {
            // LSP does not use batches; answer each request in it.
            if batch.isEmpty { respondError(id: NSNull(), Failure(code: -32600, message: "invalid request: empty batch")) }
            for item in batch { handleMessage(item) }
            return
        }
        handleMessage(object)
    }

    private func handleMessage(_ object: Any) {
        guard let message = object as? [String: Any] else {
            respondError(id: NSNull(), Failure(code: -32600, message: "invalid request: not an object"))
            return
        }
        let id = message["id"].flatMap { $0 is NSNull ? nil : $0 }
        guard let method = message["method"] as? String else {
            // A response to a request of ours (none are sent) or garbage.
            if message["result"] == nil && message["error"] == nil {
                respondError(id: id ?? NSNull(), Failure(code: -32600, message: "invalid request: no method"))
            }
            return
        }
        if let id, !(id is String || id is NSNumber) {
            respondError(id: NSNull(), Failure(code: -32600, message: "invalid request: bad id"))
            return
        }
        let params = message["params"] as? [String: Any] ?? [:]
        guard let id else {
            notification(method, params)
            return
        }
        do {
            let result = try request(method, params)
            respond(id: id, result: result)
        } catch let failure as Failure {
            respondError(id: id, failure)
        } catch {
            respondError(id: id, Failure(code: -32603, message: "internal error: \(error)"))
        }
    }

    private func request(_ method: String, _ params: [String: Any]) throws -> Any {
        if method == "initialize" { return initialize(params) }
        guard initialized else { throw Failure(code: -32002, message: "server not initialized") }
        guard !shutDown else { throw Failure(code: -32600, message: "invalid request: the server is shutting down") }
        switch method {
        case "shutdown":
            shutDown = true
            return NSNull()
        case "textDocument/completion": return try completion(params)
        case "textDocument/hover": return try hover(params)
        case "textDocument/definition": return try definition(params)
        case "textDocument/codeAction": return try codeActions(params)
        default: throw Failure(code: -32601, message: "method not found: \(method)")
        }
    }

    private func notification(_ method: String, _ params: [String: Any]) {
        switch method {
        case "exit":
            exitCode = shutDown ? 0 : 1
        case _ where !initialized || shutDown:
            return
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didClose": didClose(params)
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
        default: return  // initialized, didSave, $/cancelRequest, … need nothing
        }
    }

    // MARK: - Lifecycle

    private func initialize(_ params: [String: Any]) -> Any {
        initialized = true
        let options = params["initializationOptions"] as? [String: Any] ?? [:]
        if let lang = (options["lang"] as? String).flatMap(Language.init(rawValue:)) { language = lang }
        var candidates: [String] = []
        if let registry = (options["registry"] as? String) ?? configuredRegistry { candidates.append(registry) }
        if let folders = params["workspaceFolders"] as? [[String: Any]] {
            candidates += folders.compactMap { ($0["uri"] as? String).flatMap(Self.filePath(fromURI:)) }
        }
        if let uri = params["rootUri"] as? String, let path = Self.filePath(fromURI: uri) { candidates.append(path) }
        if let path = params["rootPath"] as? String { candidates.append(path) }
        for candidate in candidates where state == nil {
            loadRegistry(near: candidate)
        }
        return [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
                "completionProvider": ["triggerCharacters": [":", " ", "-"], "resolveProvider": false],
                "hoverProvider": true,
                "definitionProvider": true,
                "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.tongban"]],
            ] as [String: Any],
            "serverInfo": ["name": "tongban", "version": version],
        ]
    }

    /// Loads the registry that holds `path` (or `path/standards`); does nothing when there is none.
    private func loadRegistry(near path: String) {
        let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
        var tries = [absolute]
        if FileManager.default.fileExists(atPath: absolute + "/standards/registry.yaml") { tries.insert(absolute + "/standards", at: 0) }
        for candidate in tries {
            guard let location = try? RegistryLocation.locate(paths: [candidate], cwd: cwd),
                  let loaded = try? RegistryState(root: location.root) else { continue }
            state = loaded
            return
        }
    }

    // MARK: - Documents

    private func didOpen(_ params: [String: Any]) {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
              let text = item["text"] as? String else { return }
        let version = (item["version"] as? NSNumber)?.intValue ?? 0
        if state == nil, let path = Self.filePath(fromURI: uri) { loadRegistry(near: path) }
        let bytes = Array(text.utf8)
        var document = Document(uri: uri, path: registryPath(of: uri), version: version, index: LineIndex(bytes), lastRoot: nil)
        document.lastRoot = YAMLReader.read(bytes).root
        documents[uri] = document
        update(document)
    }

    private func didChange(_ params: [String: Any]) {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
              var document = documents[uri], let changes = params["contentChanges"] as? [[String: Any]] else { return }
        var bytes = document.index.bytes
        for change in changes {
            guard let text = change["text"] as? String else { continue }
            if let range = change["range"] as? [String: Any], let start = Self.position(range["start"]), let end = Self.position(range["end"]) {
                let index = LineIndex(bytes)
                let from = index.byteOffset(start), to = max(from, index.byteOffset(end))
                bytes.replaceSubrange(from..<to, with: Array(text.utf8))
            } else {
                bytes = Array(text.utf8)
            }
        }
        document.version = (item["version"] as? NSNumber)?.intValue ?? document.version + 1
        document.index = LineIndex(bytes)
        if let root = YAMLReader.read(bytes).root { document.lastRoot = root }
        documents[uri] = document
        update(document)
    }

    private func didClose(_ params: [String: Any]) {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
              let document = documents.removeValue(forKey: uri) else { return }
        guard let path = document.path, let state else { return }
        let changed = state.setOverlay(path, nil)
        publish(changed.subtracting([path]))
        published[path] = nil
        sendNotification("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [Any]()])
    }

    private func didChangeWatchedFiles(_ params: [String: Any]) {
        guard let state, let changes = params["changes"] as? [[String: Any]] else { return }
        let paths = changes.compactMap { ($0["uri"] as? String).flatMap(registryPath(of:)) }.filter { state.overlays[$0] == nil }
        guard !paths.isEmpty else { return }
        publish(state.reload(paths))
    }

    /// Puts the document's text in the registry and publishes what changed.
    private func update(_ document: Document) {
        guard let path = document.path, let state else { return }
        publish(state.setOverlay(path, document.index.bytes).union([path]))
    }

    // MARK: - Publishing

    /// Publishes the findings of `paths` that are open or whose findings differ from what was last published.
    func publish(_ paths: Set<String>) {
        guard let state else { return }
        for path in paths.sorted() {
            let findings = state.findings(for: path)
            let open = openDocument(path: path)
            if open == nil && (published[path] ?? []) == findings { continue }
            published[path] = findings
            guard let index = open?.index ?? state.text(of: path).map(LineIndex.init) ?? Optional(LineIndex([])) else { continue }
            var params: [String: Any] = ["uri": open?.uri ?? uri(of: path), "diagnostics": findings.map { lspDiagnostic($0, index) }]
            if let open { params["version"] = open.version }
            sendNotification("textDocument/publishDiagnostics", params)
        }
    }

    func lspDiagnostic(_ d: Diagnostic, _ index: LineIndex) -> [String: Any] {
        [
            "range": range(d.range, index),
            "severity": d.severity == .error ? 1 : 2,
            "code": d.rule.rawValue,
            "source": "tongban",
            "message": VisibleText.escape(d.message.text(language)),
        ]
    }

    func range(_ range: SourceRange, _ index: LineIndex) -> [String: Any] {
        ["start": index.position(range.start).json, "end": index.position(range.end).json]
    }

    // MARK: - Paths and URIs

    func openDocument(path: String) -> Document? {
        documents.values.first { $0.path == path }
    }

    /// The path inside the registry of a `file:` URI, nil outside it.
    func registryPath(of uri: String) -> String? {
        guard let root = state?.root, let path = Self.filePath(fromURI: uri), path.hasPrefix(root + "/") else { return nil }
        return String(path.dropFirst(root.count + 1))
    }

    func uri(of path: String) -> String {
        URL(fileURLWithPath: (state?.root ?? cwd) + "/" + path).absoluteString
    }

    static func filePath(fromURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.standardizedFileURL.path
        return path.isEmpty ? nil : path
    }

    static func position(_ value: Any?) -> LSPPosition? {
        guard let object = value as? [String: Any], let line = (object["line"] as? NSNumber)?.intValue,
              let character = (object["character"] as? NSNumber)?.intValue, line >= 0, character >= 0 else { return nil }
        return LSPPosition(line: line, character: character)
    }

    /// The open document and position a request names.
    /// - Throws: `Failure` when the parameters do not name an open document and a position.
    func documentPosition(_ params: [String: Any]) throws -> (Document, LSPPosition) {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String else {
            throw Failure.invalidParams("textDocument")
        }
        guard let document = documents[uri] else { throw Failure.invalidParams("the document is not open") }
        guard let position = Self.position(params["position"]) else { throw Failure.invalidParams("position") }
        return (document, position)
    }

    // MARK: - Writing

    private func respond(id: Any, result: Any) {
        write(["jsonrpc": "2.0", "id": id, "result": result])
    }

    func respondError(id: Any, _ failure: Failure) {
        write(["jsonrpc": "2.0", "id": id, "error": ["code": failure.code, "message": failure.message]])
    }

    func sendNotification(_ method: String, _ params: [String: Any]) {
        write(["jsonrpc": "2.0", "method": method, "params": params])
    }

    private func write(_ object: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes]) else { return }
        send(Array(data))
    }
}
