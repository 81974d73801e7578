"""A loaded index generation: the catalog in memory, the lexical index and the Chroma collection.

The generation's folder also holds the lexical index and the clause vectors as flat arrays
(`lexical/`, `vectors.npy`), mapped from disk rather than read into memory.
"""

import gc
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from retrieval.index.catalog import clause_tokens, parsed_documents, read_catalog
from retrieval.index.lexical import LexicalBuilder, LexicalIndex
from retrieval.models import Clause, Document, ParsedDocument
from retrieval.settings import EngineSettings
from retrieval.index.store import Manifest, chroma_client, generation_dir, require_manifest
from retrieval.text import unaccent


# a number of several levels ("4.2") is one word of a label, as a question names it
LABEL_WORD_RE = re.compile(r"\d+(?:\.\d+)+|\w+")
LETTER_DD_RE = re.compile(r"(?<!\w)[đĐ](?!\w)")


def label_words(label: str) -> list[str]:
    """A clause label's words without diacritics: "Điều 2, khoản 2" → ["dieu", "2", "khoan", "2"],
    "Điểm 4.2, ý 1" → ["diem", "4.2", "y", "1"]; the letter "đ" is "dd", not the "d" before it."""
    return LABEL_WORD_RE.findall(unaccent(LETTER_DD_RE.sub("dd", label)))


def names_places(label: str, places: Iterable[str]) -> bool:
    """True when the label names every place ("dieu 2") as whole words."""
    padded = " " + " ".join(label_words(label)) + " "
    return all(f" {place} " in padded for place in places)


class ClauseTable(list):
    """The clauses in catalog order (a list), with the positions of the clauses naming each agency,
    so "X phải làm gì?" looks at X's clauses only, not at every clause of a large corpus; and of the
    clauses whose label holds each pair of adjacent words ("dieu 2"), so "Điều 2, khoản 2" is
    looked up, not scanned for."""

    def __init__(self, clauses: Iterable[Clause] = ()):
        super().__init__(clauses)
        naming: dict[str, list[int]] = {}
        pairs: dict[str, list[int]] = {}
        label_pairs: dict[str, list[str]] = {}  # labels repeat ("Điểm 1"): each read once
        for position, clause in enumerate(self):
            for name in dict.fromkeys(a.name for a in clause.actors):
                naming.setdefault(name, []).append(position)
            found = label_pairs.get(clause.label)
            if found is None:
                words = label_words(clause.label)
                found = label_pairs[clause.label] = list(dict.fromkeys(map(" ".join, zip(words, words[1:]))))
            for pair in found:
                pairs.setdefault(pair, []).append(position)
        self._naming = {name: np.array(positions, dtype=np.int32) for name, positions in naming.items()}
        self._pairs = {pair: np.array(positions, dtype=np.int32) for pair, positions in pairs.items()}

    def positions_naming(self, names: Iterable[str]) -> list[int]:
        """Positions of the clauses naming any of `names` (lead or cooperating), ascending."""
        found = [self._naming[name] for name in names if name in self._naming]
        return np.unique(np.concatenate(found)).tolist() if found else []

    def positions_at(self, places: Sequence[str]) -> list[int]:
        """Positions of the clauses whose label names every one of `places` (as `names_places`
        decides), ascending.

        A place of two words ("dieu 2") is one lookup; longer ones narrow by their pairs of words,
        then each candidate label is read; anything else (never produced by a question) is read
        against every label.
        """
        found: np.ndarray | None = None
        exact = True  # every place was a pair of words, so the lookups alone decide
        for place in places:
            words = place.split(" ")
            if len(words) < 2 or not all(LABEL_WORD_RE.fullmatch(w) for w in words):
                exact = False
                continue
            exact = exact and len(words) == 2
            for pair in map(" ".join, zip(words, words[1:])):
                positions = self._pairs.get(pair)
                if positions is None:
                    return []
                found = positions if found is None else np.intersect1d(found, positions, assume_unique=True)
        candidates = range(len(self)) if found is None else found.tolist()
        if exact and found is not None:
            return list(candidates)
        return [i for i in candidates if names_places(self[i].label, places)]


@dataclass
class Index:
    """Everything a query reads; immutable once opened, swapped whole on reindex."""

    manifest: Manifest
    documents: dict[str, Document]
    parsed: dict[str, ParsedDocument]
    clauses: ClauseTable
    lexical: LexicalIndex
    collection: object
    position: dict[str, int] = field(default_factory=dict)
    by_document: dict[str, np.ndarray] = field(default_factory=dict)
    vectors: np.ndarray | None = None  # unit vectors by catalog position, mapped from disk

    @classmethod
    def open(cls, settings: EngineSettings, embedder_id: str) -> "Index":
        """Open the current generation, checked against the embedder that will query it.

        Raises:
            IndexNotFoundError: nothing ingested yet.
            IndexMismatchError: built by another embedder or index format.
        """
        manifest = require_manifest(settings, embedder_id)
        directory = generation_dir(settings, manifest.generation)
        documents, rows = read_catalog(directory)
        clauses = ClauseTable(r.clause for r in rows if r.clause.kind == "clause")
        lexical = LexicalIndex.load(directory, len(clauses))
        if lexical is None:  # a generation written before the lexical index was stored beside the catalog
            builder = LexicalBuilder()
            for folded, plain in clause_tokens(directory):
                builder.add(folded, plain)
            lexical = builder.finish()
        collection = chroma_client(settings).get_collection(manifest.collection)
        index = cls(
            manifest=manifest,
            documents={d.id: d for d in documents},
            parsed=parsed_documents(documents, rows),
            clauses=clauses,
            lexical=lexical,
            collection=collection,
            position={c.id: i for i, c in enumerate(clauses)},
            by_document=_positions_by_document(clauses),
            vectors=load_vectors(directory, len(clauses)),
        )
        index.warm()
        # the clauses live as long as this generation: the collector need not walk them again on each full
        # collection (a pause of most of a second in the middle of a question at 100k clauses)
        gc.freeze()
        return index

    def warm(self) -> None:
        """Have Chroma load its vector index now (a third of a second at 100k clauses), not during
        the first question."""
        if self.clauses and self.manifest.dimension:
            self.collection.query(
                query_embeddings=[np.ones(self.manifest.dimension, dtype=np.float32)], n_results=1, include=["distances"]
            )

    def clause(self, clause_id: str) -> Clause | None:
        """A clause by id, or a document's header block ("<document_id>:header") or signature block
        ("<document_id>:closing")."""
        if clause_id in self.position:
            return self.clauses[self.position[clause_id]]
        document_id, _, rest = clause_id.partition(":")
        parsed = self.parsed.get(document_id)
        if parsed is None:
            return None
        return {"header": parsed.header, "closing": parsed.closing}.get(rest)

    def neighbours(self, clause_id: str) -> tuple[Clause | None, Clause | None]:
        """The clauses just before and after in the same document."""
        i = self.position.get(clause_id)
        if i is None:
            return None, None
        document_id = self.clauses[i].document_id
        before = self.clauses[i - 1] if i > 0 and self.clauses[i - 1].document_id == document_id else None
        after = (
            self.clauses[i + 1] if i + 1 < len(self.clauses) and self.clauses[i + 1].document_id == document_id else None
        )
        return before, after

    def dense(self, vector: list[float], n: int, document_ids: list[str] | None = None) -> dict[int, float]:
        """Cosine similarity of the `n` nearest clauses, by catalog position.

        Within some documents the clauses are compared exactly, from the stored vectors: a filtered
        Chroma query took 200 ms over a tenth of 100k clauses, this a few milliseconds.
        """
        if not self.clauses:
            return {}
        if document_ids and self.vectors is not None:
            return self._dense_within(np.asarray(vector, dtype=np.float32), n, document_ids)
        where = None
        if document_ids:
            where = {"document_id": {"$in": list(document_ids)}}
        result = self.collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=min(n, len(self.clauses)),
            where=where,
            include=["distances"],
        )
        return {
            self.position[cid]: 1.0 - float(d)
            for cid, d in zip(result["ids"][0], result["distances"][0])
            if cid in self.position
        }

    def _dense_within(self, vector: np.ndarray, n: int, document_ids: list[str]) -> dict[int, float]:
        found = [self.by_document[d] for d in dict.fromkeys(document_ids) if d in self.by_document]
        if not found:
            return {}
        positions = np.concatenate(found)
        similarity = self.vectors[positions] @ unit_rows(vector[None, :])[0]
        if len(positions) > n:
            best = np.argpartition(-similarity, n - 1)[:n]
            positions, similarity = positions[best], similarity[best]
        return {int(p): float(s) for p, s in zip(positions, similarity)}


VECTORS_FILE = "vectors.npy"


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    """Each row scaled to length 1 (a zero row stays zero), as Chroma's cosine space compares them."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms > 0, norms, 1.0)).astype(np.float32, copy=False)


def save_vectors(directory: Path, vectors: np.ndarray) -> None:
    """Store the clause vectors, as unit rows, in the generation's folder."""
    np.save(directory / VECTORS_FILE, unit_rows(vectors) if len(vectors) else vectors.astype(np.float32))


def load_vectors(directory: Path, clauses: int) -> np.ndarray | None:
    """The stored vectors mapped from disk; None for a generation written without them."""
    path = directory / VECTORS_FILE
    if not path.exists():
        return None
    vectors = np.load(path, mmap_mode="r")
    return vectors if len(vectors) == clauses else None


def _positions_by_document(clauses: list[Clause]) -> dict[str, np.ndarray]:
    grouped: dict[str, list[int]] = {}
    for i, clause in enumerate(clauses):
        grouped.setdefault(clause.document_id, []).append(i)
    return {document_id: np.array(positions) for document_id, positions in grouped.items()}
