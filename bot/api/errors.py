"""One JSON error shape for every failure: `{"error": {"code": "...", "message": "<Vietnamese>"}}`."""

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from retrieval.errors import QuestionError
from retrieval.input import bad_characters_message

log = logging.getLogger(__name__)

INTERNAL_MESSAGE = "Đã có lỗi, vui lòng thử lại sau."

# Messages for statuses Starlette raises itself (unknown path, wrong method, …).
HTTP_MESSAGES: dict[int, tuple[str, str]] = {
    400: ("invalid_json", "Nội dung gửi lên không phải JSON hợp lệ."),  # FastAPI: body not decodable at all
    404: ("not_found", "Không tìm thấy địa chỉ này."),
    405: ("method_not_allowed", "Phương thức không được hỗ trợ ở địa chỉ này."),
    413: ("payload_too_large", "Nội dung gửi lên quá lớn."),
    415: ("unsupported_media_type", "Chỉ nhận nội dung JSON."),
}


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    """The body of every 4xx/5xx response."""

    error: ErrorBody


class ApiError(Exception):
    """An expected failure, answered with its status, a stable code and a Vietnamese message."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def error_responses(*statuses: int) -> dict[int | str, dict]:
    """Declare error statuses of a route in OpenAPI, all with the shared error shape."""
    return {status: {"model": ErrorResponse} for status in statuses}


def _field(location: tuple) -> str:
    # ("body", "history", 0, "question") → "history.0.question"; the "body"/"query" prefix says nothing.
    parts = [str(part) for part in location[1:]] or [str(part) for part in location]
    return ".".join(parts)


def describe_validation_error(errors: list[dict]) -> tuple[str, str]:
    """Turn Pydantic's first complaint into a stable code and a short Vietnamese message."""
    first = errors[0] if errors else {"type": "", "loc": ()}
    kind = first.get("type", "")
    field = _field(tuple(first.get("loc", ())))
    if kind == "json_invalid":
        return "invalid_json", "Nội dung gửi lên không phải JSON hợp lệ."
    if kind == "missing" and field in ("", "body"):
        return "invalid_request", "Thiếu nội dung yêu cầu (JSON)."
    if kind == "missing":
        return "invalid_request", f"Thiếu trường bắt buộc «{field}»."
    if kind.startswith("ctd_"):
        return "invalid_request", first["msg"]
    if kind == "string_unicode":  # a lone surrogate (valid JSON: "\ud800") in a length-checked field
        return "invalid_characters", bad_characters_message(field)
    if field in ("", "body"):
        return "invalid_request", "Nội dung yêu cầu phải là một đối tượng JSON."
    return "invalid_request", f"Giá trị của trường «{field}» không hợp lệ."


def install_error_handlers(app: FastAPI) -> None:
    """Answer every exception with the shared error shape; never leak a stack trace."""

    @app.exception_handler(ApiError)
    async def handle_api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(QuestionError)
    async def handle_question_error(request: Request, exc: QuestionError) -> JSONResponse:
        return error_response(422, exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def handle_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        code, message = describe_validation_error(list(exc.errors()))
        return error_response(422, code, message)

    @app.exception_handler(StarletteHTTPException)
    async def handle_http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        fallback = ("bad_request", "Yêu cầu không hợp lệ.")
        if exc.status_code >= 500:
            fallback = ("internal_error", INTERNAL_MESSAGE)
        code, message = HTTP_MESSAGES.get(exc.status_code, fallback)
        return error_response(exc.status_code, code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def handle_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "internal_error", INTERNAL_MESSAGE)
