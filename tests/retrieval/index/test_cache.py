"""The embedding cache: vectors by embedder and text hash, read back in the order asked."""

import numpy as np
import pytest

from retrieval.index.cache import EmbeddingCache, text_hash


def test_vectors_come_back_stacked_in_the_order_asked(tmp_path):
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite3", "fake:a:2")
    a, b = text_hash("a"), text_hash("b")
    cache.put_many({a: np.array([1.0, 0.0], dtype=np.float32), b: np.array([0.0, 1.0], dtype=np.float32)})
    assert cache.present([a, b, text_hash("c")]) == {a, b}
    assert cache.stack([b, a, b]).tolist() == [[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]]
    assert cache.stack([]).shape == (0, 0)
    with pytest.raises(KeyError):
        cache.stack([a, text_hash("c")])
    assert EmbeddingCache(tmp_path / "embeddings.sqlite3", "fake:other:2").present([a, b]) == set()
