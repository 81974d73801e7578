"""Hybrid retrieval: dense search in Chroma and BM25, fused by normalised scores, plus the
agency a question is about matched against clause actors, and the documents it names."""

import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import numpy as np
from langchain_core.embeddings import Embeddings
from pydantic import BaseModel, ConfigDict

from retrieval.datafiles import read_data_file
from retrieval.index.generation import Index, names_places
from retrieval.models import Clause
from retrieval.answer.query import Query

Mode = Literal["hybrid", "lexical", "dense"]
WEIGHTS_FILE = Path(__file__).parent.parent / "data" / "retrieval.yaml"


class Weights(BaseModel):
    """Fusion weights and abstention thresholds (data/retrieval.yaml)."""

    model_config = ConfigDict(extra="forbid")
    dense: float
    lexical: float
    actor_lead: float
    actor_cooperating: float
    document: float
    implementing: float
    place: float
    candidates: int
    relative_cutoff: float
    evidence_depth: int
    answer_coverage: float
    value_coverage: float
    quote_coverage: float
    key_rarity: float
    rarest_key_rarity: float
    focus_rarity: float
    commonplace: float
    max_tasks: int


@cache
def load_weights(path: Path = WEIGHTS_FILE) -> Weights:
    return read_data_file(Weights, path, "tệp trọng số truy xuất")


@dataclass
class Hit:
    """A retrieved clause with the signals that ranked it."""

    position: int
    clause: Clause
    score: float
    dense: float
    lexical: float
    actor_role: str | None
    at_place: bool = False


@dataclass
class Evidence:
    """What the search found, best first, and where the time went."""

    hits: list[Hit]
    timings: dict[str, float]


def _normalise(scores: dict[int, float]) -> dict[int, float]:
    if not scores:
        return {}
    top = max(scores.values())
    if top <= 0:
        return {i: 0.0 for i in scores}
    return {i: s / top for i, s in scores.items()}


class HybridRetriever:
    """Searches one `Index` with one embedder."""

    def __init__(self, index: Index, embeddings: Embeddings, weights: Weights | None = None):
        self.index = index
        self.embeddings = embeddings
        self.weights = weights or load_weights()

    def _dense(self, query: Query, restrict: list[str] | None) -> dict[int, float]:
        vector = self.embeddings.embed_query(query.text)
        return self.index.dense(vector, self.weights.candidates, restrict)

    def _lexical(self, query: Query, restrict: list[str] | None) -> dict[int, float]:
        scores = self.index.lexical.score(query.folded, query.plain, query.accented)
        if restrict:
            mask = np.zeros(len(scores), dtype=bool)
            for document_id in restrict:
                mask[self.index.by_document.get(document_id, [])] = True
            scores = np.where(mask, scores, 0.0)
        n = min(self.weights.candidates, len(scores))
        if n == 0:
            return {}
        top = np.argpartition(-scores, n - 1)[:n]
        return {int(i): float(scores[i]) for i in top if scores[i] > 0}

    def search(self, query: Query, k: int = 5, mode: Mode = "hybrid") -> Evidence:
        """Rank clauses for a query; `mode` switches off one side for comparison in eval."""
        timings: dict[str, float] = {}
        restrict = query.scope or None
        started = time.perf_counter()
        dense = {} if mode == "lexical" else self._dense(query, restrict)
        timings["dense_ms"] = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        lexical = {} if mode == "dense" else self._lexical(query, restrict)
        timings["lexical_ms"] = (time.perf_counter() - started) * 1000
        dense_norm = self._dense_norm(dense)
        lexical_norm = _normalise(lexical)
        candidates = set(dense_norm) | set(lexical_norm)
        if query.places:
            # a clause named by its place ("Điều 2, khoản 2") is a candidate whatever its words
            candidates |= set(self.index.clauses.positions_at(query.places))
        hits = []
        for position in candidates:
            clause = self.index.clauses[position]
            role = self._actor_role(clause, query.actors)
            score = self.weights.dense * dense_norm.get(position, 0.0) + self.weights.lexical * lexical_norm.get(position, 0.0)
            if role == "lead":
                score += self.weights.actor_lead
            elif role == "cooperating":
                score += self.weights.actor_cooperating
            if clause.document_id in query.named_ids:
                score += self.weights.document
            if clause.document_id in query.implementing_ids:
                score += self.weights.implementing
            at_place = bool(query.places) and names_places(clause.label, query.places)
            if at_place:
                score += self.weights.place
            hits.append(Hit(position, clause, score, dense.get(position, 0.0), lexical.get(position, 0.0), role, at_place))
        hits.sort(key=lambda h: (-h.score, h.position))
        return Evidence(hits=hits[:k], timings=timings)

    def _dense_norm(self, dense: dict[int, float]) -> dict[int, float]:
        """Spread similarities over [0, 1] within the candidates: E5 similarities are compressed."""
        if not dense:
            return {}
        low, high = min(dense.values()), max(dense.values())
        span = max(high - low, 1e-6)
        return {i: (s - low) / span for i, s in dense.items()}

    @staticmethod
    def _actor_role(clause: Clause, actors: list[str]) -> str | None:
        roles = [a.role for a in clause.actors if a.name in actors]
        if "lead" in roles:
            return "lead"
        return roles[0] if roles else None
