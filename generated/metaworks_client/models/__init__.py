"""Contains all the data models used in inputs/outputs"""

from .card_item import CardItem
from .card_task import CardTask
from .card_task_state import CardTaskState
from .generate_cards_data import GenerateCardsData
from .generate_cards_request import GenerateCardsRequest
from .generate_cards_response import GenerateCardsResponse
from .list_cards_request import ListCardsRequest
from .list_cards_response import ListCardsResponse

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
