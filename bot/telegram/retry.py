"""Retries for calls to the Bot API: flood control (RetryAfter) and network errors, with backoff."""

import asyncio
import logging
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)


class RetryingRateLimiter(AIORateLimiter):
    """PTB's `AIORateLimiter` (Telegram's rate limits, RetryAfter waited out and retried), which also
    retries a call that failed on the network, waiting `backoff_s`, then twice as long each time.

    A `BadRequest` is a `NetworkError` in PTB's hierarchy but is never retried: it would fail again.
    """

    def __init__(self, max_retries: int = 3, network_retries: int = 3, backoff_s: float = 0.5):
        super().__init__(max_retries=max_retries)
        self.network_retries = network_retries
        self.backoff_s = backoff_s

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
        """Run the call through the rate limiter, retrying network errors with exponential backoff."""
        for attempt in range(self.network_retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as error:
                if attempt == self.network_retries:
                    raise
                delay = self.backoff_s * 2**attempt
                log.warning("Telegram %s failed (%s); retrying in %.1f s", endpoint, error, delay)
                await asyncio.sleep(delay)
