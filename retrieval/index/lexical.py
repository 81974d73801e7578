"""The lexical index: BM25 over Vietnamese tokens, with and without diacritics.

A clause is indexed twice: `folded` tokens keep diacritics (syllables, syllable bigrams and pyvi's
compound words) and `plain` tokens drop them, so "so y te" finds "Sở Y tế". A question with
diacritics is scored on both fields, one typed without them on `plain` only.
"""

import re
from array import array
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

from retrieval.text import fold, has_diacritics, unaccent

SEGMENT_RE = re.compile(r"[^\w\s]+|\s{2,}", re.UNICODE)
SYLLABLE_RE = re.compile(r"\w+", re.UNICODE)
PADDING_RE = re.compile(r"^0+(?=\d)")

K1 = 1.2
B = 0.75
LEXICAL_DIR = "lexical"


def _grams(segments: list[list[str]]) -> list[str]:
    tokens: list[str] = []
    for syllables in segments:
        tokens.extend(syllables)
        tokens.extend(f"{a}_{b}" for a, b in zip(syllables, syllables[1:]))
    return tokens


def _pairs(word: str) -> list[str]:
    """The adjacent syllable pairs of a word of three or more syllables ("a_b_c" → "a_b", "b_c")."""
    syllables = word.split("_")
    return [f"{a}_{b}" for a, b in zip(syllables, syllables[1:])] if len(syllables) > 2 else []


def _segments(text: str) -> list[list[str]]:
    """Syllables per punctuation-delimited segment, so bigrams never cross a comma; a number without the
    zeros it is padded with ("06 tháng" is "6 tháng", as questions write it)."""
    return [[unpadded(s) for s in SYLLABLE_RE.findall(part)] for part in SEGMENT_RE.split(text) if part.strip()]


def unpadded(syllable: str) -> str:
    """A number without the zeros it is padded with ("06" → "6", "06h30" → "6h30", "0" stays); any other word
    as it is."""
    return PADDING_RE.sub("", syllable)


def folded_word(word: str) -> str:
    """A segmented word folded syllable by syllable, as the index spells it ("Tiền_mặt" → "tiền_mặt")."""
    return "_".join(fold(s) for s in word.split("_"))


def compounds(text: str) -> list[str]:
    """Multi-syllable words found by pyvi's word segmenter, folded ("chữ_thập_đỏ")."""
    return list(_compounds(text))


@lru_cache(maxsize=8192)  # answering segments the same headings and sentences every question
def _compounds(text: str) -> tuple[str, ...]:
    from pyvi import ViTokenizer

    words = (_unglued(t) for t in ViTokenizer.tokenize(text).split() if "_" in t and t.replace("_", "").isalnum())
    # each syllable folded on its own: a two-syllable word is spelled as the pair of its syllables
    return tuple(folded_word(word) for word in words if "_" in word)


# words that never end or open a name of three syllables or more: the segmenter glues them to a name beside them
# ("Lệ_Thủy_được" of "Xã Lệ Thủy được hỗ trợ …")
GLUE_WORDS = frozenset({"được", "bị", "của", "là", "và", "với", "thì", "mà", "đã", "sẽ", "đang", "cho"})


def _unglued(word: str) -> str:
    syllables = word.split("_")
    while len(syllables) > 2 and syllables[-1].lower() in GLUE_WORDS:
        syllables.pop()
    while len(syllables) > 2 and syllables[0].lower() in GLUE_WORDS:
        syllables.pop(0)
    return "_".join(syllables)


NOUN_TAGS = frozenset({"N", "Np", "Nc", "Nu", "Ny", "M"})
VERB_TAGS = frozenset({"V"})
ADJECTIVE_TAGS = frozenset({"A"})


def nouns(text: str) -> frozenset[str]:
    """The nouns and numerals pyvi's tagger finds, folded as the index spells words ("thực_tế", "2027")."""
    return tagged(text, NOUN_TAGS)


@lru_cache(maxsize=8192)
def tagged(text: str, tags: frozenset[str]) -> frozenset[str]:
    """The words pyvi's tagger gives one of `tags`, folded as the index spells words."""
    return frozenset("_".join(unpadded(fold(s)) for s in w.split("_")) for w, tag in word_tags(text) if tag in tags)


@lru_cache(maxsize=8192)
def word_tags(text: str) -> tuple[tuple[str, str], ...]:
    """The words of a text as pyvi's segmenter writes them ("bao_nhiêu"), each with its part of speech."""
    from pyvi import ViPosTagger, ViTokenizer

    words, found = ViPosTagger.postagging(ViTokenizer.tokenize(text))
    return tuple(zip(words, found))


def load_segmenter() -> None:
    """Import pyvi now (it loads scikit-learn and its models: seconds), not inside the first question."""
    from pyvi import ViPosTagger, ViTokenizer  # noqa: F401


def folded_tokens(text: str, with_compounds: bool = True) -> list[str]:
    tokens = _grams(_segments(fold(text)))
    if with_compounds:
        tokens.extend(compounds(text))
    return tokens


def plain_tokens(text: str) -> list[str]:
    return _grams(_segments(unaccent(text)))


class _Field:
    """BM25 term weights of one token field, idf applied, stored by term (compressed sparse columns):
    the clauses holding term j are `indices[indptr[j]:indptr[j + 1]]` (ascending), their weights
    `data[…]`. Three flat arrays instead of per-clause objects, written beside the catalog and mapped
    from disk when opened, so a question touches only the pages of its own terms."""

    ARRAYS = ("indptr", "indices", "data", "idf")

    def __init__(self, vocabulary: dict[str, int], indptr: np.ndarray, indices: np.ndarray, data: np.ndarray,
                 idf: np.ndarray, size: int):
        self.vocabulary = vocabulary
        self.indptr, self.indices, self.data, self.idf = indptr, indices, data, idf
        self.size = size

    def score(self, tokens: list[str]) -> np.ndarray:
        scores = np.zeros(self.size, dtype=np.float32)
        for j in sorted({self.vocabulary[t] for t in tokens if t in self.vocabulary}):
            start, end = self.indptr[j], self.indptr[j + 1]
            scores[self.indices[start:end]] += self.data[start:end]  # a term holds a clause once
        return scores

    def holds(self, position: int, term: int) -> bool:
        start, end = self.indptr[term], self.indptr[term + 1]
        at = start + int(np.searchsorted(self.indices[start:end], position))
        return at < end and int(self.indices[at]) == position

    def save(self, directory: Path, name: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for part in self.ARRAYS:
            np.save(directory / f"{name}.{part}.npy", getattr(self, part))
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        (directory / f"{name}.terms.txt").write_text("\n".join(terms), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path, name: str, size: int) -> "_Field":
        # plain arrays over the mapped pages: slicing a np.memmap builds a memmap object each time
        arrays = {part: np.asarray(np.load(directory / f"{name}.{part}.npy", mmap_mode="r")) for part in cls.ARRAYS}
        text = (directory / f"{name}.terms.txt").read_text(encoding="utf-8")
        terms = text.split("\n") if text else []
        return cls(dict(zip(terms, range(len(terms)))), size=size, **arrays)


class _FieldBuilder:
    """Term counts gathered clause by clause into flat arrays (no per-clause token lists kept)."""

    def __init__(self) -> None:
        self.vocabulary: dict[str, int] = {}
        self.rows = array("i")
        self.cols = array("i")
        self.counts = array("f")
        self.lengths = array("f")

    def add(self, tokens: Iterable[str]) -> None:
        row = len(self.lengths)
        counts: dict[int, int] = {}
        length = 0
        for token in tokens:
            j = self.vocabulary.setdefault(token, len(self.vocabulary))
            counts[j] = counts.get(j, 0) + 1
            length += 1
        self.lengths.append(length)
        self.rows.extend([row] * len(counts))
        self.cols.extend(counts.keys())
        self.counts.extend(counts.values())

    def finish(self) -> _Field:
        n = len(self.lengths)
        rows = np.frombuffer(self.rows, dtype=np.int32)
        cols = np.frombuffer(self.cols, dtype=np.int32)
        tf = np.frombuffer(self.counts, dtype=np.float32)
        lengths = np.frombuffer(self.lengths, dtype=np.float32)
        df = np.bincount(cols, minlength=len(self.vocabulary)).astype(np.float32)
        idf = np.log(1.0 + (max(n, 1) - df + 0.5) / (df + 0.5)).astype(np.float32)
        avgdl = float(lengths.mean()) if n else 1.0
        norm = K1 * (1 - B + B * lengths / max(avgdl, 1.0))
        weights = (tf * (K1 + 1) / (tf + norm[rows]) * idf[cols]).astype(np.float32)
        order = np.argsort(cols, kind="stable")  # by term, clauses ascending within a term
        indptr = np.zeros(len(self.vocabulary) + 1, dtype=np.int64)
        np.cumsum(df.astype(np.int64), out=indptr[1:])
        return _Field(self.vocabulary, indptr, rows[order].copy(), weights[order], idf, n)


class LexicalBuilder:
    """Clauses added one at a time, in catalog order; `finish` gives the `LexicalIndex`."""

    def __init__(self) -> None:
        self.folded = _FieldBuilder()
        self.plain = _FieldBuilder()

    def add(self, folded: Iterable[str], plain: Iterable[str]) -> None:
        self.folded.add(folded)
        self.plain.add(plain)

    def finish(self) -> "LexicalIndex":
        return LexicalIndex.from_fields(self.folded.finish(), self.plain.finish())


class LexicalIndex:
    """BM25 over the clauses' folded and plain tokens (row i = clause i of the catalog)."""

    def __init__(self, folded_docs: Iterable[list[str]], plain_docs: Iterable[list[str]]):
        builder = LexicalBuilder()
        for folded, plain in zip(folded_docs, plain_docs, strict=True):
            builder.add(folded, plain)
        built = builder.finish()
        self.folded, self.plain, self.size = built.folded, built.plain, built.size

    @classmethod
    def from_fields(cls, folded: _Field, plain: _Field) -> "LexicalIndex":
        index = cls.__new__(cls)
        index.folded, index.plain, index.size = folded, plain, folded.size
        return index

    def save(self, directory: Path) -> None:
        """Write the index beside the catalog (`lexical/` in the generation's folder)."""
        self.folded.save(directory / LEXICAL_DIR, "folded")
        self.plain.save(directory / LEXICAL_DIR, "plain")

    @classmethod
    def load(cls, directory: Path, size: int) -> "LexicalIndex | None":
        """The index `save` wrote for `size` clauses, mapped from disk; None if that generation has none."""
        folder = directory / LEXICAL_DIR
        if not (folder / "plain.terms.txt").exists():
            return None
        return cls.from_fields(_Field.load(folder, "folded", size), _Field.load(folder, "plain", size))

    def score(self, query_folded: list[str], query_plain: list[str], accented: bool) -> np.ndarray:
        """BM25 scores of every clause for a query already tokenized by `query_tokens`."""
        scores = self.plain.score(query_plain)
        if accented:
            scores += self.folded.score(query_folded)
        return scores

    def word_weights(self, words: list[str], accented: bool) -> dict[str, float]:
        """Idf of words (folded when `accented`, else without diacritics; "a_b" for a pair); a word the
        corpus does not have weighs as the rarest one."""
        field = self.folded if accented else self.plain
        top = self.rarest(accented)

        def weight(word: str) -> float:
            if word in field.vocabulary:
                return float(field.idf[field.vocabulary[word]])
            pairs = _pairs(word)  # a longer word is as rare as the rarest pair of its syllables
            if pairs and all(p in field.vocabulary for p in pairs):
                return max(float(field.idf[field.vocabulary[p]]) for p in pairs)
            known = [p for p in pairs if p in field.vocabulary]
            if len(pairs) > 1 and known and all(s in field.vocabulary for s in word.split("_")):
                # "tổng_kinh_phí": a phrasing the texts do not use, of words they do ("kinh_phí")
                return max(float(field.idf[field.vocabulary[p]]) for p in known)
            return top

        return {w: weight(w) for w in words}

    def has(self, word: str, accented: bool) -> bool:
        """Whether any indexed clause contains the word (folded when `accented`; "a_b" for a pair)."""
        return word in (self.folded if accented else self.plain).vocabulary

    def positions(self, word: str, accented: bool) -> np.ndarray:
        """The clauses holding a word the corpus has (folded when `accented`), ascending."""
        field = self.folded if accented else self.plain
        term = field.vocabulary.get(word)
        return field.indices[field.indptr[term] : field.indptr[term + 1]] if term is not None else field.indices[:0]

    def rarest(self, accented: bool) -> float:
        """The weight of a word the corpus does not have (the highest idf)."""
        field = self.folded if accented else self.plain
        return float(field.idf.max()) if len(field.idf) else 1.0

    def words_in(self, position: int, words: list[str], accented: bool) -> set[str]:
        """Which of the words clause `position` contains, headings included."""
        field = self.folded if accented else self.plain

        def holds(word: str) -> bool:
            if word in field.vocabulary and field.holds(position, field.vocabulary[word]):
                return True
            # a word of three or more syllables, whichever way the clause was segmented: its syllables in a row
            pairs = _pairs(word)
            return bool(pairs) and all(p in field.vocabulary and field.holds(position, field.vocabulary[p]) for p in pairs)

        return {w for w in words if holds(w)}

    def spelling_counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """The words and the pairs of words ("a_b") the clauses write, folded, each with the number of
        clauses that hold it."""
        counts = np.diff(self.folded.indptr)
        held = {token: int(counts[j]) for token, j in self.folded.vocabulary.items()}
        return ({t: n for t, n in held.items() if "_" not in t}, {t: n for t, n in held.items() if t.count("_") == 1})

    @property
    def known_words(self) -> dict[str, str]:
        """Every word the indexed clauses contain, typed without diacritics, with the spelling the
        clauses use most ("tet" → "tết")."""
        spellings: dict[str, tuple[float, str]] = {}
        for token, j in self.folded.vocabulary.items():
            if "_" not in token:
                plain, idf = unaccent(token), float(self.folded.idf[j])
                if plain not in spellings or idf < spellings[plain][0]:
                    spellings[plain] = (idf, token)
        return {t: spellings[t][1] if t in spellings else t for t in self.plain.vocabulary if "_" not in t}


def query_tokens(text: str, stopwords: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """Tokens of a question for both fields, question words removed.

    `stopwords` are folded (with diacritics); a question typed without diacritics is compared
    with their unaccented forms.
    """
    accented = has_diacritics(text)
    plain_stop = {unaccent(w) for w in stopwords}
    kept: list[list[str]] = []
    for syllables in _segments(fold(text)):
        kept.append([s for s in syllables if (s not in stopwords if accented else unaccent(s) not in plain_stop)])
    return _grams(kept), _grams([[unaccent(s) for s in seg] for seg in kept])
