"""The one `Settings` object: engine settings plus those of the channels."""

import json
from typing import Annotated

from pydantic import Field, field_validator, model_validator
from pydantic_settings import NoDecode

from retrieval.settings import EngineSettings


PLACEHOLDERS = {"changethis", "changeme", "change-me", "change_me", "your-token", "token", "secret", "xxx"}


class Settings(EngineSettings):
    """All configuration, from the environment and `.env`; see `.env.example`."""

    environment: str = Field("development", validation_alias="CTD_ENV")

    # HTTP API and widget
    host: str = Field("127.0.0.1", validation_alias="CTD_HOST")
    port: int = Field(8080, validation_alias="CTD_PORT")
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list, validation_alias="CTD_CORS_ORIGINS")
    admin_token: str = Field("", validation_alias="CTD_ADMIN_TOKEN")
    rate_limit_per_minute: int = Field(60, validation_alias="CTD_RATE_LIMIT_PER_MINUTE")

    # Telegram
    telegram_bot_token: str = Field("", validation_alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field("https://api.telegram.org", validation_alias="TELEGRAM_API_BASE_URL")
    telegram_allowed_chats: Annotated[list[int], NoDecode] = Field(default_factory=list, validation_alias="TELEGRAM_ALLOWED_CHATS")
    telegram_webhook_secret: str = Field("", validation_alias="TELEGRAM_WEBHOOK_SECRET")
    telegram_webhook_port: int = Field(8443, validation_alias="TELEGRAM_WEBHOOK_PORT")
    telegram_rate_limit_per_minute: int = Field(20, validation_alias="TELEGRAM_RATE_LIMIT_PER_MINUTE")
    telegram_history_turns: int = Field(3, validation_alias="TELEGRAM_HISTORY_TURNS")

    # Zalo (Zalo Bot Platform); chat ids are strings
    zalo_bot_token: str = Field("", validation_alias="ZALO_BOT_TOKEN")
    zalo_api_base_url: str = Field("https://bot-api.zaloplatforms.com", validation_alias="ZALO_API_BASE_URL")
    zalo_allowed_chats: Annotated[list[str], NoDecode] = Field(default_factory=list, validation_alias="ZALO_ALLOWED_CHATS")
    zalo_webhook_secret: str = Field("", validation_alias="ZALO_WEBHOOK_SECRET")
    zalo_rate_limit_per_minute: int = Field(20, validation_alias="ZALO_RATE_LIMIT_PER_MINUTE")
    zalo_history_turns: int = Field(3, validation_alias="ZALO_HISTORY_TURNS")

    # Adding documents: POST /admin/documents, the admin page and Telegram admin chats
    max_upload_mb: float = Field(20, gt=0, validation_alias="CTD_MAX_UPLOAD_MB")
    max_pages: int = Field(200, ge=1, validation_alias="CTD_MAX_PAGES")
    telegram_admin_chats: Annotated[list[int], NoDecode] = Field(default_factory=list, validation_alias="TELEGRAM_ADMIN_CHATS")

    @model_validator(mode="after")
    def _no_placeholder_secrets(self) -> "Settings":
        """Refuse the example values of secrets anywhere but development."""
        if self.environment != "development":
            for name in ("admin_token", "telegram_bot_token", "telegram_webhook_secret", "zalo_bot_token", "zalo_webhook_secret"):
                if getattr(self, name).strip().lower() in PLACEHOLDERS:
                    raise ValueError(f"{name} vẫn là giá trị mẫu: đặt giá trị thật trong .env (CTD_ENV={self.environment}).")
        return self

    @field_validator("cors_origins", "telegram_allowed_chats", "zalo_allowed_chats", "telegram_admin_chats", mode="before")
    @classmethod
    def _split_commas(cls, value):
        """Accept "a,b" as well as a JSON list in the environment."""
        if isinstance(value, str):
            if value.strip().startswith("["):
                return json.loads(value)
            return [part.strip() for part in value.split(",") if part.strip()]
        return value
