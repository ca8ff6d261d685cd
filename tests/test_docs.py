"""The README cannot drift from the code (after sqlite-utils' tests/test_docs.py).

Every command of the ``custody`` group has help text and is documented in
README.md with each of its options; the README's two set-up commands exist as
scripts; its ``custody --help`` block is the real one; its record example is a
valid record-format line whose evidence points into the example document.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from custody.cli import main
from custody.ingest import read_paths
from custody.record import Document, parse_document_line
from custody.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
HELP_OPTIONS = ("-h", "--help")


def walk(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The path of every command under ``command``, itself first, recursively."""
    yield path
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from walk(sub, (*path, name))


def command_at(path: tuple[str, ...]) -> click.Command:
    command: click.Command = main
    for name in path:
        assert isinstance(command, click.Group)
        command = command.commands[name]
    return command


COMMANDS = list(walk(main))


def label(path: tuple[str, ...]) -> str:
    return " ".join(("custody", *path))


def sections() -> dict[str, str]:
    """README text under each heading (up to the next heading of any level)."""
    parts = re.split(r"^(#{1,6} .*)$", README, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def section_of(path: tuple[str, ...]) -> str:
    """The README section documenting a command: its heading names `custody CMD`."""
    wanted = "Global options" if not path else f"`{label(path)}"
    found = [body for heading, body in sections().items() if wanted in heading]
    assert found, f"README.md has no heading naming {wanted!r} for {label(path)}"
    return "\n".join(found)


def mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def fenced(after: str, language: str) -> str:
    """The first fenced block of ``language`` after the marker ``after``."""
    start = README.index(after)
    match = re.compile(rf"```{language}\n(.*?)\n```", re.DOTALL).search(README, start)
    assert match, f"no ```{language} block after {after!r} in README.md"
    return match.group(1)


@pytest.mark.parametrize("path", COMMANDS, ids=label)
def test_command_has_help(path: tuple[str, ...]) -> None:
    command = command_at(path)
    assert (command.help or "").strip(), f"{label(path)} has no help text"


@pytest.mark.parametrize("path", COMMANDS, ids=label)
def test_command_is_documented(path: tuple[str, ...]) -> None:
    assert label(path) in README, f"README.md does not mention `{label(path)}`"
    section = section_of(path)
    for param in command_at(path).params:
        if not isinstance(param, click.Option):
            continue
        for opt in (*param.opts, *param.secondary_opts):
            if opt in HELP_OPTIONS:
                continue
            assert mentions(section, opt), f"{label(path)} {opt} is not documented in README.md"


def test_help_options_are_documented() -> None:
    assert all(mentions(README, opt) for opt in HELP_OPTIONS)


def test_environment_variables_are_documented() -> None:
    for name in ("CUSTODY_DB", "CUSTODY_CONFIG", "CUSTODY_MAX_BYTES", "CUSTODY_NO_RE_CACHE"):
        assert name in README, name


def test_help_block_is_the_real_help() -> None:
    command, shown = fenced("## Commands", "console").split("\n", 1)
    assert command == "$ custody --help"
    # As on an 80-column terminal (Click leaves two columns free).
    real = CliRunner().invoke(main, ["--help"], prog_name="custody", terminal_width=78)
    assert real.exit_code == 0
    assert shown.strip() == real.output.strip(), "README.md: paste the new `custody --help`"


def test_setup_commands_exist_as_scripts() -> None:
    commands = fenced("## Set up", "sh").splitlines()
    scripts = [line.split("#")[0].split() for line in commands if line.strip()]
    assert scripts == [["bash", "scripts/demo.sh"], ["bash", "scripts/test.sh"]]
    for _, script in scripts:
        assert (ROOT / script).is_file(), script


def example_document(doc_id: str) -> Document:
    found = [
        d for d in read_paths([str(ROOT / "examples")], Settings()) if not isinstance(d, Exception)
    ]
    matching = [d for d in found if d.id == doc_id]
    assert matching, f"README record example: no document {doc_id!r} in examples/"
    return matching[0]


def test_record_example_parses() -> None:
    lines = fenced("<!-- record-example", "json").splitlines()
    assert len(lines) == 1, "the record example must be one JSON line"
    doc, events = parse_document_line(json.loads(lines[0]), "README.md record example")
    assert events, "the record example should show a record"
    text = example_document(doc.id).text
    for event in events:
        for span in event.evidence:
            assert text[span.start : span.end] == span.text, (span.start, span.end)


def test_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(fenced("## The record format", "python"), "README.md", "exec"), {})


def test_accuracy_table_lists_every_gated_gold_file() -> None:
    table = sections()["## Accuracy"]
    for gold in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        assert f"`tests/gold/{gold.name}`" in table, f"add tests/gold/{gold.name} to ## Accuracy"
