"""Every newsthread error is a NewsthreadError and the builtin it resembles, with its data."""

from __future__ import annotations

import inspect

import pytest

from newsthread import errors


def test_hierarchy():
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.NewsthreadError)
        if cls is not errors.NewsthreadError:
            bases = set(inspect.getmro(cls)) & {ValueError, LookupError, ImportError}
            assert bases, f"{name} resembles no builtin"


def test_errors_carry_what_the_caller_needs():
    assert errors.DuplicateIdError("x", 3).index == 3
    assert errors.DocumentError("bad", "$.a[1]").path == "$.a[1]"
    parse = errors.ParseError("unclosed front matter", "a.md", line=3, column=1)
    assert str(parse) == "a.md:3:1: unclosed front matter"
    assert (parse.line, parse.column, parse.source) == (3, 1, "a.md")
    missing = errors.MissingExtraError("pandas", "tables")
    assert "pip install 'newsthread[tables]'" in str(missing)
    assert missing.name == "pandas" and isinstance(missing, ImportError)


def test_errors_are_exported_sorted():
    assert errors.__all__ == sorted(errors.__all__)
    with pytest.raises(ValueError, match="loop"):
        raise errors.CycleError("loop", ("a", "b"))
