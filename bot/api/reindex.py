"""Run `Assistant.reindex` in a background thread, one at a time, and remember how the last run went."""

import logging
import threading
from datetime import UTC, datetime

from bot.api.schemas import ReindexJob
from retrieval.assistant import Assistant

log = logging.getLogger(__name__)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Reindexer:
    """Start reindex runs; the assistant swaps the new index in atomically and keeps answering meanwhile."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._job = ReindexJob(state="idle")
        self._thread: threading.Thread | None = None

    def status(self) -> ReindexJob:
        with self._lock:
            return self._job.model_copy()

    def start(self, assistant: Assistant, rebuild: bool) -> ReindexJob | None:
        """Start a run and return its state, or return None if one is already running."""
        with self._lock:
            if self._job.state == "running":
                return None
            self._job = ReindexJob(state="running", rebuild=rebuild, started_at=_now())
            self._thread = threading.Thread(
                target=self._run, args=(assistant, rebuild), name="ctd-reindex", daemon=True
            )
            self._thread.start()
            return self._job.model_copy()

    def wait(self, timeout_s: float | None = None) -> None:
        """Wait for the current run to finish (used at shutdown and in tests)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)

    def _run(self, assistant: Assistant, rebuild: bool) -> None:
        try:
            report = assistant.reindex(rebuild=rebuild)
        except Exception as exc:  # a failed run must be reported, not kill the thread silently
            log.exception("reindex failed")
            update = {"state": "failed", "error": str(exc) or type(exc).__name__}
        else:
            update = {"state": "done", "report": report}
        with self._lock:
            self._job = self._job.model_copy(update={**update, "finished_at": _now()})
