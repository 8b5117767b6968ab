"""Run the fuzz targets by hand for as long as you like; save every crashing input.

    PYTHONPATH=src python tests/fuzz/run.py --minutes 10            # every target, 10 min each
    PYTHONPATH=src python tests/fuzz/run.py --minutes 30 html json  # some targets

A crashing input (anything but a newsthread error escaping) is written to
``tests/fuzz/crashers/<target>/<sha1>.bin``, where ``test_fuzz.py`` runs it from then on;
the traceback is printed. Hypothesis keeps its database in ``.hypothesis/``, so a later run
starts from what earlier runs found interesting.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

from targets import INPUTS, TARGETS

from newsthread.errors import NewsthreadError

CRASHERS = Path(__file__).resolve().parent / "crashers"


def fuzz(target: str, seconds: float) -> tuple[int, int]:
    """Run one target until ``seconds`` have passed; return (examples, new crashers)."""
    counts = [0, 0]
    end = time.monotonic() + seconds

    @settings(
        max_examples=1000,
        deadline=None,
        phases=[Phase.reuse, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(INPUTS[target])
    def once(data: bytes) -> None:
        counts[0] += 1
        try:
            TARGETS[target](data)
        except NewsthreadError:
            pass
        except Exception:  # the point of fuzzing: keep it, report it, go on
            digest = hashlib.sha1(data).hexdigest()[:16]
            path = CRASHERS / target / f"{digest}.bin"
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                counts[1] += 1
                print(f"crash in {target}: saved {path}", file=sys.stderr)
                traceback.print_exc()

    while time.monotonic() < end:
        once()
    return counts[0], counts[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help=f"some of: {' '.join(sorted(TARGETS))}")
    parser.add_argument("--minutes", type=float, default=1.0, help="per target")
    args = parser.parse_args()
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        parser.error(f"unknown target(s): {' '.join(sorted(unknown))}")
    found = 0
    for target in args.targets or sorted(TARGETS):
        examples, crashes = fuzz(target, args.minutes * 60)
        found += crashes
        print(f"{target}: {examples} inputs, {crashes} new crashers")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
