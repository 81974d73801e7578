"""Following the index: another process's ingest is served without a restart; questions in flight
finish on the generation they started with, which is pruned only once they are done."""

import logging
import threading
import time
from pathlib import Path

from retrieval.assistant import Assistant
from retrieval.index.follow import IndexFollower
from retrieval.index.leases import held_generations
from retrieval.ingest.pipeline import ingest
from tests.utils.fake_embeddings import FakeEmbeddings
from tests.utils.new_document import document_id, question_about, write_document
from tests.utils.writer import ingest_elsewhere

EDUCATION = "Sở Giáo dục phải làm gì?"
FIRST_AID = "Tập huấn sơ cấp cứu cho giáo viên như thế nào?"


def wait_until(condition, what: str, limit_s: float = 60.0):
    """Poll `condition` (a hang guard, not a timing assertion)."""
    deadline = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.05)


def generations(settings) -> set[str]:
    return {p.name for p in (Path(settings.data_dir) / "generations").iterdir()}


def test_another_process_ingesting_is_followed_while_questions_keep_being_answered(small_settings, fake_embeddings):
    assistant = Assistant(small_settings, fake_embeddings)
    follower = IndexFollower(small_settings, assistant.refresh, interval_s=0.2).start()
    failures: list[BaseException] = []
    answered = 0
    stop = threading.Event()

    def keep_asking():
        nonlocal answered
        while not stop.is_set():
            try:
                answer = assistant.ask(EDUCATION)
                assert answer.citations and answer.citations[0].clause_id.startswith("kh-")
                answered += 1
            except BaseException as error:  # noqa: BLE001 — every failure is reported below
                failures.append(error)

    askers = [threading.Thread(target=keep_asking) for _ in range(4)]
    for thread in askers:
        thread.start()
    try:
        for n in (701, 702, 703):
            write_document(small_settings.corpus_dir, n)
            written = ingest_elsewhere(small_settings.data_dir, small_settings.corpus_dir)
            wait_until(lambda: assistant.generation == written, f"generation {written}")
            assert assistant.ask(question_about(n)).citations[0].document_id == document_id(n)
    finally:
        stop.set()
        for thread in askers:
            thread.join(60)
        follower.stop()

    assert failures == []
    assert answered > 0


def test_a_question_in_flight_finishes_on_its_generation_through_three_reindexes(small_settings):
    armed, entered, go = threading.Event(), threading.Event(), threading.Event()

    class Gated(FakeEmbeddings):
        """Holds the next question inside its search (after it took its snapshot) until let go."""

        def embed_query(self, text):
            if armed.is_set():
                armed.clear()
                entered.set()
                assert go.wait(120)
            return super().embed_query(text)

    embeddings = Gated(size=32)
    assistant = Assistant(small_settings, embeddings)
    started_on = assistant.generation
    result = {}
    # only the documents added below speak of first aid: an answer from a newer generation would cite them
    question = threading.Thread(target=lambda: result.update(answer=assistant.ask(FIRST_AID)))
    armed.set()
    question.start()
    assert entered.wait(60)

    for n in (701, 702, 703):
        write_document(small_settings.corpus_dir, n)
        assistant.reindex()
    newest = assistant.generation

    assert started_on in generations(small_settings)  # held by the question in flight, though two newer exist
    assert started_on in held_generations(small_settings)
    go.set()
    question.join(60)
    assert {c.document_id for c in result["answer"].citations} <= {"kh-ubnd-laichau-2023"}
    assert assistant.ask(FIRST_AID).citations[0].document_id.endswith("-thunghiem")
    assert held_generations(small_settings) == {newest}  # the question let go of its generation
    ingest(small_settings, rebuild=True, embeddings=embeddings)
    assert started_on not in generations(small_settings)


def test_an_unreadable_new_generation_is_logged_once_and_the_current_one_keeps_serving(
    small_settings, fake_embeddings, caplog
):
    assistant = Assistant(small_settings, fake_embeddings)
    serving = assistant.generation
    follower = IndexFollower(small_settings, assistant.refresh, interval_s=0.05).start()
    other = FakeEmbeddings(size=16, embedder_id="fake:other:16")
    with caplog.at_level(logging.ERROR, logger="retrieval.index.follow"):
        ingest(small_settings, rebuild=True, embeddings=other)
        wait_until(lambda: caplog.records, "the error line")
        time.sleep(0.3)  # several more polls: still one line
        follower.stop()

    assert len(caplog.records) == 1
    assert "ctd ingest --rebuild" in caplog.records[0].getMessage()
    assert assistant.generation == serving
    assert assistant.ask(EDUCATION).citations[0].clause_id == "kh-ubnd-laichau-2023:iii.5.b1"
