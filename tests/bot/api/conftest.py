"""Apps on the real corpus assistant, a TestClient factory and a live uvicorn server on loopback."""

import pytest
from fastapi.testclient import TestClient

from bot.api.main import create_app
from bot.settings import Settings
from tests.utils.live import serving

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
    with serving(create_app(settings, corpus_assistant)) as base_url:
        yield base_url
