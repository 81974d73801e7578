"""Embeddings already computed, keyed by embedder and text hash, so unchanged clauses are never re-embedded."""

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import numpy as np

CHUNK = 500  # hashes per query (SQLite's limit on bound parameters is higher, but not everywhere)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """A SQLite table of float32 vectors per (embedder, sha256 of the embedded text)."""

    def __init__(self, path: Path, embedder_id: str):
        self.path = path
        self.embedder_id = embedder_id
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(path)) as db, db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS vectors (embedder TEXT, hash TEXT, vector BLOB, PRIMARY KEY (embedder, hash))"
            )

    def _select(self, columns: str, hashes: list[str]) -> Iterator[tuple]:
        with closing(sqlite3.connect(self.path)) as db:
            for start in range(0, len(hashes), CHUNK):
                chunk = hashes[start : start + CHUNK]
                marks = ",".join("?" * len(chunk))
                yield from db.execute(
                    f"SELECT {columns} FROM vectors WHERE embedder = ? AND hash IN ({marks})", [self.embedder_id, *chunk]
                )

    def get_many(self, hashes: list[str]) -> dict[str, np.ndarray]:
        return {h: np.frombuffer(blob, dtype=np.float32) for h, blob in self._select("hash, vector", hashes)}

    def present(self, hashes: list[str]) -> set[str]:
        """Which of `hashes` have a vector (the vectors stay on disk)."""
        return {h for (h,) in self._select("hash", hashes)}

    def stack(self, hashes: list[str]) -> np.ndarray:
        """The vectors of `hashes` (all cached), one row each in that order, read a chunk at a time."""
        rows: dict[str, list[int]] = {}
        for i, h in enumerate(hashes):
            rows.setdefault(h, []).append(i)
        stacked = None
        for h, blob in self._select("hash, vector", sorted(rows)):
            vector = np.frombuffer(blob, dtype=np.float32)
            if stacked is None:
                stacked = np.empty((len(hashes), len(vector)), dtype=np.float32)
            stacked[rows.pop(h)] = vector
        if rows:
            raise KeyError(f"{len(rows)} vectors missing from the embedding cache")
        return stacked if stacked is not None else np.zeros((0, 0), dtype=np.float32)

    def put_many(self, vectors: dict[str, np.ndarray]) -> None:
        with closing(sqlite3.connect(self.path)) as db, db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors (embedder, hash, vector) VALUES (?, ?, ?)",
                [(self.embedder_id, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
            )
