"""Hypothesis strategies for what people (and attackers) send: questions, histories, feedback, front matter.

Any Unicode, lone surrogates included; invisible and bidi characters; huge digit runs around the
shapes the query reader parses (document numbers, dates, places); 60,000-character strings; HTML,
Markdown and deeply nested brackets; and realistic Vietnamese questions mixed with all of these.
"""

import re

import yaml
from hypothesis import strategies as st

REAL_QUESTIONS = (
    "Sở Giáo dục phải làm gì?",
    "so giao duc phai lam gi",
    "Kết luận 44-KL/TW ban hành ngày nào?",
    "QĐ 895 do ai ký?",
    "Mục III điểm 5 của kế hoạch Lai Châu",
    "Còn Sở Y tế thì sao?",
    "What must the Department of Education do?",
    "Giá vàng hôm nay bao nhiêu?",
)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029\r\n\t"
SURROGATES = "\ud800\udbff\udc00\udfff\ud83d"
DIGIT_SHAPES = (
    "{d}", "KL {d}", "Kết luận số {d}-KL/TW", "Quyết định số {d}/QĐ-TTg", "Nghị định {d}/2019/NĐ-CP",
    "{d}/{d}/{d}", "ngày {d}/{d}/{d}", "Điều {d} khoản {d}", "Mục {d}.{d}.{d}", "số {d}", "CV {d}",
    "{d}-{d}-{d}", "{d}.{d}.{d}.{d}",
)  # fmt: skip
MARKUP = (
    "<script>alert('x')</script>", "<b>Sở Y tế</b>", "</i><a href='javascript:1'>", "&amp;&lt;&#x1F600;",
    "**Sở Giáo dục** _phải_ `làm` gì?", "[1](https://example.com) [2]", "# Tiêu đề\n> trích dẫn",
    "((((((((((", "]]]]]]]]", "{{{{{{{{", "[[[[[[[[(((({{{{<<<<>>>>}}}}))))]]]]]]]]", "\\\\\\\\",
    "' OR 1=1 --", "${jndi:ldap://x}", "%s%s%n", "\u0000\u0000",
)  # fmt: skip


def any_character(surrogates: bool = True) -> st.SearchStrategy[str]:
    """Any code point, with invisible and control characters (and lone surrogates) made likely."""
    likely = [
        st.characters(exclude_categories=["Cs"]),
        st.sampled_from(INVISIBLE + CONTROLS),
        st.sampled_from("ạảãàáâậầấẩẫăắằặẳẵêềếểễệôồốổỗộơờớởỡợưừứửữựđĐ"),
    ]
    if surrogates:
        likely += [st.characters(categories=["Cs"]), st.sampled_from(SURROGATES)]
    return st.one_of(likely)


def any_text(max_size: int = 300, surrogates: bool = True) -> st.SearchStrategy[str]:
    return st.text(any_character(surrogates), max_size=max_size)


def digit_runs() -> st.SearchStrategy[str]:
    """Document numbers, dates and places whose numbers are runs of up to 60,000 digits."""
    run = st.builds(lambda digit, n: digit * n, st.sampled_from("0123456789"), st.integers(1, 60_000))
    return st.builds(lambda shape, d: shape.format(d=d), st.sampled_from(DIGIT_SHAPES), run)


def huge_strings() -> st.SearchStrategy[str]:
    """About 60,000 characters: one repeated, a question repeated, or nested brackets."""
    return st.one_of(
        st.builds(lambda c, n: c * n, any_character(), st.integers(50_000, 60_000)),
        st.builds(lambda q, n: (q + " ") * n, st.sampled_from(REAL_QUESTIONS), st.integers(1_000, 2_500)),
        st.builds(lambda n: "[" * n + "Sở Giáo dục" + "]" * n, st.integers(1_000, 30_000)),
        st.builds(lambda n: "(" * n, st.integers(50_000, 60_000)),
    )


def questions(surrogates: bool = True) -> st.SearchStrategy[str]:
    """Questions: real ones, and real ones with any of the above mixed in, or only the above; without
    lone surrogates when asked (most of what then comes back is answered, not refused)."""
    piece = st.one_of(
        st.sampled_from(REAL_QUESTIONS),
        any_text(surrogates=surrogates),
        digit_runs().map(lambda s: s[:400]),
        st.sampled_from(MARKUP),
        st.sampled_from(INVISIBLE),
    )
    mixed = st.lists(piece, min_size=1, max_size=4).map("".join)
    spaced = st.lists(piece, min_size=1, max_size=3).map(" ".join)
    # most within the question limit (answered), a fifth far over it (refused before any reading)
    kinds = [mixed, spaced, mixed, spaced, mixed, spaced, mixed, spaced, digit_runs(), huge_strings()]
    if surrogates:  # and a lone surrogate somewhere in a tenth
        kinds.append(st.builds(_insert, mixed, st.sampled_from(SURROGATES), st.integers(0, 400)))
    return st.integers(0, len(kinds) - 1).flatmap(lambda i: kinds[i])


def _insert(text: str, inserted: str, at: int) -> str:
    at = min(at, len(text))
    return text[:at] + inserted + text[at:]


def short_questions() -> st.SearchStrategy[str]:
    """Questions without the 60,000-character ones (history turns, feedback fields)."""
    return st.one_of(st.sampled_from(REAL_QUESTIONS), any_text(), st.sampled_from(MARKUP), digit_runs().map(lambda s: s[:5000]))


def turns() -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(
        {"question": short_questions()}, optional={"answer": st.one_of(st.none(), short_questions(), huge_strings().map(lambda s: s[:20_000]))}
    )


def histories(max_turns: int = 25) -> st.SearchStrategy[list[dict]]:
    return st.lists(turns(), max_size=max_turns)


def feedback_bodies() -> st.SearchStrategy[dict]:
    """Feedback as a client might send it: some fields missing, any text in each."""
    return st.fixed_dictionaries(
        {"rating": st.sampled_from(["up", "down"])},
        optional={
            "answer_id": st.one_of(st.text(max_size=40), any_text(60)),
            "question": short_questions().map(lambda s: s[:4000]),
            "comment": st.one_of(any_text(2000), st.sampled_from(MARKUP)),
        },
    )


# --- front matter -------------------------------------------------------------------------------------

FILE_SAFE = st.characters(exclude_categories=["Cs"])  # a file holds UTF-8: no lone surrogates
DATES = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: f"{d.month}/{d.year}"),
    st.sampled_from(["9/2023", "2023-13-45", "0000-00-00", "2023-9", "20231", "ngày 5 tháng 9", "", "—", "2023-02-30"]),
    st.integers(-10**6, 10**6).map(str),
    st.builds(lambda n: "9" * n, st.integers(1, 5000)),
    st.text(FILE_SAFE, max_size=40),
)
METADATA_TEXT = st.one_of(st.text(FILE_SAFE, max_size=80), st.sampled_from(MARKUP), digit_runs().map(lambda s: s[:3000]))


def front_matter() -> st.SearchStrategy[dict]:
    """Front matter fields of a corpus file, well-formed or not, of the right YAML type or not."""
    scalar = st.one_of(METADATA_TEXT, st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())
    return st.fixed_dictionaries(
        {},
        optional={
            "title": METADATA_TEXT,
            "type": st.one_of(st.sampled_from(["Kế hoạch", "Công văn", "Quyết định", "Luật"]), METADATA_TEXT),
            "number": st.one_of(st.sampled_from(["895/QĐ-TTg", "44-KL/TW", "93/2019/NĐ-CP"]), scalar),
            "issuer": scalar,
            "date": st.one_of(DATES, scalar, st.dates()),
            "signer": scalar,
            "recipients": st.one_of(st.lists(METADATA_TEXT, max_size=3), scalar),
            "implements": st.one_of(st.lists(st.one_of(METADATA_TEXT, st.integers()), max_size=3), scalar),
        },
    )


def markdown_file(metadata: dict, body: str) -> str:
    """A corpus Markdown file: the front matter block, then the body."""
    return "---\n" + yaml.safe_dump(metadata, allow_unicode=True) + "---\n\n" + body


VIETNAMESE_LETTERS = re.compile(r"[à-ỹđ]", re.IGNORECASE)


def is_vietnamese(message: str) -> bool:
    """A message a Vietnamese reader reads: it has Vietnamese letters with diacritics."""
    return bool(VIETNAMESE_LETTERS.search(message))
