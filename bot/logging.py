"""Process-wide logging: JSON lines in production or when not on a terminal, readable text on one."""

import json
import logging
import sys
from datetime import datetime, timezone

from bot.settings import Settings

# Loggers that would drown the useful lines or leak secrets (Bot API URLs carry the bot token).
QUIET_LOGGERS = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "chromadb.telemetry": logging.CRITICAL,
}

# The envelope of every JSON line; fields passed in `extra` never overwrite it.
_BASE_KEYS = ("time", "level", "logger", "message")


class _CurrentStderr(logging.StreamHandler):
    """Write to whatever `sys.stderr` is at the time, so runners that swap it (pytest, CliRunner) see the lines."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


class JsonFormatter(logging.Formatter):
    """One JSON object per line; the fields of `extra={"ctd": {...}}` go at the top level."""

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "ctd", None)
        if isinstance(fields, dict):
            payload.update({key: value for key, value in fields.items() if key not in _BASE_KEYS})
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """`time LEVEL logger: message key=value…` for a person reading a terminal."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s", datefmt="%H:%M:%S")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = getattr(record, "ctd", None)
        if not isinstance(fields, dict) or not fields:
            return line
        extra = " ".join(f"{key}={json.dumps(value, ensure_ascii=False)}" for key, value in fields.items())
        head, newline, rest = line.partition("\n")  # keep a traceback below the fields
        return f"{head} {extra}{newline}{rest}"


def wants_json(settings: Settings, on_terminal: bool) -> bool:
    """JSON when asked for, or in `auto` when in production or when nobody reads a terminal."""
    if settings.log_format != "auto":
        return settings.log_format == "json"
    return settings.environment == "production" or not on_terminal


def configure_logging(settings: Settings) -> None:
    """Send every log line to stderr in the configured format and level; safe to call again."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _CurrentStderr)]:
        root.removeHandler(handler)
    handler = _CurrentStderr()
    on_terminal = sys.stderr.isatty()
    handler.setFormatter(JsonFormatter() if wants_json(settings, on_terminal) else TextFormatter())
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    for name, level in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)
