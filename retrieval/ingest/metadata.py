"""Check the metadata a file declares in its front matter, field by field, before anything stores it.

A value later code could not use — a date "9/2023" or "2023-13-45", a number without its symbol, a
type that is not a short name, a list where one string belongs — is dropped and reported on one line
naming the field, the value and the form expected; the document is kept with that field empty, or
with what its header block states when it states it. Dates are ISO: YYYY-MM-DD, YYYY-MM or YYYY.
"""

import datetime
import re

DATE_FORMS = "dùng YYYY-MM-DD hoặc YYYY-MM"
NUMBER_FORMS = "dùng dạng 152/KH-UBND hoặc 43-CT/TW"
TYPE_FORMS = "dùng tên loại như Kế hoạch, Quyết định, Công văn"

NUMBER_RE = re.compile(r"^\d{1,6}[a-zA-Z]?(?:/\d{4})?[-/](?=[\w.&/-]*[^\W\d_])[\w.&/-]+$")
TYPE_RE = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+)*$")
TEXT_FIELDS = ("title", "issuer", "place", "signer", "summary", "source", "urgency")
LIST_FIELDS = ("recipients", "implements", "joint_numbers")
MAX_SHOWN = 40


def _shown(value) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def check_date(value) -> str | None:
    """The ISO date `value` stands for (YYYY-MM-DD, YYYY-MM or YYYY), or None when it is none of them."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return text if 1000 <= int(text) <= 2999 else None
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return text if 1000 <= int(text[:4]) <= 2999 and 1 <= int(text[5:]) <= 12 else None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            datetime.date.fromisoformat(text)
        except ValueError:
            return None
        return text if int(text[:4]) >= 1000 else None
    return None


def check_number(value) -> str | None:
    """A document number ("152/KH-UBND", "1277-CV/HU", "93/2019/NĐ-CP"), spaces removed, or None."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = re.sub(r"\s+", "", str(value)).rstrip(".,;")
    return text if len(text) <= MAX_SHOWN and NUMBER_RE.match(text) else None


def check_type(value) -> str | None:
    """A document type: a short name in words ("Kế hoạch", "Bài báo"), or None."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text if 2 <= len(text) <= MAX_SHOWN and TYPE_RE.match(text) else None


def validate(metadata: dict) -> tuple[dict, list[str]]:
    """The metadata with every unusable value dropped, and one reason per value dropped.

    Args:
        metadata: front matter as read (keys as written, values as YAML gave them).

    Returns:
        (clean metadata, reasons): a value dropped leaves its key out (the header block may state it);
        a reason reads "ngày '9/2023' không hợp lệ — dùng YYYY-MM-DD hoặc YYYY-MM".
    """
    clean: dict = {}
    problems: list[str] = []
    for name, value in metadata.items():
        if value is None:
            clean[name] = None
            continue
        if name == "date":
            checked, problem = check_date(value), f"ngày '{_shown(value)}' không hợp lệ — {DATE_FORMS}"
        elif name == "number":
            checked, problem = check_number(value), f"số hiệu '{_shown(value)}' không hợp lệ — {NUMBER_FORMS}"
        elif name == "type":
            checked, problem = check_type(value), f"loại văn bản '{_shown(value)}' không hợp lệ — {TYPE_FORMS}"
        elif name in TEXT_FIELDS:
            ok = isinstance(value, (str, int, float)) and not isinstance(value, bool)
            checked, problem = (str(value) if ok else None), f"trường '{name}' phải là một chuỗi"
        elif name in LIST_FIELDS:
            items = value if isinstance(value, list) else [value]
            ok = all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in items)
            checked, problem = ([str(v) for v in items] if ok else None), f"trường '{name}' phải là danh sách chuỗi"
        else:
            checked, problem = value, ""
        if checked is None:
            problems.append(problem)
        else:
            clean[name] = checked
    return clean, problems
