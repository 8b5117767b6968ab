"""Render the small HTML pages here with each converter into ../converted/ (run by hand).

From the repository root:  PYTHONPATH=src python tests/data/markdown/html/render.py [NAME ...]
(only the pages named, by stem, when names are given: the others' renderings stay as they are).
The converters are the ones benchmarks/markdown_bench.py uses, with the same options.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3] / "benchmarks"))

from markdown_bench import convert  # noqa: E402

CONVERTERS = ("html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc")


def main() -> None:
    out = HERE.parent / "converted"
    out.mkdir(exist_ok=True)
    names = set(sys.argv[1:])
    for page in sorted(HERE.glob("*.html")):
        if names and page.stem not in names:
            continue
        html = page.read_text(encoding="utf-8")
        for converter in CONVERTERS:
            target = out / f"{page.stem}.{converter}.md"
            target.write_text(convert(converter, html), encoding="utf-8")


if __name__ == "__main__":
    main()
