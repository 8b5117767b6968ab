"""The command line on bad input and wrong usage: one line naming the file, exit 1 or 2,
no partial output, the same answer for empty input wherever it comes from."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from newsthread import Article, Comment
from newsthread.cli import main
from newsthread.serialize import from_json, to_json

PAGE = (
    "<!doctype html><html><head><title>T{n}</title></head><body><article><h1>T{n}</h1>"
    "<p>A body paragraph long enough to be the article text of this small page.</p>"
    "</article></body></html>\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    assert err.startswith("newsthread: error: ")
    assert err.count("\n") == 1
    return err[len("newsthread: error: ") : -1]


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def corpus(count: int) -> str:
    return "".join(to_json(Article(title=f"t{n}")) + "\n" for n in range(count))


def test_jsonl_in_utf16_is_read_and_bad_bytes_name_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes(corpus(2).encode("utf-16"))
    code, out, _ = run(capsys, "stats", str(wide), "--json")
    assert code == 0 and out.count('"title"') == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(corpus(1).encode() + b'{"schema_version":1,"title":"\xff"}\n')
    code, out, err = run(capsys, "show", str(bad))
    assert code == 1
    assert one_error_line(err).startswith(f"{bad}: line 2: not utf-8 text")


def test_a_failed_convert_leaves_no_file_and_keeps_the_old_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(corpus(3) + "{broken\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "convert", str(source), "-o", str(target))
    assert code == 1 and "line 4: invalid JSON" in one_error_line(err)
    assert not target.exists()
    target.write_text("old", encoding="utf-8")
    assert run(capsys, "convert", str(source), "-o", str(target))[0] == 1
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_a_written_file_gets_the_usual_mode(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "in.json"
    source.write_text(to_json(Article(title="x")), encoding="utf-8")
    target = tmp_path / "out.md"
    assert run(capsys, "convert", str(source), "-o", str(target))[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert target.read_text(encoding="utf-8").startswith("---\ngenerator: newsthread")


@pytest.mark.parametrize("output", ["out.csv", "out", "out.JSONX"])
def test_unknown_output_endings_are_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, output: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(to_json(Article(title="x")), encoding="utf-8")
    code, out, err = run(capsys, "convert", str(source), "-o", str(tmp_path / output))
    assert code == 2 and out == ""
    assert "cannot tell the output format" in one_error_line(err)
    assert not (tmp_path / output).exists()
    # --to says it: any name will do.
    assert run(capsys, "convert", str(source), "-o", str(tmp_path / output), "--to", "json")[0] == 0
    assert from_json((tmp_path / output).read_text(encoding="utf-8")).title == "x"


def test_several_articles_for_a_one_article_format_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(corpus(2), encoding="utf-8")
    target = tmp_path / "out.json"
    code, _, err = run(capsys, "convert", str(source), "-o", str(target))
    assert code == 2 and "use --to jsonl" in one_error_line(err)
    assert not target.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.md", "---\ntitle: x\n", ":1:1: front matter opened by '---' is never closed"),
        ("bad.json", '{"schema_version":1,"title":["a"]}', ": invalid value: expected a string"),
        ("bad.html", "\x00\x01\x02" * 4000, ": binary data"),
    ],
)
def test_errors_name_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: str, message: str
) -> None:
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "show", str(bad))
    assert code == 1 and out == ""
    line = one_error_line(err)
    assert line.startswith(str(bad)) and "<input>" not in line
    assert message in line


@pytest.mark.parametrize("name", ["empty.html", "empty.md", "empty.json", "empty.txt"])
@pytest.mark.parametrize("content", [b"", b"  \n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_input_is_the_same_error_from_a_file_and_from_stdin(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    content: bytes,
) -> None:
    empty = tmp_path / name
    empty.write_bytes(content)
    code, out, err = run(capsys, "show", str(empty))
    assert (code, out, one_error_line(err)) == (1, "", f"{empty}: empty input")
    stdin(monkeypatch, content)
    code, out, err = run(capsys, "stats", "-")
    assert (code, out, one_error_line(err)) == (1, "", "<stdin>: empty input")


def test_stdin_with_several_pages_is_refused_with_a_hint(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin(monkeypatch, "".join(PAGE.format(n=n) for n in range(3)).encode())
    code, out, err = run(capsys, "stats", "-")
    line = one_error_line(err)
    assert code == 1 and out == ""
    assert line.startswith("<stdin>: standard input holds 3 html documents")
    assert "newsthread batch" in line
    stdin(monkeypatch, PAGE.format(n=1).encode())
    assert run(capsys, "show", "-", "--no-quotes")[0] == 0


@pytest.mark.parametrize(
    "argv", [("show", "x.json", "--width", "-5"), ("show", "x.json", "--width", "0"),
             ("convert", "x.json", "--indent", "-1"), ("show", "x.json", "--width", "wide")],
)  # fmt: skip
def test_bad_numbers_are_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    assert info.value.code == 2
    last = capsys.readouterr().err.splitlines()[-1]  # after argparse's usage lines
    assert last.startswith(f"newsthread {argv[0]}: error: argument --")


def test_an_error_with_newlines_is_still_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    document = to_json(Article(comments=[Comment(id="a\nb")]))
    bad.write_text(document.replace('"a\\nb"', '"a\\nb"}, {"id": "a\\nb"'), encoding="utf-8")
    code, _, err = run(capsys, "show", str(bad))
    assert code == 1 and "duplicate comment id" in one_error_line(err)
