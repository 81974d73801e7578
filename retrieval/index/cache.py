"""Embeddings already computed, keyed by embedder and text hash, so unchanged clauses are never re-embedded."""

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np


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

    def get_many(self, hashes: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with closing(sqlite3.connect(self.path)) as db:
            for start in range(0, len(hashes), 500):
                chunk = hashes[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for h, blob in db.execute(
                    f"SELECT hash, vector FROM vectors WHERE embedder = ? AND hash IN ({marks})",
                    [self.embedder_id, *chunk],
                ):
                    found[h] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, vectors: dict[str, np.ndarray]) -> None:
        with closing(sqlite3.connect(self.path)) as db, db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors (embedder, hash, vector) VALUES (?, ?, ?)",
                [(self.embedder_id, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
            )
