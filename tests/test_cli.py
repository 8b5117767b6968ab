"""The newsthread command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsthread.cli import main
from newsthread.serialize import from_json, to_json

SEED_JSON = Path(__file__).resolve().parent.parent / "examples" / "data" / "seed.json"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_show_prints_the_tree(capsys):
    code, out, err = run(capsys, "show", str(SEED_JSON))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Article “(untitled)” (7 blocks; 6 comments)"
    assert lines[8].startswith("├── Comment c1: “Deeper EU and NATO cooperation")
    assert lines[-1].startswith("    └── Comment c6: “A full on Common European Army")


def test_stats(capsys):
    code, out, _ = run(capsys, "stats", str(SEED_JSON), "--json")
    figures = json.loads(out)
    assert code == 0
    assert (figures["comments"], figures["top_level"], figures["max_depth"]) == (6, 2, 2)
    assert figures["declared_comment_count"] == 6
    code, out, _ = run(capsys, "stats", str(SEED_JSON))
    assert "  max replies: 3" in out.splitlines()


@pytest.mark.parametrize("target", ["json", "flat"])
def test_convert_round_trips(capsys, tmp_path, article, target):
    source = tmp_path / "in.json"
    source.write_text(to_json(article), encoding="utf-8")
    output = tmp_path / "out.json"
    code, _, _ = run(capsys, "convert", str(source), "-o", str(output), "--to", target)
    assert code == 0
    assert from_json(output.read_text(encoding="utf-8")) == article
    assert ("records" in output.read_text(encoding="utf-8")) == (target == "flat")


def test_convert_to_jsonl_and_show_it(capsys, tmp_path, article):
    source = tmp_path / "in.json"
    source.write_text(to_json(article), encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    assert run(capsys, "convert", str(source), "-o", str(corpus))[0] == 0
    assert len(corpus.read_text(encoding="utf-8").splitlines()) == 1
    code, out, _ = run(capsys, "show", str(corpus))
    assert code == 0 and out.startswith("Article “NATO and the EU”")


def test_stdin_and_stdout(capsys, monkeypatch, article):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(to_json(article).encode())))
    code, out, _ = run(capsys, "convert", "-", "--to", "json", "--indent", "1")
    assert code == 0
    assert from_json(out) == article
    assert '\n "schema_version": 1' in out


def test_schema_command(capsys):
    code, out, _ = run(capsys, "schema", "--flat")
    assert code == 0
    assert json.loads(out)["properties"]["records"]["type"] == "array"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"schema_version": 7}', "unsupported schema version 7 @ $.schema_version"),
        ("{nope", "invalid JSON at line 1 column 2"),
    ],
)
def test_errors_are_one_line_and_exit_1(capsys, tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "show", str(bad))
    assert code == 1 and out == ""
    assert err.startswith("newsthread: error: ") and message in err
    assert err.count("\n") == 1


def test_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, "show", str(tmp_path / "absent.json"))
    assert code == 1 and "No such file" in err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == "newsthread 0.1.0"


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


def test_python_dash_m_and_console_script_agree():
    result = subprocess.run(
        [sys.executable, "-m", "newsthread", "stats", str(SEED_JSON), "--json"],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(SEED_JSON.parents[2] / "src"), "PATH": ""},
    )
    assert json.loads(result.stdout)["comments"] == 6


SEED_TEXT = SEED_JSON.with_suffix(".txt")


def test_show_reads_plain_text_with_quotes(capsys):
    code, out, _ = run(capsys, "show", str(SEED_TEXT))
    assert code == 0
    assert "│   └── Quote[direct] “When we combine our strengths" in out
    assert out.count("— Mark Rutte (said)") == 3


def test_convert_between_text_markdown_html_and_json(capsys, tmp_path):
    markdown, page, document = tmp_path / "seed.md", tmp_path / "seed.html", tmp_path / "seed.json"
    assert run(capsys, "convert", str(SEED_TEXT), "-o", str(markdown))[0] == 0
    assert run(capsys, "convert", str(markdown), "-o", str(page))[0] == 0
    assert run(capsys, "convert", str(page), "-o", str(document))[0] == 0
    assert markdown.read_text(encoding="utf-8").startswith("---\ngenerator: newsthread")
    assert 'itemtype="https://schema.org/Comment"' in page.read_text(encoding="utf-8")
    back = from_json(document.read_text(encoding="utf-8"))
    assert [c.id for c in back.iter_comments()] == ["c1", "c2", "c3", "c4", "c5", "c6"]
    assert len(back.body) == 7


def test_stdin_html_is_sniffed(capsys, monkeypatch):
    page = b"<!doctype html><html lang=en><head><title>T</title></head><body><article><h1>T</h1><p>A body paragraph long enough to be the article text of this small page.</p></article></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    code, out, _ = run(capsys, "show", "-", "--no-quotes")
    assert code == 0
    assert out.startswith("Article “T”")


def test_binary_input_is_one_line_error(capsys, tmp_path):
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 40)
    code, out, err = run(capsys, "show", str(junk))
    assert code == 1
    assert out == ""
    assert "binary" in err
