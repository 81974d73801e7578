"""What routes receive by injection: the assistant, settings, feedback store, metrics, limits."""

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from bot.api.errors import ApiError
from bot.api.metrics import ApiMetrics
from bot.feedback import FeedbackStore
from bot.settings import Settings
from retrieval.assistant import Assistant


def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistant


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_feedback_store(request: Request) -> FeedbackStore:
    return request.app.state.feedback


def get_metrics(request: Request) -> ApiMetrics:
    return request.app.state.metrics


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
FeedbackStoreDep = Annotated[FeedbackStore, Depends(get_feedback_store)]
MetricsDep = Annotated[ApiMetrics, Depends(get_metrics)]


def enforce_rate_limit(request: Request) -> None:
    """Refuse a client that went over its per-minute budget, saying when to come back."""
    client = request.client.host if request.client else "unknown"
    wait_s = request.app.state.limiter.hit(client)
    if wait_s:
        raise ApiError(
            429,
            "rate_limited",
            f"Bạn gửi quá nhiều yêu cầu, vui lòng thử lại sau {wait_s} giây.",
            headers={"Retry-After": str(wait_s)},
        )


bearer = HTTPBearer(auto_error=False, description="Khóa quản trị CTD_ADMIN_TOKEN.")


def require_admin(
    settings: SettingsDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> None:
    """Let through only a request carrying the configured admin token; with no token configured, none."""
    token = settings.admin_token
    given = credentials.credentials if credentials else ""
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(
            401,
            "unauthorized",
            "Cần khóa quản trị hợp lệ.",
            headers={"WWW-Authenticate": "Bearer"},
        )
