"""Draw a tree for people, the way ``tree`` draws folders."""

from __future__ import annotations

from newsthread.model import Article, Block, Comment, CommentStatus, Heading, Quote
from newsthread.tree import Node

__all__ = ["label", "render_tree"]


def render_tree(node: Node, *, width: int = 72, max_indent: int = 24) -> str:
    """Return one line per node of the subtree under ``node``.

    ``width`` caps the text shown for each node. Below ``max_indent`` levels
    the lines stop moving right and carry their depth instead, so a reply
    chain 100,000 deep prints in linear time and stays readable.
    """
    lines: list[str] = [label(node, width)]
    stack: list[tuple[Node, str, bool, int]] = []
    kids = node.children
    stack.extend((kid, "", i == len(kids) - 1, 1) for i, kid in reversed(list(enumerate(kids))))
    while stack:
        current, prefix, last, depth = stack.pop()
        if depth <= max_indent:
            lines.append(f"{prefix}{'└── ' if last else '├── '}{label(current, width)}")
            inner = prefix + ("    " if last else "│   ")
        else:
            lines.append(f"{prefix}{'└' if last else '├'}─[{depth}] {label(current, width)}")
            inner = prefix
        kids = current.children
        last_index = len(kids) - 1
        stack.extend(
            (kid, inner, i == last_index, depth + 1) for i, kid in reversed(list(enumerate(kids)))
        )
    return "\n".join(lines)


def label(node: Node, width: int = 72) -> str:
    """A one-line description of a node, its text cut to ``width`` characters."""
    if isinstance(node, Article):
        facts = [f"{len(node.body)} blocks", f"{sum(1 for _ in node.iter_comments())} comments"]
        if node.published is not None:
            facts.insert(0, node.published.isoformat())
        if node.authors:
            facts.insert(0, "by " + ", ".join(a.name for a in node.authors))
        return f"Article {_shown(node.title or '(untitled)', width)} ({'; '.join(facts)})"
    if isinstance(node, Comment):
        head = f"Comment {node.id}"
        if node.author is not None:
            head += f" by {node.author.name}"
        if node.published is not None:
            head += f" at {node.published.isoformat()}"
        if node.status is not CommentStatus.PUBLISHED:
            head += f" [{node.status.value}"
            head += f" {node.more_count}]" if node.more_count is not None else "]"
        return f"{head}: {_shown(node.text, width)}" if node.text else head
    if isinstance(node, Quote):
        who = f" — {node.speaker.name}" if node.speaker is not None else ""
        cue = f" ({node.cue})" if node.cue else ""
        return f"Quote[{node.kind.value}] {_shown(node.text, width)}{who}{cue}"
    if isinstance(node, Heading):
        return f"Heading{node.level} {_shown(node.text, width)}"
    if isinstance(node, Block):
        return f"{type(node).__name__} {_shown(node.text, width)}"
    return type(node).__name__  # pragma: no cover - every node class is handled above


def _shown(text: str, width: int) -> str:
    flat = " ".join(text[: width * 4].split())
    if len(flat) > width:
        flat = flat[: width - 1] + "…"
    return f"“{flat}”"
