"""Bot API calls: network errors retried with backoff, bad requests not, flood control waited out."""

import pytest
from telegram.error import BadRequest, RetryAfter, TimedOut

from bot.telegram.retry import RetryingRateLimiter


def failing(*errors):
    """A Bot API call that raises `errors` in turn, then succeeds; `calls` counts the attempts."""
    remaining = list(errors)

    async def call():
        call.calls += 1
        if remaining:
            raise remaining.pop(0)
        return {"ok": True}

    call.calls = 0
    return call


async def run(limiter, call):
    return await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": 7}, None)


async def test_network_errors_retried_until_success():
    call = failing(TimedOut(), TimedOut())
    assert await run(RetryingRateLimiter(network_retries=3, backoff_s=0.01), call) == {"ok": True}
    assert call.calls == 3


async def test_network_errors_given_up_after_the_retries():
    call = failing(TimedOut(), TimedOut(), TimedOut())
    with pytest.raises(TimedOut):
        await run(RetryingRateLimiter(network_retries=2, backoff_s=0.01), call)
    assert call.calls == 3


async def test_bad_request_not_retried():
    call = failing(BadRequest("Bad Request: message is too long"))
    with pytest.raises(BadRequest):
        await run(RetryingRateLimiter(backoff_s=0.01), call)
    assert call.calls == 1


async def test_flood_control_waited_out_and_retried():
    call = failing(RetryAfter(0))
    assert await run(RetryingRateLimiter(max_retries=1), call) == {"ok": True}
    assert call.calls == 2
