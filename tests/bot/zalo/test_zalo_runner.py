"""`ctd zalo` (polling and webhook) and `ctd serve` running the Zalo bot, as processes and in-process."""

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from bot.api.main import create_app, default_channels
from bot.zalo.runner import run_zalo
from tests.conftest import make_settings
from tests.utils.fake_zalo import SECRET_HEADER, TEXT, FakeZalo

pytestmark = pytest.mark.integration

LAN = FakeZalo.user("6ede9afa66b88fe6d6a9", "Lan")
PRIVATE = FakeZalo.private_chat(LAN)
QUESTION = "Sở Giáo dục phải làm gì?"
TT07 = "Thông tư số 07/2017/TT-BGDĐT"
SECRET = "s3cret-zalo-webhook"
CTD = str(Path(sys.executable).with_name("ctd"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ctd_env(zalo: FakeZalo, settings, **extra: str) -> dict[str, str]:
    """The environment of a `ctd` process on the test index and the stand-in, without the developer's settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CTD_", "CHROMA_", "TELEGRAM_", "ZALO_"))}
    return {**env, "ZALO_BOT_TOKEN": zalo.token, "ZALO_API_BASE_URL": zalo.api_root,
            "CTD_DATA_DIR": str(settings.data_dir), "CTD_CORPUS_DIR": str(settings.corpus_dir),
            "CTD_LOG_LEVEL": "DEBUG", **extra}  # fmt: skip


async def test_ctd_zalo_webhook_refuses_a_wrong_secret_and_answers_the_right_one(zalo, corpus_assistant, corpus_settings, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/zalo/webhook"
    env = ctd_env(zalo, corpus_settings, ZALO_WEBHOOK_SECRET=SECRET, CTD_HOST="127.0.0.1", CTD_PORT=str(port))
    log_path = tmp_path / "ctd-zalo.log"
    with log_path.open("w") as log_file:
        process = subprocess.Popen([CTD, "zalo", "--webhook-url", url], env=env, stdout=log_file, stderr=log_file)
        try:
            await zalo.calls_in("setWebhook", timeout=120)
            assert zalo.webhook["url"] == url and zalo.webhook["secret_token"] == SECRET
            async with httpx.AsyncClient(timeout=30) as client:
                update = zalo.update(TEXT, PRIVATE, LAN, text=QUESTION)
                zalo.known_chat(LAN["id"])
                forged = await client.post(url, json=update, headers={SECRET_HEADER: "forged-secret"})
                missing = await client.post(url, json=update)
                assert (forged.status_code, missing.status_code) == (403, 403)
                assert forged.json()["error"]["code"] == "forbidden"
                genuine = await client.post(url, json={"ok": True, "result": update}, headers={SECRET_HEADER: SECRET})
                assert (genuine.status_code, genuine.json()) == (200, {"ok": True})
                [answer] = await zalo.texts_in(LAN["id"])
                assert TT07 in answer
                pushed = await zalo.push(zalo.update(TEXT, PRIVATE, LAN, text="/nguon 1"))  # bare, as some SDKs see it
                assert pushed.status_code == 200
                assert (await zalo.texts_in(LAN["id"], count=2))[1].startswith("[1] Mục III, điểm 5, ý 1\n")
                assert (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200  # the API, same app
            assert zalo.calls_to("getUpdates") == []
        finally:
            process.send_signal(signal.SIGTERM)
            # uvicorn shuts down cleanly, then re-raises the signal it caught
            assert process.wait(timeout=30) in (0, -signal.SIGTERM)
    log = log_path.read_text()
    assert "refused a Zalo webhook request" in log
    assert zalo.token not in log


async def test_ctd_zalo_polls_answers_and_stops_with_one_line_when_the_token_is_refused(zalo, corpus_assistant, corpus_settings, tmp_path):
    log_path = tmp_path / "ctd-zalo.log"
    with log_path.open("w") as log_file:
        process = subprocess.Popen([CTD, "zalo"], env=ctd_env(zalo, corpus_settings), stdout=log_file, stderr=log_file)
        try:
            zalo.send_text(PRIVATE, LAN, QUESTION)
            [answer] = await zalo.texts_in(LAN["id"], timeout=120)
            assert TT07 in answer
            zalo.fail_next("getUpdates", 401, "Unauthorized")  # the token was reset in Zalo Bot Creator
            assert process.wait(timeout=60) == 2
        finally:
            if process.poll() is None:
                process.kill()
    log = log_path.read_text()
    assert log.count("Zalo từ chối ZALO_BOT_TOKEN (Zalo getUpdates: 401 Unauthorized)") == 1
    assert zalo.token not in log


@pytest.mark.parametrize(
    ("secret", "url", "message"),
    [("", "https://ctd.example.vn/zalo", "ZALO_WEBHOOK_SECRET dài 8–256 ký tự"),
     ("short", "https://ctd.example.vn/zalo", "ZALO_WEBHOOK_SECRET dài 8–256 ký tự"),
     (SECRET, "https://ctd.example.vn/", "cần một đường dẫn riêng"),
     (SECRET, "ctd.example.vn/zalo", "phải là địa chỉ đầy đủ"),
     (SECRET, "https://ctd.example.vn/ask", "đường dẫn /ask đã thuộc về HTTP API")],
)  # fmt: skip
def test_ctd_zalo_refuses_a_webhook_it_cannot_serve_in_one_line(tmp_path, capsys, secret, url, message):
    settings = make_settings(tmp_path, zalo_bot_token="1234:abc", zalo_webhook_secret=secret)
    assert run_zalo(settings, webhook_url=url) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and message in err and err.count("\n") == 1


def test_ctd_zalo_without_a_token_says_what_to_set(tmp_path, capsys):
    assert run_zalo(make_settings(tmp_path)) == 2
    assert capsys.readouterr().err == "Lỗi: chưa đặt ZALO_BOT_TOKEN (mã bot Zalo Bot Creator gửi khi tạo bot).\n"


def test_ctd_serve_runs_the_zalo_bot_on_its_assistant_when_the_token_is_set(zalo, corpus_assistant, corpus_settings):
    assert default_channels(corpus_settings) == []
    settings = corpus_settings.model_copy(update={"zalo_bot_token": zalo.token, "zalo_api_base_url": zalo.api_root})
    app = create_app(settings, corpus_assistant)
    with TestClient(app) as client:
        zalo.send_text(PRIVATE, LAN, QUESTION)
        [answer] = zalo.wait_for_texts(LAN["id"])
        assert app.state.zalo.assistant is corpus_assistant
        assert client.post("/ask", json={"question": QUESTION}).status_code == 200
    assert TT07 in answer
    assert zalo.calls_to("getWebhookInfo") == [{}]


def test_ctd_serve_keeps_serving_when_zalo_refuses_the_token(zalo, corpus_assistant, corpus_settings, caplog):
    settings = corpus_settings.model_copy(update={"zalo_bot_token": "1:reset-SECRET", "zalo_api_base_url": zalo.api_root})
    with TestClient(create_app(settings, corpus_assistant)) as client:
        assert client.get("/healthz").status_code == 200
    assert any("ZALO_BOT_TOKEN" in message for message in caplog.messages)
    assert "reset-SECRET" not in caplog.text
