"""`/admin/documents`: list, add (upload) and remove documents, for the admin page and scripts.

The body of `POST /admin/documents` is read here, not by the shared 64 KiB body limit: the route
counts the bytes as they arrive and refuses past `CTD_MAX_UPLOAD_MB` with its own message.
"""

import shutil
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from bot.api.deps import AssistantDep, SettingsDep, require_admin
from bot.api.errors import ApiError, error_responses
from bot.uploads import OVERRIDES, UploadError, Uploads
from retrieval.models import Document

PATH = "/admin/documents"
OWN_BODY_LIMIT = frozenset({PATH})  # for `BodySizeLimit(exempt=…)`: this route limits its own body
FORM_SLACK = 64 * 1024  # the multipart envelope and the text fields around the file

router = APIRouter(prefix=PATH, tags=["quản trị"], dependencies=[Depends(require_admin)])

UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": "PDF, DOCX, MD/TXT, PNG, JPG hoặc TIFF."},
                    **{name: {"type": "string", "description": f"Ghi đè «{name}» đọc từ phần đầu văn bản."} for name in OVERRIDES},
                },
            }
        }
    },
}


class AdminDocument(Document):
    """A document as the admin page lists it: metadata, clause count, whether it was uploaded here."""

    clauses: int
    uploaded: bool


class UploadedDocument(BaseModel):
    """What an upload became, once answerable."""

    document_id: str
    title: str
    number: str | None = None
    date: str | None = None
    clauses: int
    ocr: bool
    warnings: list[str] = Field(default_factory=list)


class _TooLarge(Exception):
    pass


def _refusal(error: UploadError) -> ApiError:
    return ApiError(error.status, error.code, error.message)


@router.get("", response_model=list[AdminDocument], responses=error_responses(401))
def list_admin_documents(settings: SettingsDep, assistant: AssistantDep) -> list[AdminDocument]:
    """Liệt kê văn bản kèm số điều khoản, cờ OCR và cho biết văn bản nào được tải lên (xóa được)."""
    uploads = Uploads(settings, assistant)
    return [AdminDocument(**d.model_dump(), uploaded=uploads.is_upload(d)) for d in assistant.documents()]


@router.post(
    "",
    status_code=201,
    response_model=UploadedDocument,
    responses=error_responses(401, 409, 413, 415, 422, 503),
    openapi_extra={"requestBody": UPLOAD_BODY},
)
async def add_document(request: Request, settings: SettingsDep, assistant: AssistantDep) -> UploadedDocument:
    """Thêm một văn bản (tệp trong trường «file»); trả lời khi văn bản đã tra cứu được."""
    uploads = Uploads(settings, assistant)
    form = await _read_form(request, uploads.max_bytes + FORM_SLACK, uploads)
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise ApiError(422, "missing_file", "Thiếu tệp văn bản trong trường «file».")
        overrides = {name: value for name in OVERRIDES if isinstance(value := form.get(name), str)}
        added = await run_in_threadpool(_add, uploads, upload, overrides)
    except UploadError as exc:
        raise _refusal(exc) from exc
    finally:
        await form.close()
    document = added.document
    return UploadedDocument(
        document_id=document.id,
        title=document.title,
        number=document.number,
        date=document.date,
        clauses=added.clauses,
        ocr=document.ocr,
        warnings=added.warnings,
    )


def _add(uploads: Uploads, upload: UploadFile, overrides: dict[str, str]):
    """Copy the received file out of the form's spool, then check, read and index it (in a worker thread)."""
    with tempfile.TemporaryDirectory(prefix="ctd-upload-") as folder:
        received = Path(folder) / "received"
        with received.open("wb") as out:
            shutil.copyfileobj(upload.file, out)
        return uploads.add(received, upload.filename, overrides)


async def _read_form(request: Request, limit: int, uploads: Uploads):
    """The multipart form, read while counting bytes: 413 past `limit`, 415 if it is not multipart."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(415, "unsupported_media_type", "Hãy gửi tệp dạng multipart/form-data trong trường «file».")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _refusal(uploads.too_large())
    received = 0

    async def counted():
        nonlocal received
        message = await request.receive()
        received += len(message.get("body", b""))
        if received > limit:
            raise _TooLarge
        return message

    try:
        return await Request(request.scope, counted).form(max_files=1, max_fields=len(OVERRIDES) + 1)
    except _TooLarge:
        raise _refusal(uploads.too_large()) from None
    except HTTPException as exc:  # Starlette's answer to a malformed multipart body
        raise ApiError(422, "invalid_upload", "Dữ liệu tải lên không đúng dạng multipart/form-data.") from exc


@router.delete("/{document_id}", status_code=204, response_class=Response, responses=error_responses(401, 404, 409))
def remove_document(document_id: str, settings: SettingsDep, assistant: AssistantDep) -> Response:
    """Xóa một văn bản đã tải lên; các câu trả lời sau đó không còn trích dẫn nó."""
    try:
        Uploads(settings, assistant).remove(document_id)
    except UploadError as exc:
        raise _refusal(exc) from exc
    return Response(status_code=204)
