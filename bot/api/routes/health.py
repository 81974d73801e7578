"""Liveness, readiness and Prometheus metrics for the orchestrator and monitoring."""

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.api.deps import AssistantDep, MetricsDep
from bot.api.errors import error_response, error_responses
from bot.api.schemas import Status

router = APIRouter(tags=["vận hành"])


@router.get("/healthz", response_model=Status)
def check_health() -> Status:
    """Cho biết tiến trình đang chạy."""
    return Status(status="ok")


@router.get("/readyz", response_model=Status, responses=error_responses(503))
def check_ready(assistant: AssistantDep) -> Status | JSONResponse:
    """Cho biết chỉ mục đã nạp và trả lời được câu hỏi (503 nếu chưa)."""
    if not assistant.is_ready():
        return error_response(503, "not_ready", "Chỉ mục chưa sẵn sàng.")
    return Status(status="ready")


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {"schema": {"type": "string"}}}}},
)
def export_metrics(metrics: MetricsDep) -> Response:
    """Xuất các chỉ số Prometheus: độ trễ, số câu trả lời, số lần từ chối, số phản hồi."""
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)
