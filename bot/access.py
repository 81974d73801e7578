"""Who may use the bot, and how often: the chat allow-list and a per-user question rate limit."""

import time
from collections import deque
from collections.abc import Callable, Sequence


def is_allowed_chat(chat_id: int | None, allowed: Sequence[int]) -> bool:
    """True when no allow-list is set, or the chat is on it."""
    return not allowed or chat_id in allowed


class RateLimiter:
    """Let each user ask at most `per_minute` questions in any 60 seconds (0 or less: no limit)."""

    def __init__(self, per_minute: int, window_s: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self.window_s = window_s
        self._clock = clock
        self._asked: dict[int, deque[float]] = {}

    def allow(self, user_id: int) -> bool:
        """Count a question by `user_id` if it is within the limit; False (and not counted) if not."""
        if self.per_minute <= 0:
            return True
        now = self._clock()
        asked = self._asked.setdefault(user_id, deque())
        while asked and now - asked[0] >= self.window_s:
            asked.popleft()
        if len(asked) >= self.per_minute:
            return False
        asked.append(now)
        return True
