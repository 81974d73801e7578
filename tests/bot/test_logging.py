"""Structured logs: one JSON line per question with the engine's fields, the question only when allowed."""

import io
import json
import logging

import pytest

from bot.logging import configure_logging
from tests.conftest import make_settings

QUESTION = "Sở Giáo dục phải làm gì?"


@pytest.fixture(autouse=True)
def restore_logging():
    """Put the root logger and the quietened loggers back as they were."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "chromadb.telemetry")}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, value in quiet.items():
        logging.getLogger(name).setLevel(value)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def test_json_puts_the_ctd_fields_at_the_top_level(tmp_path, capsys):
    configure_logging(make_settings(tmp_path, log_format="json"))
    logging.getLogger("ctd.ask").info("answered", extra={"ctd": {"latency_ms": 12.5, "citations": ["a:1"], "level": "x"}})

    (line,) = _json_lines(capsys.readouterr().err)
    assert line["logger"] == "ctd.ask"
    assert line["message"] == "answered"
    assert line["level"] == "INFO"
    assert line["latency_ms"] == 12.5
    assert line["citations"] == ["a:1"]


def test_json_carries_the_traceback(tmp_path, capsys):
    configure_logging(make_settings(tmp_path, log_format="json"))
    try:
        raise RuntimeError("hỏng")
    except RuntimeError:
        logging.getLogger("ctd.test").exception("failed")

    (line,) = _json_lines(capsys.readouterr().err)
    assert line["message"] == "failed"
    assert line["level"] == "ERROR"
    assert 'RuntimeError: hỏng' in line["exception"]


def test_text_format_is_one_readable_line(tmp_path, capsys):
    configure_logging(make_settings(tmp_path, log_format="text"))
    logging.getLogger("ctd.ask").info("answered", extra={"ctd": {"latency_ms": 7, "abstained": False}})

    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.rstrip().endswith("INFO    ctd.ask: answered latency_ms=7 abstained=false")


@pytest.mark.parametrize(
    ("environment", "terminal", "expect_json"),
    [("development", True, False), ("development", False, True), ("production", True, True)],
)
def test_auto_format_follows_terminal_and_environment(tmp_path, monkeypatch, environment, terminal, expect_json):
    stream = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    configure_logging(make_settings(tmp_path, log_format="auto", environment=environment))
    logging.getLogger("ctd.test").warning("xin chào")

    assert stream.getvalue().startswith("{") is expect_json
    assert "xin chào" in stream.getvalue()


def test_level_and_quiet_loggers(tmp_path, capsys):
    configure_logging(make_settings(tmp_path, log_format="json", log_level="warning"))
    logging.getLogger("ctd.test").info("not shown")
    logging.getLogger("httpx").warning("shown")
    configure_logging(make_settings(tmp_path, log_format="json", log_level="DEBUG"))
    logging.getLogger("httpx").info("GET https://api.telegram.org/bot123:SECRET/getMe")
    logging.getLogger("ctd.test").debug("debug shown")

    messages = [line["message"] for line in _json_lines(capsys.readouterr().err)]
    assert messages == ["shown", "debug shown"]
    assert len([h for h in logging.getLogger().handlers if type(h).__name__ == "_CurrentStderr"]) == 1


@pytest.mark.slow
@pytest.mark.integration
def test_one_json_line_per_question_without_the_question(corpus_assistant, capsys):
    configure_logging(corpus_assistant.settings.model_copy(update={"log_format": "json"}))
    answer = corpus_assistant.ask(QUESTION)

    err = capsys.readouterr().err
    (line,) = [entry for entry in _json_lines(err) if entry["logger"] == "ctd.ask"]
    assert line["message"] == "answered"
    assert line["answer_id"] == answer.id
    assert line["latency_ms"] == answer.timings["total_ms"]
    assert line["abstained"] is False
    assert line["citations"][0] == "kh-ubnd-laichau-2023:iii.5.b1"
    assert line["mode"] == "extractive"
    assert "question" not in line
    assert "Giáo dục" not in err


@pytest.mark.slow
@pytest.mark.integration
def test_question_logged_only_when_allowed(corpus_assistant, corpus_embeddings, capsys):
    from retrieval.assistant import Assistant

    settings = corpus_assistant.settings.model_copy(update={"log_format": "json", "log_questions": True})
    configure_logging(settings)
    Assistant(settings, corpus_embeddings).ask(QUESTION)

    (line,) = [entry for entry in _json_lines(capsys.readouterr().err) if entry["logger"] == "ctd.ask"]
    assert line["question"] == QUESTION
