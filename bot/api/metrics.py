"""Prometheus metrics of one app, in a registry of its own (several apps can live in one process)."""

import time

from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class ApiMetrics:
    """The counters and the latency histogram the API exports at `/metrics`."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.latency = Histogram(
            "ctd_http_request_duration_seconds",
            "Thời gian xử lý yêu cầu HTTP, theo tuyến.",
            ["method", "route", "status"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.answers = Counter(
            "ctd_answers", "Số câu trả lời đã đưa ra.", ["mode"], registry=self.registry
        )
        self.refusals = Counter(
            "ctd_refusals", "Số câu hỏi trợ lý từ chối vì văn bản không đề cập.", registry=self.registry
        )
        self.feedback = Counter(
            "ctd_feedback", "Số phản hồi nhận được, theo đánh giá.", ["rating"], registry=self.registry
        )


class LatencyMiddleware:
    """Time every HTTP request and file it under its route template, not its raw path."""

    def __init__(self, app: ASGIApp, metrics: ApiMetrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_and_remember(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_remember)
        finally:
            route = scope.get("route")
            # Unmatched paths share one label so random URLs cannot blow up the series count.
            template = getattr(route, "path", "unmatched")
            self.metrics.latency.labels(scope["method"], template, str(status)).observe(
                time.perf_counter() - started
            )
