from __future__ import annotations

import pytest

from factories import make_article, make_chain
from newsthread import Article


@pytest.fixture
def article() -> Article:
    return make_article()


@pytest.fixture(scope="session")
def deep_chain() -> Article:
    return make_chain(100_000)
