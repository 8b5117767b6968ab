from __future__ import annotations

import pytest
from hypothesis import settings

from factories import make_article, make_chain
from newsthread import Article

# Mutation runs (benchmarks/mutation.md) try each property test once per mutant: fewer examples.
settings.register_profile("mutation", max_examples=30, deadline=None)


@pytest.fixture
def article() -> Article:
    return make_article()


@pytest.fixture(scope="session")
def deep_chain() -> Article:
    return make_chain(100_000)
