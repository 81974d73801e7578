"""Three reindexes in a row, written by another process, while 8 clients ask continuously over HTTP:
no request fails, no answer comes from a pruned generation, and each new document is answered from
once the API has followed the manifest. The fake embedder: the embedder is not the subject here."""

import shutil
import threading
import time
from pathlib import Path

import httpx
import pytest

from bot.api.main import create_app
from retrieval.assistant import Assistant
from retrieval.index.generation import Index
from retrieval.index.store import generation_dir
from retrieval.ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings
from tests.utils.fake_embeddings import FakeEmbeddings
from tests.utils.new_document import document_id, question_about, write_document
from tests.utils.live import serving
from tests.utils.writer import ingest_elsewhere

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CLIENTS = 8
REINDEXES = 3
QUESTIONS = ("Sở Giáo dục phải làm gì?", "Tuyên truyền vận động hiến máu tình nguyện như thế nào?")
CLAUSE = "kh-ubnd-laichau-2023:iii.5.b1"


def cited_documents(http: httpx.Client, question: str) -> list[str]:
    return [c["document_id"] for c in http.post("/ask", json={"question": question}).json()["citations"]]


def test_three_reindexes_while_eight_clients_ask(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "kh-ubnd-laichau-2023.md", corpus)
    settings = make_settings(tmp_path / "data", corpus_dir=corpus, rate_limit_per_minute=0, index_poll_s=0.2)
    embeddings = FakeEmbeddings(size=32)
    ingest(settings, embeddings=embeddings)

    # Every vector search notes the generation it read and whether that generation was still on disk
    # once the search had returned: a search of a pruned generation would show up here (or fail).
    searched: list[tuple[str, bool]] = []
    dense = Index.dense

    def noting_dense(self, *args, **kwargs):
        found = dense(self, *args, **kwargs)
        generation = self.manifest.generation
        searched.append((generation, generation_dir(settings, generation).exists()))
        return found

    monkeypatch.setattr(Index, "dense", noting_dense)

    app = create_app(settings, Assistant(settings, embeddings))
    failures: list[str] = []
    served = 0
    stop = threading.Event()

    def client(i: int, base_url: str) -> None:
        nonlocal served
        with httpx.Client(base_url=base_url, timeout=60) as http:
            while not stop.is_set():
                question = QUESTIONS[i % 2]
                try:
                    ask = http.post("/ask", json={"question": question})
                    clause = http.get(f"/clauses/{CLAUSE}")
                except httpx.HTTPError as error:
                    failures.append(f"{question}: {error!r}")
                    continue
                if ask.status_code != 200 or not ask.json()["citations"]:
                    failures.append(f"{question}: {ask.status_code} {ask.text[:200]}")
                if clause.status_code != 200 or clause.json()["next"]["id"] != "kh-ubnd-laichau-2023:iii.5.b2":
                    failures.append(f"/clauses: {clause.status_code} {clause.text[:200]}")
                served += 2

    followed_s: list[float] = []
    with serving(app) as base_url:
        clients = [threading.Thread(target=client, args=(i, base_url)) for i in range(CLIENTS)]
        for thread in clients:
            thread.start()
        try:
            with httpx.Client(base_url=base_url, timeout=60) as http:
                for n in range(901, 901 + REINDEXES):
                    write_document(corpus, n)
                    ingest_elsewhere(settings.data_dir, corpus)
                    written = time.monotonic()
                    while document_id(n) not in cited_documents(http, question_about(n)):
                        assert time.monotonic() - written < 60, f"document {n} never answered from"
                        time.sleep(0.05)
                    followed_s.append(time.monotonic() - written)
        finally:
            stop.set()
            for thread in clients:
                thread.join(60)

    generations = {generation for generation, _ in searched}
    on_disk = {p.name for p in (Path(settings.data_dir) / "generations").iterdir()}
    print(
        f"\n{REINDEXES} reindexes, {CLIENTS} clients: {served} requests, {len(failures)} failed; "
        f"searches on {len(generations)} generations, {sum(not kept for _, kept in searched)} after pruning; "
        f"new document answered {', '.join(f'{s:.2f}' for s in followed_s)} s after its ingest"
    )
    assert failures == []
    assert served > 0
    assert all(kept for _, kept in searched)
    assert len(generations) == REINDEXES + 1  # every generation was served in turn
    assert len(generations - on_disk) >= 1  # and older ones were pruned meanwhile, once let go
