#!/usr/bin/env python3
"""Times `tongban lsp` on a synthetic registry: the initial load (initialize → its answer, the
whole registry decoded and checked), then didChange → publishDiagnostics for one matter file,
and the server's peak memory (VmHWM).

Usage: lsp-bench.py [--bin PATH] [--registry DIR] [--matters 1000] [--regions 99] [--edits 50]

Without --registry it generates one with generate_registry.py (1,000 matters x 99 regions is
the 100,006-file registry) under ${TMPDIR:-/tmp}/tongban-bench and reuses it afterwards. Build
the binary first: swift build -c release --product tongban.
"""

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent


class Server:
    def __init__(self, binary, registry):
        self.proc = subprocess.Popen([binary, "lsp", "--registry", registry, "--lang", "zh"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0

    def send(self, obj):
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("the server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode("ascii").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == self.next_id:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics_for(self, uri, version):
        while True:
            message = self.read()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri \
                    and message["params"].get("version") == version:
                return message["params"]["diagnostics"]

    def peak_memory_kib(self):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", default=str(HERE.parent / ".build" / "release" / "tongban"))
    parser.add_argument("--registry")
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--regions", type=int, default=99)
    parser.add_argument("--edits", type=int, default=50)
    args = parser.parse_args()

    registry = args.registry
    if not registry:
        base = pathlib.Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "tongban-bench"
        registry = str(base / ("registry-%d-%d" % (args.matters, args.regions)))
        if not os.path.exists(os.path.join(registry, "registry.yaml")):
            subprocess.run([sys.executable, str(HERE / "generate_registry.py"), "--out", registry,
                            "--matters", str(args.matters), "--regions", str(args.regions)], check=True)
    registry = str(pathlib.Path(registry).resolve())
    files = sum(len(f) for _, _, f in os.walk(registry))
    matters = sorted(os.listdir(os.path.join(registry, "matters")))
    path = os.path.join(registry, "matters", matters[len(matters) // 2])
    uri = pathlib.Path(path).as_uri()
    text = pathlib.Path(path).read_text(encoding="utf-8")

    server = Server(args.bin, registry)
    started = time.perf_counter()
    answer = server.request("initialize", {"processId": os.getpid(), "rootUri": pathlib.Path(registry).as_uri(), "capabilities": {}})
    load = time.perf_counter() - started
    assert "result" in answer, answer
    server.notify("initialized", {})
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    assert server.diagnostics_for(uri, 1) == [], "the benchmark's matter file should be clean"

    # Alternate a clean text and one with a non-canonical duration, so every edit changes the findings.
    edited = text.replace("个工作日", " 个工作日", 1)
    assert edited != text, "the matter file has no duration to edit"
    times = []
    for version in range(2, args.edits + 2):
        body = edited if version % 2 == 0 else text
        started = time.perf_counter()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                  "contentChanges": [{"text": body}]})
        found = server.diagnostics_for(uri, version)
        times.append((time.perf_counter() - started) * 1000)
        assert (len(found) == 1) == (body is edited), found
    memory = server.peak_memory_kib()
    server.request("shutdown", None)
    server.notify("exit", None)
    code = server.proc.wait(timeout=60)

    times.sort()
    print("registry:        %d files (%s), %d cores" % (files, registry, os.cpu_count()))
    print("initial load:    %.2f s (initialize → answer)" % load)
    print("didChange → publishDiagnostics, matter file, %d edits:" % len(times))
    print("  median %.1f ms, p90 %.1f ms, max %.1f ms, min %.1f ms" % (
        statistics.median(times), times[int(len(times) * 0.9) - 1], times[-1], times[0]))
    print("peak memory:     %.0f MiB (VmHWM)" % (memory / 1024 if memory else float("nan")))
    print("exit code:       %d" % code)


if __name__ == "__main__":
    main()
