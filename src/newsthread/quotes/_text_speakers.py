# ruff: noqa: RUF001
"""Texts that speak: a document named right before a participle cue ("an editorial telling
him to …", "received a letter saying …") says the words, unless its author is the one who
issues it ("issued a statement saying": the issuer speaks)."""

from __future__ import annotations

from newsthread.quotes._clause import NOUN_DETERMINERS
from newsthread.quotes._speakers import DOCUMENT_HEADS

__all__ = ["document_speaks"]

#: Verbs (by their first letters) whose subject issues the text after them: "issued a
#: statement saying", "posted a video showing", "read a statement saying".
_ISSUING = (
    "issu", "releas", "sen", "sent", "post", "publish", "wr", "tweet", "fil", "deliver",
    "gave", "giv", "made", "mak", "distribut", "email", "e-mail", "circulat", "sign", "draft",
    "read", "put", "pen", "author", "mail", "fax", "text", "air", "ran", "run", "launch",
    "unveil", "submit", "broadcast", "share", "upload", "left", "leav", "forward", "produc",
    "creat", "prepar", "compos", "add", "pinn", "offer",
)  # fmt: skip


def document_speaks(masked: str, subj: tuple[str, int], at: int) -> bool:
    """Does the noun phrase ``subj`` (text, start), right before the participle at ``at``,
    name a document that is not its issuer's ("after the newspaper's editorial telling",
    "received a letter saying", not "issued a statement saying")?"""
    if masked[subj[1] + len(subj[0]) : at].strip():
        return False
    words = subj[0].split()
    if not 2 <= len(words) <= 5 or words[-1].lower() not in DOCUMENT_HEADS:
        return False
    first = words[0].lower()
    if first not in NOUN_DETERMINERS and not first.endswith(("’s", "'s", "s’", "s'")):
        return False  # "Acme Corp. statement": a name, the company's own words
    before = masked[max(0, subj[1] - 40) : subj[1]].lower().split()
    while before and before[-1] in _PARTICLES:
        before.pop()  # "put out a statement", "sent out a press release"
    return not (before and before[-1].startswith(_ISSUING))


_PARTICLES = frozenset(["out", "up", "forth", "off", "back", "also", "quickly", "then"])
