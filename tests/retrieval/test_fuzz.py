"""The fuzz campaign against the engine: any question and history on the query path (real corpus, real
embedder), and any front matter at ingest (fake embedder: the embedder is not the subject there).

`Assistant.ask` may refuse a question only with a `QuestionError` (a stable code and a Vietnamese
message), and a corpus file with malformed metadata never breaks answers or refusals.
"""

import shutil
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval.assistant import Assistant
from retrieval.errors import QuestionError
from retrieval.input import read_history
from retrieval.ingest.pipeline import ingest
from tests.conftest import CORPUS, make_settings
from tests.utils.fake_embeddings import FakeEmbeddings
from tests.utils.strategies import front_matter, histories, is_vietnamese, markdown_file, questions

pytestmark = pytest.mark.slow

QUESTION_CODES = {"invalid_characters", "empty_question", "question_too_long"}
DURATIONS: list[tuple[float, str]] = []


def bounded(examples: int):
    return settings(
        max_examples=examples, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )


@bounded(120)
@given(question=st.one_of(questions(surrogates=False), questions()), history=st.one_of(st.just([]), histories()))
def test_any_question_is_answered_or_refused_with_a_question_error(corpus_assistant, question, history):
    started = time.perf_counter()
    try:
        # history as every channel hands it over: read at the edge (`retrieval.input`)
        answer = corpus_assistant.ask(question, history=read_history(history, corpus_assistant.settings))
    except QuestionError as error:
        assert error.code in QUESTION_CODES and is_vietnamese(str(error))
        return
    finally:
        DURATIONS.append((time.perf_counter() - started, f"{len(question)} characters: {question[:40]!r}"))
    assert answer.answer and answer.abstained == (answer.citations == [])
    assert len(answer.question) <= corpus_assistant.settings.max_question_chars
    for citation in answer.citations:
        assert corpus_assistant.clause(citation.clause_id) is not None


def test_ask_reads_raw_history_at_the_edge_itself(corpus_assistant):
    answer = None
    with pytest.raises(QuestionError):
        answer = corpus_assistant.ask("Còn Sở Y tế thì sao?", history=[{"question": "Sở Giáo\ud800 dục phải làm gì?"}])
    assert answer is None


def test_query_path_durations(corpus_assistant):
    seconds, question = max(DURATIONS)
    print(f"\nfuzz Assistant.ask: {len(DURATIONS)} questions, slowest {seconds:.3f} s ({question})")
    assert DURATIONS


@pytest.fixture(scope="module")
def front_matter_corpus(tmp_path_factory):
    """A corpus folder with the Lai Châu plan, indexed once with the fake embedder."""
    root = tmp_path_factory.mktemp("front-matter")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "kh-ubnd-laichau-2023.md", corpus)
    settings = make_settings(root / "data", corpus_dir=corpus)
    embeddings = FakeEmbeddings(size=32)
    ingest(settings, embeddings=embeddings)
    return settings, embeddings


BODY = (
    "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM\n\nKẾ HOẠCH\n\nI. NHIỆM VỤ\n\n"
    "1. Sở Giáo dục và Đào tạo tổ chức tập huấn sơ cấp cứu cho giáo viên.\n\n"
    "2. Sở Y tế hướng dẫn kỹ năng sơ cấp cứu ban đầu.\n"
)


@bounded(25)
@given(metadata=front_matter())
def test_any_front_matter_leaves_answers_and_refusals_working(front_matter_corpus, metadata):
    settings, embeddings = front_matter_corpus
    (settings.corpus_dir / "kh-fuzz.md").write_text(markdown_file(metadata, BODY), encoding="utf-8")

    report = ingest(settings, embeddings=embeddings)
    assistant = Assistant(settings, embeddings)

    for failure in report.failures:  # reported on one line, for that file only
        assert failure.path.endswith("kh-fuzz.md") and "\n" not in failure.reason
    refusal = assistant.ask("Giá vàng hôm nay bao nhiêu?")
    assert refusal.abstained and "Lai Châu" in refusal.answer
    assert assistant.ask("Sở Giáo dục phải làm gì?").citations
    assert {d.id for d in assistant.documents()} >= {"kh-ubnd-laichau-2023"}
    for question in ("Kế hoạch này ban hành ngày nào?", "Văn bản của tỉnh Thử Nghiệm do ai ký?"):
        assistant.ask(question)
