"""The fuzz campaign against the API over real HTTP on loopback: questions, histories, feedback, paths and
raw bodies from `tests.utils.strategies`, alone and inside schemathesis's cases of the OpenAPI schema.

Every request must get a 2xx, or a 4xx in the shared error shape with a Vietnamese message; never a 5xx.
Meanwhile a normal question is asked again and again and must keep its answer. Durations are recorded
and printed at the end (not asserted: the machine is shared).
"""

import json
import threading
import time
from urllib.parse import quote

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.utils.strategies import any_text, feedback_bodies, histories, is_vietnamese, questions

pytestmark = [pytest.mark.integration, pytest.mark.slow]

NORMAL_QUESTION = "Sở Giáo dục phải làm gì?"
NORMAL_FIRST_CITATION = "kh-ubnd-laichau-2023:iii.5.b1"


def bounded(examples: int):
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )


class Campaign:
    """What was sent and how it went: (what, status, seconds) per request."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.client = httpx.Client(base_url=base_url, timeout=120)
        self.requests: list[tuple[str, int, float]] = []
        self.normal: list[tuple[bool, float]] = []
        self._lock = threading.Lock()

    def send(self, what: str, method: str, path: str, **kwargs) -> httpx.Response:
        started = time.perf_counter()
        response = self.client.request(method, path, **kwargs)
        with self._lock:
            self.requests.append((what, response.status_code, time.perf_counter() - started))
        check(response.status_code, response.content)
        return response

    def post_json(self, what: str, path: str, body) -> httpx.Response:
        # ASCII JSON carries lone surrogates as \\uXXXX escapes, as a browser's JSON.stringify does
        return self.send(what, "POST", path, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})


def check(status: int, content: bytes) -> None:
    """2xx, or a 4xx in the shared error shape with a Vietnamese message."""
    assert status < 500, content[:500]
    if status >= 400:
        body = json.loads(content)
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
        assert is_vietnamese(body["error"]["message"]), body


@pytest.fixture(scope="module")
def campaign(live_server):
    """The campaign, with a normal question asked in a loop on its own connection all along."""
    campaign = Campaign(live_server)
    stop = threading.Event()

    def ask_normally():
        with httpx.Client(base_url=live_server, timeout=120) as client:
            while not stop.is_set():
                started = time.perf_counter()
                response = client.post("/ask", json={"question": NORMAL_QUESTION})
                ok = response.status_code == 200 and response.json()["citations"][0]["clause_id"] == NORMAL_FIRST_CITATION
                campaign.normal.append((ok, time.perf_counter() - started))
                stop.wait(0.2)

    normal = threading.Thread(target=ask_normally, daemon=True)
    normal.start()
    yield campaign
    stop.set()
    normal.join(120)
    campaign.client.close()


@bounded(150)
@given(
    question=st.one_of(questions(surrogates=False), questions()),
    history=st.one_of(st.just([]), histories()),
    k=st.one_of(st.just(5), st.integers(1, 20), st.integers(-3, 50)),
)
def test_ask(campaign, question, history, k):
    response = campaign.post_json("ask", "/ask", {"question": question, "history": history, "k": k})
    if response.status_code == 200:
        answer = response.json()
        assert answer["answer"] and answer["abstained"] == (answer["citations"] == [])


@bounded(100)
@given(body=feedback_bodies())
def test_feedback(campaign, body):
    campaign.post_json("feedback", "/feedback", body)


@bounded(60)
@given(text=any_text(200))
def test_documents_and_clauses_paths(campaign, text):
    raw = quote(text.encode("utf-8", "surrogatepass"), safe="")  # a surrogate arrives as invalid UTF-8
    campaign.send("path", "GET", f"/clauses/{raw}")
    campaign.send("path", "GET", f"/documents/{raw}")


@bounded(60)
@given(raw=st.one_of(st.binary(max_size=2000), questions().map(lambda q: q.encode("utf-8", "surrogatepass"))))
def test_raw_bodies(campaign, raw):
    campaign.send("raw", "POST", "/ask", content=raw, headers={"Content-Type": "application/json"})


def _operation(live_server, method: str, path: str):
    schema = schemathesis.openapi.from_url(f"{live_server}/openapi.json")
    return schema[path][method]


@bounded(40)
@given(data=st.data())
def test_schemathesis_cases_carrying_the_fuzzed_texts(campaign, data):
    ask = _schema_operation(campaign, "POST", "/ask")
    feedback = _schema_operation(campaign, "POST", "/feedback")
    # no lone surrogates here: schemathesis re-validates a case's body itself and cannot encode them
    # (the tests above send them)
    texts_of = {ask: {"question": questions(surrogates=False)}, feedback: {"comment": any_text(2000, surrogates=False)}}
    for operation, texts in texts_of.items():
        case = data.draw(operation.as_strategy())
        if isinstance(case.body, dict):
            case.body = {**case.body, **{name: data.draw(strategy) for name, strategy in texts.items()}}
        started = time.perf_counter()
        response = case.call(base_url=campaign.base_url)
        campaign.requests.append(("schemathesis", response.status_code, time.perf_counter() - started))
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
        check(response.status_code, response.content)


_OPERATIONS: dict = {}


def _schema_operation(campaign: Campaign, method: str, path: str):
    if (method, path) not in _OPERATIONS:
        _OPERATIONS[(method, path)] = _operation(campaign.base_url, method, path)
    return _OPERATIONS[(method, path)]


def test_the_normal_question_kept_its_answer_all_along(campaign):
    statuses = [status for _, status, _ in campaign.requests]
    slowest = max(campaign.requests, key=lambda r: r[2])
    normal = [seconds for _, seconds in campaign.normal]
    kinds = sorted({what for what, _, _ in campaign.requests})
    by_kind = ", ".join(
        f"{what} {sum(w == what and s < 300 for w, s, _ in campaign.requests)}/{sum(w == what for w, _, _ in campaign.requests)}"
        for what in kinds
    )
    print(
        f"\nfuzz campaign: {len(statuses)} requests (2xx/all: {by_kind}), {sum(s >= 500 for s in statuses)} 5xx; "
        f"slowest {slowest[2]:.3f} s ({slowest[0]}, {slowest[1]}); "
        f"normal question {len(normal)}× during it, slowest {max(normal, default=0):.3f} s"
    )
    assert statuses and max(statuses) < 500
    assert campaign.normal and all(ok for ok, _ in campaign.normal)
