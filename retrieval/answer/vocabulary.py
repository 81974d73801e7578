"""The question vocabulary file (`data/query.yaml`): stopwords, document types, places, intents."""

from functools import cache, cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from retrieval.datafiles import read_data_file
from retrieval.models import Role
from retrieval.text import fold, has_diacritics, nfc, unaccent

QUERY_FILE = Path(__file__).parent.parent / "data" / "query.yaml"


class Followup(BaseModel):
    model_config = ConfigDict(extra="forbid")
    starts: list[str]
    contains: list[str]


class Vocabulary(BaseModel):
    """How questions are read; every phrase lowercase without diacritics (honorifics keep theirs)."""

    model_config = ConfigDict(extra="forbid")
    stopwords: frozenset[str]

    @model_validator(mode="after")
    def _expand_document_types(self) -> "Vocabulary":
        """Write "{loai}" in an intent phrase once for "van ban" and every document type name."""
        names = ["van ban", *(n for names in self.document_types.values() for n in names)]
        self.intents = {
            intent: [p.replace("{loai}", n) for p in phrases for n in (names if "{loai}" in p else [""])]
            for intent, phrases in self.intents.items()
        }
        return self

    @field_validator("honorifics", "classifiers", mode="after")
    @classmethod
    def _written_in_full(cls, value: frozenset[str]) -> frozenset[str]:
        return frozenset(nfc(h).lower() for h in value)

    @field_validator("stopwords", "generic_nouns", mode="after")
    @classmethod
    def _fold_stopwords(cls, value: frozenset[str]) -> frozenset[str]:
        return frozenset(fold(w) for w in value)
    generic_nouns: frozenset[str]
    document_types: dict[str, list[str]]
    places: dict[str, list[str]]
    admin_words: frozenset[str]
    issuer_levels: dict[str, list[str]]
    intents: dict[str, list[str]]
    values: dict[str, list[str]]
    value_labels: dict[str, list[str]]
    person_titles: list[str]
    people: list[str]
    for_whom: list[str]
    contacts: list[str]
    introductions: list[str]
    framing: list[str]
    names_asked: list[str]
    assigning: frozenset[str]
    duties: list[str]
    text_acts: list[str]
    circumstances: list[str]
    carrying_out: list[str]
    money: list[str]
    catalog: list[str]
    newest: list[str]
    oldest: list[str]
    current_state: list[str]
    kinds_named_by_agency: list[str]
    listed_kinds: list[str]
    named_kinds: list[str]
    aims: list[str]
    planning_types: list[str]
    sum_acts: list[list[str]]
    stated_acts: frozenset[str]
    synonyms: list[list[str]]
    opposites: list[tuple[str, str]]
    broader: dict[str, list[str]]
    surnames: frozenset[str]
    honorifics: frozenset[str]
    classifiers: frozenset[str]
    tasks: list[str]
    roles: dict[Role, list[str]]
    programmes: list[str]
    enumerations: list[str]
    press_types: list[str]
    followup: Followup
    english_words: frozenset[str]

    @cached_property
    def generic_words(self) -> dict[bool, frozenset[str]]:
        """`generic_nouns` as content words: folded ("hoạt_động") for a question with diacritics, else plain."""
        joined = {n.replace(" ", "_") for n in self.generic_nouns}
        return {True: frozenset(joined), False: frozenset(unaccent(n) for n in joined)}

    @cached_property
    def synonyms_of(self) -> dict[bool, dict[str, tuple[str, ...]]]:
        """Each word of `synonyms` and the others of its group, and each kind of `broader` and its class's word, as
        content words: folded ("khu_vực") for a question with diacritics, else plain ("khu_vuc")."""
        out: dict[bool, dict[str, tuple[str, ...]]] = {True: {}, False: {}}
        for group in self.synonyms:
            for accented, form in ((True, fold), (False, unaccent)):
                words = [form(w).replace(" ", "_") for w in group]
                for word in words:  # (a word of two groups has the synonyms of both: "nộp" is "gửi" and "đóng")
                    out[accented][word] = (*out[accented].get(word, ()), *(w for w in words if w != word))
        # (a kind is said by its class's word, "bão" by "thiên tai", not the other way round)
        for whole, kinds in self.broader.items():
            for accented, form in ((True, fold), (False, unaccent)):
                for kind in kinds:
                    word = form(kind).replace(" ", "_")
                    out[accented][word] = (*out[accented].get(word, ()), form(whole).replace(" ", "_"))
        return out

    @cached_property
    def opposites_of(self) -> dict[bool, dict[str, tuple[str, ...]]]:
        """Each word of `opposites` and the words for the other end, with their synonyms, spelled as `synonyms_of`
        spells them ("bế_giảng": "khai_giảng", "khai_mạc")."""
        out: dict[bool, dict[str, tuple[str, ...]]] = {True: {}, False: {}}
        for pair in self.opposites:
            for accented, form in ((True, fold), (False, unaccent)):
                first, second = (form(w).replace(" ", "_") for w in pair)
                for word, other in ((first, second), (second, first)):
                    out[accented][word] = (*out[accented].get(word, ()), other, *self.synonyms_of[accented].get(other, ()))
        return out

    @cached_property
    def question_words(self) -> frozenset[str]:
        """Each syllable, folded, of the question phrases written with diacritics ("mấy")."""
        phrases = [p for group in (*self.intents.values(), *self.values.values()) for p in group if has_diacritics(p)]
        return frozenset(fold(w) for p in phrases for w in p.split())

    @cached_property
    def type_names(self) -> frozenset[str]:
        """Every name of a kind of text ("bao cao", "thong bao")."""
        return frozenset(n for names in self.document_types.values() for n in names)


@cache
def load_vocabulary(path: Path = QUERY_FILE) -> Vocabulary:
    """Read and validate the vocabulary file (once per process)."""
    return read_data_file(Vocabulary, path, "tệp từ vựng câu hỏi")
