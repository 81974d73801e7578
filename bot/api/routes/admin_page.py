"""`GET /admin` (the admin page) and its script and styles: documents, upload, delete, clause tree."""

from fastapi import APIRouter
from fastapi.responses import FileResponse

from bot.api.routes.widget import STATIC_DIR

router = APIRouter(include_in_schema=False)

ASSETS = {"admin.js": "text/javascript; charset=utf-8", "admin.css": "text/css; charset=utf-8"}


@router.get("/admin")
def serve_admin_page() -> FileResponse:
    """Gửi trang quản trị văn bản (khóa quản trị được hỏi trên trang)."""
    return FileResponse(STATIC_DIR / "admin.html", media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-store"})


@router.get("/admin.js")
def serve_admin_script() -> FileResponse:
    """Gửi mã của trang quản trị."""
    return FileResponse(STATIC_DIR / "admin.js", media_type=ASSETS["admin.js"], headers={"Cache-Control": "no-cache"})


@router.get("/admin.css")
def serve_admin_styles() -> FileResponse:
    """Gửi kiểu trình bày của trang quản trị."""
    return FileResponse(STATIC_DIR / "admin.css", media_type=ASSETS["admin.css"], headers={"Cache-Control": "no-cache"})
