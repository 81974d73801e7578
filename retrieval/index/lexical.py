"""The lexical index: BM25 over Vietnamese tokens, with and without diacritics.

A clause is indexed twice: `folded` tokens keep diacritics (syllables, syllable bigrams and pyvi's
compound words) and `plain` tokens drop them, so "so y te" finds "Sở Y tế". A question with
diacritics is scored on both fields, one typed without them on `plain` only.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from retrieval.text import fold, has_diacritics, unaccent

SEGMENT_RE = re.compile(r"[^\w\s]+|\s{2,}", re.UNICODE)
SYLLABLE_RE = re.compile(r"\w+", re.UNICODE)

K1 = 1.2
B = 0.75


def _grams(segments: list[list[str]]) -> list[str]:
    tokens: list[str] = []
    for syllables in segments:
        tokens.extend(syllables)
        tokens.extend(f"{a}_{b}" for a, b in zip(syllables, syllables[1:]))
    return tokens


def _segments(text: str) -> list[list[str]]:
    """Syllables per punctuation-delimited segment, so bigrams never cross a comma."""
    return [SYLLABLE_RE.findall(part) for part in SEGMENT_RE.split(text) if part.strip()]


def compounds(text: str) -> list[str]:
    """Multi-syllable words found by pyvi's word segmenter, folded ("chữ_thập_đỏ")."""
    return list(_compounds(text))


@lru_cache(maxsize=8192)  # answering segments the same headings and sentences every question
def _compounds(text: str) -> tuple[str, ...]:
    from pyvi import ViTokenizer

    return tuple(t for t in fold(ViTokenizer.tokenize(text)).split() if "_" in t and t.replace("_", "").isalnum())


def load_segmenter() -> None:
    """Import pyvi now (it loads scikit-learn and its model: seconds), not inside the first question."""
    from pyvi import ViTokenizer  # noqa: F401


def folded_tokens(text: str, with_compounds: bool = True) -> list[str]:
    tokens = _grams(_segments(fold(text)))
    if with_compounds:
        tokens.extend(compounds(text))
    return tokens


def plain_tokens(text: str) -> list[str]:
    return _grams(_segments(unaccent(text)))


@dataclass
class _Field:
    vocabulary: dict[str, int]
    weights: sparse.csc_matrix  # clauses × terms, BM25 term weights with idf applied
    rows: sparse.csr_matrix  # the same, by clause, for what a clause holds
    idf: np.ndarray

    @classmethod
    def build(cls, docs: list[list[str]]) -> "_Field":
        vocabulary: dict[str, int] = {}
        rows, cols, vals = [], [], []
        lengths = np.zeros(len(docs), dtype=np.float32)
        for i, tokens in enumerate(docs):
            lengths[i] = len(tokens)
            counts: dict[int, int] = {}
            for token in tokens:
                j = vocabulary.setdefault(token, len(vocabulary))
                counts[j] = counts.get(j, 0) + 1
            rows.extend([i] * len(counts))
            cols.extend(counts.keys())
            vals.extend(counts.values())
        n = max(len(docs), 1)
        tf = sparse.csr_matrix((np.array(vals, dtype=np.float32), (rows, cols)), shape=(len(docs), len(vocabulary)))
        df = np.bincount(np.array(cols, dtype=np.int64), minlength=len(vocabulary)).astype(np.float32)
        idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
        avgdl = float(lengths.mean()) if len(docs) else 1.0
        norm = K1 * (1 - B + B * lengths / max(avgdl, 1.0))
        tf = tf.tocoo()
        w = tf.data * (K1 + 1) / (tf.data + norm[tf.row]) * idf[tf.col]
        weights = sparse.csc_matrix((w.astype(np.float32), (tf.row, tf.col)), shape=tf.shape)
        return cls(vocabulary=vocabulary, weights=weights, rows=weights.tocsr(), idf=idf)

    def score(self, tokens: list[str]) -> np.ndarray:
        ids = sorted({self.vocabulary[t] for t in tokens if t in self.vocabulary})
        if not ids:
            return np.zeros(self.weights.shape[0], dtype=np.float32)
        return np.asarray(self.weights[:, ids].sum(axis=1)).ravel()


class LexicalIndex:
    """BM25 over the clauses' folded and plain tokens (row i = clause i of the catalog)."""

    def __init__(self, folded_docs: list[list[str]], plain_docs: list[list[str]]):
        self.size = len(folded_docs)
        self.folded = _Field.build(folded_docs)
        self.plain = _Field.build(plain_docs)

    def score(self, query_folded: list[str], query_plain: list[str], accented: bool) -> np.ndarray:
        """BM25 scores of every clause for a query already tokenized by `query_tokens`."""
        scores = self.plain.score(query_plain)
        if accented:
            scores = scores + self.folded.score(query_folded)
        return scores

    def word_weights(self, words: list[str], accented: bool) -> dict[str, float]:
        """Idf of words (folded when `accented`, else without diacritics; "a_b" for a pair); a word the
        corpus does not have weighs as the rarest one."""
        field = self.folded if accented else self.plain
        top = float(field.idf.max()) if len(field.idf) else 1.0
        return {w: float(field.idf[field.vocabulary[w]]) if w in field.vocabulary else top for w in words}

    def words_in(self, position: int, words: list[str], accented: bool) -> set[str]:
        """Which of the words clause `position` contains, headings included."""
        field = self.folded if accented else self.plain
        present = set(field.rows[position].indices.tolist())
        return {w for w in words if field.vocabulary.get(w, -1) in present}

    @property
    def known_words(self) -> frozenset[str]:
        """Every word (without diacritics) the indexed clauses contain."""
        return frozenset(t for t in self.plain.vocabulary if "_" not in t)


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
