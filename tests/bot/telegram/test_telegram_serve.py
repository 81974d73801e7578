"""The bot inside `ctd serve`: polling in the API's event loop on the API's one assistant; and what
people type that the engine refuses gets a short reply."""

import logging
import time

import pytest
from fastapi.testclient import TestClient

from bot.api.main import create_app
from tests.utils.fake_telegram import FakeTelegram

pytestmark = pytest.mark.integration

LAN = FakeTelegram.user(7, "Lan")
PRIVATE = FakeTelegram.private_chat(LAN)
QUESTION = "Sở Giáo dục phải làm gì?"
TT07 = "Thông tư số 07/2017/TT-BGDĐT"


def sent_to(telegram: FakeTelegram, chat: dict, count: int = 1, limit_s: float = 60.0) -> list[dict]:
    """Wait (a hang guard) until the bot has sent `count` messages to `chat`; return them."""
    deadline = time.monotonic() + limit_s
    while True:
        found = [c for c in telegram.calls_to("sendMessage") if c["chat_id"] == str(chat["id"])]
        if len(found) >= count:
            return found
        assert time.monotonic() < deadline, f"{len(found)} message(s) to chat {chat['id']}"
        time.sleep(0.05)


@pytest.fixture
def telegram():
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def serve(telegram, corpus_settings, corpus_assistant, tmp_path):
    """`ctd serve`'s app with TELEGRAM_BOT_TOKEN set, pointed at the stand-in Bot API, started."""
    clients = []

    def start(token: str = telegram.token) -> TestClient:
        settings = corpus_settings.model_copy(
            update={
                "data_dir": tmp_path / "data",
                "telegram_bot_token": token,
                "telegram_api_base_url": telegram.api_root,
                "rate_limit_per_minute": 0,
            }
        )
        client = TestClient(create_app(settings, corpus_assistant), raise_server_exceptions=False).__enter__()
        clients.append(client)
        return client

    yield start
    for client in clients:
        client.__exit__(None, None, None)


def test_serve_runs_the_bot_on_its_own_assistant(telegram, serve, corpus_assistant):
    client = serve()

    telegram.send_text(PRIVATE, LAN, QUESTION)
    [sent] = sent_to(telegram, PRIVATE)
    api = client.post("/ask", json={"question": QUESTION}).json()

    assert TT07 in sent["text"]
    assert TT07 in api["citations"][0]["text"]
    application = client.app.state.telegram
    assert application.bot_data["assistant"] is client.app.state.assistant is corpus_assistant
    assert application.bot_data["feedback"] is client.app.state.feedback
    assert [c["command"] for c in telegram.commands] == ["start", "hoi", "vanban", "nhiemvu", "help"]


def test_a_refused_token_leaves_the_api_running_with_one_log_line(telegram, serve, caplog):
    with caplog.at_level(logging.ERROR, logger="bot.telegram.runner"):
        client = serve(token="999:WRONG")
        assert client.get("/healthz").json() == {"status": "ok"}  # the API does not wait for Telegram
        deadline = time.monotonic() + 60
        while client.app.state.telegram is not None:
            assert time.monotonic() < deadline
            time.sleep(0.05)

    assert client.post("/ask", json={"question": QUESTION}).status_code == 200
    [line] = [r.getMessage() for r in caplog.records if r.name == "bot.telegram.runner"]
    assert line == "Telegram bot not started: TELEGRAM_BOT_TOKEN không hợp lệ (Telegram từ chối mã bot)"


def test_a_lone_surrogate_gets_a_short_reply(telegram, serve):
    serve()

    telegram.send_text(PRIVATE, LAN, "S\ud800 Giáo dục phải làm gì?")
    [sent] = sent_to(telegram, PRIVATE)

    assert sent["text"] == "Câu hỏi có ký tự không hợp lệ: hãy gõ hoặc dán lại câu hỏi."


def test_invisible_characters_are_dropped_before_answering(telegram, serve):
    serve()

    telegram.send_text(PRIVATE, LAN, "Sở Giáo\u200b dục\u202e phải làm gì?\ufeff")
    [sent] = sent_to(telegram, PRIVATE)

    assert TT07 in sent["text"]
    assert "\u200b" not in sent["text"] and "\u202e" not in sent["text"]
