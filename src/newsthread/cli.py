"""The ``newsthread`` command: show, convert and inspect news pages and newsthread documents."""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from newsthread.errors import InputError, NewsthreadError
from newsthread.model import Article
from newsthread.render import render_tree
from newsthread.sources._registry import FORMATS as SOURCE_FORMATS
from newsthread.sources._registry import detect as detect_source
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
WRITE_FORMATS = ("json", "flat", "jsonl", "markdown", "html", "convokit")


#: Exit statuses: success, bad input (a file that cannot be read or used), wrong usage.
EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad input, 2 usage).

    Every error is one line on standard error, ``newsthread: error: FILE: what``.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_INPUT
    except _UsageError as error:
        _report(str(error))
        return EXIT_USAGE
    except (NewsthreadError, OSError, UnicodeError) as error:
        _report(str(error) or type(error).__name__)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    return result


def _report(message: str) -> None:
    """Print one line, whatever the message holds."""
    line = " ".join(message.split("\n")).strip()
    print(f"newsthread: error: {line}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsthread",
        description="Turn news pages into a typed tree: article, quotes, speakers and the comment thread.",
        epilog="Exit status: 0 ok, 1 bad input (the error names the file), 2 usage.",
    )
    parser.add_argument("--version", action="version", version=f"newsthread {_version()}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    def add_input(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("file", help="input file, or - for standard input")
        sub.add_argument(
            "--from",
            dest="source_format",
            choices=[*READERS, "jsonl", *SOURCE_FORMATS],
            help="input format (default: from the file ending, or sniffed from stdin)",
        )
        sub.add_argument(
            "--skip-bad-records",
            action="store_true",
            help="sources: skip records that cannot be read (counted on stderr) instead of failing",
        )
        sub.add_argument("--url", help="the address the page was saved from")
        sub.add_argument(
            "--no-quotes", dest="quotes", action="store_false", help="skip quote extraction"
        )

    show = commands.add_parser("show", help="print the article tree")
    add_input(show)
    show.add_argument(
        "--width", type=_positive, default=72, help="characters of text per node (at least 1)"
    )
    show.set_defaults(run=_show)

    convert = commands.add_parser("convert", help="convert to json, flat, jsonl, markdown or html")
    add_input(convert)
    convert.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    convert.add_argument(
        "--to", choices=WRITE_FORMATS, help="output format (default: from -o's ending, else json)"
    )
    convert.add_argument("--indent", type=_not_negative, help="indent JSON output")
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


def _positive(text: str) -> int:
    value = _integer(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _not_negative(text: str) -> int:
    value = _integer(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, not {value}")
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


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
        "--partition-by",
        choices=("site", "hash"),
        help="split every table into site=HOST or bucket=NN sub-folders (parquet only)",
    )
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
    target = args.to or _output_format(args.output)
    articles = _read(args)
    if target == "convokit":
        return _write_convokit(articles, args.output)
    from newsthread import serialize

    if target == "jsonl":
        with _open_output(args.output) as out:
            serialize.write_jsonl(articles, out)
        return 0
    article = next(articles)
    if next(articles, None) is not None:
        raise _UsageError(f"{target} output holds one article; use --to jsonl for several")
    text = _write(article, target, args.indent)
    with _open_output(args.output) as out:
        out.write(text)
        out.write("\n")
    return 0


def _output_format(output: str) -> str:
    """The format -o's ending names; JSON for standard output."""
    if output == "-":
        return "json"
    suffix = Path(output).suffix.lower()
    if suffix not in WRITE_SUFFIXES:
        known = " ".join(sorted(WRITE_SUFFIXES))
        raise _UsageError(
            f"{output}: cannot tell the output format from the ending {suffix or '(none)'!r}; "
            f"use --to, or one of {known}"
        )
    return WRITE_SUFFIXES[suffix]


def _batch(args: argparse.Namespace) -> int:
    from newsthread.corpus import run_batch

    if args.jobs is not None and args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    if args.partition_by is not None and args.format != "parquet":
        raise _UsageError("--partition-by needs --format parquet")
    summary = run_batch(
        args.inputs,
        args.output,
        engine=args.engine,
        jobs=args.jobs,
        format=args.format,
        quotes=args.quotes,
        progress=False if args.quiet else None,
        scheduler=args.scheduler,
        partition_by=args.partition_by,
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
    """The articles of the input; errors name the file they come from."""
    source = args.source_format or detect_source(args.file)
    if source in SOURCE_FORMATS:
        yield from _read_source(source, args)
        return
    data, name = _input_bytes(args.file)
    try:
        yield from _articles(data, name, args)
    except NewsthreadError as error:
        raise _InputFileError(name, error) from error


def _articles(data: bytes, name: str, args: argparse.Namespace) -> Iterator[Article]:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError("empty input")
    fmt = args.source_format or READ_SUFFIXES.get(Path(name).suffix.lower()) or _sniff(data)
    if name == "<stdin>":
        _refuse_several_documents(data, fmt)
    if fmt == "jsonl":
        from newsthread.serialize import read_jsonl

        yield from read_jsonl(io.BytesIO(data))
        return
    reader = _load(READERS[fmt])
    if fmt == "json":
        yield reader(data)
    else:
        yield reader(data, url=args.url, quotes=args.quotes)


_DOCUMENT_START = {
    "html": re.compile(rb"(?im)^\s*<!doctype\s+html|^\s*<html[\s>]"),
    "markdown": re.compile(rb"(?m)^---[ \t]*\r?\n(?:[^\r\n]*\r?\n){0,40}?generator: newsthread"),
}


def _refuse_several_documents(data: bytes, fmt: str) -> None:
    """``cat *.html | newsthread show -`` would read many pages as one: refuse it."""
    pattern = _DOCUMENT_START.get(fmt)
    if pattern is None:
        return
    starts = pattern.findall(data)
    if fmt == "html":
        doctypes = sum(1 for s in starts if s.lstrip().lower().startswith(b"<!"))
        count = doctypes if doctypes else len(starts)
    else:
        count = len(starts)
    if count > 1:
        raise InputError(
            f"standard input holds {count} {fmt} documents, read here as one article; "
            "give them as files, or use `newsthread batch` for many"
        )


class _InputFileError(NewsthreadError, ValueError):
    """An error while reading one input, with the file's name in front."""

    def __init__(self, name: str, error: NewsthreadError) -> None:
        message = str(error)
        if message.startswith("<input>"):
            message = name + message[len("<input>") :]
        elif not message.startswith(name + ":"):
            message = f"{name}: {message}"
        super().__init__(message)
        self.name = name
        self.error = error


def _read_source(source: str, args: argparse.Namespace) -> Iterator[Article]:
    """A platform export or dump (``newsthread.sources``), streamed; repairs reported on stderr."""
    from newsthread.sources import Report, read_source

    report = Report()
    file = sys.stdin.buffer if args.file == "-" else args.file
    skip = getattr(args, "skip_bad_records", False)
    yield from read_source(
        source, file, errors="skip" if skip else "strict", report=report, quotes=args.quotes
    )
    if report.counts:
        print(f"newsthread: {source}: repaired or skipped:", file=sys.stderr)
        for line in str(report).splitlines():
            print(f"  {line}", file=sys.stderr)


def _write_convokit(articles: Iterator[Article], output: str) -> int:
    """A ConvoKit corpus directory (``-o DIR``) from every article read."""
    from newsthread.sources import write_convokit

    if output == "-":
        raise _UsageError("--to convokit writes a corpus directory: give it with -o DIR")
    write_convokit(articles, output)
    return 0


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
    """Standard output, or a file written whole or not at all (a temporary file, renamed)."""

    def __init__(self, output: str) -> None:
        self.output = output
        self.stream: TextIO | None = None
        self.temporary: str | None = None

    def __enter__(self) -> TextIO:
        if self.output == "-":
            return sys.stdout
        target = Path(self.output)
        handle, self.temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
        self.stream = open(handle, "w", encoding="utf-8")
        return self.stream

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if self.stream is None or self.temporary is None:
            return
        self.stream.close()
        if kind is not None:
            os.unlink(self.temporary)
            return
        try:
            mode = os.stat(self.output).st_mode & 0o7777  # an existing file keeps its mode
        except FileNotFoundError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask  # mkstemp's file is private: give it what open() would
        os.chmod(self.temporary, mode)
        os.replace(self.temporary, self.output)
