"""Leases: a generation some live process holds is never pruned; a dead holder's lease is cleared.
The serving lock: one server per embedded index, refused with a line pointing at CHROMA_HOST."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.errors import IndexBusyError
from retrieval.index.leases import acquire, held_generations, leases_dir, serving
from retrieval.index.store import generation_dir, read_manifest
from retrieval.ingest.pipeline import ingest
from retrieval.settings import PROJECT_ROOT


def generations(settings) -> list[str]:
    return sorted(p.name for p in (Path(settings.data_dir) / "generations").iterdir())


def reingest(settings, embeddings) -> str:
    return ingest(settings, rebuild=True, embeddings=embeddings).generation


def test_a_held_generation_outlives_three_ingests_and_goes_at_the_next_once_released(small_settings, fake_embeddings):
    first = read_manifest(small_settings).generation
    lease = acquire(small_settings, first, generation_dir(small_settings, first).exists)

    later = [reingest(small_settings, fake_embeddings) for _ in range(3)]

    assert generations(small_settings) == sorted([first, *later[-2:]])  # the two newest, and the held one
    assert held_generations(small_settings) == {first}
    lease.release()
    newest = reingest(small_settings, fake_embeddings)
    assert generations(small_settings) == [later[-1], newest]
    assert held_generations(small_settings) == set()


def test_no_lease_on_a_generation_already_gone(small_settings):
    assert acquire(small_settings, "g19990101t000000000000", lambda: False) is None
    assert list(leases_dir(small_settings).glob("*.lease")) == []


def test_the_lease_of_a_killed_process_is_cleared(small_settings):
    generation = read_manifest(small_settings).generation
    code = (
        "import sys, time; from pathlib import Path; from tests.conftest import make_settings;"
        "from retrieval.index.leases import acquire;"
        f"lease = acquire(make_settings(Path({str(small_settings.data_dir)!r})), {generation!r}, lambda: True);"
        "print('held', flush=True); time.sleep(600)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert held_generations(small_settings) == {generation}
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(30)

    assert held_generations(small_settings) == set()
    assert list(leases_dir(small_settings).glob("*.lease")) == []


def test_a_second_server_on_an_embedded_index_is_refused_in_one_line(small_settings):
    with serving(small_settings, "serve"):
        with pytest.raises(IndexBusyError) as refused:
            with serving(small_settings, "bot"):
                pass
    message = str(refused.value)
    assert f"pid {os.getpid()}, ctd serve" in message
    assert "CHROMA_HOST" in message and "\n" not in message
    with serving(small_settings, "bot"):  # released with the first server
        pass


def test_with_a_chroma_server_any_number_of_processes_serve(small_settings):
    remote = small_settings.model_copy(update={"chroma_host": "127.0.0.1"})
    with serving(remote, "serve"), serving(remote, "bot"):
        pass
