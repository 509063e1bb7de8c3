"""Starts `tongban lsp` under pytest-lsp's client, against a synthetic registry.

TONGBAN_BIN names the binary (default: .build/debug/tongban in the package).
"""

import os
import pathlib
import sys
import tempfile

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

sys.path.insert(0, os.path.dirname(__file__))
from registry import write_registry  # noqa: E402

PACKAGE = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("TONGBAN_BIN", str(PACKAGE / ".build" / "debug" / "tongban"))

# One registry for the session; the server reads it at `initialize`.
REGISTRY = pathlib.Path(tempfile.mkdtemp(prefix="tongban-lsp-")).resolve()
write_registry(str(REGISTRY))


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[BINARY, "lsp"], server_env={**os.environ, "LANG": "zh_CN.UTF-8"}),
)
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(
                text_document=types.TextDocumentClientCapabilities(
                    code_action=types.CodeActionClientCapabilities(
                        code_action_literal_support=types.ClientCodeActionLiteralOptions(
                            code_action_kind=types.ClientCodeActionKindOptions(value_set=["quickfix", "source.fixAll"])
                        )
                    ),
                    hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.PlainText]),
                )
            ),
            root_uri=REGISTRY.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=REGISTRY.as_uri(), name="registry")],
        )
    )
    yield
    await lsp_client.shutdown_session()
