"""Bounded load on `POST /ask` over loopback: throughput, p50/p95, errors and the API's memory.

A fixed number of requests per concurrency level, each level stopped at a time limit; questions are
drawn in turn from eval/questions.yaml. Against a running API (`--url`, `--pid` for its memory) or a
`ctd serve` it starts itself on a free port (`--spawn --data-dir DIR`, an ingested CTD_DATA_DIR).
With `--reindex`, each level also runs `POST /admin/reindex` (rebuild) and keeps the load going
until it finishes, reporting the latencies seen meanwhile.

    python scripts/load_api.py --spawn --data-dir /tmp/ctd -c 1 8 16 32 -n 200 -r 3 -o eval/reports/load-latest.json

It prints the medians over the rounds as a Markdown table; the JSON has every round too.
"""

import argparse
import json
import os
import platform
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from statistics import median
from urllib.parse import urlparse

import httpx

from eval.metrics import percentile
from eval.schema import load_questions

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
READY_TIMEOUT_S = 300.0
REQUEST_TIMEOUT_S = 60.0
WARMUP_REQUESTS = 4


class LoadError(Exception):
    """A run that cannot start: a non-loopback target, a server that never became ready."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def require_loopback(url: str) -> None:
    host = urlparse(url).hostname
    if host not in LOOPBACK:
        raise LoadError(f"only loopback targets are allowed (127.0.0.1, localhost, ::1), not {host!r}")


def wait_until_ready(url: str, process: subprocess.Popen | None = None, timeout_s: float = READY_TIMEOUT_S) -> None:
    """Poll `url` until it answers 200; fail early if `process` exits."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise LoadError(f"the server exited with code {process.returncode} before {url} was ready")
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise LoadError(f"{url} not ready after {timeout_s:.0f} s")


def stop(process: subprocess.Popen, timeout_s: float = 20.0) -> None:
    """Terminate `process` (SIGTERM, then SIGKILL) and reap it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def ctd_command() -> str:
    """The `ctd` console script of the running interpreter's environment."""
    return str(Path(sys.executable).with_name("ctd"))


def spawn_serve(env: dict[str, str], log_path: Path, cwd: Path | None = None) -> tuple[subprocess.Popen, str]:
    """Start `ctd serve` on a free loopback port; return the process and its base URL once ready."""
    port = free_port()
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [ctd_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(f"{base}/readyz", process)
    except LoadError:
        stop(process)
        raise
    return process, base


def rss_mb(pid: int) -> dict[str, float] | None:
    """Resident memory now and at its peak (VmRSS, VmHWM) of a local process, in MiB."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    values = {}
    for line in status.splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = round(int(rest.split()[0]) / 1024, 1)
    return {"rss_mb": values.get("VmRSS"), "peak_rss_mb": values.get("VmHWM")}


@dataclass
class Sample:
    started: float
    latency_ms: float
    error: str | None


@dataclass
class Reindex:
    """A rebuild run through the admin API while the load goes on."""

    client: httpx.Client
    token: str
    started: float = 0.0
    finished: float | None = None
    state: str = "idle"
    done: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        headers = {"Authorization": f"Bearer {self.token}"}
        response = self.client.post("/admin/reindex", json={"rebuild": True}, headers=headers)
        if response.status_code != 202:
            raise LoadError(f"POST /admin/reindex answered {response.status_code}: {response.text[:200]}")
        self.started = time.monotonic()
        threading.Thread(target=self._watch, args=(headers,), daemon=True).start()

    def _watch(self, headers: dict[str, str]) -> None:
        while True:
            time.sleep(0.2)
            try:
                self.state = self.client.get("/admin/reindex", headers=headers).json()["state"]
            except httpx.HTTPError:
                continue
            if self.state != "running":
                self.finished = time.monotonic()
                self.done.set()
                return


def _ask(client: httpx.Client, question: str) -> Sample:
    started = time.monotonic()
    try:
        response = client.post("/ask", json={"question": question})
        error = None if response.status_code == 200 else f"http {response.status_code}"
    except httpx.HTTPError as exc:
        error = type(exc).__name__
    return Sample(started, (time.monotonic() - started) * 1000, error)


def _summary(samples: list[Sample]) -> dict:
    latencies = [s.latency_ms for s in samples]
    return {
        "requests": len(samples),
        "errors": sum(1 for s in samples if s.error),
        "p50_ms": _round(percentile(latencies, 50)),
        "p95_ms": _round(percentile(latencies, 95)),
        "max_ms": _round(max(latencies, default=None)),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def run_level(client: httpx.Client, questions: list[str], concurrency: int, requests: int,
              time_limit_s: float, reindex: Reindex | None = None) -> dict:
    """Send `requests` questions from `concurrency` threads (with a reindex: until it is over too)."""
    samples: list[Sample] = []
    lock = threading.Lock()
    counter = iter(range(10**9))
    deadline = time.monotonic() + time_limit_s
    cut_short = threading.Event()

    def more() -> int | None:
        with lock:
            n = next(counter)
        if time.monotonic() >= deadline:
            cut_short.set()
            return None
        if n < requests or (reindex is not None and not reindex.done.is_set()):
            return n
        return None

    def worker() -> None:
        while (n := more()) is not None:
            sample = _ask(client, questions[n % len(questions)])
            with lock:
                samples.append(sample)

    began = time.monotonic()
    if reindex is not None:
        reindex.start()
    with ThreadPoolExecutor(concurrency) as pool:
        for _ in range(concurrency):
            pool.submit(worker)
    elapsed = time.monotonic() - began
    errors: dict[str, int] = {}
    for s in samples:
        if s.error:
            errors[s.error] = errors.get(s.error, 0) + 1
    result = {
        "concurrency": concurrency,
        **_summary(samples),
        "error_kinds": errors,
        "duration_s": round(elapsed, 2),
        "throughput_rps": round(len(samples) / elapsed, 2) if elapsed else None,
        "hit_time_limit": cut_short.is_set(),
    }
    if reindex is not None:
        end = reindex.finished or float("inf")
        during = [s for s in samples if reindex.started <= s.started < end]
        result["reindex"] = {
            "state": reindex.state,
            "seconds": round(end - reindex.started, 1) if reindex.finished else None,
            **_summary(during),
        }
    return result


def questions_for_load() -> list[str]:
    """The eval questions that stand alone (follow-ups need their history)."""
    return [q.question for q in load_questions() if not q.history]


def run(args: argparse.Namespace) -> dict:
    questions = questions_for_load()
    token = secrets.token_urlsafe(16) if args.spawn else args.admin_token
    if args.reindex and not token:
        raise LoadError("--reindex needs --admin-token (CTD_ADMIN_TOKEN of the server) or --spawn")
    process = None
    url, pid = args.url, args.pid
    if args.spawn:
        env = {
            **os.environ,
            "CTD_DATA_DIR": str(args.data_dir),
            "CTD_RATE_LIMIT_PER_MINUTE": "0",
            "CTD_ADMIN_TOKEN": token,
        }
        log_path = Path(tempfile.gettempdir()) / f"ctd-load-serve-{os.getpid()}.log"
        process, url = spawn_serve(env, log_path)
        pid = process.pid
        print(f"ctd serve pid {pid} at {url} (log: {log_path})", file=sys.stderr)
    runs = []
    try:
        limits = httpx.Limits(max_connections=max(args.concurrency), max_keepalive_connections=max(args.concurrency))
        with httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT_S, limits=limits) as client:
            for question in questions[:WARMUP_REQUESTS]:
                _ask(client, question)
            for _ in range(args.repeat):  # rounds over all levels, so slow spells of a noisy machine spread out
                for concurrency in args.concurrency:
                    reindex = Reindex(client, token) if args.reindex else None
                    level = run_level(client, questions, concurrency, args.requests, args.time_limit, reindex)
                    level["server_memory"] = rss_mb(pid) if pid else None
                    runs.append(level)
                    print(_line(level), file=sys.stderr)
    finally:
        if process is not None:
            stop(process)
    return {
        "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
        "requests_per_level": args.requests,
        "rounds": args.repeat,
        "time_limit_s": args.time_limit,
        "questions": len(questions),
        "reindex": args.reindex,
        "levels": [_medians([r for r in runs if r["concurrency"] == c]) for c in dict.fromkeys(args.concurrency)],
        "runs": runs,
    }


def _medians(runs: list[dict]) -> dict:
    """One level over its rounds: medians of throughput and percentiles, worst max, all errors."""
    memory = [r["server_memory"] for r in runs if r["server_memory"]]
    level = {
        "concurrency": runs[0]["concurrency"],
        "requests": sum(r["requests"] for r in runs),
        "errors": sum(r["errors"] for r in runs),
        "throughput_rps": _round(median(r["throughput_rps"] for r in runs)),
        "p50_ms": _round(median(r["p50_ms"] for r in runs)),
        "p95_ms": _round(median(r["p95_ms"] for r in runs)),
        "max_ms": max(r["max_ms"] for r in runs),
        "server_memory": {
            "rss_mb": max(m["rss_mb"] for m in memory),
            "peak_rss_mb": max(m["peak_rss_mb"] for m in memory),
        } if memory else None,
    }
    reindexes = [r["reindex"] for r in runs if "reindex" in r]
    if reindexes:
        level["reindex"] = {
            "states": [r["state"] for r in reindexes],
            "seconds": _round(median(r["seconds"] or 0.0 for r in reindexes)),
            "requests": sum(r["requests"] for r in reindexes),
            "errors": sum(r["errors"] for r in reindexes),
            "max_ms": max(r["max_ms"] or 0.0 for r in reindexes),
        }
    return level


def _line(level: dict) -> str:
    memory = level.get("server_memory") or {}
    text = (
        f"c={level['concurrency']:>3}  n={level['requests']:>4}  {level['throughput_rps']:>6} req/s  "
        f"p50 {level['p50_ms']} ms  p95 {level['p95_ms']} ms  max {level['max_ms']} ms  "
        f"errors {level['errors']}  rss {memory.get('rss_mb')} MiB"
    )
    if "reindex" in level:
        r = level["reindex"]
        text += f"  | reindex {r['state']} {r['seconds']} s: n={r['requests']} max {r['max_ms']} ms errors {r['errors']}"
    return text


def markdown_table(results: dict) -> str:
    """The medians per level as a Markdown table (for the README)."""
    head = ["concurrency", "requests", "req/s", "p50 ms", "p95 ms", "max ms", "errors", "API RSS MiB (peak)"]
    if results["reindex"]:
        head += ["reindex s", "requests during", "max ms during", "errors during"]
    rows = [head, ["---:"] * len(head)]
    for level in results["levels"]:
        memory = level["server_memory"] or {}
        row = [level["concurrency"], level["requests"], level["throughput_rps"], level["p50_ms"], level["p95_ms"],
               level["max_ms"], level["errors"], f"{memory.get('rss_mb')} ({memory.get('peak_rss_mb')})"]
        if "reindex" in level:
            r = level["reindex"]
            row += [r["seconds"], r["requests"], r["max_ms"], r["errors"]]
        rows.append(row)
    return "\n".join("| " + " | ".join(str(cell) for cell in row) + " |" for row in rows)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Bounded loopback load on POST /ask.")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--url", help="base URL of a running API on loopback, e.g. http://127.0.0.1:8080")
    target.add_argument("--spawn", action="store_true", help="start `ctd serve` on a free port for the run")
    parser.add_argument("--data-dir", type=Path, help="CTD_DATA_DIR (already ingested) for --spawn")
    parser.add_argument("--pid", type=int, help="pid of the API process whose memory to report (with --url)")
    parser.add_argument("-c", "--concurrency", type=int, nargs="+", default=[16], help="levels to run, in order")
    parser.add_argument("-n", "--requests", type=int, default=200, help="requests per level")
    parser.add_argument("-r", "--repeat", type=int, default=1, help="rounds over all levels; medians are reported")
    parser.add_argument("-t", "--time-limit", type=float, default=300.0, help="seconds per level at most")
    parser.add_argument("--reindex", action="store_true", help="run POST /admin/reindex during each level")
    parser.add_argument("--admin-token", default="", help="the server's CTD_ADMIN_TOKEN (with --url --reindex)")
    parser.add_argument("-o", "--output", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)
    if args.spawn and args.data_dir is None:
        parser.error("--spawn needs --data-dir")
    if min(args.concurrency) < 1 or args.requests < 1 or args.repeat < 1 or args.time_limit <= 0:
        parser.error("concurrency, requests, rounds and time limit must be positive")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.url:
            require_loopback(args.url)
        results = run(args)
    except LoadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(markdown_table(results))
    return 1 if any(level["errors"] for level in results["levels"]) else 0


if __name__ == "__main__":
    sys.exit(main())
