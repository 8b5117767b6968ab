"""Imported once by the server that forks the batch workers, so that no worker pays for it.

Every worker of an HTML corpus needs the HTML importer, the quote finder and
the table rows; done here, each forked worker starts warm. The server's imports
are the batch's serial start, so nothing else is imported: the Markdown reader
is left to the workers that meet a Markdown page, and pyarrow (with the pandas
import its first array triggers, a quarter of a second) to the main process,
which makes the tables from the workers' columns and imports it meanwhile.
"""

from __future__ import annotations

import newsthread.corpus._work
import newsthread.html
import newsthread.quotes
import newsthread.serialize
import newsthread.tables._rows  # noqa: F401 - imported for its import time
