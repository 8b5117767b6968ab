"""Whether a word is a known given name: the quote finder's first-name tables, for any reader
that must tell a person's name from an outlet's ("Alexander Klier", "Badische Zeitung")."""

from __future__ import annotations

from newsthread.quotes._cues import FEMALE, MALE
from newsthread.quotes._names import MORE_FEMALE, MORE_MALE

__all__ = ["is_given_name"]


def is_given_name(word: str) -> bool:
    """Whether ``word`` (any case) is a first name of the tables (several languages)."""
    low = word.lower()
    return low in MALE or low in FEMALE or low in MORE_MALE or low in MORE_FEMALE
