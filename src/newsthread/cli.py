"""The ``newsthread`` command: show, convert and inspect news pages and newsthread documents."""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from newsthread.errors import NewsthreadError
from newsthread.model import Article
from newsthread.render import render_tree
from newsthread.thread import thread_stats

__all__ = ["main"]

# Input formats: file endings, and the function that reads one article ("module:function").
READERS: dict[str, str] = {
    "json": "newsthread.serialize:from_json",
    "html": "newsthread.html:from_html",
    "markdown": "newsthread.markdown:from_markdown",
    "text": "newsthread.markdown:from_text",
}
READ_SUFFIXES = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}
WRITE_SUFFIXES = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
WRITE_FORMATS = ("json", "flat", "jsonl", "markdown", "html")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 error, 2 usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (NewsthreadError, OSError) as error:
        message = str(error) or type(error).__name__
        print(f"newsthread: error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsthread",
        description="Turn news pages into a typed tree: article, quotes, speakers and the comment thread.",
    )
    parser.add_argument("--version", action="version", version=f"newsthread {_version()}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    def add_input(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("file", help="input file, or - for standard input")
        sub.add_argument(
            "--from",
            dest="source_format",
            choices=[*READERS, "jsonl"],
            help="input format (default: from the file ending, or sniffed from stdin)",
        )
        sub.add_argument("--url", help="the address the page was saved from")
        sub.add_argument(
            "--no-quotes", dest="quotes", action="store_false", help="skip quote extraction"
        )

    show = commands.add_parser("show", help="print the article tree")
    add_input(show)
    show.add_argument("--width", type=int, default=72, help="characters of text per node")
    show.set_defaults(run=_show)

    convert = commands.add_parser("convert", help="convert to json, flat, jsonl, markdown or html")
    add_input(convert)
    convert.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    convert.add_argument(
        "--to", choices=WRITE_FORMATS, help="output format (default: from -o's ending, else json)"
    )
    convert.add_argument("--indent", type=int, help="indent JSON output")
    convert.set_defaults(run=_convert)

    stats = commands.add_parser("stats", help="print thread statistics")
    add_input(stats)
    stats.add_argument("--json", action="store_true", help="as JSON")
    stats.set_defaults(run=_stats)

    schema = commands.add_parser("schema", help="print the JSON Schema of the document format")
    schema.add_argument("--flat", action="store_true", help="the flat form's schema")
    schema.set_defaults(run=_schema)
    _add_batch(commands)
    return parser


def _add_batch(commands: Any) -> None:
    batch = commands.add_parser(
        "batch",
        help="turn a corpus (files, folders, globs, WARC, JSON Lines) into tables",
        description="Import every page of a corpus on every core and write the tables "
        "articles, blocks, comments, quotes and speakers to OUTDIR, with errors.jsonl "
        "and summary.json. A second run into OUTDIR skips what is done.",
    )
    batch.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="file, folder, glob, or - for paths on stdin"
    )
    batch.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder")
    batch.add_argument("--jobs", type=int, help="worker processes (default: every core)")
    batch.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    batch.add_argument("--engine", choices=("local", "dask"), default="local")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: local)")
    batch.add_argument(
        "--no-quotes", dest="quotes", action="store_false", help="skip quote extraction"
    )
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    batch.set_defaults(run=_batch)


def _version() -> str:
    from newsthread import __version__

    return __version__


# -- commands -------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    for index, article in enumerate(_read(args)):
        if index:
            print()
        print(render_tree(article, width=args.width))
    return 0


def _stats(args: argparse.Namespace) -> int:
    for article in _read(args):
        stats = thread_stats(article)
        figures: dict[str, Any] = attrs.asdict(stats)
        figures["mean_replies"] = round(stats.mean_replies, 3)
        figures["declared_comment_count"] = article.declared_comment_count
        if args.json:
            print(json.dumps({"title": article.title, **figures}, ensure_ascii=False))
            continue
        print(article.title or "(untitled)")
        for key, value in figures.items():
            if key == "per_depth":
                value = " ".join(map(str, value[:20])) + (" …" if len(value) > 20 else "")
            print(f"  {key.replace('_', ' ')}: {value}")
    return 0


def _convert(args: argparse.Namespace) -> int:
    target = args.to or WRITE_SUFFIXES.get(Path(args.output).suffix.lower(), "json")
    articles = _read(args)
    from newsthread import serialize

    with _open_output(args.output) as out:
        if target == "jsonl":
            serialize.write_jsonl(articles, out)
            return 0
        for count, article in enumerate(articles):
            if count:
                raise _UsageError(f"{target} output holds one article; use --to jsonl for several")
            out.write(_write(article, target, args.indent))
            out.write("\n")
    return 0


def _batch(args: argparse.Namespace) -> int:
    from newsthread.corpus import run_batch

    if args.jobs is not None and args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    summary = run_batch(
        args.inputs,
        args.output,
        engine=args.engine,
        jobs=args.jobs,
        format=args.format,
        quotes=args.quotes,
        progress=False if args.quiet else None,
        scheduler=args.scheduler,
    )
    if not args.quiet:
        run = summary["run"]
        kinds = ", ".join(f"{k} {v}" for k, v in summary["errors_by_type"].items())
        print(
            f"newsthread: {run['pages']} pages in {run['seconds']:.1f} s "
            f"({run['pages_per_second']} pages/s), {run['skipped']} already done; "
            f"{summary['articles']} articles, {summary['comments']} comments, "
            f"{summary['quotes']} quotes, {summary['errors']} errors"
            + (f" ({kinds})" if kinds else "")
            + f" -> {args.output}",
            file=sys.stderr,
        )
    return 0


def _schema(args: argparse.Namespace) -> int:
    from newsthread.schema import json_schema

    print(json.dumps(json_schema(flat=args.flat), indent=2, ensure_ascii=False))
    return 0


# -- reading and writing --------------------------------------------------------


class _UsageError(NewsthreadError, ValueError):
    pass


def _read(args: argparse.Namespace) -> Iterator[Article]:
    data, name = _input_bytes(args.file)
    fmt = args.source_format or READ_SUFFIXES.get(Path(name).suffix.lower()) or _sniff(data)
    if fmt == "jsonl":
        from newsthread.serialize import read_jsonl

        yield from read_jsonl(io.StringIO(data.decode("utf-8-sig")))
        return
    reader = _load(READERS[fmt])
    if fmt == "json":
        yield reader(data)
    else:
        yield reader(data, url=args.url, quotes=args.quotes)


def _write(article: Article, target: str, indent: int | None) -> str:
    from newsthread import serialize

    if target in ("json", "flat"):
        return serialize.to_json(article, flat=target == "flat", indent=indent)
    writer = _load(
        {"markdown": "newsthread.markdown:to_markdown", "html": "newsthread.html:to_html"}[target]
    )
    text: str = writer(article)
    return text.rstrip("\n")


def _load(spec: str) -> Callable[..., Any]:
    module, _, name = spec.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def _input_bytes(file: str) -> tuple[bytes, str]:
    if file == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    return Path(file).read_bytes(), file


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "jsonl" if b"\n{" in data.strip() else "json"
    if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<")):
        return "html"
    if head.startswith((b"---", b"#")) or b"\n#" in head:
        return "markdown"
    return "text"


class _open_output:
    def __init__(self, output: str) -> None:
        self.output = output
        self.stream: TextIO | None = None

    def __enter__(self) -> TextIO:
        if self.output == "-":
            return sys.stdout
        self.stream = open(self.output, "w", encoding="utf-8")
        return self.stream

    def __exit__(self, *exc: object) -> None:
        if self.stream is not None:
            self.stream.close()
