"""Callback data of the inline buttons: short strings, since Telegram allows 64 bytes at most.

An answer is known in its chat by a short key (see `handlers.remember_answer`), so a button carries
"c:<n>:<key>" (show citation n), "f:<up|down>:<key>" (feedback) or "x:<i>" (ask example i).
"""

from typing import NamedTuple

CITATION = "c"
FEEDBACK = "f"
EXAMPLE = "x"


class Callback(NamedTuple):
    """A parsed button press: its kind, its argument and the answer key it refers to ("" if none)."""

    kind: str
    arg: str
    key: str = ""


def citation_data(n: int, key: str) -> str:
    return f"{CITATION}:{n}:{key}"


def feedback_data(rating: str, key: str) -> str:
    return f"{FEEDBACK}:{rating}:{key}"


def example_data(index: int) -> str:
    return f"{EXAMPLE}:{index}"


def parse_callback(data: str | None) -> Callback | None:
    """Read a button's data back; None for anything this bot did not write."""
    parts = (data or "").split(":")
    if len(parts) == 3 and parts[0] in (CITATION, FEEDBACK):
        return Callback(*parts)
    if len(parts) == 2 and parts[0] == EXAMPLE:
        return Callback(*parts)
    return None
