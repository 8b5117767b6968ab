"""A reply chain 100,000 deep: build, walk, compare, copy and round-trip it at the default recursion limit.

Run: python examples/deep_thread.py [depth]
"""

from __future__ import annotations

import copy
import sys
import time

from newsthread import Article, Comment, build_thread, render_tree
from newsthread.serialize import from_json, to_json


def timed(label: str, action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    print(f"{label:<28}{time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    depth = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(f"recursion limit {sys.getrecursionlimit()}, chain of {depth:,} replies")
    chain = timed(
        "build_thread",
        lambda: build_thread(
            [
                (Comment(id=str(i), text=f"reply {i}"), str(i - 1) if i else None)
                for i in range(depth)
            ]
        ),
    )
    article = Article(title="deep", comments=chain)
    timed("walk", lambda: sum(1 for _ in article.walk()))
    twin = timed("deepcopy", lambda: copy.deepcopy(article))
    assert timed("==", lambda: twin == article)
    assert timed("nested JSON round trip", lambda: from_json(to_json(article))) == article
    assert timed("flat JSON round trip", lambda: from_json(to_json(article, flat=True))) == article
    drawing = timed("render_tree", lambda: render_tree(article, max_indent=8))
    print(drawing.splitlines()[-1])


if __name__ == "__main__":
    main()
