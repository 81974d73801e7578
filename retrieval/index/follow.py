"""Follow the index: open the generation `manifest.json` names, leased, and notice when it changes.

`ctd ingest` (another process) or an upload writes a new generation and swaps the manifest; every
running API or bot watches the manifest and opens the new generation within `CTD_INDEX_POLL_S`
(1 s by default) plus the time to open it, without a restart. A process leases each generation it
opens (`retrieval.index.leases`), so an ingest never prunes one a live process may still read.
"""

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from retrieval.errors import CtdError
from retrieval.index.catalog import catalog_path
from retrieval.index.generation import Index
from retrieval.index.leases import Lease, acquire
from retrieval.index.store import generation_dir, manifest_path, require_manifest
from retrieval.settings import EngineSettings

log = logging.getLogger(__name__)

OPEN_ATTEMPTS = 5


def open_leased(settings: EngineSettings, embedder_id: str) -> tuple[Index, Lease]:
    """Open the current generation with a lease on it; the caller releases the lease when done.

    Raises:
        IndexNotFoundError, IndexMismatchError: as `Index.open`.
        CtdError: the manifest kept moving to generations that were gone before they could be leased.
    """
    for _ in range(OPEN_ATTEMPTS):
        generation = require_manifest(settings, embedder_id).generation
        catalog = catalog_path(generation_dir(settings, generation))
        lease = acquire(settings, generation, catalog.exists)
        if lease is None:
            continue  # pruned between reading the manifest and leasing it: read the manifest again
        try:
            index = Index.open(settings, embedder_id)
        except BaseException:
            lease.release()
            raise
        if index.manifest.generation == generation:
            return index, lease
        lease.release()  # the manifest moved on while opening: lease the newer one
    raise CtdError(f"Chỉ mục trong {settings.data_dir} đang thay đổi liên tục: thử lại sau khi `ctd ingest` xong.")


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


class IndexFollower:
    """A daemon thread calling `refresh` whenever `manifest.json` is replaced.

    `refresh` opens the generation the manifest names and swaps it in (`Assistant.refresh`); a
    refresh that fails is logged once and tried again at the next poll, the current index serving
    meanwhile.

    Example:
        >>> follower = IndexFollower(settings, assistant.refresh).start()
        >>> follower.stop()
    """

    def __init__(self, settings: EngineSettings, refresh: Callable[[], object], interval_s: float | None = None):
        self.path = manifest_path(settings)
        self.refresh = refresh
        self.interval_s = interval_s if interval_s is not None else settings.index_poll_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> "IndexFollower":
        self._thread = threading.Thread(target=self._run, name="ctd-index-follower", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _run(self) -> None:
        seen = failed = None  # the first poll checks once: the manifest may have moved since opening
        while not self._stop.wait(self.interval_s):
            current = _signature(self.path)
            if current == seen:
                continue
            try:
                self.refresh()
            except Exception as exc:  # keep serving the open generation; retry at the next poll
                if failed != current:
                    log.error("could not open the new index generation (still serving the previous one): %s", exc)
                    failed = current
                continue
            seen, failed = current, None
