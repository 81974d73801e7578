"""A chat action kept alive while an answer is worked out ("đang soạn…"), shared by the messengers."""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable


@contextlib.asynccontextmanager
async def kept_alive(show: Callable[[], Awaitable[bool]], every_s: float) -> AsyncIterator[None]:
    """Call `show` now and every `every_s` seconds until the block ends, or until it returns False."""

    async def keep_showing() -> None:
        while True:
            await asyncio.sleep(every_s)
            if not await show():
                return

    await show()
    task = asyncio.create_task(keep_showing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
