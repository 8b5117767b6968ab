"""Score the hand-written comment-system pages against their hand-checked trees.

The trees are ``TREES`` in ``tests/test_html_comment_systems.py``. A comment counts as found when
a comment with its exact text is found; its parent is right when that comment's parent has the
expected parent's text, its author right when the name is the expected one. A thread is exact
when the whole tree (texts, authors, parents, order) is. Comments without text (stubs,
collapsed ones) are left out of the counts but not of "exact".

Run from the repository root (``PYTHONPATH`` may point at another checkout's ``src`` to score
older code on the same pages)::

    PYTHONPATH=src python benchmarks/html_comment_systems_score.py [-v] [PAGE ...]
    PYTHONPATH=src python benchmarks/html_comment_systems_score.py --trees benchmarks/html_comments_blind10.py [--set FIRST]

Comments found with a text no tree has (false comments; on a near miss, whose tree is empty,
every comment found) are counted as "not in the trees".
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.model import Article, Comment

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "test_html_comment_systems.py"
DATA = ROOT / "tests" / "data" / "html" / "comments" / "systems"


def trees(
    path: Path = TESTS, names: tuple[str, ...] = ("TREES",)
) -> dict[str, list[tuple[int, str, str | None, str]]]:
    """The dicts ``names`` read from a module's source (no import: any ``newsthread`` may be on
    the path): ``TREES`` of the test module, or ``--trees FILE [--set NAME]`` (session 10's
    blind rounds: ``FIRST`` and ``SECOND`` in ``html_comments_blind10.py``)."""
    found: dict[str, list[tuple[int, str, str | None, str]]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) in names:
            assert node.value is not None
            found.update(ast.literal_eval(node.value))
    if not found:
        raise SystemExit(f"{', '.join(names)} not found in {path}")
    return found


def found(name: str) -> list[tuple[str, str | None, str | None]]:
    section = extract_comments(LexborHTMLParser((DATA / name).read_bytes()))
    out = []
    for c in Article(comments=section.comments).iter_comments():
        up = c.parent
        out.append(
            (
                c.text,
                c.author.name if c.author else None,
                up.text if isinstance(up, Comment) else None,
            )
        )
    return out


def expected(
    rows: list[tuple[int, str, str | None, str]],
) -> list[tuple[str, str | None, str | None]]:
    stack: list[str] = []
    out = []
    for depth, _, author, text in rows:
        stack = stack[:depth]
        out.append((text, author, stack[-1] if stack else None))
        stack.append(text)
    return out


def main() -> None:
    args = sys.argv[1:]
    verbose = "-v" in args
    path, sets = TESTS, ("TREES",)
    if "--trees" in args:
        at = args.index("--trees")
        path, sets = Path(args[at + 1]), ("FIRST", "SECOND")
        del args[at : at + 2]
    if "--set" in args:
        at = args.index("--set")
        sets = (args[at + 1],)
        del args[at : at + 2]
    all_trees = trees(path, sets)
    names = [a for a in args if a != "-v"] or sorted(all_trees)
    parents = authors = total = exact = extra = 0
    for name in names:
        want = expected(all_trees[name])
        got = found(name)
        by_text: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for row in got:
            by_text.setdefault(row[0], []).append(row)
        real = [w for w in want if w[0]]
        p = sum(any(g[2] == w[2] for g in by_text.get(w[0], [])) for w in real)
        a = sum(any(g[1] == w[1] for g in by_text.get(w[0], [])) for w in real)
        ok = got == want
        wanted = {w[0] for w in want}
        x = sum(1 for g in got if g[0] and g[0] not in wanted)
        parents, authors, total, exact = parents + p, authors + a, total + len(real), exact + ok
        extra += x
        if verbose:
            print(
                f"{name:32} parents {p}/{len(real)}  authors {a}/{len(real)}  exact {ok}  extra {x}"
            )
    print(
        f"{len(names)} pages: parents right {parents}/{total}, authors right {authors}/{total}, "
        f"exact threads {exact}/{len(names)}, comments not in the trees {extra}"
    )


if __name__ == "__main__":
    main()
