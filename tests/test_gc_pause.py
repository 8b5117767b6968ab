"""Large JSON loads and dumps run with the cyclic garbage collector paused, and restore it."""

from __future__ import annotations

import gc
import threading

import pytest

from newsthread import Article, Comment, serialize
from newsthread._gc import gc_paused
from newsthread.errors import DocumentError
from newsthread.serialize import from_json, to_json


def big_article() -> Article:
    return Article(comments=[Comment(id=str(i), text="x" * 20) for i in range(3000)])


def test_a_large_load_runs_with_the_collector_off_and_restores_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    real = serialize._from_document

    def spy(data: object) -> Article:
        seen.append(gc.isenabled())
        return real(data)

    monkeypatch.setattr(serialize, "_accelerator", lambda: None)
    monkeypatch.setattr(serialize, "_from_document", spy)
    text = to_json(big_article())
    assert len(text) > 64 * 1024
    assert gc.isenabled()
    from_json(text)
    from_json(to_json(Article(title="small")))
    assert seen == [False, True]  # paused for the large document only
    assert gc.isenabled()
    with pytest.raises(DocumentError):
        from_json(text.replace('"id":"7"', '"id":7'))
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        from_json(to_json(big_article()))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_from_several_threads_restore_the_collector_once() -> None:
    inside = threading.Barrier(3)  # both threads and this one
    leave = threading.Event()
    states: list[bool] = []

    def work() -> None:
        with gc_paused():
            inside.wait()
            leave.wait()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    inside.wait()  # both threads are inside their pause
    with gc_paused():
        states.append(gc.isenabled())
    states.append(gc.isenabled())  # the threads still hold their pauses
    leave.set()
    for thread in threads:
        thread.join()
    states.append(gc.isenabled())
    assert states == [False, False, True]
