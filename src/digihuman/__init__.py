"""digihuman: typed clients, signers and mocks for digital-human video APIs.

Configured clients live in the vendor modules (`digihuman.xingyun`, `digihuman.metaworks`); they are
imported on first use so that `import digihuman` stays cheap.
"""

from __future__ import annotations

__all__ = ["__version__"]
__version__ = "0.1.0"
