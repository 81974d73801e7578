"""Ingest into a real Chroma server (`chroma run` on loopback) and answer from it."""

import chromadb
import pytest

from retrieval.assistant import Assistant
from retrieval.ingest.pipeline import ingest
from retrieval.index.store import collection_name, read_manifest
from tests.conftest import make_settings
from tests.utils.chroma import chroma_server

pytestmark = [pytest.mark.slow, pytest.mark.integration]


@pytest.fixture(scope="module")
def server_settings(tmp_path_factory):
    root = tmp_path_factory.mktemp("chroma-server")
    with chroma_server(root / "chroma") as port:
        yield make_settings(root / "data", chroma_host="127.0.0.1", chroma_port=port)


@pytest.fixture(scope="module")
def server_report(server_settings, corpus_embeddings):
    return ingest(server_settings, embeddings=corpus_embeddings)


def test_ingest_writes_the_clauses_to_the_server(server_settings, server_report):
    manifest = read_manifest(server_settings)
    client = chromadb.HttpClient(host="127.0.0.1", port=server_settings.chroma_port)
    collection = client.get_collection(collection_name(manifest.generation))

    assert server_report.failures == []
    assert manifest.collection == collection.name
    assert collection.count() == manifest.clauses == server_report.clauses
    assert not (server_settings.data_dir / "chroma").exists()  # nothing embedded beside it


def test_assistant_answers_from_the_server(server_settings, server_report, corpus_embeddings):
    answer = Assistant(server_settings, corpus_embeddings).ask("Sở Giáo dục phải làm gì?")

    assert answer.abstained is False
    assert answer.citations[0].clause_id == "kh-ubnd-laichau-2023:iii.5.b1"


def test_unchanged_corpus_is_not_embedded_again(server_settings, server_report, corpus_embeddings):
    again = ingest(server_settings, embeddings=corpus_embeddings)

    assert again.embedded == 0
    assert again.unchanged == server_report.new
