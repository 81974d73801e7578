"""Who holds what in the data directory: leases on index generations, and the serving lock.

A process that opens a generation holds a *lease* on it: a file under `CTD_DATA_DIR/leases/`
locked with flock(2) for as long as the process may still read that generation (its current
snapshot, and older ones until the questions that started on them have finished). The kernel drops
the lock when the process exits, however it exits, so a lease never outlives its holder; pruning
after an ingest deletes a generation only when no lease on it is locked, and clears dead leases.

The serving lock (`CTD_DATA_DIR/serve.lock`) is held by a long-running server on an *embedded*
Chroma index: embedded Chroma is for one process, so a second server (`ctd bot` next to
`ctd serve`, two `ctd serve`) is refused with a line pointing at CHROMA_HOST. A short writer
(`ctd ingest`) needs no serving lock: it writes a new generation of its own and swaps
`manifest.json`, which a serving process then follows.
"""

import fcntl
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from retrieval.errors import IndexBusyError
from retrieval.settings import EngineSettings

LEASES_DIR = "leases"
GUARD_FILE = ".guard"
SERVE_LOCK = "serve.lock"


def leases_dir(settings: EngineSettings) -> Path:
    return Path(settings.data_dir) / LEASES_DIR


@contextmanager
def _guard(settings: EngineSettings, exclusive: bool) -> Iterator[Path]:
    """Taking a lease (shared) and pruning (exclusive) never interleave."""
    root = leases_dir(settings)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / GUARD_FILE, "a") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield root


class Lease:
    """This process's hold on one generation; `release` (idempotent) lets pruning delete it."""

    def __init__(self, generation: str, path: Path, handle):
        self.generation = generation
        self.path = path
        self._handle = handle
        self._lock = threading.Lock()

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        with self._lock:
            if self._handle is None:
                return
            try:
                self.path.unlink(missing_ok=True)
            finally:
                self._handle.close()  # closing the file drops the flock
                self._handle = None


def acquire(settings: EngineSettings, generation: str, exists: Callable[[], bool]) -> Lease | None:
    """Lease `generation`, or return None when it is already gone (`exists()` is false).

    The lease file is locked before it gets its visible name, so pruning never sees an unlocked
    lease of a live process.
    """
    with _guard(settings, exclusive=False) as root:
        if not exists():
            return None
        name = f"{generation}.{os.getpid()}.{uuid.uuid4().hex[:8]}.lease"
        hidden = root / f".{name}"
        handle = open(hidden, "w")
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        os.replace(hidden, root / name)
        return Lease(generation, root / name, handle)


def _is_locked(path: Path) -> bool | None:
    """True when a live process holds `path`; False after removing a dead one's; None if gone."""
    try:
        handle = open(path, "r")
    except FileNotFoundError:
        return None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        path.unlink(missing_ok=True)  # its holder died without releasing it
        return False


def _held(root: Path) -> set[str]:
    held: set[str] = set()
    for path in root.glob("*.lease"):  # also ".<name>.lease", a lease being taken (or left by a crash)
        if _is_locked(path) and not path.name.startswith("."):
            held.add(path.name.split(".", 1)[0])
    return held


@contextmanager
def pruning(settings: EngineSettings) -> Iterator[set[str]]:
    """Hold off new leases while pruning; yield the generations some live process holds."""
    with _guard(settings, exclusive=True) as root:
        yield _held(root)


def held_generations(settings: EngineSettings) -> set[str]:
    """The generations some live process holds now (dead holders' leases are cleared)."""
    with pruning(settings) as held:
        return held


@contextmanager
def serving(settings: EngineSettings, command: str) -> Iterator[None]:
    """Hold the embedded index for this process while serving; with CHROMA_HOST, nothing to hold.

    Raises:
        IndexBusyError: another process already serves this embedded index.
    """
    if settings.uses_chroma_server:
        yield
        return
    data_dir = Path(settings.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = open(data_dir / SERVE_LOCK, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "không rõ"
            raise IndexBusyError(
                f"chỉ mục Chroma nhúng trong {data_dir} đang được một tiến trình khác phục vụ ({holder}); "
                "Chroma nhúng chỉ dùng được cho một tiến trình: chạy API và bot trong cùng `ctd serve` "
                "(đặt TELEGRAM_BOT_TOKEN), hoặc đặt CHROMA_HOST (máy chủ Chroma) để chạy chúng riêng."
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, ctd {command}\n")
        handle.flush()
        yield
    finally:
        handle.close()
