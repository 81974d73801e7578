"""`GET /widget.js` (the embeddable chat widget), `GET /lineage.js` (the lineage picture the widget and
the admin page share) and `GET /` (a demo page that embeds the widget)."""

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"

router = APIRouter(include_in_schema=False)


def _script(name: str) -> FileResponse:
    return FileResponse(
        STATIC_DIR / name,
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300"},
    )


@router.get("/widget.js")
def serve_widget() -> FileResponse:
    """Gửi tệp widget trò chuyện để nhúng vào trang web khác."""
    return _script("widget.js")


@router.get("/lineage.js")
def serve_lineage_script() -> FileResponse:
    """Gửi mã vẽ chuỗi văn bản (SVG) mà widget và trang quản trị dùng chung."""
    return _script("lineage.js")


@router.get("/")
def serve_demo() -> FileResponse:
    """Gửi trang minh hoạ có nhúng widget."""
    return FileResponse(STATIC_DIR / "demo.html", media_type="text/html; charset=utf-8")
