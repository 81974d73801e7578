"""The lexical index: BM25 over Vietnamese tokens, with and without diacritics.

A clause is indexed twice: `folded` tokens keep diacritics (syllables, syllable bigrams and pyvi's
compound words) and `plain` tokens drop them, so "so y te" finds "Sở Y tế". A question with
diacritics is scored on both fields, one typed without them on `plain` only.
"""

import re
from dataclasses import dataclass

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
    from pyvi import ViTokenizer

    return [t for t in fold(ViTokenizer.tokenize(text)).split() if "_" in t and t.replace("_", "").isalnum()]


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
    rows: sparse.csr_matrix  # the same, by clause, for coverage checks
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

    def coverage(self, position: int, tokens: list[str]) -> float:
        """Idf-weighted share of the query's words (not bigrams) that the clause contains."""
        ids = [self.vocabulary.get(t, -1) for t in sorted({t for t in tokens if "_" not in t})]
        if not ids:
            return 0.0
        row = self.rows[position]
        present = set(row.indices.tolist())
        # an unknown word weighs as much as the rarest known one: it is specific to the question
        top = float(self.idf.max()) if len(self.idf) else 1.0
        total = sum(float(self.idf[i]) if i >= 0 else top for i in ids)
        found = sum(float(self.idf[i]) for i in ids if i >= 0 and i in present)
        return found / total if total else 0.0


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

    def coverage(self, position: int, query_folded: list[str], query_plain: list[str], accented: bool) -> float:
        """How much of the question a clause contains (0–1), on the field the question is read with."""
        if accented:
            return self.folded.coverage(position, query_folded)
        return self.plain.coverage(position, query_plain)


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
