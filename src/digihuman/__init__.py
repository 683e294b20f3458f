"""digihuman: typed clients, signers and mocks for digital-human video APIs.

Configured clients live in the vendor modules (`digihuman.xingyun`, `digihuman.metaworks`); they are
imported on first use so that `import digihuman` stays cheap. `DIGIHUMAN_LOG=debug|info|warning|error` sends
the `digihuman` loggers' records of that level and above to stderr (see docs/clients.md).
"""

from __future__ import annotations

import os

__all__ = ["__version__"]
__version__ = "0.1.0"

if os.environ.get("DIGIHUMAN_LOG"):
    from digihuman.log import configure_from_env

    configure_from_env()
