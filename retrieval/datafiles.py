"""Data files (aliases, vocabulary, weights, prompts): YAML validated by a pydantic model."""

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from retrieval.errors import CtdError

Model = TypeVar("Model", bound=BaseModel)


def read_data_file(model: type[Model], path: Path, what: str) -> Model:
    """Read `path` as `model`; any problem is one `CtdError` line naming the file and the place.

    Args:
        model: the schema (models use `extra="forbid"`, so a misspelt key is an error).
        path: the YAML file.
        what: what the file is, in Vietnamese, for the message ("bảng tên cơ quan").
    """
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return model.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {})
    except OSError as exc:
        raise CtdError(f"{path}: không đọc được {what} ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise CtdError(f"{path}: {what} không phải YAML hợp lệ ({' '.join(str(exc).split())})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CtdError(f"{path}: {what} sai cấu trúc tại {where}: {first['msg']}") from exc
