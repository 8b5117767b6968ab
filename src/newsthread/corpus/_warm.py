"""Imported once by the server that forks the batch workers, so that no worker pays for it.

Every worker of an HTML corpus needs the HTML importer, the quote finder and
pyarrow; pyarrow's first array also imports pandas when it is installed (to
recognise its types), a quarter of a second on its own. Done here, each forked
worker starts warm. The Markdown reader is left to the workers that meet a
Markdown page: the server's imports are the batch's serial start.
"""

from __future__ import annotations

import newsthread.corpus._work
import newsthread.html
import newsthread.quotes
import newsthread.serialize

try:
    import pyarrow

    import newsthread.tables._arrow  # noqa: F401 - imported for its import time

    pyarrow.array([0])
except ImportError:  # the parquet extra is not installed: workers will say so
    pass
