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


def _pairs(word: str) -> list[str]:
    """The adjacent syllable pairs of a word of three or more syllables ("a_b_c" → "a_b", "b_c")."""
    syllables = word.split("_")
    return [f"{a}_{b}" for a, b in zip(syllables, syllables[1:])] if len(syllables) > 2 else []


def _segments(text: str) -> list[list[str]]:
    """Syllables per punctuation-delimited segment, so bigrams never cross a comma."""
    return [SYLLABLE_RE.findall(part) for part in SEGMENT_RE.split(text) if part.strip()]


def compounds(text: str) -> list[str]:
    """Multi-syllable words found by pyvi's word segmenter, folded ("chữ_thập_đỏ")."""
    return list(_compounds(text))


@lru_cache(maxsize=8192)  # answering segments the same headings and sentences every question
def _compounds(text: str) -> tuple[str, ...]:
    from pyvi import ViTokenizer

    words = (t for t in ViTokenizer.tokenize(text).split() if "_" in t and t.replace("_", "").isalnum())
    # each syllable folded on its own: a two-syllable word is spelled as the pair of its syllables
    return tuple("_".join(fold(s) for s in word.split("_")) for word in words)


NOUN_TAGS = frozenset({"N", "Np", "Nc", "Nu", "Ny", "M"})


@lru_cache(maxsize=8192)
def nouns(text: str) -> frozenset[str]:
    """The nouns and numerals pyvi's tagger finds, folded as the index spells words ("thực_tế", "2027")."""
    from pyvi import ViPosTagger, ViTokenizer

    words, tags = ViPosTagger.postagging(ViTokenizer.tokenize(text))
    return frozenset("_".join(fold(s) for s in w.split("_")) for w, tag in zip(words, tags) if tag in NOUN_TAGS)


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
        top = self.rarest(accented)

        def weight(word: str) -> float:
            if word in field.vocabulary:
                return float(field.idf[field.vocabulary[word]])
            pairs = _pairs(word)  # a longer word is as rare as the rarest pair of its syllables
            if pairs and all(p in field.vocabulary for p in pairs):
                return max(float(field.idf[field.vocabulary[p]]) for p in pairs)
            return top

        return {w: weight(w) for w in words}

    def rarest(self, accented: bool) -> float:
        """The weight of a word the corpus does not have (the highest idf)."""
        field = self.folded if accented else self.plain
        return float(field.idf.max()) if len(field.idf) else 1.0

    def words_in(self, position: int, words: list[str], accented: bool) -> set[str]:
        """Which of the words clause `position` contains, headings included."""
        field = self.folded if accented else self.plain
        present = set(field.rows[position].indices.tolist())

        def holds(word: str) -> bool:
            if field.vocabulary.get(word, -1) in present:
                return True
            # a word of three or more syllables, whichever way the clause was segmented: its syllables in a row
            pairs = _pairs(word)
            return bool(pairs) and all(field.vocabulary.get(p, -1) in present for p in pairs)

        return {w for w in words if holds(w)}

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
