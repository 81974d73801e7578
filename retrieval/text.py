"""Vietnamese text normalisation shared by parsing, indexing and query understanding.

Two folds make spelling variants meet:
- `fold` keeps diacritics but moves each syllable's tone mark to one place, so "hoà"/"hòa" and
  "uỷ"/"ủy" become the same string; it also lowercases and applies NFC.
- `unaccent` drops every diacritic ("đ" → "d"), for questions typed without them.
"""

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
WORD_RE = re.compile(r"\w+", re.UNICODE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")


@lru_cache(maxsize=65536)  # a language has few syllables; every question and clause re-reads them
def _fold_syllable(syllable: str) -> str:
    """Put the syllable's tone mark on its last vowel, so every placement spells the same."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if not tones:
        return unicodedata.normalize("NFC", decomposed)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    last = max((i for i, c in enumerate(base) if c in VOWELS), default=len(base) - 1)
    return unicodedata.normalize("NFC", base[: last + 1] + tones[-1] + base[last + 1 :])


def fold(text: str) -> str:
    """Lowercase, NFC, and one tone-mark placement per syllable ("Hoà" == "hòa")."""
    return WORD_RE.sub(lambda m: _fold_syllable(m.group(0)), nfc(text).lower())


@lru_cache(maxsize=8192)  # question phrases and clause texts are unaccented again on every question
def unaccent(text: str) -> str:
    """Lowercase and strip every diacritic: "Sở Giáo dục" → "so giao duc"."""
    decomposed = unicodedata.normalize("NFD", nfc(text).lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def aligned(text: str) -> tuple[str, str] | None:
    """`text` in NFC and without diacritics, character for character (a position in one is a position in
    the other), or None when some character does not unaccent to exactly one."""
    written = nfc(text)
    plain = unaccent(written)
    return (written, plain) if len(plain) == len(written) else None


def has_diacritics(text: str) -> bool:
    """True when the text carries any Vietnamese diacritic (or "đ")."""
    return unaccent(text) != nfc(text).lower()


def words(text: str) -> list[str]:
    """Folded word tokens (syllables and numbers)."""
    return WORD_RE.findall(fold(text))


def slug(text: str) -> str:
    """ASCII identifier fragment: "Điều 32" → "dieu-32", "III" → "iii"."""
    return re.sub(r"[^a-z0-9]+", "-", unaccent(text)).strip("-")
