"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (PEP 562), so importing the package stays cheap
however many models the spec has; type checkers see ordinary imports.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .card_item import CardItem
    from .card_task import CardTask
    from .card_task_state import CardTaskState
    from .generate_cards_data import GenerateCardsData
    from .generate_cards_request import GenerateCardsRequest
    from .generate_cards_response import GenerateCardsResponse
    from .list_cards_request import ListCardsRequest
    from .list_cards_response import ListCardsResponse

_MODULES = {
    "CardItem": ".card_item",
    "CardTask": ".card_task",
    "CardTaskState": ".card_task_state",
    "GenerateCardsData": ".generate_cards_data",
    "GenerateCardsRequest": ".generate_cards_request",
    "GenerateCardsResponse": ".generate_cards_response",
    "ListCardsRequest": ".list_cards_request",
    "ListCardsResponse": ".list_cards_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "CardItem",
    "CardTask",
    "CardTaskState",
    "GenerateCardsData",
    "GenerateCardsRequest",
    "GenerateCardsResponse",
    "ListCardsRequest",
    "ListCardsResponse",
)
