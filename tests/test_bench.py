"""bench/: the corpus maker and the stream-mix report (no timing is asserted here)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_load_corpus_remakes_a_corpus_of_another_share(tmp_path: Path) -> None:
    run = _load("run")
    corpus = tmp_path / "c"
    first = run.load_corpus(corpus, 40, 1, 0.25)
    assert first["documents"] == 40 and first["custody"] == 10
    assert len(list((corpus / "txt").glob("*.txt"))) == 40
    stamp = (corpus / "manifest.json").stat().st_mtime_ns
    assert run.load_corpus(corpus, 40, 1, 0.25) == first  # reused, not made again
    assert (corpus / "manifest.json").stat().st_mtime_ns == stamp
    other = run.load_corpus(corpus, 40, 1, 0.05)
    assert other["custody"] == 2
    labels = json.loads((corpus / "manifest.json").read_text())["labels"]
    assert sum(v["label"] == "custody" for v in labels.values()) == 2


def _row(share: float, files: float, jsonl: float, exit_code: int = 0) -> dict[str, Any]:
    def run(speed: float) -> dict[str, Any]:
        return {"docs_per_s": speed, "exit": exit_code, "peak_rss_mb": 27.0}

    return {
        "share": share,
        "custody": round(5000 * share),
        "extract_txt": run(files),
        "extract_jsonl": run(jsonl),
    }


def test_sweep_table_names_the_shares_at_the_floor() -> None:
    run = _load("run")
    text = run.sweep_table([_row(0.02, 4100, 4300), _row(0.05, 3050, 3200), _row(0.15, 2100, 2300)])
    assert "files path at 3,000 docs/s or more: 2%, 5%" in text
    assert "4,100" in text and "2,300" in text
    failed = run.sweep_table([_row(0.02, 4100, 4300, exit_code=1)])
    assert "FAILED" in failed and "none of these shares" in failed


def test_articles_times_extraction_over_real_style_articles(tmp_path: Path) -> None:
    run = _load("run")
    (tmp_path / "a.txt").write_text(
        "Hamas released three Israeli hostages on Saturday, the army said.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("The central bank held rates steady.\n", encoding="utf-8")
    res = run.articles([str(tmp_path)], 1)
    assert res["docs"] == 2 and res["errors"] == 0 and res["docs_per_s"] > 0
