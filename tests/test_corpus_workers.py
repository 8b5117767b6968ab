"""The batch's worker processes: they start with their imports frozen out of the collector's way."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from corpus_fixtures import GOOD, make_folder
from newsthread.corpus import _local, run_batch
from newsthread.corpus._work import start_worker


def test_a_worker_starts_with_the_importers_frozen():
    with ProcessPoolExecutor(1, mp_context=_local._context(), initializer=start_worker) as pool:
        frozen, enabled = pool.submit(_collector_state).result()
    # The HTML importer and the quote finder alone are more objects than this.
    assert frozen > 20_000
    assert enabled is True


def _collector_state() -> tuple[int, bool]:
    import sys

    assert "newsthread.html" in sys.modules
    assert "pyarrow" not in sys.modules  # the main process makes the tables
    return gc.get_freeze_count(), gc.isenabled()


def test_one_job_freezes_for_the_run_only(tmp_path: Path, monkeypatch):
    seen: list[int] = []
    run_chunk = _local.run_chunk

    def spy(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return run_chunk(*args, **kwargs)

    monkeypatch.setattr(_local, "run_chunk", spy)
    folder = make_folder(tmp_path)
    before = gc.get_freeze_count()
    summary = run_batch([folder], tmp_path / "out", jobs=1, progress=False)
    assert summary["articles"] == len(GOOD)
    assert seen and all(count > 20_000 for count in seen)
    assert gc.get_freeze_count() == before == 0


def test_one_job_leaves_a_program_that_froze_objects_as_it_was(tmp_path: Path):
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        run_batch([make_folder(tmp_path)], tmp_path / "out", jobs=1, progress=False)
        # Neither thawed nor frozen again (a few frozen objects may be freed meanwhile).
        assert before - 100 <= gc.get_freeze_count() <= before
    finally:
        gc.unfreeze()


SOURCE_ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent / "src")}
KILLED_BATCH = """
import os, signal
from concurrent.futures import ProcessPoolExecutor
from newsthread.corpus import _local
from newsthread.corpus._work import start_worker

if __name__ == "__main__":
    pool = ProcessPoolExecutor(1, mp_context=_local._context(), initializer=start_worker)
    print(pool.submit(os.getpid).result(), pool.submit(os.getppid).result(), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_batch_leaves_no_worker_or_server_behind(tmp_path: Path):
    psutil = pytest.importorskip("psutil")
    script = tmp_path / "killed.py"
    script.write_text(KILLED_BATCH)
    printed = tmp_path / "pids.txt"
    with printed.open("w") as stream:  # not a pipe: a worker left behind would hold it open
        code = subprocess.run(
            [sys.executable, str(script)], stdout=stream, env=SOURCE_ENV
        ).returncode
    assert code == -signal.SIGKILL
    worker, server = (int(pid) for pid in printed.read_text().split())
    for pid in (worker, server):
        with contextlib.suppress(psutil.NoSuchProcess):
            # Gone, or a zombie its new parent reaps: never a process still waiting for work.
            psutil.Process(pid).wait(timeout=60)
