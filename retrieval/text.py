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
# one capital letter, Vietnamese ones included, for a character class ("À-Ỹ" would take in small letters too: "đ")
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and c.isupper()) + "]"


# the units of area and volume written with a superscript ("120 m²"), as typed on one line ("120 m2"): one character each
SUPERSCRIPTS = str.maketrans("²³", "23")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(SUPERSCRIPTS)


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


def written_syllable(syllable: str) -> str:
    """A syllable with its tone mark where Vietnamese writing puts it ("phaỉ" → "phải", "hoà" → "hòa"): on
    the vowel with a hat, breve or horn (the last: "người"), else on the last vowel before a final consonant,
    else on the middle of three vowels or the first of two; "qu", "gi" open the syllable."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if not tones:
        return nfc(syllable)
    base = nfc("".join(c for c in decomposed if c not in TONE_MARKS))
    lower = base.lower()
    start = 2 if lower.startswith("qu") or (lower.startswith("gi") and len(lower) > 2 and lower[2] in VOWELS) else 0
    first = next((i for i in range(start, len(base)) if base[i] in VOWELS), None)
    if first is None:
        return nfc(syllable)
    end = first
    while end < len(base) and base[end] in VOWELS:
        end += 1
    vowels = list(range(first, end))
    marked = [i for i in vowels if lower[i] in "ăâêôơư"]
    if marked:
        at = marked[-1]
    elif vowels[-1] < len(base) - 1 or len(vowels) == 1:
        at = vowels[-1]
    else:
        at = vowels[1] if len(vowels) == 3 else vowels[0]
    return nfc(base[: at + 1] + tones[-1] + base[at + 1 :])


@lru_cache(maxsize=8192)  # question phrases and clause texts are unaccented again on every question
def unaccent(text: str) -> str:
    """Lowercase and strip every diacritic: "Sở Giáo dục" → "so giao duc"."""
    return without_marks(nfc(text).lower())


def without_marks(text: str) -> str:
    """Strip every diacritic, keeping the case: "Hội CTĐ" → "Hoi CTD"."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
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


@lru_cache(maxsize=4096)
def pattern(source: str, flags: int = 0) -> re.Pattern:
    """A compiled regular expression, kept: the patterns built of vocabulary phrases and a question's words outnumber
    the `re` module's own cache of 512, which then compiles them again for every question."""
    return re.compile(source, flags)
