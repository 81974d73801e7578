"""`ctd bench`: latency, cold start, ingest time, throughput, memory and retrieval at scale.

It measures, it does not gate. Everything runs against a fresh index in a temporary data
directory built from the corpus, so the user's own index is never touched.
"""

import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings
from rich.console import Console
from rich.table import Table

from eval.metrics import percentile
from eval.report import REPORTS_DIR
from eval.scale import ScaleEmbedder, measure_at_scale
from eval.schema import load_questions
from retrieval.answer.query import spelled_out
from retrieval.glossary import load_glossary
from retrieval.assistant import question_log_muted
from retrieval.errors import CtdError
from retrieval.models import Actor, Clause
from retrieval.settings import EngineSettings

WARM_ROUNDS = 2
THROUGHPUT_ROUNDS = 1
THREADS = (1, 2)
SCALES = (1_000, 10_000)  # in-process, real vectors perturbed: retrieval over the engine as it is
STANDIN_SCALE = 100_000  # ingest and serve in processes of their own, stand-in embedder (eval/scale.py)
SCALE_QUERIES = 40
NOISE = 0.02
SEED = 44
COLD_QUESTION = "Sở Y tế phải làm gì?"
COLD_START = """\
import json, resource, time
started = time.perf_counter()
from bot.settings import Settings
from retrieval.assistant import Assistant
assistant = Assistant.from_settings(Settings())
opened = time.perf_counter()
assistant.ask({question!r})
asked = time.perf_counter()
print(json.dumps({{"open_ms": (opened - started) * 1000, "first_ask_ms": (asked - opened) * 1000,
                  "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

Search = Callable[[str], object]
BuildSearch = Callable[[list[Clause], np.ndarray], Search]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _spread(samples_ms: Sequence[float]) -> dict:
    return {"p50_ms": round(percentile(samples_ms, 50), 1), "p95_ms": round(percentile(samples_ms, 95), 1)}


def measure_ingest(settings: EngineSettings, paths: list[Path] | None = None) -> dict:
    """Ingest the corpus (or `paths`) into the (empty) data dir, then again with nothing changed."""
    from retrieval.ingest.pipeline import ingest

    started = time.perf_counter()
    cold = ingest(settings, paths)
    cold_s = time.perf_counter() - started
    started = time.perf_counter()
    ingest(settings, paths)
    warm_s = time.perf_counter() - started
    return {
        "documents": cold.documents,
        "clauses": cold.clauses,
        "cold_s": round(cold_s, 2),
        "warm_s": round(warm_s, 2),
        "clauses_per_s": round(cold.clauses / cold_s, 1),
    }


def measure_cold_start(data_dir: Path) -> dict:
    """Open the Assistant and ask once in a new Python process (what a restart costs)."""
    env = {**os.environ, "CTD_DATA_DIR": str(data_dir), "CHROMA_HOST": ""}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", COLD_START.format(question=COLD_QUESTION)],
        env=env, capture_output=True, text=True, check=False,
    )
    wall_ms = _ms(time.perf_counter() - started)
    if result.returncode != 0:
        raise CtdError(f"cold start failed: {result.stderr.strip().splitlines()[-1]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return {
        "process_ms": wall_ms,
        "open_ms": round(figures["open_ms"], 1),
        "first_ask_ms": round(figures["first_ask_ms"], 1),
        "maxrss_mib": round(figures["maxrss_mib"], 1),
    }


def measure_warm(assistant, questions: Sequence[str], rounds: int = WARM_ROUNDS) -> dict:
    """Ask latency with everything loaded (default k, no LLM)."""
    assistant.ask(questions[0])
    samples = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            assistant.ask(question)
            samples.append((time.perf_counter() - started) * 1000)
    return _spread(samples) | {"asks": len(samples)}


def measure_throughput(assistant, questions: Sequence[str], threads: int, rounds: int = THROUGHPUT_ROUNDS) -> float:
    """Questions answered per second with `threads` callers sharing one Assistant."""
    batch = list(questions) * rounds
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(assistant.ask, batch))
    return round(len(batch) / (time.perf_counter() - started), 1)


def sentence_pool(clauses: Sequence[Clause]) -> list[str]:
    """The real corpus sentences, to recombine into synthetic clauses."""
    pool = []
    for clause in clauses:
        pool += [s.strip() for s in re.split(r"(?<=[.;])\s+", clause.text) if len(s.strip()) > 20]
    return pool


def synthetic_clauses(
    clauses: Sequence[Clause], vectors: np.ndarray, n: int, rng: np.random.Generator
) -> tuple[list[Clause], np.ndarray]:
    """`n` Vietnamese clauses recombined from real sentences, assigned to random real agencies,
    with embeddings of a real clause perturbed by Gaussian noise (re-embedding 100k is too slow)."""
    sentences = sentence_pool(clauses)
    agencies = sorted({name for clause in clauses for name in clause.actor_names}) or ["Hội Chữ thập đỏ"]
    made = []
    for i in range(n):
        agency = agencies[rng.integers(len(agencies))]
        picked = [sentences[j] for j in rng.choice(len(sentences), size=rng.integers(1, 4), replace=False)]
        text = f"{agency} " + " ".join(picked)
        made.append(Clause(
            id=f"synthetic-{i // 100:04d}:{i % 100}", document_id=f"synthetic-{i // 100:04d}",
            path=[str(i % 100 + 1)], label=f"điểm {i % 100 + 1}", text=text, start=0, end=len(text),
            actors=[Actor(name=agency)],
        ))
    base = vectors[rng.integers(len(vectors), size=n)]
    noisy = base + rng.normal(0, NOISE, size=base.shape).astype(np.float32)
    return made, noisy / np.linalg.norm(noisy, axis=1, keepdims=True)


class Precomputed(Embeddings):
    """Query vectors embedded once beforehand, so retrieval timings leave the embedder out. A text the engine asks
    on its own (a part of a question it splits, "A và B làm gì?" asked of A and of B) is embedded by `fallback`
    the first time and kept."""

    embedder_id = "bench-synthetic"

    def __init__(self, vectors: dict[str, np.ndarray], fallback: Embeddings):
        self.vectors = vectors
        self.fallback = fallback

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        raise NotImplementedError("synthetic clauses come with their embeddings")

    def embed_query(self, text: str) -> list[float]:
        if text not in self.vectors:
            self.vectors[text] = np.asarray(self.fallback.embed_query(text), dtype=np.float32)
        return self.vectors[text].tolist()


def engine_search(settings: EngineSettings, queries: dict[str, np.ndarray], fallback: Embeddings) -> BuildSearch:
    """The engine's whole question path (query understanding, Chroma + BM25 fusion, answer) over
    given clauses and embeddings; only the query embedding is precomputed."""
    from retrieval.assistant import Assistant
    from retrieval.ingest.pipeline import build_rows, write_generation
    from retrieval.models import Document, ParsedDocument

    embeddings = Precomputed(queries, fallback)

    def build(clauses: list[Clause], vectors: np.ndarray) -> Search:
        scratch = settings.model_copy(update={"data_dir": Path(settings.data_dir) / f"synthetic-{len(clauses)}"})
        grouped: dict[str, list[Clause]] = {}
        for clause in clauses:
            grouped.setdefault(clause.document_id, []).append(clause)
        documents = {
            d: ParsedDocument(document=Document(id=d, title=f"Văn bản tổng hợp {d}", type="Kế hoạch"), clauses=cs)
            for d, cs in grouped.items()
        }
        ordered, rows, _ = build_rows(documents)
        order = {clause.id: i for i, clause in enumerate(clauses)}
        write_generation(scratch, embeddings.embedder_id, ordered, rows,
                         vectors[[order[r.clause.id] for r in rows if r.clause.kind == "clause"]])
        assistant = Assistant(scratch, embeddings)
        return lambda text: assistant.ask(text, k=5)

    return build


def measure_scale(build: BuildSearch, clauses: Sequence[Clause], vectors: np.ndarray,
                  questions: Sequence[str], sizes: Sequence[int]) -> dict:
    """Build the retrieval pipeline over synthetic corpora of each size and time its queries."""
    rng = np.random.default_rng(SEED)
    figures = {}
    for size in sizes:
        synthetic, synthetic_vectors = synthetic_clauses(clauses, vectors, size, rng)
        started = time.perf_counter()
        search = build(synthetic, synthetic_vectors)
        build_s = time.perf_counter() - started
        search(questions[0])
        samples = []
        for text in questions:
            started = time.perf_counter()
            search(text)
            samples.append((time.perf_counter() - started) * 1000)
        figures[str(size)] = _spread(samples) | {"build_s": round(build_s, 2)}
    return figures


def corpus_clauses(assistant) -> tuple[list[Clause], list[str]]:
    """Every clause of the indexed corpus and the passage embedded for it, via the public API."""
    from retrieval.ingest.pipeline import passage_text

    clauses, passages = [], []
    for info in assistant.documents():
        parsed = assistant.document(info.id)
        clauses += parsed.clauses
        passages += [passage_text(parsed.document, clause) for clause in parsed.clauses]
    return clauses, passages




# --- the embedder's floor: each product figure beside the bare embedder -----------------------

FLOOR_CLIENTS = 16
FLOOR_REQUESTS = {"full": {"c1": 40, "c16": 192, "bare": 40}, "quick": {"c1": 8, "c16": 32, "bare": 8}}
FLOOR_WARMUP = 4
SERVE_READY_S = 300.0


def corpus_passages(settings: EngineSettings, embedder_id: str) -> list[str]:
    """The passages the current generation embedded, read from its catalog (Chroma stays closed)."""
    from retrieval.index.catalog import parsed_documents, read_catalog
    from retrieval.index.store import generation_dir, require_manifest
    from retrieval.ingest.pipeline import passage_text

    manifest = require_manifest(settings, embedder_id)
    documents, rows = read_catalog(generation_dir(settings, manifest.generation))
    return [passage_text(p.document, c) for p in parsed_documents(documents, rows).values() for c in p.clauses]


def measure_bare_embedder(embeddings: Embeddings, questions: Sequence[str], passages: Sequence[str]) -> dict:
    """The embedder alone, in-process, no query cache: single queries one after another, and the
    ingest's passages in one call."""
    for text in questions[:3]:
        embeddings.embed_query(text)
    samples = []
    for text in questions:
        started = time.perf_counter()
        embeddings.embed_query(text)
        samples.append(time.perf_counter() - started)
    started = time.perf_counter()
    embeddings.embed_documents(list(passages))
    passages_s = time.perf_counter() - started
    chars = sum(len(p) for p in passages)
    return {
        "query_ms": round(percentile([x * 1000 for x in samples], 50), 2),
        "queries_per_s": round(len(samples) / sum(samples), 1),
        "passages": len(passages),
        "passage_chars": chars,
        "passages_s": round(passages_s, 2),
        "passage_chars_per_s": round(chars / passages_s),
    }


def drive_api(url: str, questions: list[str], clients: int) -> dict:
    """POST /ask each question once from `clients` threads (run in a process of its own)."""
    import httpx

    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    with httpx.Client(base_url=url, timeout=60.0, limits=limits) as client:

        def ask(question: str) -> tuple[float, bool]:
            started = time.perf_counter()
            try:
                ok = client.post("/ask", json={"question": question}).status_code == 200
            except httpx.HTTPError:
                ok = False
            return (time.perf_counter() - started) * 1000, ok

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=clients) as pool:
            for latency, ok in pool.map(ask, questions):
                latencies.append(latency)
                errors += not ok
        elapsed = time.perf_counter() - started
    return {"requests": len(questions), "errors": errors, "per_s": round(len(questions) / elapsed, 1)} | _spread(latencies)


def serve_for_bench(settings: EngineSettings):
    """`ctd serve --no-bots` on a free loopback port over `settings.data_dir`, rate limit off."""
    import socket

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "CTD_DATA_DIR": str(settings.data_dir), "CHROMA_HOST": "", "CTD_RATE_LIMIT_PER_MINUTE": "0"}
    # its log goes to a file: a pipe nobody reads fills after a few hundred requests and stalls the server
    log = Path(settings.data_dir).parent / f"serve-{port}.log"
    with open(log, "wb") as sink:
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("ctd")), "serve", "--no-bots", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=subprocess.DEVNULL, stderr=sink,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVE_READY_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(encoding="utf-8", errors="replace")[-300:]
            raise CtdError(f"ctd serve exited ({process.returncode}): {tail}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2.0).status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    process.kill()
    raise CtdError(f"ctd serve not ready after {SERVE_READY_S:.0f} s")


def measure_api(settings: EngineSettings, questions: Sequence[str], quick: bool) -> dict:
    """c=1 and c=16 on distinct questions, then c=16 on questions already asked (the query cache)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    counts = FLOOR_REQUESTS["quick" if quick else "full"]
    warmup, rest = list(questions[:FLOOR_WARMUP]), list(questions[FLOOR_WARMUP:])
    single, many = rest[: counts["c1"]], rest[counts["c1"] : counts["c1"] + counts["c16"]]
    repeated = (many[:FLOOR_CLIENTS] * (len(many) // FLOOR_CLIENTS + 1))[: len(many)]
    process, url = serve_for_bench(settings)
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as client:
            client.submit(drive_api, url, warmup, 1).result()
            figures = {"c1": client.submit(drive_api, url, single, 1).result()}
            figures["c16_distinct"] = client.submit(drive_api, url, many, FLOOR_CLIENTS).result()
            figures["c16_repeated"] = client.submit(drive_api, url, repeated, FLOOR_CLIENTS).result()
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return figures


def measure_floor(settings: EngineSettings, ingest_figures: dict, questions: Sequence[str], quick: bool) -> dict:
    """The bare embedder, and each product figure as a ratio to it (the issue's acceptance bounds)."""
    from retrieval.index.embeddings import build_embeddings

    counts = FLOOR_REQUESTS["quick" if quick else "full"]
    embeddings = build_embeddings(settings, query_cache_size=0)
    passages = corpus_passages(settings, embeddings.embedder_id)
    bare = measure_bare_embedder(embeddings, list(reversed(questions))[: counts["bare"]], passages)
    api = measure_api(settings, questions, quick)
    distinct, repeated = api["c16_distinct"], api["c16_repeated"]
    return {
        "bare": bare,
        "api": api,
        "ratios": {
            "c16_distinct_vs_bare_queries": round(distinct["per_s"] / bare["queries_per_s"], 2),  # ≥ 0.8
            "c1_p95_vs_bound": round(api["c1"]["p95_ms"] / (2 * bare["query_ms"] + 15), 2),  # ≤ 1
            "repeated_vs_distinct": round(repeated["per_s"] / distinct["per_s"], 2),  # ≥ 5
            "cold_ingest_vs_bare_passages": round(ingest_figures["cold_s"] / bare["passages_s"], 2),  # ≤ 1.3
            "warm_ingest_s": ingest_figures["warm_s"],  # ≤ 1
        },
        "errors": api["c1"]["errors"] + distinct["errors"] + repeated["errors"],
    }


def quick_corpus(settings: EngineSettings) -> list[Path]:
    """The smallest document of the corpus: enough for every figure, in seconds."""
    return [min(Path(settings.corpus_dir).glob("*.md"), key=lambda p: p.stat().st_size)]


def median_figures(samples: Sequence[dict]) -> dict:
    """Several runs' figures as one: each figure the median of its runs' values. A ratio is taken
    within each run, then its median (not the ratio of medians); `errors` is the worst run's."""
    merged = {}
    for key, first in samples[0].items():
        values = [sample[key] for sample in samples]
        if isinstance(first, dict):
            merged[key] = median_figures(values)
        elif key == "errors":
            merged[key] = max(values)
        else:
            middle = statistics.median(values)
            whole = all(isinstance(v, int) for v in values) and float(middle).is_integer()
            merged[key] = int(middle) if whole else round(middle, 3)
    return merged


def measure_floor_runs(settings: EngineSettings, data_dir: Path, questions: Sequence[str], quick: bool,
                       runs: int, console: Console) -> tuple[dict, EngineSettings]:
    """The ingest and floor figures `runs` times, each run in a fresh data dir; their medians,
    the per-run figures under "floor_samples" when there are several, and the last run's settings."""
    samples = []
    for run in range(1, runs + 1):
        if runs > 1:
            console.print(f"lần {run}/{runs}")
        scratch = settings.model_copy(update={"data_dir": data_dir / f"corpus-{run}", "chroma_host": None})
        console.print("Nạp kho văn bản (lạnh, rồi ấm)…")
        figures = {"ingest": measure_ingest(scratch, quick_corpus(scratch) if quick else None)}
        console.print("Bộ nhúng trần, rồi API (16 khách, tiến trình riêng)…")
        figures["floor"] = measure_floor(scratch, figures["ingest"], questions, quick)
        samples.append(figures)
    if runs == 1:
        return samples[0], scratch
    return median_figures(samples) | {"floor_samples": samples}, scratch


def run_measurements(settings: EngineSettings, quick: bool, console: Console, runs: int = 1) -> dict:
    """Every figure; `quick` only the floor figures, on the smallest corpus document. The ingest
    and floor figures are medians of `runs` runs; the others are measured once."""
    from retrieval.assistant import Assistant

    questions = [q.question for q in load_questions() if not q.history]
    with tempfile.TemporaryDirectory(prefix="ctd-bench-") as data_dir:
        figures, scratch = measure_floor_runs(settings, Path(data_dir), questions, quick, runs, console)
        if quick:
            return figures
        console.print("Khởi động lạnh trong tiến trình mới…")
        figures["cold_start"] = measure_cold_start(scratch.data_dir)
        assistant = Assistant.from_settings(scratch)
        console.print("Độ trễ và thông lượng…")
        figures["ask_warm"] = measure_warm(assistant, questions)
        figures["throughput_qps"] = {str(t): measure_throughput(assistant, questions, t) for t in THREADS}
        figures["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        clauses, passages = corpus_clauses(assistant)
        vectors = np.asarray(assistant.embeddings.embed_documents(passages), dtype=np.float32)
        picked = questions[:SCALE_QUERIES]
        started = time.perf_counter()
        glossary = load_glossary()  # keyed by the question as the engine reads and embeds it
        read = [spelled_out(q, glossary) for q in picked]
        queries = {text: np.asarray(assistant.embeddings.embed_query(text), dtype=np.float32) for text in read}
        figures["query_embed_ms"] = round((time.perf_counter() - started) * 1000 / len(picked), 1)
        console.print(f"Truy xuất trên {', '.join(f'{s:,}' for s in SCALES)} điều khoản tổng hợp…")
        build = engine_search(scratch.model_copy(update={"data_dir": Path(data_dir)}), queries, assistant.embeddings)
        figures["retrieval"] = measure_scale(build, clauses, vectors, picked, SCALES)
        figures["peak_rss_mib_with_scale"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        console.print(f"{STANDIN_SCALE:,} điều khoản: nạp, rồi phục vụ, mỗi việc một tiến trình…")
        figures["scale"] = {str(STANDIN_SCALE): measure_at_scale(settings, Path(data_dir) / "scale", STANDIN_SCALE, questions)}
    return figures


def run_scale_only(settings: EngineSettings, clauses: int, embedder: ScaleEmbedder, console: Console) -> dict:
    """Only the measurement at scale: `clauses` synthetic clauses ingested, then served, with the
    stand-in or the configured embedder, under figures["scale"]["<clauses>-<embedder>"]."""
    questions = [q.question for q in load_questions() if not q.history]
    console.print(f"{clauses:,} điều khoản ({embedder}): nạp, rồi phục vụ, mỗi việc một tiến trình…")
    with tempfile.TemporaryDirectory(prefix="ctd-bench-scale-") as work:
        return {"scale": {f"{clauses}-{embedder}": measure_at_scale(settings, Path(work), clauses, questions, embedder)}}


def flatten(figures: dict, prefix: str = "") -> dict[str, float]:
    """Dotted names for nested figures: {"ask_warm": {"p50_ms": 3}} → {"ask_warm.p50_ms": 3}; lists
    (the per-run samples) left out."""
    flat = {}
    for key, value in figures.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat |= flatten(value, f"{name}.")
        elif not isinstance(value, list):
            flat[name] = value
    return flat


def bench_table(figures: dict, previous: dict | None) -> Table:
    """One row per figure, beside the previous run's value when there is one."""
    table = Table(title="ctd bench", title_justify="left")
    table.add_column("chỉ số")
    table.add_column("lần này", justify="right")
    table.add_column("lần trước", justify="right")
    before = flatten(previous or {})
    for name, value in flatten(figures).items():
        table.add_row(name, str(value), str(before.get(name, "—")))
    return table


def run_bench(settings: EngineSettings, quick: bool, as_json: bool = False, runs: int = 1,
              scale_clauses: int | None = None, scale_embedder: ScaleEmbedder = "standin") -> int:
    """Run the benchmark, print the table (or, `as_json`, the JSON on stdout) and save
    eval/reports/bench-latest.json.

    Args:
        runs: the ingest and floor figures are the medians of this many runs.
        scale_clauses: measure only at this many synthetic clauses, with `scale_embedder`.
    """
    with question_log_muted():  # one log line per question would drown the report
        return _bench(settings, quick, as_json, runs, scale_clauses, scale_embedder)


def _bench(settings: EngineSettings, quick: bool, as_json: bool, runs: int,
           scale_clauses: int | None, scale_embedder: ScaleEmbedder) -> int:
    console = Console(stderr=as_json)
    latest = REPORTS_DIR / "bench-latest.json"
    previous = json.loads(latest.read_text(encoding="utf-8"))["figures"] if latest.exists() else None
    try:
        if scale_clauses:
            figures = run_scale_only(settings, scale_clauses, scale_embedder, console)
        else:
            figures = run_measurements(settings, quick, console, runs)
    except CtdError as error:
        console.print(f"[red]Lỗi:[/red] {error}")
        return 2
    stamp = datetime.now(timezone.utc)
    result = {
        "generated_at": stamp.isoformat(timespec="seconds"), "cpus": os.cpu_count(), "quick": quick,
        "runs": 1 if scale_clauses else runs,
        "runs_apply_to": [] if scale_clauses else ["ingest", "floor"],  # every other figure is measured once
        "scale_only": bool(scale_clauses),
        "figures": figures,
    }
    text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    latest.write_text(text, encoding="utf-8")
    (REPORTS_DIR / f"bench-{stamp:%Y%m%d-%H%M%S}.json").write_text(text, encoding="utf-8")
    if as_json:
        sys.stdout.write(text)
    else:
        console.print(bench_table(figures, previous))
    console.print(f"Đã ghi {latest}")
    return 0
