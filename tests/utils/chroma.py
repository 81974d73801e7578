"""A real Chroma server (`chroma run` from the installed chromadb) on a free loopback port."""

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.load_api import free_port, stop, wait_until_ready


@contextmanager
def chroma_server(path: Path) -> Iterator[int]:
    """Run `chroma run` persisting under `path`; yield its port once the heartbeat answers, stop it after."""
    port = free_port()
    log = path.parent / f"{path.name}.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("chroma")), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_ready(f"http://127.0.0.1:{port}/api/v2/heartbeat", process, timeout_s=60)
        yield port
    finally:
        stop(process)
