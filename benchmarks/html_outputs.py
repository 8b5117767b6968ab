"""Is a speed change output-identical? Dump ``to_json`` of every HTML dev page, then compare.

Run by hand from the repository root, once per version of the code::

    PYTHONPATH=/work/main/src python benchmarks/html_outputs.py dump /tmp/before.jsonl
    PYTHONPATH=src python benchmarks/html_outputs.py dump /tmp/after.jsonl
    python benchmarks/html_outputs.py compare /tmp/before.jsonl /tmp/after.jsonl

Both development sets (``../shared/devdata/html`` and ``html-readability``), read and decoded
as ``html_bench.py`` reads them; ``from_html`` with its defaults (quotes on). A page that
raises is dumped as the error's type and message. ``compare`` lists the pages that differ.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from html_bench import EVAL, SETS, load_eval  # the script's folder is on sys.path


def dump(out: Path, limit: int) -> None:
    from newsthread.html import from_html
    from newsthread.serialize import to_json

    ev = load_eval(EVAL)
    with out.open("w", encoding="utf-8") as f:
        for theirs in SETS.values():
            _kind, pages = ev.load_set(theirs)
            for page in pages[: limit or None]:
                with open(page["path"], "rb") as source:
                    html = ev.decode_page(source.read())
                try:
                    result = to_json(from_html(html, url=page["url"]))
                except Exception as exc:  # the same failure on both sides is no difference
                    result = f"{type(exc).__name__}: {exc}"
                f.write(json.dumps([theirs, page["name"], result]) + "\n")


def compare(before: Path, after: Path) -> int:
    old = [json.loads(line) for line in before.open(encoding="utf-8")]
    new = [json.loads(line) for line in after.open(encoding="utf-8")]
    if [row[:2] for row in old] != [row[:2] for row in new]:
        print("the two dumps hold different pages")
        return 2
    differ = [f"{a[0]}/{a[1]}" for a, b in zip(old, new, strict=True) if a[2] != b[2]]
    print(f"{len(old)} pages, {len(differ)} differ")
    for name in differ:
        print(f"  {name}")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write to_json of every dev page to a JSON-lines file")
    d.add_argument("out", type=Path)
    d.add_argument("--limit", type=int, default=0, help="only the first N pages of each set")
    c = sub.add_parser("compare", help="list the pages whose output differs")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.limit)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
