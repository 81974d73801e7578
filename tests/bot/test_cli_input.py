"""`ctd ask` reads what a terminal or a file gives it: bytes that are not UTF-8, control and invisible
characters. A bad line is refused on its own, in one Vietnamese line; the others are answered."""

import json
import os
import subprocess

import pytest

from scripts.load_api import ctd_command

pytestmark = pytest.mark.slow


def test_stdin_lines_with_bad_bytes_are_refused_alone(corpus_assistant, corpus_settings):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("CTD_", "CHROMA_"))}
    env["CTD_DATA_DIR"] = str(corpus_settings.data_dir)
    lines = "Sở Giáo dục phải làm gì?\n".encode() + b"\xff\xfe h\xe1\xbb\x8fi\n" + "Sở\u200b Y tế\x07 phải làm gì?\n".encode()

    done = subprocess.run([ctd_command(), "ask", "--json"], input=lines, env=env, capture_output=True, timeout=600)

    first, refused, third = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert done.returncode == 1
    assert first["citations"][0]["clause_id"] == "kh-ubnd-laichau-2023:iii.5.b1"
    assert refused == {
        "question": "\\udcff\\udcfe hỏi",
        "error": "Câu hỏi có ký tự không hợp lệ: hãy gõ hoặc dán lại câu hỏi.",
    }
    assert third["question"] == "Sở Y tế phải làm gì?"
    assert "Traceback" not in done.stderr.decode()
