"""``python -m newsthread``: the same as the ``newsthread`` command."""

import sys

from newsthread.cli import main

sys.exit(main())
