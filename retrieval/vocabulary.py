"""The question vocabulary file (`data/query.yaml`): stopwords, document types, places, intents."""

from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, field_validator

from retrieval.errors import CtdError
from retrieval.text import fold

QUERY_FILE = Path(__file__).parent / "data" / "query.yaml"


class Followup(BaseModel):
    model_config = ConfigDict(extra="forbid")
    starts: list[str]
    contains: list[str]


class Vocabulary(BaseModel):
    """How questions are read; every phrase lowercase without diacritics."""

    model_config = ConfigDict(extra="forbid")
    stopwords: frozenset[str]

    @field_validator("stopwords", mode="after")
    @classmethod
    def _fold_stopwords(cls, value: frozenset[str]) -> frozenset[str]:
        return frozenset(fold(w) for w in value)
    document_types: dict[str, list[str]]
    places: dict[str, list[str]]
    admin_words: frozenset[str]
    intents: dict[str, list[str]]
    followup: Followup


@cache
def load_vocabulary(path: Path = QUERY_FILE) -> Vocabulary:
    """Read and validate the vocabulary file (once per process)."""
    try:
        return Vocabulary.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise CtdError(f"{path}: tệp từ vựng câu hỏi không hợp lệ ({exc.__class__.__name__}: {exc}).") from exc
