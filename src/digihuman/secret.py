"""A string that never shows itself: credentials are wrapped in `Secret` as soon as they are read."""

from __future__ import annotations

import unicodedata


def has_control_characters(text: str) -> bool:
    """Whether `text` holds a control character (Unicode category Cc: C0, DEL, C1; a newline or tab too)."""
    return not text.isprintable() and any(unicodedata.category(c) == "Cc" for c in text)


class Secret:
    """Holds a credential; `repr`, `str` and formatting print a mask, `reveal()` gives the value. A credential
    with a control character is refused (it would break, or be echoed by, the header or signature it goes
    into); the error never shows the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise ValueError("a credential must not be empty")
        if has_control_characters(value):
            raise ValueError("a credential must not hold control characters (value not shown)")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        import hmac

        return isinstance(other, Secret) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")
