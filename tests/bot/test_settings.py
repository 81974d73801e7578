import pytest
from pydantic import ValidationError

from tests.conftest import make_settings


def test_lists_accept_commas_or_json(tmp_path):
    settings = make_settings(tmp_path, cors_origins="https://a.vn, https://b.vn", telegram_allowed_chats="[1, -2]")
    assert settings.cors_origins == ["https://a.vn", "https://b.vn"]
    assert settings.telegram_allowed_chats == [1, -2]


def test_environment_variables_are_read(tmp_path, monkeypatch):
    monkeypatch.setenv("CTD_DATA_DIR", str(tmp_path / "x"))
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9")
    from bot.settings import Settings

    settings = Settings(_env_file=None)
    assert settings.data_dir == tmp_path / "x" and settings.telegram_api_base_url == "http://127.0.0.1:9"


def test_placeholder_secrets_are_refused_in_production(tmp_path):
    assert make_settings(tmp_path, admin_token="changethis").admin_token == "changethis"  # development
    with pytest.raises(ValidationError, match="admin_token vẫn là giá trị mẫu"):
        make_settings(tmp_path, environment="production", admin_token="changethis")
