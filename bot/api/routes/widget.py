"""`GET /widget.js` (the embeddable chat widget) and `GET /` (a demo page that embeds it)."""

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"

router = APIRouter(include_in_schema=False)


@router.get("/widget.js")
def serve_widget() -> FileResponse:
    """Gửi tệp widget trò chuyện để nhúng vào trang web khác."""
    return FileResponse(
        STATIC_DIR / "widget.js",
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300"},
    )


@router.get("/")
def serve_demo() -> FileResponse:
    """Gửi trang minh hoạ có nhúng widget."""
    return FileResponse(STATIC_DIR / "demo.html", media_type="text/html; charset=utf-8")
