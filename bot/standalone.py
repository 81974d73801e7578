"""A bot running as its own process (`ctd bot`, `ctd zalo`): the serving lock and the index follower."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from bot.settings import Settings
from retrieval.index.follow import IndexFollower
from retrieval.index.leases import serving

if TYPE_CHECKING:
    from retrieval.assistant import Assistant


@contextmanager
def standalone_assistant(settings: Settings, name: str) -> Iterator["Assistant"]:
    """Open the Assistant for a process named `name`, following the index until the block ends.

    Raises:
        IndexBusyError: another process already serves this embedded index (use CHROMA_HOST).
    """
    from retrieval.assistant import Assistant

    with serving(settings, name):
        assistant = Assistant.from_settings(settings)
        follower = IndexFollower(settings, assistant.refresh).start()
        try:
            yield assistant
        finally:
            follower.stop()
