"""Apps on the real corpus assistant, a TestClient factory and a live uvicorn server on loopback."""

import socket
import threading
import time

import pytest
import uvicorn
from fastapi.testclient import TestClient

from bot.api.main import create_app
from bot.settings import Settings

ADMIN_TOKEN = "khoa-quan-tri-thu"


@pytest.fixture
def admin_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture
def make_settings(corpus_settings, tmp_path):
    """Settings of the corpus assistant with a private data dir (feedback) and any overrides."""

    def make(**overrides) -> Settings:
        values = {"data_dir": tmp_path / "data", "admin_token": ADMIN_TOKEN, "rate_limit_per_minute": 1000}
        return corpus_settings.model_copy(update={**values, **overrides})

    return make


@pytest.fixture
def make_client(make_settings, corpus_assistant):
    """Build an app on the corpus assistant and enter a TestClient on it (lifespan included)."""
    clients = []

    def make(**overrides) -> TestClient:
        client = TestClient(create_app(make_settings(**overrides), corpus_assistant), raise_server_exceptions=False)
        clients.append(client.__enter__())
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client) -> TestClient:
    return make_client()


@pytest.fixture(scope="module")
def live_server(corpus_settings, corpus_assistant, tmp_path_factory):
    """Serve the real app over HTTP on a free 127.0.0.1 port for the module; yield its base URL."""
    settings = corpus_settings.model_copy(
        update={"data_dir": tmp_path_factory.mktemp("live"), "rate_limit_per_minute": 0, "admin_token": ADMIN_TOKEN}
    )
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(settings, corpus_assistant), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(10)
    sock.close()
