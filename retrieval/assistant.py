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
from dataclasses import dataclass
from pathlib import Path

from langchain_core.embeddings import Embeddings

from retrieval.ingest.actors import AliasTable
from retrieval.answer.compose import NOT_COVERED, citation, compose_quotes, describe, document_fact, mention_fact, unique_clauses
from retrieval.errors import QuestionError
from retrieval.index.generation import Index
from retrieval.ingest.pipeline import IngestReport, ingest
from retrieval.models import Answer, Clause, Citation, Document, ParsedDocument, Turn
from retrieval.answer.query import Query, QueryReader
from retrieval.answer.references import DocumentDirectory
from retrieval.answer.retriever import Evidence, HybridRetriever, Weights, load_weights
from retrieval.settings import EngineSettings
from retrieval.answer.vocabulary import load_glossary, load_vocabulary

logger = logging.getLogger("ctd.ask")


@contextmanager
def question_log_muted() -> Iterator[None]:
    """Silence the one-line-per-question log while a batch (eval, bench, `ctd ask`) prints its own."""
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(previous)


def _header_citation(n: int, parsed: ParsedDocument) -> Citation:
    """Cite a document for a fact about it: its header block, or its first clause when it has none."""
    return citation(n, parsed.header or parsed.clauses[0], parsed.document, 1.0)


class DocumentInfo(Document):
    """A document's metadata and how many clauses it has."""

    clauses: int


@dataclass(frozen=True)
class _Snapshot:
    index: Index
    reader: QueryReader
    retriever: HybridRetriever
    directory: DocumentDirectory
    actors: frozenset[str]


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
        self._snapshot = self._open()

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
        index = Index.open(self.settings, self.embeddings.embedder_id)
        headers = [p.header for p in index.parsed.values() if p.header is not None]
        directory = DocumentDirectory.build(list(index.documents.values()), [*headers, *index.clauses], self.vocabulary)
        return _Snapshot(
            index=index,
            reader=QueryReader(self.aliases, self.vocabulary, load_glossary(), directory),
            retriever=HybridRetriever(index, self.embeddings, self.weights),
            directory=directory,
            actors=frozenset(a.name for c in index.clauses for a in c.actors),
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

    def reindex(self, paths: list[Path] | None = None, rebuild: bool = False) -> IngestReport:
        """Ingest, then swap the new generation in; questions keep being answered meanwhile."""
        report = ingest(self.settings, paths, rebuild=rebuild, embeddings=self.embeddings)
        snapshot = self._open()
        with self._swap:
            self._snapshot = snapshot
        return report

    # -- questions -------------------------------------------------------------------------

    def _validate(self, question: str) -> str:
        text = (question or "").strip()
        if not text:
            raise QuestionError("empty_question", "Câu hỏi trống: hãy nhập nội dung cần hỏi.")
        if len(text) > self.settings.max_question_chars:
            raise QuestionError(
                "question_too_long",
                f"Câu hỏi dài quá {self.settings.max_question_chars} ký tự: hãy hỏi ngắn gọn hơn.",
            )
        return text

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
        query = snapshot.reader.read(text, [Turn.model_validate(t) for t in history or []])
        only = filters.get("document_id")
        if only:
            query.document_ids = [only] if isinstance(only, str) else list(only)
        timings: dict[str, float] = {"understand_ms": (time.perf_counter() - started) * 1000}
        answer_text, citations = self._facts(snapshot, query)
        if not citations:
            evidence = snapshot.retriever.search(query, k=k, mode=filters.get("mode", "hybrid"))
            timings.update(evidence.timings)
            if not self._abstains(snapshot, query, evidence):
                answer_text, citations = self._quote(snapshot, query, evidence)
        abstained = not citations
        if abstained:
            answer_text = NOT_COVERED.format(coverage=self._coverage(snapshot))
        answer = Answer(
            id=uuid.uuid4().hex,
            question=text,
            answer=answer_text,
            abstained=abstained,
            citations=citations,
        )
        if self.responder is not None and not abstained:
            answer = self.responder.rewrite(answer)
        timings["total_ms"] = (time.perf_counter() - started) * 1000
        answer.timings = {key: round(value, 2) for key, value in timings.items()}
        self._log(answer)
        return answer

    def _abstains(self, snapshot: _Snapshot, query: Query, evidence: Evidence) -> bool:
        if not evidence.hits:
            return True
        # an agency the corpus assigns work to, a document number, a follow-up of an earlier turn,
        # or a clause at the place the question names
        specific = (
            any(a in snapshot.actors for a in query.actors)
            or query.keys
            or query.followup
            or any(h.at_place for h in evidence.hits)
        )
        if specific:
            return False
        return evidence.best_dense < self.weights.min_dense and evidence.coverage < self.weights.min_coverage

    def _quote(self, snapshot: _Snapshot, query: Query, evidence: Evidence) -> tuple[str, list[Citation]]:
        hits = evidence.hits
        with_actor = [h for h in hits if h.actor_role]
        at_place = [h for h in hits if h.at_place]
        if at_place:
            # the question named the place ("Mục III, điểm 5"): quote it, in document order
            hits, with_actor = sorted(at_place, key=lambda h: h.position), []
        elif with_actor:
            # best document first; within it, an agency's tasks read best in the order it lists them
            rank = {}
            for h in with_actor:
                rank.setdefault(h.clause.document_id, len(rank))
            hits = sorted(with_actor, key=lambda h: (h.actor_role != "lead", rank[h.clause.document_id], h.position))
        else:
            best = hits[0].score
            hits = [h for h in hits if h.score >= self.weights.relative_cutoff * best]
        scored = unique_clauses((h.clause, h.score) for h in hits)
        actor = None
        if with_actor:
            actor = next(a.name for a in with_actor[0].clause.actors if a.name in query.actors)
        return compose_quotes(scored, snapshot.index.documents, actor, set(query.actors))

    def _facts(self, snapshot: _Snapshot, query: Query) -> tuple[str, list[Citation]]:
        """Answer a question about a document itself from metadata, citing its header."""
        if query.intent is None:
            return "", []
        index = snapshot.index
        if query.intent == "implemented_by" and query.keys:
            return self._implementers(snapshot, query)
        targets = query.document_ids or query.named_ids
        sentences: list[str] = []
        citations: list[Citation] = []
        for document_id in targets:
            parsed = index.parsed[document_id]
            citations.append(_header_citation(len(citations) + 1, parsed))
            sentences.append(f"{document_fact(query.intent, parsed.document)} [{len(citations)}].")
        if not targets:
            for key in query.keys:
                mentions = snapshot.directory.mentions.get(key, [])
                # the mention that says the most (date and issuer) is the one to quote
                mention = max(mentions, key=lambda m: (m.date is not None) + (m.issuer is not None), default=None)
                fact = mention_fact(query.intent, mention) if mention else None
                if fact is None:
                    continue
                source = index.clause(mention.clause_id)
                document = index.documents[source.document_id]
                citations.append(citation(len(citations) + 1, source, document, 1.0))
                sentences.append(f"{fact} [{len(citations)}].")
        return " ".join(sentences), citations

    def _implementers(self, snapshot: _Snapshot, query: Query) -> tuple[str, list[Citation]]:
        index = snapshot.index
        citations: list[Citation] = []
        parts: list[str] = []
        for document_id in query.implementing_ids:
            parsed = index.parsed[document_id]
            citations.append(_header_citation(len(citations) + 1, parsed))
            parts.append(f"- {describe(parsed.document)} [{len(citations)}]")
        if not parts:
            return "", []
        names = ", ".join(f"{k[0].upper()} {k[1]}" for k in query.keys)
        return f"Các văn bản trong kho thực hiện {names}:\n" + "\n".join(parts), citations

    def _coverage(self, snapshot: _Snapshot) -> str:
        return "; ".join(describe(d) for d in snapshot.index.documents.values())

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
