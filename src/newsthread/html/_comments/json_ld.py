"""Comments from JSON-LD, for pages without comment markup."""

from __future__ import annotations

import json
from typing import Any

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import LD_COMMENT, LD_SCRIPT
from newsthread.html._comments.state import absolute
from newsthread.html._dates import parse_machine_date
from newsthread.model import Author, Comment


def _is_below(node: Comment, ancestor: Comment) -> bool:
    cur: object = node
    while isinstance(cur, Comment):
        if cur is ancestor:
            return True
        cur = cur.parent
    return False


def from_json_ld(
    root: LexborNode, base: str | None, scripts: list[LexborNode] | None = None
) -> list[Comment]:
    """``Comment`` objects of the page's JSON-LD, nested by ``comment`` or ``parentItem``.

    ``scripts``: the page's JSON-LD ``script`` elements when already found (the comment scan
    finds them in its one pass over the page); else they are looked for.
    """
    found = _ld_comments(root, scripts)
    if not found:
        return []
    return _build_ld(found, base)


def _ld_comments(
    root: LexborNode, scripts: list[LexborNode] | None
) -> list[tuple[dict[str, Any], str | None]]:
    """Every JSON-LD ``Comment`` object with the id of the one it answers, walked without recursion."""
    found: list[tuple[dict[str, Any], str | None]] = []
    if scripts is None:
        scripts = root.css(LD_SCRIPT)
    for script in scripts:
        raw = script.text(deep=True)
        if LD_COMMENT.search(raw) is None:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue  # broken or absurdly nested JSON-LD: the DOM is all there is
        stack: list[tuple[Any, str | None]] = [(data, None)]
        while stack:
            item, parent = stack.pop()
            if isinstance(item, list):
                stack.extend((x, parent) for x in reversed(item))
                continue
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            here = parent
            if "Comment" in kinds:
                pid = item.get("parentItem")
                if isinstance(pid, dict):
                    pid = pid.get("@id")
                own_parent = pid if isinstance(pid, str) else parent
                ident = item.get("@id") or item.get("identifier") or item.get("url")
                if not isinstance(ident, str):
                    ident = f"ld-{len(found) + 1}"
                    item["@id"] = ident
                found.append((item, own_parent))
                here = ident
            for key in (
                "comment",
                "@graph",
                "mainEntity",
                "hasPart",
                "suggestedAnswer",
                "acceptedAnswer",
            ):
                sub = item.get(key)
                if sub is not None:
                    stack.append((sub, here))
    return found


def _build_ld(found: list[tuple[dict[str, Any], str | None]], base: str | None) -> list[Comment]:
    built: dict[str, Comment] = {}
    order: list[tuple[Comment, str | None]] = []
    for item, parent in found:
        ident = str(item.get("@id"))
        author = item.get("author")
        if isinstance(author, list) and author:
            author = author[0]
        person: Author | None = None
        if isinstance(author, dict) and isinstance(author.get("name"), str):
            url = author.get("url")
            person = Author(
                name=author["name"], url=absolute(url, base) if isinstance(url, str) else None
            )
        elif isinstance(author, str):
            person = Author(name=author)
        date = item.get("dateCreated") or item.get("datePublished")
        text = item.get("text") or item.get("description") or ""
        url = item.get("url")
        score = item.get("upvoteCount")
        comment = Comment(
            id=ident,
            author=person,
            published=parse_machine_date(date) if isinstance(date, str) else None,
            text=text.strip() if isinstance(text, str) else "",
            url=absolute(url, base) if isinstance(url, str) else None,
            score=score if isinstance(score, int) else None,
        )
        built[ident] = comment
        order.append((comment, parent))
    tops: list[Comment] = []
    for comment, parent in order:
        holder = built.get(parent) if parent else None
        if holder is not None and _is_below(holder, comment):
            holder = None  # parentItem links that go round in a circle
        if holder is None or holder is comment:
            if parent:
                comment.in_reply_to = parent
            tops.append(comment)
        else:
            holder.add(comment)
    return tops
