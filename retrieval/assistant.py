"""`Assistant`: the one engine object every channel calls.

It owns the embedder, the current index generation and the query reader. `ask` reads a snapshot
of them once, so `reindex` can swap a new generation in while questions keep being answered.
"""

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
import time
import uuid
import weakref
from dataclasses import dataclass, field
from typing import NamedTuple
from pathlib import Path

from langchain_core.embeddings import Embeddings

from retrieval.ingest.actors import AliasTable
from retrieval.answer.compose import NOT_COVERED, citation, coverage_summary
from retrieval.answer.compound import joined_drafts, of_person_found, question_parts, spread_unanswered
from retrieval.answer.respond import AnswerPolicy
from retrieval.index.follow import open_leased
from retrieval.index.generation import Index
from retrieval.index.store import read_manifest
from retrieval.input import read_history, read_question
from retrieval.lru import LRU
from retrieval.ingest.pipeline import IngestReport, ingest
from retrieval.models import Answer, Citation, Clause, Document, ParsedDocument, Turn
from retrieval.answer.query import Query, QueryReader
from retrieval.answer.references import DocumentDirectory
from retrieval.answer.retriever import HybridRetriever, Weights, load_weights
from retrieval.answer.spelling import Respeller, word_list
from retrieval.index.lexical import load_segmenter
from retrieval.answer.lineage import Lineage, LineageGraph
from retrieval.answer.tasks import AgencySummary, TaskBook, TaskRow
from retrieval.settings import EngineSettings
from retrieval.answer.vocabulary import load_vocabulary
from retrieval.glossary import load_glossary

logger = logging.getLogger("ctd.ask")
DRAFT_CACHE_SIZE = 1024  # answers kept per index generation for repeated questions


@contextmanager
def question_log_muted() -> Iterator[None]:
    """Silence the one-line-per-question log while a batch (eval, bench, `ctd ask`) prints its own."""
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(previous)


class DocumentInfo(Document):
    """A document's metadata and how many clauses it has."""

    clauses: int


class ClauseInContext(NamedTuple):
    """A clause, the document it belongs to and the clauses just before and after it there."""

    clause: Clause
    document: Document
    previous: Clause | None
    next: Clause | None


@dataclass(frozen=True)
class _Snapshot:
    index: Index
    reader: QueryReader
    policy: AnswerPolicy
    coverage: str
    tasks: TaskBook
    lineage: LineageGraph
    # what the policy decided for a question already asked of this generation (with the same turns
    # before it, filters and k): a repeated question is answered without reading or searching again
    drafts: LRU = field(default_factory=lambda: LRU(DRAFT_CACHE_SIZE))


class Assistant:
    """Answers questions from the directives, citing the exact clauses.

    Example:
        >>> assistant = Assistant.from_settings(EngineSettings())
        >>> answer = assistant.ask("Sở Giáo dục phải làm gì?")
        >>> answer.citations[0].label
        'Mục III, điểm 5, ý 1'
    """

    def __init__(
        self,
        settings: EngineSettings,
        embeddings: Embeddings,
        aliases: AliasTable | None = None,
        weights: Weights | None = None,
        responder=None,
    ):
        self.settings = settings
        self.embeddings = embeddings
        self.aliases = aliases or AliasTable.load(settings.aliases_file)
        self.vocabulary = load_vocabulary()
        self.weights = weights or load_weights()
        self.responder = responder
        self._swap = threading.Lock()
        self._refreshing = threading.Lock()  # one open at a time: the follower and `reindex` share it
        self._snapshot = self._open()
        load_segmenter()  # at start, so the first questions do not wait on the import

    @classmethod
    def from_settings(cls, settings: EngineSettings) -> "Assistant":
        """Build the embedder and open the current index (heavy: once per process).

        Raises:
            EmbedderUnavailableError: the configured model is not present.
            IndexNotFoundError: nothing ingested yet (run `ctd ingest`).
            IndexMismatchError: the index was built by another embedder or version.
        """
        from retrieval.index.embeddings import build_embeddings
        from retrieval.answer.llm import build_responder

        return cls(settings, build_embeddings(settings), responder=build_responder(settings))

    def _open(self) -> _Snapshot:
        index, lease = open_leased(self.settings, self.embeddings.embedder_id)
        # Held while anything still reads this generation: the current snapshot, and questions in
        # flight on it after a swap; dropped with the last reference, then an ingest may prune it.
        weakref.finalize(index, lease.release)
        headers = [p.header for p in index.parsed.values() if p.header is not None]
        cited = [*headers, *index.clauses]
        directory = DocumentDirectory.build(list(index.documents.values()), cited, self.vocabulary)
        retriever = HybridRetriever(index, self.embeddings, self.weights)
        # agencies the documents name as written ("Văn phòng Hội") are agencies a question can name
        aliases = self.aliases.with_names(self.aliases.discovered([a.name for c in index.clauses for a in c.actors]))
        glossary = load_glossary()
        policy = AnswerPolicy(index, retriever, directory, aliases, self.vocabulary, self.weights, glossary)
        return _Snapshot(
            index=index,
            reader=QueryReader(aliases, self.vocabulary, glossary, directory, index.lexical.known_words,
                                lambda pair: index.lexical.has(pair, False),
                                Respeller(*index.lexical.spelling_counts(), self.vocabulary.stopwords, word_list(),
                                          self.vocabulary.question_words)),
            policy=policy,
            coverage=coverage_summary(list(index.documents.values())),
            tasks=TaskBook(index.documents, index.clauses, aliases),
            lineage=LineageGraph(index.documents, cited, directory, self.vocabulary, policy.facts.is_press),
        )

    # -- documents and clauses -------------------------------------------------------------

    def is_ready(self) -> bool:
        """True when an index is open and answers queries."""
        return bool(self._snapshot.index.clauses)

    def documents(self) -> list[DocumentInfo]:
        index = self._snapshot.index
        return [
            DocumentInfo(**d.model_dump(), clauses=len(index.parsed[d.id].clauses)) for d in index.documents.values()
        ]

    def document(self, document_id: str) -> ParsedDocument | None:
        return self._snapshot.index.parsed.get(document_id)

    def clause(self, clause_id: str) -> Clause | None:
        return self._snapshot.index.clause(clause_id)

    def neighbours(self, clause_id: str) -> tuple[Clause | None, Clause | None]:
        return self._snapshot.index.neighbours(clause_id)

    def clause_in_context(self, clause_id: str) -> ClauseInContext | None:
        """A clause with its document and neighbours, all from one snapshot (a swap cannot split them)."""
        index = self._snapshot.index
        clause = index.clause(clause_id)
        parsed = index.parsed.get(clause.document_id) if clause is not None else None
        if clause is None or parsed is None:
            return None
        return ClauseInContext(clause, parsed.document, *index.neighbours(clause.id))

    @property
    def generation(self) -> str:
        """The index generation new questions are answered from."""
        return self._snapshot.index.manifest.generation

    def refresh(self) -> bool:
        """Open the generation `manifest.json` names if it is not the one served; True if it swapped.

        Questions already running finish on the snapshot they started with.
        """
        with self._refreshing:
            manifest = read_manifest(self.settings)
            if manifest is None or manifest.generation == self.generation:
                return False
            snapshot = self._open()
            with self._swap:
                self._snapshot = snapshot
            return True

    def reindex(self, paths: list[Path] | None = None, rebuild: bool = False) -> IngestReport:
        """Ingest, then swap the new generation in; questions keep being answered meanwhile."""
        report = ingest(self.settings, paths, rebuild=rebuild, embeddings=self.embeddings)
        self.refresh()
        return report

    # -- tasks and lineage -----------------------------------------------------------------

    def task_book(self) -> TaskBook:
        """Every agency's tasks in the generation served now."""
        return self._snapshot.tasks

    def tasks(self, agency: str | None = None, document: str | None = None) -> list[TaskRow]:
        """Task rows (agency, role, clause, time frame); `agency` resolves with the question aliases."""
        return self.task_book().rows(agency=agency, document=document)

    def agencies(self) -> list[AgencySummary]:
        """Every agency with tasks: level, counts by role, documents."""
        return self.task_book().agencies()

    def lineage(self, reference: str) -> Lineage | None:
        """What a document (id or number, "44-KL/TW") implements and what implements it."""
        return self._snapshot.lineage.lineage(reference)

    # -- questions -------------------------------------------------------------------------

    def search(self, question: str, k: int = 5, document_ids: list[str] | None = None) -> list[Citation]:
        """The `k` clauses that best match a question, best first, as citations (for other tools:
        `retrieval.integrations.langchain`); no answer is composed and nothing is refused.

        Raises:
            QuestionError: the question is empty or longer than the configured limit.
        """
        snapshot = self._snapshot
        query = snapshot.reader.read(self._validate(question), [])
        if document_ids:
            query.document_ids = list(document_ids)
        hits = snapshot.policy.retriever.search(query, k=k).hits[:k]
        documents = snapshot.index.documents
        return [citation(n, hit.clause, documents[hit.clause.document_id], hit.score) for n, hit in enumerate(hits, 1)]

    def _validate(self, question: str) -> str:
        return read_question(question, self.settings)

    def ask(
        self,
        question: str,
        history: list[Turn] | None = None,
        filters: dict | None = None,
        k: int = 5,
    ) -> Answer:
        """Answer a question from the corpus, citing the clauses it quotes.

        Args:
            question: the question, in Vietnamese (with or without diacritics) or English.
            history: previous turns, oldest first, for follow-ups ("Còn Sở Y tế thì sao?").
            filters: optional `document_id` (str or list) to search only those documents, and
                `mode` ("hybrid", "lexical", "dense") to compare retrieval sides.
            k: how many clauses to retrieve; the answer cites the relevant ones, best first.

        Returns:
            The `Answer`; `abstained` is true, with no citations, when the corpus does not cover it.

        Raises:
            QuestionError: the question is empty or longer than the configured limit.
        """
        started = time.perf_counter()
        text = self._validate(question)
        snapshot = self._snapshot
        filters = filters or {}
        turns = read_history(history, self.settings)
        only = filters.get("document_id")
        mode = filters.get("mode", "hybrid")
        key = (text, tuple((t.question, t.answer) for t in turns or ()), repr(only), mode, k)
        draft = snapshot.drafts.get(key)
        timings: dict[str, float] = {"cached": 1.0} if draft is not None else {}
        if draft is None:
            def read(part: str) -> Query:
                query = snapshot.reader.read(part, turns)
                if only:
                    query.document_ids = [only] if isinstance(only, str) else list(only)
                return query

            parts = question_parts(text, snapshot.reader)  # "… ngày nào, ở đâu?": each part on its own
            queries = [read(part) for part in parts]
            timings["understand_ms"] = (time.perf_counter() - started) * 1000
            drafts = [snapshot.policy.answer(query, k=k, mode=mode) for query in queries]
            # "… là ai, số điện thoại?": the number of the person found
            drafts = of_person_found(parts, drafts, lambda part: snapshot.policy.answer(read(part), k=k, mode=mode))
            # "… trong A và trong B?" unanswered as a whole: asked of A and of B
            draft = joined_drafts(*spread_unanswered(parts, drafts, snapshot.reader,
                                                     lambda part: snapshot.policy.answer(read(part), k=k, mode=mode)))
            timings.update(draft.timings)
            snapshot.drafts.put(key, draft)
        abstained = not draft.citations
        answer = Answer(
            id=uuid.uuid4().hex,
            question=text,
            answer=NOT_COVERED.format(coverage=snapshot.coverage) if abstained else draft.text,
            abstained=abstained,
            citations=[c.model_copy() for c in draft.citations],
            intent=draft.intent,
            complete=draft.complete,
        )
        if self.responder is not None and not abstained:
            answer = self.responder.rewrite(answer, refusal=NOT_COVERED.format(coverage=snapshot.coverage))
        timings["total_ms"] = (time.perf_counter() - started) * 1000
        answer.timings = {key: round(value, 2) for key, value in timings.items()}
        self._log(answer)
        return answer

    def _log(self, answer: Answer) -> None:
        extra = {
            "answer_id": answer.id,
            "latency_ms": answer.timings.get("total_ms"),
            "abstained": answer.abstained,
            "citations": [c.clause_id for c in answer.citations],
            "mode": answer.mode,
        }
        if self.settings.log_questions:
            extra["question"] = answer.question
        logger.info("answered", extra={"ctd": extra})
