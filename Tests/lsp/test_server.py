"""End to end: pytest-lsp's client drives `tongban lsp` over stdio."""

import asyncio
import json
import os
import shutil
import subprocess
import tempfile

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import BINARY, REGISTRY

BETA = REGISTRY / "matters" / "beta.yaml"
LIST = REGISTRY / "lists" / "tongban.yaml"

# Three findings: a misspelt key (so `name` is missing too) and a value with a doubled space,
# after 𠀋, a character outside the BMP (two UTF-16 units, one column in lint's count).
BETA_TEXT = (
    "# synthetic test data\n"
    "naem: 合成事项乙\n"
    "status: 草稿\n"
    "sources:\n"
    "  - 合成来源\n"
    'process: [𠀋申请, "受理  办结"]\n'
)


def rng(l1, c1, l2, c2):
    return types.Range(start=types.Position(line=l1, character=c1), end=types.Position(line=l2, character=c2))


def summary(diagnostics):
    return [
        (d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.code, d.message)
        for d in diagnostics
    ]


async def diagnostics_for(client: LanguageClient, uri: str):
    """The next diagnostics published for `uri`."""
    while True:
        params = await asyncio.wait_for(client.wait_for_notification("textDocument/publishDiagnostics"), 20)
        if params.uri == uri:
            return params.diagnostics


def lint_as_lsp(path, text):
    """What `tongban lint --format json` says about `text` saved at `path` of a copy of the registry,
    with columns converted to UTF-16 here, independently of the server."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "registry")
        shutil.copytree(REGISTRY, copy)
        with open(os.path.join(copy, path), "w", encoding="utf-8") as f:
            f.write(text)
        out = subprocess.run([BINARY, "lint", "--format", "json", "--lang", "zh", os.path.join(copy, path)],
                             capture_output=True, text=True, check=False).stdout
    lines = text.split("\n")

    def units(line, column):
        return len(lines[line - 1][: column - 1].encode("utf-16-le")) // 2

    return [
        (d["line"] - 1, units(d["line"], d["column"]), d["end_line"] - 1, units(d["end_line"], d["end_column"]),
         1 if d["severity"] == "error" else 2, d["rule"], d["message"])
        for d in json.loads(out)["diagnostics"]
    ]


@pytest.mark.asyncio
async def test_editing_session(client: LanguageClient):
    beta_uri, list_uri = BETA.as_uri(), LIST.as_uri()

    # Open a document with two findings: exactly lint's, at UTF-16 positions. The misspelt
    # required key is one finding (no separate missing-field).
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=beta_uri, language_id="yaml", version=1, text=BETA_TEXT)))
    found = await diagnostics_for(client, beta_uri)
    expected = [
        (1, 0, 1, 4, 1, "unknown-key", "未知的键“naem”，是否应为“name”？（必填项“name”因此缺失）"),
        (5, 16, 5, 24, 2, "non-canonical", "“受理  办结” → “受理 办结”（规范写法，tongban fmt 可修正）"),
    ]
    assert summary(found) == expected
    assert summary(found) == lint_as_lsp("matters/beta.yaml", BETA_TEXT)
    assert all(d.source == "tongban" for d in found)

    # The fix for the misspelt key is the did-you-mean.
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=beta_uri), range=rng(1, 1, 1, 1),
        context=types.CodeActionContext(diagnostics=[found[0]])))
    key_fix = [a for a in actions if isinstance(a, types.CodeAction) and a.kind == types.CodeActionKind.QuickFix]
    assert [a.title for a in key_fix] == ["改为“name”"]
    assert list(key_fix[0].edit.changes) == [beta_uri]
    assert list(key_fix[0].edit.changes[beta_uri]) == [types.TextEdit(range=rng(1, 0, 1, 4), new_text="name")]

    # Change it: the findings follow the unsaved text.
    fixed_key = BETA_TEXT.replace("naem:", "name:")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=beta_uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed_key)]))
    found = await diagnostics_for(client, beta_uri)
    assert summary(found) == [expected[1]]

    # The non-canonical value's fix is fmt's edit at the value's span; applied, nothing is left.
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=beta_uri), range=found[0].range,
        context=types.CodeActionContext(diagnostics=found, only=[types.CodeActionKind.QuickFix])))
    assert len(actions) == 1
    edits = list(actions[0].edit.changes[beta_uri])
    assert edits == [types.TextEdit(range=rng(5, 16, 5, 24), new_text='"受理 办结"')]
    lines = fixed_key.split("\n")
    line = lines[5].encode("utf-16-le")
    lines[5] = (line[: 2 * 16] + edits[0].new_text.encode("utf-16-le") + line[2 * 24:]).decode("utf-16-le")
    formatted = "\n".join(lines)
    assert formatted.endswith('process: [𠀋申请, "受理 办结"]\n')
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=beta_uri, version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=formatted)]))
    assert list(await diagnostics_for(client, beta_uri)) == []

    # Hover on a key: its meaning, type and requirement from the schema table.
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=beta_uri), position=types.Position(line=2, character=2)))
    assert hover.contents.kind == types.MarkupKind.PlainText
    assert hover.contents.value.splitlines() == ["status：事项状态", "status", "类型：取值之一：在用、暂停、取消、草稿", "必填"]
    assert hover.range == rng(2, 0, 2, 6)

    # A list entry being written: completion offers the registry's matter ids.
    list_text = LIST.read_text(encoding="utf-8")
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=list_uri, language_id="yaml", version=1, text=list_text)))
    assert list(await diagnostics_for(client, list_uri)) == []
    editing = list_text + "  - matter: \n"
    last = len(editing.split("\n")) - 2
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=list_uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=editing)]))
    assert summary(await diagnostics_for(client, list_uri)) == lint_as_lsp("lists/tongban.yaml", editing) != []
    completion = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=list_uri), position=types.Position(line=last, character=12)))
    items = completion.items if isinstance(completion, types.CompletionList) else completion
    assert [(i.label, i.detail) for i in items] == [("alpha", "合成事项甲"), ("beta", "合成事项乙")]

    # Go to definition from an entry's matter id to the matter's file.
    located = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=list_uri), position=types.Position(line=10, character=13)))
    assert located == types.Location(uri=REGISTRY.joinpath("matters", "alpha.yaml").as_uri(), range=rng(0, 0, 0, 0))
