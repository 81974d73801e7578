"""The glossary of administrative Vietnamese: English terms of the domain and their Vietnamese wording, the
short forms texts and questions write and what they stand for, everyday words and the written ones. Read by
the index (a clause written short is found by its words in full) and by the question reader."""

import re
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from retrieval.datafiles import read_data_file
from retrieval.text import fold, has_diacritics, pattern, unaccent, without_marks

# one Vietnamese syllable written without diacritics ("tot", "pa"): a short form typed in lowercase that spells one is
# that word
SYLLABLE_RE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")

GLOSSARY_FILE = Path(__file__).parent / "data" / "glossary.yaml"


class Term(BaseModel):
    model_config = ConfigDict(extra="forbid")
    vi: str
    en: list[str]


class Abbreviation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    full: str
    short: list[str]
    # a short form that stands for other words too, read in full only before one of these words or a number ("CT
    # này", "CT 18" is a "chỉ thị"; "CT UBND tỉnh" is a chairman)
    before: list[str] = []
    # a short form written glued to the number it names ("QL1A", "QL46": a national road)
    numbered: bool = False


class Colloquial(BaseModel):
    model_config = ConfigDict(extra="forbid")
    said: str
    written: str
    # words the said one makes a noun with, which is no everyday word for anything ("đồ dùng": school supplies)
    not_after: list[str] = []
    # a unit of measure said only of a quantity: after a number or "bao nhiêu", "mấy" ("quantity": "30 cây số"), or
    # after "bao nhiêu", "mấy" alone ("question": "mấy ký gạo"; "QĐ 2315 ký ngày nào" signs)
    after: Literal["any", "quantity", "question"] = "any"


QUESTION_BEFORE_RE = re.compile(r"(?:nhiêu|mấy)$", re.IGNORECASE)  # the words a unit of a quantity asked follows
NUMBER_BEFORE_RE = re.compile(r"\d+(?:[.,]\d+)*$")


class Glossary(BaseModel):
    """English terms of the domain and their Vietnamese wording, to search English questions; the
    short forms of administrative writing and what they stand for, read in full in any question; the
    everyday words a question uses for the written word the texts use ("dùng": "sử dụng")."""

    model_config = ConfigDict(extra="forbid")
    terms: list[Term]
    abbreviations: list[Abbreviation]
    colloquial: list[Colloquial] = []

    @cached_property
    def _pattern(self) -> re.Pattern:
        phrases = sorted((en for t in self.terms for en in t.en), key=len, reverse=True)
        # "first aid" is also written "first-aid"
        return re.compile(r"\b(" + "|".join(re.escape(en).replace(r"\ ", r"[\s-]+") for en in phrases) + r")\b",
                          re.IGNORECASE)

    @cached_property
    def _lookup(self) -> dict[str, str]:
        return {en: t.vi for t in self.terms for en in t.en}

    def count(self, text: str) -> int:
        """How many known English phrases the text holds."""
        return len(self._pattern.findall(text))

    def translate(self, text: str) -> str:
        """Replace every known English phrase by its Vietnamese wording, longest first."""
        return self._pattern.sub(lambda m: self._lookup[" ".join(re.split(r"[\s-]+", m.group(1).lower()))], text)

    @cached_property
    def _shorts(self) -> dict[str, str]:
        """Each short form and what it stands for; also as typed without diacritics ("CTD" for "CTĐ", "hoi ctd" for
        "Hội CTĐ")."""
        return {form: a.full for a in self.abbreviations for s in a.short for form in (s, without_marks(s))}

    @cached_property
    def _short_pattern(self) -> re.Pattern:
        forms = sorted(self._shorts, key=len, reverse=True)
        # a whole word, not a piece of a document symbol ("86/QĐ-CTĐ") or of a place ("TP.HCM")
        alternatives = "|".join(re.escape(form) for form in forms)
        return re.compile(rf"(?<![\w/&.-])({alternatives})(?![\w/&-]|\.\w)", re.IGNORECASE)

    @cached_property
    def _glued_pattern(self) -> re.Pattern | None:
        """The short forms written glued to a number (`Abbreviation.numbered`), before it."""
        forms = sorted({form for a in self.abbreviations if a.numbered for s in a.short for form in (s, without_marks(s))},
                       key=len, reverse=True)
        return re.compile(rf"(?<![\w/&.-])({'|'.join(map(re.escape, forms))})(?=\d)", re.IGNORECASE) if forms else None

    @cached_property
    def _full(self) -> dict[str, str]:
        return {fold(form): full for form, full in self._shorts.items()}

    @cached_property
    def _before(self) -> dict[str, frozenset[str]]:
        """The words a short form that stands for other words too must come before (`Abbreviation.before`), folded and
        without diacritics."""
        return {fold(form): frozenset(f(w) for w in a.before for f in (fold, unaccent)) for a in self.abbreviations
                if a.before for s in a.short for form in (s, without_marks(s))}

    def _stands(self, match: re.Match) -> bool:
        """Whether the short form matched stands for its full words where it is written."""
        before = self._before.get(fold(match.group(1)))
        if before is None:
            return True
        following = re.match(r"\s+(\w+)", match.string[match.end() :])
        return following is not None and (following.group(1).isdigit() or fold(following.group(1)) in before)

    @cached_property
    def _written_short(self) -> re.Pattern:
        """The short forms as a text writes them, in their own case ("THPT", not "thpt" of some word)."""
        return re.compile(self._short_pattern.pattern)

    def full_forms(self, text: str) -> list[str]:
        """What each short form a text writes stands for ("Trường THPT Hương Trà": "trung học phổ thông"), so that
        a question read in full finds the text written short."""
        return [self._full[fold(m.group(1))] for m in self._written_short.finditer(text) if self._stands(m)]

    def expand(self, text: str) -> str:
        """Write every known short form in full ("HCTĐ" → "Hội Chữ thập đỏ"); without diacritics when
        the text has none, so an unaccented question stays unaccented."""
        accented = has_diacritics(text)

        def full(match: re.Match) -> str:
            if match.group(1).islower() and SYLLABLE_RE.fullmatch(unaccent(match.group(1))) or not self._stands(match):
                return match.group(0)  # "tot" typed bare is "tốt", not "TOT"; "ctd" is no word of its own
            name = self._full[fold(match.group(1))]
            return name if accented else unaccent(name)

        if self._glued_pattern is not None:
            text = self._glued_pattern.sub(r"\1 ", text)  # "QL1A" is "QL 1A"
        text = self._short_pattern.sub(full, text)
        for word in self.colloquial:  # "dùng" is written "sử dụng": compared with its diacritics, in any case
            written = word.written if accented else unaccent(word.written)

            def said(match: re.Match, written: str = written, word: Colloquial = word) -> str:
                before = match.string[: match.start()].split()[-1:]
                # (a capital after a capitalised word is part of a name: "xã Ia Ko", not "không")
                named = match.group(0)[:1].isupper() and before and before[0][:1].isupper()
                compound = before and fold(before[0]) in {fold(w) for w in word.not_after}
                quantity = bool(before) and (QUESTION_BEFORE_RE.search(before[0]) is not None
                                             or word.after == "quantity" and NUMBER_BEFORE_RE.search(before[0]) is not None)
                unquantified = word.after != "any" and not quantity
                return match.group(0) if named or compound or unquantified else written

            text = pattern(rf"(?<!\w){re.escape(word.said)}(?!\w)", re.IGNORECASE).sub(said, text)
        return text


@cache
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    """Read and validate the English glossary (once per process)."""
    return read_data_file(Glossary, path, "tệp thuật ngữ tiếng Anh")
