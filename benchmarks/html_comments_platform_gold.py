"""Parents and authors on the 16 platform pages, against a reference tree read per platform.

Run from the repository root (reads ``../shared/devdata/html/platforms``)::

    PYTHONPATH=src python benchmarks/html_comments_platform_gold.py [--markdown] [--show PAGE]

The platform pages come without an expected tree. Here each platform's thread is read by a
small reader written for that platform alone, from the encoding its README documents (Hacker
News indents, Reddit's ``data-fullname`` nesting and threadline classes, Epoch's
``child-of-N`` classes, Stack Exchange's answer ids...), so that the reference does not share
the general extractor's heuristics. The reference trees were checked by hand against the
pages: counts against the count each page prints, and the first comments, every reply level
and every author-less entry read in the source (``--show PAGE`` prints one).

Comments are matched by id (the trailing letters and digits of both sides' ids: ``t1_abc``,
``c123``, ``div-comment-123`` and ``123`` are one key). Scores per page and over all, and
for the two halves the other benchmarks use (SHA-1 of the file name):

- parents right: reference comments found with the reference parent (missing ones count wrong);
- authors right: reference comments with an author, found with that name (whitespace-normalised);
- exact threads: every reference comment found with its parent and none found that the
  reference lacks (``MORE`` stubs aside);
- extra: comments found that the reference lacks.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread._decode import decode_bytes
from newsthread.html import extract_comments
from newsthread.model import Article, Comment, CommentStatus

PLATFORMS = Path(__file__).resolve().parents[1] / ".." / "shared" / "devdata" / "html" / "platforms"

#: (id, parent id or None, author or None)
Row = tuple[str, str | None, str | None]
_KEY = re.compile(r"([A-Za-z0-9]+)$")


def key(ident: str | None) -> str | None:
    if ident is None:
        return None
    m = _KEY.search(ident)
    got = m.group(1) if m else ident
    return got[1:] if got[:1] == "c" and got[1:].isdigit() else got  # Blogger's ``c123``


def norm(name: str | None) -> str | None:
    return " ".join(name.split()) if name else None


def _text(node: LexborNode | None) -> str | None:
    return norm(node.text(deep=True)) if node is not None else None


def _ancestor(node: LexborNode, test: Callable[[LexborNode], bool]) -> LexborNode | None:
    cur = node.parent
    while cur is not None:
        if cur.is_element_node and test(cur):
            return cur
        cur = cur.parent
    return None


def _by_depth(items: Iterator[tuple[str, int, str | None]]) -> list[Row]:
    rows: list[Row] = []
    stack: list[tuple[int, str]] = []
    for ident, depth, author in items:
        while stack and stack[-1][0] >= depth:
            stack.pop()
        rows.append((ident, stack[-1][1] if stack else None, author))
        stack.append((depth, ident))
    return rows


def hn_2026(doc: LexborHTMLParser) -> list[Row]:
    def items() -> Iterator[tuple[str, int, str | None]]:
        for tr in doc.css("tr.athing.comtr"):
            ind = tr.css_first("td.ind")
            depth = int((ind.attributes.get("indent") or "0") if ind is not None else "0")
            yield tr.attributes.get("id") or "", depth, _text(tr.css_first("a.hnuser"))

    return _by_depth(items())


def hn_2015(doc: LexborHTMLParser) -> list[Row]:
    def items() -> Iterator[tuple[str, int, str | None]]:
        for head in doc.css("span.comhead"):
            link = head.css_first('a[href^="item?id="]')
            if link is None:
                continue
            row = _ancestor(
                head, lambda n: n.tag == "tr" and n.css_first('img[src="s.gif"]') is not None
            )
            spacer = row.css_first('img[src="s.gif"]') if row is not None else None
            width = int(spacer.attributes.get("width") or "0") if spacer is not None else 0
            ident = (link.attributes.get("href") or "").split("=", 1)[1]
            yield ident, width // 40, _text(head.css_first('a[href^="user?id="]'))

    return _by_depth(items())


def reddit_old(doc: LexborHTMLParser) -> list[Row]:
    rows: list[Row] = []
    for thing in doc.css('div.thing[data-type="comment"]'):
        up = _ancestor(thing, lambda n: n.attributes.get("data-type") == "comment")
        author = thing.attributes.get("data-author")
        rows.append(
            (
                thing.attributes.get("data-fullname") or "",
                up.attributes.get("data-fullname") if up is not None else None,
                author if author and author != "[deleted]" else None,
            )
        )
    return rows


def reddit_new(doc: LexborHTMLParser) -> list[Row]:
    rows: list[Row] = []
    for box in doc.css('div[id^="t1_"][style*="padding-left"]'):
        ident = box.attributes.get("id") or ""
        # The threadlines name the comment's ancestors, outermost first, then the comment.
        chain = [
            token
            for line in box.css("i.threadline")
            for token in (line.parent.attributes.get("class") or "").split()
            if line.parent is not None and token.startswith("t1_")
        ]
        chain = [t for t in dict.fromkeys(chain) if t != ident]
        rows.append(
            (
                ident,
                chain[-1] if chain else None,
                _text(box.css_first('a[data-testid="comment_author_link"]')),
            )
        )
    return rows


def blogger(doc: LexborHTMLParser) -> list[Row]:
    rows: list[Row] = []
    seen: set[str] = set()
    for li in doc.css("li.comment"):
        block = li.css_first('[id^="c"].comment-block') or li
        ident = block.attributes.get("id") or li.attributes.get("id") or ""
        if ident in seen:  # Dynamic Views renders the thread twice
            continue
        seen.add(ident)
        up = _ancestor(
            li, lambda n: n.tag == "li" and "comment" in (n.attributes.get("class") or "").split()
        )
        parent = None
        if up is not None:
            upblock = up.css_first('[id^="c"].comment-block') or up
            parent = upblock.attributes.get("id")
        rows.append((ident, parent, _text(li.css_first(".comment-header cite.user, cite.user"))))
    return rows


def drupal(doc: LexborHTMLParser) -> list[Row]:
    rows: list[Row] = []
    for anchor in doc.css('a[id^="comment-"]'):
        box = anchor.next
        while box is not None and not box.is_element_node:
            box = box.next
        if box is None or "comment" not in (box.attributes.get("class") or "").split():
            continue
        parent = None
        holder = box.parent
        if holder is not None and "indented" in (holder.attributes.get("class") or "").split():
            prev = holder.prev
            while prev is not None and not (prev.is_element_node and prev.tag == "div"):
                prev = prev.prev
            # The comment before the reply box; its anchor stands right before it.
            before = prev.prev if prev is not None else None
            while before is not None and not before.is_element_node:
                before = before.prev
            if before is not None and before.tag == "a":
                parent = before.attributes.get("id")
        author = _text(box.css_first(".username"))
        if author is None:
            submitted = _text(box.css_first(".submitted"))
            if submitted:
                author = norm(submitted.strip("( )").split("|")[0])
        rows.append((anchor.attributes.get("id") or "", parent, author))
    return rows


def wordpress(doc: LexborHTMLParser) -> list[Row]:
    rows: list[Row] = []
    for li in doc.css('li[id^="comment-"], li[id^="li-comment-"]'):
        up = _ancestor(
            li,
            lambda n: (
                n.tag == "li"
                and (n.attributes.get("id") or "").startswith(("comment-", "li-comment-"))
            ),
        )
        pingback = {"pingback", "trackback"} & set((li.attributes.get("class") or "").split())
        name = None if pingback else _text(li.css_first(".comment-author .fn, cite.fn, .fn"))
        rows.append(
            (
                li.attributes.get("id") or "",
                up.attributes.get("id") if up is not None else None,
                name,
            )
        )
    return rows


def epoch(doc: LexborHTMLParser) -> list[Row]:
    rows: list[Row] = []
    for art in doc.css('article[id^="div-comment-"]'):
        box = _ancestor(art, lambda n: "epoch-child" in (n.attributes.get("class") or ""))
        parent = None
        if box is not None:
            m = re.search(r"child-of-(\d+)", box.attributes.get("class") or "")
            parent = m.group(1) if m else None
        rows.append(
            (
                art.attributes.get("id") or "",
                parent,
                _text(
                    art.css_first(".epoch-comment-author a.epoch-author-link, .epoch-author-link")
                ),
            )
        )
    return rows


def stackexchange(doc: LexborHTMLParser) -> list[Row]:
    rows: list[Row] = []
    question = doc.css_first("#question")
    if question is not None:
        for li in question.css("li.comment"):
            rows.append(
                (
                    li.attributes.get("data-comment-id") or "",
                    None,
                    _text(li.css_first("a.comment-user")),
                )
            )
    for answer in doc.css("div.answer"):
        ident = answer.attributes.get("data-answerid") or ""
        owner = None
        for sig in answer.css(".post-signature"):
            action = _text(sig.css_first(".user-action-time")) or ""
            if "answered" in action.lower():
                owner = _text(sig.css_first(".user-details a, .user-details [itemprop=name]"))
        rows.append((ident, None, owner))
        for li in answer.css("li.comment"):
            rows.append(
                (
                    li.attributes.get("data-comment-id") or "",
                    ident,
                    _text(li.css_first("a.comment-user")),
                )
            )
    return rows


def lesswrong(doc: LexborHTMLParser) -> list[Row]:
    rows: list[Row] = []
    for node in doc.css("div.comments-node"):
        up = _ancestor(node, lambda n: "comments-node" in (n.attributes.get("class") or "").split())
        name = _text(node.css_first(".CommentsItemMeta-username a, .UsersNameDisplay-noColor"))
        rows.append(
            (
                node.attributes.get("id") or "",
                up.attributes.get("id") if up is not None else None,
                name,
            )
        )
    return rows


READERS: dict[str, Callable[[LexborHTMLParser], list[Row]]] = {
    "hn-easyhn-": hn_2026,
    "hn-rnystrom-": hn_2015,
    "reddit-old-": reddit_old,
    "reddit-new-": reddit_new,
    "blogger-": blogger,
    "drupal-": drupal,
    "wordpress-wptavern-epoch": epoch,
    "wordpress-": wordpress,
    "stackexchange-": stackexchange,
    "lesswrong-": lesswrong,
}


def reference(name: str, doc: LexborHTMLParser) -> list[Row]:
    """The page's thread, each comment once (new Reddit renders some twice, once without author)."""
    for prefix, reader in READERS.items():
        if name.startswith(prefix):
            rows: dict[str | None, Row] = {}
            for ident, parent, author in reader(doc):
                had = rows.get(key(ident))
                rows[key(ident)] = (
                    (ident, parent, author) if had is None else (*had[:2], had[2] or author)
                )
            return list(rows.values())
    raise KeyError(name)


def found(doc: LexborHTMLParser) -> list[Row]:
    rows: list[Row] = []
    section = extract_comments(doc)
    for c in Article(comments=section.comments).iter_comments():
        if c.status is CommentStatus.MORE:
            continue
        parent = c.parent.id if isinstance(c.parent, Comment) else None
        rows.append((c.id, parent, c.author.name if c.author else None))
    return rows


def half(name: str) -> str:
    return "A" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "B"


def score(gold: list[Row], got: list[Row]) -> dict[str, int]:
    ours = {key(i): (key(p), norm(a)) for i, p, a in got}
    parents = sum(1 for i, p, _ in gold if key(i) in ours and ours[key(i)][0] == key(p))
    with_author = [(i, norm(a)) for i, _, a in gold if a]
    authors = sum(1 for i, a in with_author if key(i) in ours and ours[key(i)][1] == a)
    known = {key(i) for i, _, _ in gold}
    # Every found comment the reference lacks, repeats of one id included (``t1_x``, ``t1_x-2``).
    extra = len(got) - len({key(i) for i, _, _ in got} & known)
    exact = int(parents == len(gold) and extra == 0)
    return {
        "n": len(gold),
        "parents": parents,
        "named": len(with_author),
        "authors": authors,
        "extra": extra,
        "exact": exact,
    }


def main() -> None:
    markdown = "--markdown" in sys.argv
    if "--show" in sys.argv:
        name = sys.argv[sys.argv.index("--show") + 1]
        doc = LexborHTMLParser(decode_bytes((PLATFORMS / name).read_bytes()))
        ours = {key(i): (key(p), norm(a)) for i, p, a in found(doc)}
        for i, p, a in reference(name, doc):
            mark = (
                "" if ours.get(key(i)) == (key(p), norm(a)) else f"   <- found {ours.get(key(i))}"
            )
            print(f"{i} | parent {p} | {a}{mark}")
        known = {key(i) for i, _, _ in reference(name, doc)}
        for extra in set(ours) - known:
            print(f"found, not in the reference: {extra} {ours[extra]}")
        return
    totals: dict[str, dict[str, int]] = {}
    lines = []
    for path in sorted(PLATFORMS.glob("*.html")):
        doc = LexborHTMLParser(decode_bytes(path.read_bytes()))
        s = score(reference(path.name, doc), found(doc))
        h = half(path.name)
        for bucket in ("all", h):
            t = totals.setdefault(bucket, {})
            for k, v in s.items():
                t[k] = t.get(k, 0) + v
            t["pages"] = t.get("pages", 0) + 1
        lines.append(
            f"| `{path.name}` | {h} | {s['n']} | {s['parents']} | {s['named']} | {s['authors']} | {s['extra']} | {'yes' if s['exact'] else 'no'} |"
            if markdown
            else f"{path.name:40} {h} n={s['n']:4} parents={s['parents']:4} authors={s['authors']:4}/{s['named']:<4} extra={s['extra']:3} exact={s['exact']}"
        )
    if markdown:
        print(
            "| page | half | comments | parents right | with author | authors right | extra | exact |"
        )
        print("|---|---|---|---|---|---|---|---|")
    print("\n".join(lines))
    print()
    for bucket in ("A", "B", "all"):
        t = totals.get(bucket)
        if not t:
            continue
        print(
            f"{bucket:3}: {t['pages']} pages, parents right {t['parents']}/{t['n']} ({100 * t['parents'] / t['n']:.1f} %), "
            f"authors right {t['authors']}/{t['named']} ({100 * t['authors'] / max(1, t['named']):.1f} %), "
            f"exact threads {t['exact']}/{t['pages']}, extra {t['extra']}"
        )


if __name__ == "__main__":
    main()
