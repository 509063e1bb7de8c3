"""Bad input never kills the server; shutdown and exit behave as the specification says.
Raw bytes on the server's stdin, read back with the same framing."""

import json
import subprocess

from conftest import BINARY, REGISTRY


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def message(obj) -> bytes:
    return frame(json.dumps(obj, ensure_ascii=False).encode("utf-8"))


def read_messages(data: bytes):
    out = []
    while data:
        header, _, rest = data.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        out.append(json.loads(rest[:length]))
        data = rest[length:]
    return out


def run(stdin: bytes):
    done = subprocess.run([BINARY, "lsp"], input=stdin, capture_output=True, timeout=60, env={"LANG": "C"})
    return done.returncode, read_messages(done.stdout)


def test_bad_input_is_answered_and_the_server_goes_on():
    beta = (REGISTRY / "matters" / "beta.yaml").as_uri()
    stdin = b"".join([
        message({"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {}}),  # before initialize
        b"Content-Length: nope\r\n\r\n",
        frame(b"{not json"),
        message([]),
        message({"jsonrpc": "2.0", "id": 2, "method": "initialize", "params": {"rootUri": REGISTRY.as_uri(), "capabilities": {}}}),
        message({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        message({"jsonrpc": "2.0", "id": 3, "method": "no/such/method"}),
        message({"jsonrpc": "2.0", "id": 4, "method": "textDocument/hover", "params": {"textDocument": 7}}),
        message({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": beta, "languageId": "yaml", "version": 1, "text": "name: [\u0000\u001b[31m\n  - :"}}}),
        message({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": beta, "version": 2},
                 "contentChanges": [{"range": {"start": {"line": 99, "character": 99}, "end": {"line": 0, "character": 0}}, "text": "𠀋"}]}}),
        message({"jsonrpc": "2.0", "id": 5, "method": "textDocument/completion", "params": {
            "textDocument": {"uri": beta}, "position": {"line": 5, "character": 500}}}),
        message({"jsonrpc": "2.0", "id": 6, "method": "shutdown"}),
        message({"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": {}}),
        message({"jsonrpc": "2.0", "method": "exit"}),
    ])
    code, messages = run(stdin)
    answers = {m["id"]: m for m in messages if m.get("id") is not None}
    errors = [m["error"]["code"] for m in messages if m.get("id") is None and "error" in m]
    assert answers[1]["error"]["code"] == -32002
    assert errors == [-32700, -32700, -32600]
    assert "capabilities" in answers[2]["result"]
    assert answers[3]["error"]["code"] == -32601
    assert answers[4]["error"]["code"] == -32602
    # Completion past the end of a broken document: an answer (nothing fits after "  - :"), not a crash.
    assert answers[5]["result"] == {"isIncomplete": False, "items": []}
    assert answers[6]["result"] is None
    assert answers[7]["error"]["code"] == -32600
    published = [m["params"] for m in messages if m.get("method") == "textDocument/publishDiagnostics"]
    assert [p["uri"] for p in published] == [beta, beta]
    nul = [{"range": {"start": {"line": 0, "character": 7}, "end": {"line": 0, "character": 8}}, "severity": 1,
            "code": "encoding", "source": "tongban", "message": "the file contains a NUL byte; it may be binary"}]
    assert [p["diagnostics"] for p in published] == [nul, nul]
    assert [p["version"] for p in published] == [1, 2]
    # Control characters of the file never reach the editor raw.
    assert all("\u001b" not in d["message"] for p in published for d in p["diagnostics"])
    assert code == 0


def test_exit_without_shutdown_exits_1():
    code, messages = run(message({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
                         + message({"jsonrpc": "2.0", "method": "exit"}))
    assert code == 1
    assert "capabilities" in messages[0]["result"]


def test_end_of_input_without_exit_ends_the_server():
    code, _ = run(b"Content-Length: 10\r\n\r\n{")
    assert code == 1
