"""`ctd bench` at scale: a synthetic corpus of N clauses ingested, then served, each in a process of
its own, so each process's resident memory is its own (the issue's bounds: ingest peak ≤ 2.5 GiB,
serving ≤ 1.5 GiB, ask p95 ≤ 100 ms without the query embedding, at 100k clauses).

The corpus is Markdown files written like the real ones (front matter, Roman parts, numbered items,
dashes; agencies as the headings of "Tổ chức thực hiện"), their sentences recombined from the real
corpus, so loading, parsing, lexical tokens, the catalog and Chroma all run as in a real ingest. The
embedder is a fast deterministic stand-in (hashed syllables) at 100k, where the real one would take
hours here; `ctd bench --scale-clauses N --scale-embedder real` runs the configured one instead.
"""

import hashlib
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval.settings import EngineSettings

STANDIN_DIMENSION = 384
SECTIONS = ("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN")
ROMAN = ("I", "II", "III", "IV")
ITEMS_PER_SECTION = 5
DASHES_PER_ITEM = 5
CLAUSES_PER_DOCUMENT = len(SECTIONS) * ITEMS_PER_SECTION * DASHES_PER_ITEM  # 100
SERVE_QUESTIONS = 60
SEED = 44
TYPES = (("Kế hoạch", "KH"), ("Công văn", "CV"), ("Chương trình", "CTr"), ("Hướng dẫn", "HD"))
PROVINCES = ("Lai Châu", "Nghệ An", "Quảng Trị", "Đắk Lắk", "Lâm Đồng", "Bắc Giang", "Đà Nẵng", "Cà Mau")
SYLLABLE_RE = re.compile(r"\w+", re.UNICODE)
# what each child process prints last: one JSON line
RSS_RE = re.compile(r"^(VmRSS|VmHWM):\s+(\d+) kB", re.MULTILINE)

BOUNDS = {"ingest_peak_rss_mib": 2560, "serve_rss_mib": 1536, "ask_p95_ms": 100}
ScaleEmbedder = Literal["standin", "real"]
STANDIN = "standin"
# the settings that choose the real embedder, handed to each child as JSON
EMBEDDER_FIELDS = {"embedder", "embedding_model", "embedding_query_prefix", "embedding_passage_prefix"}


class StandInEmbeddings(Embeddings):
    """Deterministic and fast: each syllable hashed to one of 384 signed buckets, the sum normalised
    (a bag of words; similar wording gives similar vectors)."""

    embedder_id = f"bench-standin:hashed-syllables:{STANDIN_DIMENSION}"

    def __init__(self) -> None:
        self._buckets: dict[str, tuple[int, float]] = {}

    def _bucket(self, token: str) -> tuple[int, float]:
        bucket = self._buckets.get(token)
        if bucket is None:
            digest = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=4).digest(), "little")
            bucket = self._buckets[token] = (digest % STANDIN_DIMENSION, 1.0 if digest & 1 << 31 else -1.0)
        return bucket

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(STANDIN_DIMENSION, dtype=np.float32)
        for token in SYLLABLE_RE.findall(text.lower()):
            index, sign = self._bucket(token)
            vector[index] += sign
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text).tolist()


class TimedEmbeddings(Embeddings):
    """Another embedder, with the seconds spent in it counted: passages (the ingest's share) and
    queries (taken out of the ask timings)."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self.embedder_id = inner.embedder_id
        self.passage_seconds = 0.0
        self.query_seconds = 0.0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        started = time.perf_counter()
        vectors = self.inner.embed_documents(texts)
        self.passage_seconds += time.perf_counter() - started
        return vectors

    def embed_query(self, text: str) -> list[float]:
        started = time.perf_counter()
        vector = self.inner.embed_query(text)
        self.query_seconds += time.perf_counter() - started
        return vector


def corpus_material(settings: EngineSettings) -> tuple[list[str], list[str]]:
    """The real corpus's sentences and agencies, read and parsed (nothing indexed)."""
    from eval.bench import sentence_pool
    from retrieval.ingest.actors import AliasTable
    from retrieval.ingest.loaders import discover, document_id_for, load_document
    from retrieval.ingest.parser import parse_document

    aliases = AliasTable.load(settings.aliases_file)
    clauses = []
    for path in discover([Path(settings.corpus_dir)]):
        clauses += parse_document(load_document(path), document_id_for(path), aliases).clauses
    agencies = sorted({name for clause in clauses for name in clause.actor_names}) or ["Hội Chữ thập đỏ tỉnh"]
    return sentence_pool(clauses), agencies


def synthetic_document(number: int, sentences: Sequence[str], agencies: Sequence[str], rng: np.random.Generator) -> str:
    """One Markdown directive of `CLAUSES_PER_DOCUMENT` clauses (dashes under numbered items)."""
    kind, short = TYPES[number % len(TYPES)]
    province = PROVINCES[number % len(PROVINCES)]
    issuer = f"Ủy ban nhân dân tỉnh {province}"
    year, month, day = 2010 + number % 15, number % 12 + 1, number % 28 + 1
    title = f"{kind} tổng hợp số {number} về công tác Hội Chữ thập đỏ tỉnh {province} năm {year}"
    lines = [
        "---",
        f"title: {title}",
        f"type: {kind}",
        f"number: {number}/{short}-UBND",
        f"issuer: {issuer}",
        f"date: '{year}-{month:02d}-{day:02d}'",
        f"place: {province}",
        "---",
        "",
        # the header block, as a real directive opens (cited for its number and date)
        "ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}", "",
        f"Số: {number}/{short}-UBND", "",
        f"{province}, ngày {day} tháng {month} năm {year}", "",
        kind.upper(), "", title, "",
    ]
    for s, section in enumerate(SECTIONS):
        lines += [f"{ROMAN[s]}. {section}", ""]
        for item in range(1, ITEMS_PER_SECTION + 1):
            agency = agencies[rng.integers(len(agencies))]
            heading = agency if s == len(SECTIONS) - 1 else " ".join(sentences[rng.integers(len(sentences))].split()[:8])
            lines += [f"{item}. {heading.rstrip('.;:')}", ""]
            for _ in range(DASHES_PER_ITEM):
                size = rng.integers(1, min(3, len(sentences)) + 1)
                picked = [sentences[j] for j in rng.choice(len(sentences), size=size, replace=False)]
                lines += [f"- {' '.join(picked)}", ""]
    return "\n".join(lines)


def write_corpus(folder: Path, clauses: int, sentences: Sequence[str], agencies: Sequence[str]) -> int:
    """`clauses` / 100 documents under `folder`; returns how many files were written."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    documents = max(1, clauses // CLAUSES_PER_DOCUMENT)
    for number in range(1, documents + 1):
        (folder / f"tong-hop-{number:05d}.md").write_text(synthetic_document(number, sentences, agencies, rng), encoding="utf-8")
    return documents


def memory_mib() -> dict[str, float]:
    """This process's resident memory now and at its peak (Linux /proc; ru_maxrss elsewhere)."""
    try:
        found = dict(RSS_RE.findall(Path("/proc/self/status").read_text()))
        return {"rss_mib": round(int(found["VmRSS"]) / 1024, 1), "peak_rss_mib": round(int(found["VmHWM"]) / 1024, 1)}
    except (OSError, KeyError):
        peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        return {"rss_mib": peak, "peak_rss_mib": peak}


def embedder_spec(settings: EngineSettings, embedder: ScaleEmbedder) -> str:
    """What a child is told to embed with: "standin", or the real embedder's settings as JSON."""
    return STANDIN if embedder == STANDIN else json.dumps(settings.model_dump(include=EMBEDDER_FIELDS))


def _scratch(data_dir: str, spec: str) -> EngineSettings:
    chosen = {} if spec == STANDIN else json.loads(spec)
    return EngineSettings(data_dir=Path(data_dir), chroma_host=None, **chosen)


def _embedder(settings: EngineSettings, spec: str) -> TimedEmbeddings:
    """The stand-in, or the configured embedder built as the Assistant builds it (no query cache:
    every question reaches the model)."""
    if spec == STANDIN:
        return TimedEmbeddings(StandInEmbeddings())
    from retrieval.index.embeddings import build_embeddings

    return TimedEmbeddings(build_embeddings(settings, query_cache_size=0))


def child_ingest(data_dir: str, corpus: str, spec: str = STANDIN) -> dict:
    """In the child: ingest the synthetic corpus; `embed_s` is the part spent in the embedder."""
    from retrieval.ingest.pipeline import ingest

    settings = _scratch(data_dir, spec)
    embeddings = _embedder(settings, spec)
    started = time.perf_counter()
    report = ingest(settings, [Path(corpus)], embeddings=embeddings)
    seconds = round(time.perf_counter() - started, 1)
    return {
        "embedder": embeddings.embedder_id,
        "documents": report.documents,
        "clauses": report.clauses,
        "seconds": seconds,
        "embed_s": round(embeddings.passage_seconds, 1),
    } | memory_mib()


def child_serve(data_dir: str, questions: str, spec: str = STANDIN) -> dict:
    """In the child: open the index as a server does, then answer questions; `ask_*` without the
    query embedding, `ask_with_embedding_*` with it, `query_embed_*` over the asks that reached the
    embedder (one answered from the index's metadata or the answer cache does not)."""
    from eval.metrics import percentile
    from retrieval.assistant import Assistant, question_log_muted

    asked = json.loads(Path(questions).read_text(encoding="utf-8"))
    settings = _scratch(data_dir, spec)
    embeddings = _embedder(settings, spec)
    started = time.perf_counter()
    assistant = Assistant(settings, embeddings)
    open_s = time.perf_counter() - started
    opened = memory_mib()
    whole, embedding = [], []
    with question_log_muted():
        assistant.ask(asked[0])
        for question in asked:
            embeddings.query_seconds = 0.0
            started = time.perf_counter()
            assistant.ask(question)
            whole.append((time.perf_counter() - started) * 1000)
            embedding.append(embeddings.query_seconds * 1000)
    without = [w - e for w, e in zip(whole, embedding)]
    reached = [e for e in embedding if e > 0] or [0.0]
    after = memory_mib()
    return {
        "open_s": round(open_s, 1),
        "opened_rss_mib": opened["rss_mib"],
        "rss_mib": after["rss_mib"],
        "peak_rss_mib": after["peak_rss_mib"],
        "asks": len(without),
        "ask_p50_ms": round(percentile(without, 50), 1),
        "ask_p95_ms": round(percentile(without, 95), 1),
        "ask_with_embedding_p50_ms": round(percentile(whole, 50), 1),
        "ask_with_embedding_p95_ms": round(percentile(whole, 95), 1),
        "embedded_asks": sum(e > 0 for e in embedding),
        "query_embed_ms": round(percentile(reached, 50), 2),
        "query_embed_p95_ms": round(percentile(reached, 95), 2),
    }


def _run_child(*args: str) -> dict:
    from retrieval.errors import CtdError

    result = subprocess.run([sys.executable, "-m", "eval.scale", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = (result.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise CtdError(f"bench child `{args[0]}` failed: {tail}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_at_scale(
    settings: EngineSettings, work: Path, clauses: int, questions: Sequence[str], embedder: ScaleEmbedder = STANDIN
) -> dict:
    """Write `clauses` synthetic clauses, ingest them in one process, serve them in another.

    Args:
        embedder: "standin" (fast, deterministic) or "real" (the one `settings` configure).

    Returns:
        {"ingest": {seconds, peak_rss_mib, …}, "serve": {rss_mib, ask_p95_ms, …}, "bounds": {…}}, the
        bounds as "figure ≤ limit" ratios (≤ 1 meets the issue's bound).
    """
    sentences, agencies = corpus_material(settings)
    corpus = work / f"corpus-{clauses}"
    data_dir = work / f"data-{clauses}-{embedder}"
    started = time.perf_counter()
    documents = write_corpus(corpus, clauses, sentences, agencies)
    written_s = time.perf_counter() - started
    asked = work / "questions.json"
    asked.write_text(json.dumps(list(questions[:SERVE_QUESTIONS]), ensure_ascii=False), encoding="utf-8")
    spec = embedder_spec(settings, embedder)
    ingest_figures = _run_child("ingest", str(data_dir), str(corpus), spec) | {"files": documents, "written_s": round(written_s, 1)}
    serve_figures = _run_child("serve", str(data_dir), str(asked), spec)
    measured = {
        "ingest_peak_rss_mib": ingest_figures["peak_rss_mib"],
        "serve_rss_mib": serve_figures["rss_mib"],
        "ask_p95_ms": serve_figures["ask_p95_ms"],
    }
    return {
        "ingest": ingest_figures,
        "serve": serve_figures,
        "bounds": {name: round(value / BOUNDS[name], 2) for name, value in measured.items()},
    }


def main(argv: list[str]) -> int:
    """`python -m eval.scale ingest DATA_DIR CORPUS [EMBEDDER]` | `serve DATA_DIR QUESTIONS_JSON [EMBEDDER]`
    (EMBEDDER: "standin", or the embedder settings as JSON): one JSON line."""
    command, *args = argv
    figures = {"ingest": child_ingest, "serve": child_serve}[command](*args)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
