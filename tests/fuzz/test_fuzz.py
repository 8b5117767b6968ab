"""The fuzz targets for a bounded number of examples, and every crasher ever found.

Only :mod:`newsthread.errors` exceptions may escape an importer. Run the targets for longer by
hand with ``tests/fuzz/run.py`` (see docs/fuzzing.md); each input it finds crashing is saved under
``tests/fuzz/crashers/<target>/`` and runs here from then on.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from targets import INPUTS, TARGETS

from newsthread.errors import NewsthreadError

CRASHERS = Path(__file__).resolve().parent / "crashers"
SAVED = sorted(CRASHERS.glob("*/*.bin"))
bounded = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def run(target: str, data: bytes) -> None:
    with contextlib.suppress(NewsthreadError):  # anything else escaping fails the test
        TARGETS[target](data)


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_only_newsthread_errors_escape(target: str) -> None:
    @bounded
    @given(INPUTS[target])
    def check(data: bytes) -> None:
        run(target, data)

    check()


@pytest.mark.parametrize("path", SAVED, ids=[f"{p.parent.name}/{p.stem}" for p in SAVED])
def test_crashers_found_so_far_stay_fixed(path: Path) -> None:
    run(path.parent.name, path.read_bytes())
